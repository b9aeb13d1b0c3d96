// Saves the design as the user works: a new version a moment after the last edit (never more than a
// few seconds late while edits keep coming), one PUT at a time with If-Match, so a second tab or
// person who saved first is reported instead of overwritten.

import { get, put, ApiError } from './api.js';

/** Quiet time after the last edit before saving, and the longest an edit may wait while edits keep coming. */
export const QUIET_MS = 1500;
export const MAX_WAIT_MS = 5000;
const RETRY_MS = 5000;

/** The version number in an ETag (`"3"`, `W/"3"` or `3`), or null. */
export function versionOf(etag) {
  if (etag === null || etag === undefined) return null;
  const n = Number.parseInt(String(etag).replace('W/', '').replaceAll('"', ''), 10);
  return Number.isNaN(n) ? null : n;
}

function clock(date) {
  return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/**
 * Mounts the saved-state indicator into `element` (`#save-status`) and saves `context.model` to
 * `/api/designs/{context.designId}`. `context.etag` is the ETag the document was loaded with.
 * Returns `{flush, state, etag, destroy}`; `flush()` saves at once (what a hidden tab does).
 */
export function mountAutosave(element, context) {
  const { model, designId } = context;
  const path = `/api/designs/${encodeURIComponent(designId)}`;
  let etag = context.etag ?? null;
  let savedRevision = model.revision;
  let savedBody = JSON.stringify(model.doc);
  let inFlight = null;
  let timer = null;
  let firstUnsavedAt = null;
  let conflict = null;
  let refused = false;
  let adopting = false;

  element.classList.add('save-status');
  element.setAttribute('aria-live', 'polite');
  element.replaceChildren();
  const text = document.createElement('span');
  text.className = 'save-status-text';
  const actions = document.createElement('span');
  actions.className = 'save-status-actions';
  element.append(text, actions);

  function show(state, message, buttons = []) {
    element.dataset.state = state;
    text.textContent = message;
    actions.replaceChildren(...buttons);
  }

  function button(label, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  const dirty = () => model.revision !== savedRevision;

  function showSaved(at) {
    const version = versionOf(etag);
    const parts = ['Saved'];
    if (version !== null) parts.push(`version ${version}`);
    if (at) parts.push(`at ${clock(at)}`);
    show('saved', parts.length > 1 ? `${parts[0]} — ${parts.slice(1).join(' ')}` : parts[0]);
  }

  function schedule(delay) {
    clearTimeout(timer);
    const now = Date.now();
    if (firstUnsavedAt === null) firstUnsavedAt = now;
    const wait = delay ?? Math.max(0, Math.min(QUIET_MS, firstUnsavedAt + MAX_WAIT_MS - now));
    timer = setTimeout(flush, wait);
  }

  // The properties panel redraws on this event, so an empty list goes out only to clear errors it shows.
  let errorsShown = false;
  function forwardErrors(errors) {
    if (errors.length === 0 && !errorsShown) return;
    errorsShown = errors.length > 0;
    document.dispatchEvent(new CustomEvent('regionlab:server-errors', { detail: { errors, source: 'autosave' } }));
  }

  /** Saves now if there is anything unsaved; resolves when the design is saved or cannot be. */
  async function flush() {
    clearTimeout(timer);
    timer = null;
    if (inFlight) {
      await inFlight;
      return dirty() && !conflict && !refused ? flush() : undefined;
    }
    if (!dirty() || conflict) return undefined;
    const revision = model.revision;
    const body = JSON.stringify(model.doc);
    firstUnsavedAt = null;
    refused = false;
    if (body === savedBody) {
      // Undone back to what is stored: nothing to save, and no empty version in the history.
      savedRevision = revision;
      showSaved(null);
      return undefined;
    }
    show('saving', 'Saving…');
    inFlight = put(path, body, { ifMatch: etag })
      .then((answer) => {
        etag = answer.etag ?? (answer.body?.version !== undefined ? `"${answer.body.version}"` : etag);
        savedRevision = revision;
        savedBody = body;
        forwardErrors([]);
        if (dirty()) {
          show('unsaved', 'Unsaved changes');
          schedule();
        } else {
          showSaved(new Date());
        }
      })
      .catch((error) => failed(error))
      .finally(() => { inFlight = null; });
    return inFlight;
  }

  async function failed(error) {
    if (error instanceof ApiError && error.status === 409) {
      await conflicted();
    } else if (error instanceof ApiError && error.status === 400) {
      refused = true;
      const first = error.errors[0];
      show('error', `Not saved: ${first ? `${first.field}: ${first.message}` : error.message}`);
      forwardErrors(error.errors);
    } else if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      show('error', 'Not saved: you are no longer signed in. Sign in again in another tab, then edit to save.');
    } else {
      show('error', `Not saved: ${error.message || 'the server did not answer'}. Trying again…`);
      schedule(RETRY_MS);
    }
  }

  async function conflicted() {
    let theirs;
    try {
      theirs = await get(path);
    } catch (error) {
      show('error', `Not saved: ${error.message}`);
      return;
    }
    const version = versionOf(theirs.etag);
    const saved = await savedBy(version);
    conflict = { etag: theirs.etag, doc: theirs.body, version };
    show('conflict',
      `This design was changed in another tab (version ${version}${saved}). Your changes are not saved.`,
      [button('Load their version', loadTheirs), button('Keep mine', keepMine)]);
  }

  /** " by ada at 10:42:07" for the version that is ahead, from the version list (as much of it as the server tells). */
  async function savedBy(version) {
    try {
      const versions = (await get(`${path}/versions`)).body;
      const entry = versions.find((v) => v.version === version);
      if (!entry) return '';
      const who = typeof entry.savedBy === 'string' ? ` by ${entry.savedBy}` : '';
      return `${who}${entry.savedAt ? ` at ${clock(new Date(entry.savedAt))}` : ''}`;
    } catch {
      return '';
    }
  }

  function loadTheirs() {
    const { etag: theirEtag, doc } = conflict;
    conflict = null;
    etag = theirEtag;
    adopting = true;
    try {
      model.replace(doc, { history: 'reset' });
    } finally {
      adopting = false;
    }
    savedRevision = model.revision;
    savedBody = JSON.stringify(model.doc);
    firstUnsavedAt = null;
    showSaved(null);
  }

  function keepMine() {
    const { etag: theirEtag, version } = conflict;
    if (!window.confirm(`Replace version ${version} with your changes? Their changes stay in the history.`)) return;
    conflict = null;
    etag = theirEtag;
    flush();
  }

  const unsubscribe = model.subscribe((event) => {
    if (event.type !== 'change' || adopting || conflict) return;
    if (!dirty()) {
      if (!inFlight) showSaved(null);
      return;
    }
    if (!inFlight) show('unsaved', 'Unsaved changes');
    refused = false;
    schedule();
  });

  function onBeforeUnload(event) {
    if (dirty() || inFlight) {
      event.preventDefault();
      event.returnValue = '';
    }
  }

  function onVisibility() {
    if (document.visibilityState === 'hidden' && dirty()) flush();
  }

  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onVisibility);
  showSaved(null);

  return {
    flush,
    get state() { return element.dataset.state; },
    get etag() { return etag; },
    destroy() {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
