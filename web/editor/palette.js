// The kinds that can be placed in the current container (the Region, zone or global lane last
// focused or clicked on the canvas), as buttons: press one to add to that container, or drag one
// onto a lane. Where each kind may go comes from the server (/api/schema/kinds).

import { addComponent } from './canvas-edits.js';
import { startingProperties } from './properties.js';

const FITS = {
  global: (p) => p === 'global',
  region: (p) => p === 'regional' || p === 'zonal' || p === 'one-zone',
  zone: (p) => p === 'zonal' || p === 'one-zone',
};

const NAMES = {
  global: (c) => 'the global lane',
  region: (c) => `Region ${c.region}`,
  zone: (c) => `zone ${c.zone}`,
};

/** Mounts the palette into `element`; `target` shows where additions go. Returns {render}. */
export function mountPalette(element, target, model, { schema, kinds, canvas, say }) {
  let drag = null;

  function fits(kind, container) {
    return !!container && FITS[container.type](kinds.get(kind));
  }

  function render() {
    const container = canvas.container();
    target.textContent = container ? `Adds to ${NAMES[container.type](container)}` : 'Select a Region, zone or the global lane first.';
    const list = document.createElement('ul');
    list.className = 'palette-list';
    for (const [kind, placement] of kinds) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.kind = kind;
      b.dataset.placement = placement;
      b.className = 'palette-item';
      b.textContent = kind;
      const allowed = fits(kind, container);
      b.hidden = !!container && !allowed;
      b.setAttribute('aria-label', container ? `Add ${kind} to ${NAMES[container.type](container)}` : `Add ${kind}`);
      li.append(b);
      li.hidden = b.hidden;
      list.append(li);
    }
    element.replaceChildren(list);
  }

  function add(kind, container) {
    if (!fits(kind, container)) {
      say(container ? `${kind} cannot go in ${NAMES[container.type](container)}.` : 'Select a Region, a zone or the global lane on the diagram first.');
      return null;
    }
    let id = null;
    model.apply(`Add ${kind}`, (doc) => { id = addComponent(doc, kind, kinds.get(kind), container, startingProperties(schema, kind)); });
    model.select([id]);
    say(`Added ${id} to ${NAMES[container.type](container)}.`);
    canvas.reveal(id);
    return id;
  }

  element.addEventListener('click', (evt) => {
    const b = evt.target.closest('button[data-kind]');
    if (!b) return;
    if (drag?.suppressClick) { drag = null; return; }
    add(b.dataset.kind, canvas.container());
  });

  // Dragging with pointer events rather than HTML drag-and-drop: it works the same with a pen or
  // touch, and drops are hit-tested against the lanes under the pointer.
  element.addEventListener('pointerdown', (evt) => {
    const b = evt.target.closest('button[data-kind]');
    if (!b || evt.button !== 0) return;
    drag = { kind: b.dataset.kind, x: evt.clientX, y: evt.clientY, ghost: null, pointerId: evt.pointerId };
    b.setPointerCapture?.(evt.pointerId);
  });
  element.addEventListener('pointermove', (evt) => {
    if (!drag || drag.suppressClick === undefined && Math.hypot(evt.clientX - drag.x, evt.clientY - drag.y) < 5) return;
    if (!drag.ghost) {
      drag.ghost = document.createElement('div');
      drag.ghost.className = 'palette-ghost';
      drag.ghost.textContent = drag.kind;
      document.body.append(drag.ghost);
      drag.suppressClick = true;
    }
    drag.ghost.style.left = `${evt.clientX + 8}px`;
    drag.ghost.style.top = `${evt.clientY + 8}px`;
  });
  element.addEventListener('pointerup', (evt) => {
    if (!drag || !drag.ghost) { if (drag) drag = null; return; }
    drag.ghost.remove();
    const container = canvas.containerAt(evt.clientX, evt.clientY);
    if (container) {
      canvas.setContainer(container);
      add(drag.kind, container);
    } else {
      say('Drop a kind on a lane of the diagram to add it.');
    }
    drag = { suppressClick: true };
    setTimeout(() => { if (drag?.suppressClick) drag = null; }, 0);
  });

  canvas.onContainer(render);
  render();
  return { render, add };
}
