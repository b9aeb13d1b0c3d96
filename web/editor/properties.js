// The side panel: a form for the selected component built from the JSON Schema's definition of its
// kind, the selected link's kind, or the selected Region's role and zones. It checks only what the
// schema says about one field, at once; the server's answer is the truth, shown beside the field.

import { componentOf, regionOf, renameComponent, removeRegion, setRegionZones, setRole } from './canvas-edits.js';
import { sameLink } from './model.js';

const types = (spec) => {
  if (!spec) return [];
  if (spec.type) return Array.isArray(spec.type) ? spec.type : [spec.type];
  if (spec.anyOf) return spec.anyOf.flatMap((s) => (s.$ref ? ['string'] : types(s)));
  return [];
};

function resolve(schema, ref) {
  return ref.replace(/^#\//, '').split('/').reduce((node, key) => node?.[key], schema);
}

/** The schema of a kind's `properties` object and whether a component of that kind must have one. */
export function kindDefinition(schema, kind) {
  for (const rule of schema.$defs.component.allOf || []) {
    if (rule.if?.properties?.kind?.const !== kind) continue;
    const ref = rule.then?.properties?.properties?.$ref;
    return { def: ref ? resolve(schema, ref) : { properties: {} }, required: (rule.then.required || []).includes('properties') };
  }
  return { def: { properties: {} }, required: false };
}

/** Properties a new component of `kind` starts with: its required settings at their schema defaults. */
export function startingProperties(schema, kind) {
  const { def } = kindDefinition(schema, kind);
  const out = {};
  for (const name of def.required || []) {
    const spec = def.properties[name];
    if (spec && spec.default !== undefined) out[name] = spec.default;
  }
  return out;
}

/** What the schema says is wrong with one value of one field, or null. */
export function checkValue(spec, value, label) {
  const t = types(spec);
  if (value === null || value === undefined || value === '') return t.includes('null') || !spec.required ? null : `${label} is required.`;
  if (spec.enum && !spec.enum.includes(value)) return `${label} must be one of ${spec.enum.filter((v) => v !== null).join(', ')}.`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `${label} must be a number.`;
    if (t.includes('integer') && !Number.isInteger(value)) return `${label} must be a whole number.`;
    if (spec.minimum !== undefined && value < spec.minimum) return `${label} must be at least ${spec.minimum}.`;
    if (spec.maximum !== undefined && value > spec.maximum) return `${label} must be at most ${spec.maximum}.`;
  }
  if (typeof value === 'string') {
    const pattern = spec.pattern || spec.anyOf?.find((s) => s.$ref)?.pattern;
    if (spec.maxLength !== undefined && value.length > spec.maxLength) return `${label} must be at most ${spec.maxLength} characters.`;
    if (pattern && !new RegExp(pattern).test(value)) return `${label}: ${spec.description || `must match ${pattern}`}`;
  }
  return null;
}

let serial = 0;

/**
 * Mounts the panel into `element`. Returns {render, showServerErrors(errors), focus()}.
 * `options`: {schema, catalog (Map code → catalog Region), kinds (Map kind → placement), linkKinds, canvas, say}.
 */
export function mountProperties(element, model, options) {
  const { schema, catalog, kinds, linkKinds, canvas, say } = options;
  let serverErrors = [];
  // A change made by a field of the form leaves the form as it is, so the field the person moves to
  // next is not replaced under their pointer; any other change (undo, canvas, rename) rebuilds it.
  let quiet = false;
  const applyQuietly = (label, mutate) => {
    quiet = true;
    try { model.apply(label, mutate); } finally { quiet = false; }
  };
  const uid = `p${(serial += 1)}`;

  function render() {
    const active = element.contains(document.activeElement) ? document.activeElement : null;
    const focusName = active?.name ? `[name="${CSS.escape(active.name)}"]${active.type === 'checkbox' || active.type === 'radio' ? `[value="${CSS.escape(active.value)}"]` : ''}` : null;
    element.replaceChildren();
    const general = serverErrors.filter((e) => !e.componentId);
    if (general.length) {
      const box = node('div', { class: 'server-errors', role: 'alert' });
      box.append(node('p', {}, 'The server refused the design:'));
      const ul = node('ul');
      for (const e of general) ul.append(node('li', {}, `${e.field}: ${e.message}`));
      box.append(ul);
      element.append(box);
    }
    const others = serverErrors.filter((e) => e.componentId && !model.selection.includes(e.componentId));
    if (others.length) {
      const box = node('div', { class: 'server-errors', role: 'alert' });
      box.append(node('p', {}, 'Refused fields on other components:'));
      for (const e of others) {
        const b = button(`${e.componentId}: ${e.name} — ${e.message}`, () => { model.select([e.componentId]); canvas.reveal(e.componentId); });
        box.append(b);
      }
      element.append(box);
    }
    if (model.selection.length === 1) componentForm(componentOf(model.doc, model.selection[0]));
    else if (model.selection.length > 1) manyForm();
    else if (model.selectedLink) linkForm(model.selectedLink);
    else if (canvas.container() && canvas.container().type !== 'global') regionForm(canvas.container().region);
    else element.append(node('p', { class: 'muted' }, 'Select a component, a link or a Region to see its properties.'));
    if (focusName) element.querySelector(focusName)?.focus();
  }

  function field(label, name, control, help, error) {
    const wrap = node('div', { class: 'field' });
    const id = `${uid}-${name}`;
    control.id = control.id || id;
    control.name = name;
    const lab = node('label', { for: control.id }, label);
    const err = node('p', { class: 'field-error', id: `${id}-error`, 'data-field': name });
    if (error) err.textContent = error;
    const describedBy = [`${id}-error`];
    wrap.append(lab, control);
    if (help) {
      wrap.append(node('p', { class: 'help', id: `${id}-help` }, help));
      describedBy.push(`${id}-help`);
    }
    wrap.append(err);
    control.setAttribute('aria-describedby', describedBy.join(' '));
    if (error) control.setAttribute('aria-invalid', 'true');
    return wrap;
  }

  function fieldErrorsFor(id) {
    const map = new Map();
    for (const e of serverErrors) if (e.componentId === id) map.set(e.name, e.message);
    return map;
  }

  function showError(wrap, message) {
    const err = wrap.querySelector('.field-error');
    err.textContent = message || '';
    const control = wrap.querySelector('input, select');
    if (message) control.setAttribute('aria-invalid', 'true'); else control.removeAttribute('aria-invalid');
  }

  function componentForm(c) {
    const placement = kinds.get(c.kind);
    const errs = fieldErrorsFor(c.id);
    const form = node('form', { class: 'props-form', 'data-component': c.id, 'aria-label': `Properties of ${c.id}` });
    form.addEventListener('submit', (e) => e.preventDefault());
    form.append(node('h3', {}, `${c.id}`), node('p', { class: 'muted kind-line' }, c.kind));

    const idInput = node('input', { type: 'text', value: c.id, autocomplete: 'off', spellcheck: 'false' });
    const idField = field('Id', 'id', idInput, schema.$defs.id.description, errs.get('id'));
    idInput.addEventListener('change', () => {
      const next = idInput.value.trim();
      const problem = checkValue(schema.$defs.id, next, 'Id')
        || (next !== c.id && componentOf(model.doc, next) ? `Id ${next} is taken.` : null);
      showError(idField, problem);
      if (!problem && next !== c.id) {
        model.apply(`Rename ${c.id} to ${next}`, (doc) => renameComponent(doc, c.id, next));
        model.select([next]);
      }
    });
    form.append(idField);

    if (placement !== 'global') {
      const select = node('select');
      for (const r of model.doc.regions) select.append(option(r.code, r.code, r.code === c.region));
      const regionField = field('Region', 'region', select, null, errs.get('region'));
      select.addEventListener('change', () => {
        const code = select.value;
        model.apply(`Move ${c.id} to ${code}`, (doc) => {
          const x = componentOf(doc, c.id);
          x.region = code;
          if (placement === 'zonal') x.zones = [...regionOf(doc, code).zones];
          else delete x.zones;
        });
      });
      form.append(regionField);
    }
    if (placement === 'zonal' || placement === 'one-zone') form.append(zonesField(c, placement, errs.get('zones')));

    const { def } = kindDefinition(schema, c.kind);
    const props = c.properties || {};
    for (const [name, spec] of Object.entries(def.properties || {})) {
      form.append(propertyField(c, name, { ...spec, required: (def.required || []).includes(name) }, props[name], errs.get(name)));
    }
    form.append(linksSection(c));
    const actions = node('div', { class: 'form-actions' });
    actions.append(
      button('Duplicate', () => canvas.duplicateSelection(c.id), { id: 'duplicate-component' }),
      button(`Delete ${c.id}`, () => canvas.deleteSelection(c.id), { id: 'delete-component', class: 'danger' }),
    );
    form.append(actions);
    element.append(form);
  }

  function zonesField(c, placement, error) {
    const region = regionOf(model.doc, c.region);
    const fs = node('fieldset', { class: 'field zones-field' });
    fs.append(node('legend', {}, placement === 'zonal' ? 'Zones it spans' : 'Zone (optional)'));
    const err = node('p', { class: 'field-error', 'data-field': 'zones' }, error || '');
    for (const z of region?.zones || []) {
      const input = node('input', { type: 'checkbox', name: 'zones', value: z });
      input.checked = (c.zones || []).includes(z);
      input.addEventListener('change', () => {
        let zones = [...fs.querySelectorAll('input:checked')].map((i) => i.value);
        if (placement === 'one-zone' && input.checked) zones = [z];
        if (placement === 'zonal' && zones.length === 0) {
          err.textContent = 'A zonal component spans at least one zone.';
          input.checked = true;
          return;
        }
        err.textContent = '';
        applyQuietly(`Set ${c.id} zones`, (doc) => {
          const x = componentOf(doc, c.id);
          if (zones.length) x.zones = region.zones.filter((name) => zones.includes(name));
          else delete x.zones;
        });
      });
      const label = node('label', { class: 'check' });
      label.append(input, document.createTextNode(` ${z}`));
      fs.append(label);
    }
    fs.append(err);
    return fs;
  }

  function propertyField(c, name, spec, value, serverError) {
    const t = types(spec);
    const label = spec.title || name;
    let control;
    let read;
    if (spec.enum) {
      control = node('select');
      if (t.includes('null') || !spec.required) control.append(option('', `(default${spec.default !== undefined ? `: ${spec.default}` : ''})`, value === undefined || value === null));
      for (const v of spec.enum.filter((x) => x !== null)) control.append(option(v, v, v === value));
      read = () => (control.value === '' ? null : control.value);
    } else if (t.includes('boolean')) {
      control = node('input', { type: 'checkbox' });
      control.checked = value === undefined || value === null ? spec.default === true : value === true;
      read = () => control.checked;
    } else if (t.includes('integer') || t.includes('number')) {
      control = node('input', { type: 'number', step: t.includes('integer') ? 1 : 'any', inputmode: 'numeric' });
      if (spec.minimum !== undefined) control.min = spec.minimum;
      if (spec.maximum !== undefined) control.max = spec.maximum;
      if (value !== undefined && value !== null) control.value = value;
      if (spec.default !== undefined) control.placeholder = String(spec.default);
      read = () => (control.value.trim() === '' ? null : Number(control.value));
    } else {
      control = node('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
      if (value !== undefined && value !== null) control.value = value;
      if (spec.default !== undefined) control.placeholder = String(spec.default);
      else if (spec.examples) control.placeholder = String(spec.examples[0]);
      if (spec.maxLength) control.maxLength = spec.maxLength;
      read = () => (control.value.trim() === '' ? null : control.value.trim());
    }
    const wrap = field(label, name, control, spec.description, serverError);
    wrap.classList.add(`type-${control.type || 'select'}`);
    control.addEventListener('change', () => {
      const next = read();
      const problem = checkValue(spec, next, label);
      showError(wrap, problem);
      if (problem) return;
      applyQuietly(`Set ${c.id} ${name}`, (doc) => {
        const x = componentOf(doc, c.id);
        x.properties = x.properties || {};
        if (next === null) delete x.properties[name]; else x.properties[name] = next;
      });
    });
    return wrap;
  }

  function linksSection(c) {
    const fs = node('fieldset', { class: 'field links-field' });
    fs.append(node('legend', {}, 'Links'));
    const ul = node('ul', { class: 'link-list' });
    for (const l of model.doc.links || []) {
      if (l.from !== c.id && l.to !== c.id) continue;
      const li = node('li', {}, `${l.from} ${l.kind} ${l.to} `);
      li.append(button('Remove', () => model.apply(`Delete link ${l.from} ${l.kind} ${l.to}`, (doc) => {
        doc.links = doc.links.filter((x) => !sameLink(x, l));
      }), { 'aria-label': `Remove link ${l.from} ${l.kind} ${l.to}` }));
      ul.append(li);
    }
    if (!ul.children.length) ul.append(node('li', { class: 'muted' }, 'No links yet.'));
    fs.append(ul);
    const targets = model.doc.components.filter((o) => o.id !== c.id && linkKinds(c.kind, o.kind).length > 0);
    if (targets.length) {
      const target = node('select', { name: 'link-target', id: `${uid}-link-target` });
      for (const o of targets) target.append(option(o.id, `${o.id} (${o.kind})`, false));
      const kind = node('select', { name: 'link-kind', id: `${uid}-link-kind` });
      const fill = () => {
        const o = componentOf(model.doc, target.value);
        kind.replaceChildren(...linkKinds(c.kind, o.kind).map((k) => option(k, k, false)));
      };
      target.addEventListener('change', fill);
      fill();
      const row = node('div', { class: 'connect-row' });
      row.append(
        node('label', { for: target.id }, 'Connect to'), target,
        node('label', { for: kind.id }, 'as'), kind,
        button('Add link', () => {
          const l = { from: c.id, to: target.value, kind: kind.value };
          if ((model.doc.links || []).some((x) => sameLink(x, l))) { say('That link is there already.'); return; }
          model.apply(`Link ${l.from} ${l.kind} ${l.to}`, (doc) => { doc.links = doc.links || []; doc.links.push(l); });
          say(`Linked ${l.from} ${l.kind} ${l.to}.`);
        }, { id: 'add-link' }),
      );
      fs.append(row);
    }
    return fs;
  }

  function linkForm(l) {
    const from = componentOf(model.doc, l.from);
    const to = componentOf(model.doc, l.to);
    const form = node('form', { class: 'props-form', 'aria-label': 'Link' });
    form.addEventListener('submit', (e) => e.preventDefault());
    form.append(node('h3', {}, 'Link'), node('p', {}, `${l.from} → ${l.to}`));
    const select = node('select');
    for (const k of linkKinds(from.kind, to.kind)) select.append(option(k, k, k === l.kind));
    select.addEventListener('change', () => {
      const next = { ...l, kind: select.value };
      model.apply(`Set link ${l.from} → ${l.to} to ${next.kind}`, (doc) => {
        doc.links = doc.links.map((x) => (sameLink(x, l) ? next : x));
      });
      model.selectLink(next);
    });
    form.append(field('Kind', 'kind', select, schema.$defs.link.properties.kind.description));
    form.append(button('Delete link', () => model.apply(`Delete link ${l.from} ${l.kind} ${l.to}`, (doc) => {
      doc.links = doc.links.filter((x) => !sameLink(x, l));
    }), { class: 'danger', id: 'delete-link' }));
    element.append(form);
  }

  function regionForm(code) {
    const region = regionOf(model.doc, code);
    if (!region) return;
    const form = node('form', { class: 'props-form', 'data-region': code, 'aria-label': `Region ${code}` });
    form.addEventListener('submit', (e) => e.preventDefault());
    form.append(node('h3', {}, `Region ${code}`), node('p', { class: 'muted' }, catalog.get(code)?.name || ''));
    const role = node('select');
    role.append(option('primary', 'primary', region.role === 'primary'), option('secondary', 'secondary', region.role === 'secondary'),
      option('none', 'none (counts as secondary)', !region.role));
    role.addEventListener('change', () => {
      if (region.role === 'primary' && role.value !== 'primary') {
        showError(roleField, 'Exactly one Region is primary: make another Region primary instead.');
        role.value = 'primary';
        return;
      }
      model.apply(`Set ${code} role ${role.value}`, (doc) => setRole(doc, code, role.value));
    });
    const roleField = field('Role', 'role', role, schema.$defs.region.properties.role.description);
    form.append(roleField);
    const fs = node('fieldset', { class: 'field zones-field' });
    fs.append(node('legend', {}, 'Availability Zones used'));
    const err = node('p', { class: 'field-error', 'data-field': 'region-zones' });
    for (const z of catalog.get(code)?.zones || region.zones) {
      const input = node('input', { type: 'checkbox', name: 'region-zones', value: z });
      input.checked = region.zones.includes(z);
      input.addEventListener('change', () => {
        const all = catalog.get(code)?.zones || region.zones;
        const zones = all.filter((name) => fs.querySelector(`input[value="${CSS.escape(name)}"]`).checked);
        if (zones.length === 0) {
          err.textContent = 'A Region needs at least one zone.';
          input.checked = true;
          return;
        }
        const probe = JSON.parse(JSON.stringify(model.doc));
        const stranded = setRegionZones(probe, code, zones, (k) => kinds.get(k) === 'zonal');
        if (stranded.length) {
          err.textContent = `${stranded.join(', ')} would span no zone: move ${stranded.length === 1 ? 'it' : 'them'} first.`;
          input.checked = true;
          return;
        }
        err.textContent = '';
        model.apply(`${input.checked ? 'Add' : 'Remove'} zone ${z}`, (doc) => setRegionZones(doc, code, zones, (k) => kinds.get(k) === 'zonal'));
      });
      const label = node('label', { class: 'check' });
      label.append(input, document.createTextNode(` ${z}`));
      fs.append(label);
    }
    fs.append(err);
    form.append(fs);
    const remove = button(`Remove Region ${code}`, () => {
      if (model.doc.regions.length === 1) { say('A design needs at least one Region.'); return; }
      const count = model.doc.components.filter((c) => c.region === code).length;
      if (!window.confirm(`Remove ${code} and its ${count} component${count === 1 ? '' : 's'}?`)) return;
      model.apply(`Remove Region ${code}`, (doc) => removeRegion(doc, code));
      canvas.setContainer(null);
      render();
    }, { class: 'danger', id: 'remove-region' });
    form.append(remove);
    element.append(form);
  }

  function manyForm() {
    const form = node('div', { class: 'props-form' });
    form.append(node('h3', {}, `${model.selection.length} components selected`), node('p', {}, model.selection.join(', ')));
    const actions = node('div', { class: 'form-actions' });
    actions.append(button('Duplicate', () => canvas.duplicateSelection()), button('Delete', () => canvas.deleteSelection(), { class: 'danger' }));
    form.append(actions);
    element.append(form);
  }

  /** Shows the server's field errors (problem+json `errors[]`, e.g. `components[3].properties.minSize`) beside their fields. */
  function showServerErrors(errors) {
    serverErrors = (errors || []).map((e) => {
      const m = /^components\[(\d+)\](?:\.(properties)\.([A-Za-z]+)|\.([a-z]+))?/.exec(e.field || '');
      const c = m ? model.doc.components[Number(m[1])] : null;
      return { field: e.field, message: e.message, componentId: c?.id || null, name: m ? (m[3] || m[4] || 'id') : null };
    });
    render();
  }

  document.addEventListener('regionlab:server-errors', (evt) => showServerErrors(evt.detail?.errors || []));
  model.subscribe(({ type }) => { if (!(quiet && type === 'change')) render(); });
  canvas.onContainer(() => { if (!model.selection.length && !model.selectedLink) render(); });
  render();

  return {
    render,
    showServerErrors,
    /** Moves focus to the first field of the panel. */
    focus() { element.querySelector('input, select, button')?.focus(); },
  };
}

function node(name, attrs = {}, text) {
  const n = document.createElement(name);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  return n;
}

function option(value, label, selected) {
  const o = node('option', { value }, label);
  if (selected) o.selected = true;
  return o;
}

function button(label, onClick, attrs = {}) {
  const b = node('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onClick);
  return b;
}
