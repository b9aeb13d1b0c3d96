// The editor's state and nothing else: the document, the selection and the undo/redo stack.
// No DOM, no fetch: every other module reads it and changes it only through apply/undo/redo/replace.

const LIMIT = 200;

const copy = (value) => (typeof structuredClone === 'function' ? structuredClone(value) : JSON.parse(JSON.stringify(value)));

export class DesignModel {
  constructor(doc) {
    this.doc = copy(doc);
    this.selection = [];
    this.selectedLink = null;
    this.revision = 0;
    this.undoStack = [];
    this.redoStack = [];
    this.listeners = new Set();
  }

  get canUndo() { return this.undoStack.length > 0; }
  get canRedo() { return this.redoStack.length > 0; }
  get undoLabel() { return this.canUndo ? this.undoStack[this.undoStack.length - 1].label : null; }
  get redoLabel() { return this.canRedo ? this.redoStack[this.redoStack.length - 1].label : null; }

  /** Changes the document: `mutate(copy)` edits a deep copy, which becomes the document. */
  apply(label, mutate) {
    const next = copy(this.doc);
    mutate(next);
    this.undoStack.push({ label, doc: this.doc, selection: this.selection });
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack = [];
    this.commit(next);
    return this;
  }

  undo() {
    const entry = this.undoStack.pop();
    if (!entry) return false;
    this.redoStack.push({ label: entry.label, doc: this.doc, selection: this.selection });
    this.commit(entry.doc, entry.selection);
    return true;
  }

  redo() {
    const entry = this.redoStack.pop();
    if (!entry) return false;
    this.undoStack.push({ label: entry.label, doc: this.doc, selection: this.selection });
    this.commit(entry.doc, entry.selection);
    return true;
  }

  /** Swaps the whole document: a restore, an import, the other tab's version after a conflict. */
  replace(doc, { history = 'reset' } = {}) {
    if (history === 'reset') {
      this.undoStack = [];
      this.redoStack = [];
    } else {
      this.undoStack.push({ label: 'Replace the design', doc: this.doc, selection: this.selection });
      this.redoStack = [];
    }
    this.commit(copy(doc));
  }

  /** Selects components by id (ids that are not in the document are dropped); clears a selected link. */
  select(ids) {
    const known = new Set((this.doc.components || []).map((c) => c.id));
    this.selection = [...new Set(ids)].filter((id) => known.has(id));
    this.selectedLink = null;
    this.emit('selection');
  }

  /** Selects one link ({from, to, kind}) or none; clears the component selection. */
  selectLink(link) {
    this.selection = [];
    this.selectedLink = link ? { from: link.from, to: link.to, kind: link.kind } : null;
    this.emit('selection');
  }

  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  commit(doc, selection) {
    this.doc = doc;
    this.revision += 1;
    const known = new Set((doc.components || []).map((c) => c.id));
    const wanted = selection ?? this.selection;
    this.selection = wanted.filter((id) => known.has(id));
    if (this.selectedLink && !(doc.links || []).some((l) => sameLink(l, this.selectedLink))) this.selectedLink = null;
    this.emit('change');
  }

  emit(type) {
    for (const listener of [...this.listeners]) listener({ type, model: this });
  }
}

export const sameLink = (a, b) => a.from === b.from && a.to === b.to && a.kind === b.kind;

/** A component id not used yet: `asg-1`, `asg-2`, … for a prefix `asg`. */
export function uniqueId(doc, prefix) {
  const used = new Set((doc.components || []).map((c) => c.id));
  for (let n = 1; ; n += 1) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}
