// Wires the editor page: reads the design, the Region catalog, the schema and the placement and
// link rules, builds the model and mounts every module into its part of the page.

import { get, ApiError } from './api.js';
import { DesignModel } from './model.js';
import { mountCanvas } from './canvas.js';
import { mountPalette } from './palette.js';
import { mountProperties } from './properties.js';
import { addRegion } from './canvas-edits.js';

const $ = (selector) => document.querySelector(selector);

function say(message) {
  const status = $('#editor-status');
  status.textContent = '';
  // A fresh text node so that screen readers announce the same message twice in a row too.
  requestAnimationFrame(() => { status.textContent = message; });
}

async function optional(modulePath, exportName, element, context) {
  try {
    const module = await import(modulePath);
    return module[exportName]?.(element, context);
  } catch (error) {
    element.textContent = `This panel did not load (${error.message}).`;
    return null;
  }
}

async function start() {
  const root = $('#editor');
  const designId = root.dataset.designId;
  const [design, catalog, schema, kindList, linkRules] = await Promise.all([
    get(`/api/designs/${encodeURIComponent(designId)}`),
    get('/api/catalog/regions'),
    get('/api/schema/topology', { accept: 'application/schema+json, application/json' }),
    get('/api/schema/kinds'),
    get('/api/schema/links'),
  ]);
  const schemaDoc = typeof schema.body === 'string' ? JSON.parse(schema.body) : schema.body;
  const kinds = new Map(kindList.body.map((k) => [k.kind, k.placement]));
  const rules = new Map(linkRules.body.map((r) => [`${r.from}>${r.to}`, r.kinds]));
  const linkKinds = (from, to) => rules.get(`${from}>${to}`) || [];
  const regions = new Map(catalog.body.regions.map((r) => [r.code, { ...r, zones: zoneNames(r) }]));

  const model = new DesignModel(design.body);
  const canvas = mountCanvas($('#canvas'), model, { kinds, linkKinds, chooseLinkKind, say });
  const properties = mountProperties($('#properties'), model, { schema: schemaDoc, catalog: regions, kinds, linkKinds, canvas, say });
  mountPalette($('#palette'), $('#palette-target'), model, { schema: schemaDoc, kinds, canvas, say });
  toolbar(model, canvas);
  regionDialog(model, regions, canvas);
  shortcuts(model);
  $('#canvas').addEventListener('open-properties', () => {
    $('#properties-section').open = true;
    properties.focus();
  });
  $('#canvas').addEventListener('open-palette', () => {
    $('#palette button[data-kind]:not([hidden]):not([disabled])')?.focus();
  });
  model.subscribe(({ type }) => {
    if (type === 'change') $('#design-name').textContent = model.doc.name;
  });

  canvas.fit();
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark('editor:rendered');
    performance.measure('editor:first-render', { start: 0, end: 'editor:rendered' });
    root.dataset.ready = 'true';
  }, 0));

  const context = { model, designId, etag: design.etag, canvas, properties };
  await Promise.all([
    optional('./findings.js', 'mountFindings', $('#findings'), context),
    optional('./previews.js', 'mountPreviews', $('#previews'), context),
    optional('./io.js', 'mountIo', $('#io-tools'), context),
    optional('./autosave.js', 'mountAutosave', $('#save-status'), context),
  ]);
}

function zoneNames(region) {
  return (region.zones || []).map((z) => (typeof z === 'string' ? z : z.name || z.code));
}

function toolbar(model, canvas) {
  const undo = $('#undo');
  const redo = $('#redo');
  const update = () => {
    undo.disabled = !model.canUndo;
    redo.disabled = !model.canRedo;
    undo.title = model.canUndo ? `Undo: ${model.undoLabel}` : 'Nothing to undo';
    redo.title = model.canRedo ? `Redo: ${model.redoLabel}` : 'Nothing to redo';
    undo.setAttribute('aria-label', undo.title);
    redo.setAttribute('aria-label', redo.title);
  };
  undo.addEventListener('click', () => { const label = model.undoLabel; if (model.undo()) say(`Undone: ${label}.`); });
  redo.addEventListener('click', () => { const label = model.redoLabel; if (model.redo()) say(`Redone: ${label}.`); });
  model.subscribe(update);
  update();
  $('#zoom-in').addEventListener('click', () => canvas.zoomIn());
  $('#zoom-out').addEventListener('click', () => canvas.zoomOut());
  $('#fit').addEventListener('click', () => canvas.fit());
  $('#canvas').addEventListener('zoom', (evt) => { $('#zoom-level').textContent = `${Math.round(evt.detail.scale * 100)}%`; });
}

function shortcuts(model) {
  document.addEventListener('keydown', (evt) => {
    if (!(evt.ctrlKey || evt.metaKey) || evt.altKey) return;
    const typing = evt.target.matches?.('input[type=text], input[type=number], textarea, select');
    const key = evt.key.toLowerCase();
    if (typing || (key !== 'z' && key !== 'y')) return;
    evt.preventDefault();
    const redo = key === 'y' || evt.shiftKey;
    const label = redo ? model.redoLabel : model.undoLabel;
    if (redo ? model.redo() : model.undo()) say(`${redo ? 'Redone' : 'Undone'}: ${label}.`);
  });
}

function regionDialog(model, catalog, canvas) {
  const dialog = $('#add-region-dialog');
  const select = $('#new-region');
  const zones = $('#new-region-zones');
  const error = $('#add-region-error');
  const fillZones = () => {
    const region = catalog.get(select.value);
    zones.querySelectorAll('label').forEach((l) => l.remove());
    for (const [i, z] of (region ? region.zones : []).entries()) {
      const label = document.createElement('label');
      label.className = 'check';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = 'zones';
      input.value = z;
      input.checked = i < 3;
      label.append(input, document.createTextNode(` ${z}`));
      zones.append(label);
    }
  };
  $('#add-region').addEventListener('click', () => {
    const used = new Set(model.doc.regions.map((r) => r.code));
    select.replaceChildren(...[...catalog.values()].filter((r) => !used.has(r.code)).map((r) => {
      const o = document.createElement('option');
      o.value = r.code;
      o.textContent = `${r.code} — ${r.name || ''}`;
      return o;
    }));
    error.textContent = '';
    fillZones();
    dialog.showModal();
    select.focus();
  });
  select.addEventListener('change', fillZones);
  $('#add-region-cancel').addEventListener('click', () => dialog.close('cancel'));
  $('#add-region-form').addEventListener('submit', (evt) => {
    const code = select.value;
    const chosen = [...zones.querySelectorAll('input:checked')].map((i) => i.value);
    const role = dialog.querySelector('input[name=role]:checked').value;
    if (!code) { evt.preventDefault(); error.textContent = 'Every catalog Region is in the design already.'; return; }
    if (chosen.length === 0) { evt.preventDefault(); error.textContent = 'Choose at least one zone.'; return; }
    model.apply(`Add Region ${code}`, (doc) => addRegion(doc, code, chosen, role));
    canvas.setContainer({ type: 'region', region: code });
    canvas.fit();
    say(`Added Region ${code} with ${chosen.join(', ')}.`);
    requestAnimationFrame(() => document.querySelector(`g.region[data-region="${CSS.escape(code)}"]`)?.focus());
  });
}

/** Asks which link kind to use, offering only `kinds`; resolves to the kind or null. */
function chooseLinkKind(from, to, kinds) {
  const dialog = $('#link-kind-dialog');
  $('#link-kind-text').textContent = `Link ${from.id} (${from.kind}) to ${to.id} (${to.kind}) as:`;
  const choices = $('#link-kind-choices');
  return new Promise((resolve) => {
    const done = (value) => { dialog.removeEventListener('close', onClose); if (dialog.open) dialog.close(); resolve(value); };
    const onClose = () => done(null);
    choices.replaceChildren(...kinds.map((k) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.linkKind = k;
      b.textContent = k;
      b.addEventListener('click', () => done(k));
      return b;
    }));
    $('#link-kind-cancel').onclick = () => done(null);
    dialog.addEventListener('close', onClose);
    dialog.showModal();
    choices.querySelector('button').focus();
  });
}

start().catch((error) => {
  const message = error instanceof ApiError ? error.message : `The editor could not start: ${error.message}`;
  say(message);
  document.querySelector('#editor')?.setAttribute('data-error', message);
});
