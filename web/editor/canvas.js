// Draws the design as SVG and turns pointer and keyboard input into model edits. Layout comes from
// canvas-layout.js; a document change redraws once, a drag moves only the dragged group and its links
// (once per animation frame), so large designs stay smooth.

import { layout, edgePoint, labelPoint, placementOf } from './canvas-layout.js';
import { moveComponent, nudge, removeComponents, duplicate } from './canvas-edits.js';
import { sameLink } from './model.js';

const NS = 'http://www.w3.org/2000/svg';
const DRAG_START = 4;

const shorten = (text, max) => (text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text);

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Mounts the diagram into `svg`. `options`: {kinds (Map kind → placement), linkKinds(fromKind, toKind) → [kinds],
 * chooseLinkKind(from, to, kinds) → Promise<kind|null>, say(message)}.
 */
export function mountCanvas(svg, model, options) {
  const { kinds, linkKinds, chooseLinkKind, say } = options;
  const view = { scale: 1, tx: 20, ty: 20 };
  const containerListeners = new Set();
  let container = null;
  let errors = new Set();
  let current = null;
  let boxes = new Map();
  let linkEls = new Map();
  let gesture = null;

  svg.replaceChildren();
  const defs = el('defs');
  const marker = el('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' });
  marker.append(el('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }));
  defs.append(marker);
  const viewport = el('g', { class: 'viewport' });
  const containersLayer = el('g', { class: 'layer-containers' });
  const linksLayer = el('g', { class: 'layer-links' });
  const nodesLayer = el('g', { class: 'layer-nodes' });
  const overlay = el('g', { class: 'layer-overlay' });
  viewport.append(containersLayer, linksLayer, nodesLayer, overlay);
  svg.append(defs, viewport);
  svg.setAttribute('tabindex', '0');
  // While a component is dragged it and its links live in a second <svg> laid over the diagram:
  // Chromium lays out every text of an <svg> again when anything in it moves (15 ms for the large
  // design), so the diagram itself must not change until the drop.
  const dragLayer = el('svg', { class: 'drag-layer', 'aria-hidden': 'true' });
  const dragViewport = el('g');
  dragLayer.append(dragViewport);
  svg.after(dragLayer);

  const placement = (kind) => placementOf(kinds, kind);

  function applyView() {
    viewport.setAttribute('transform', `translate(${view.tx} ${view.ty}) scale(${view.scale})`);
    svg.dispatchEvent(new CustomEvent('zoom', { detail: { scale: view.scale } }));
  }

  function render() {
    const focusedKey = keyOf(document.activeElement);
    current = layout(model.doc, kinds);
    boxes = current.nodes;
    containersLayer.replaceChildren(...containerElements(current));
    const comps = new Map((model.doc.components || []).map((c) => [c.id, c]));
    linkEls = new Map();
    const links = [];
    for (const l of model.doc.links || []) {
      const g = linkElement(l);
      if (!g) continue;
      links.push(g);
      for (const end of [l.from, l.to]) {
        if (!linkEls.has(end)) linkEls.set(end, []);
        linkEls.get(end).push({ g, link: l });
      }
    }
    linksLayer.replaceChildren(...links);
    nodesLayer.replaceChildren(...[...comps.values()].filter((c) => boxes.has(c.id)).map(componentElement));
    showSelection();
    if (focusedKey) refocus(focusedKey);
  }

  function containerElements(lay) {
    const out = [];
    const global = el('g', { class: 'global', tabindex: 0, 'data-container': 'global', role: 'group', 'aria-label': 'Global lane (DNS records and CDN), no Region' });
    global.append(
      el('rect', { x: lay.global.x, y: lay.global.y, width: lay.global.w, height: lay.global.h, rx: 8, class: 'global-box' }),
      el('text', { x: lay.global.x + 12, y: lay.global.y + 18, class: 'lane-title' }, 'Global — outside all Regions'),
    );
    out.push(global);
    for (const r of lay.regions) {
      const g = el('g', { class: 'region', 'data-region': r.code, tabindex: 0, 'data-container': 'region', role: 'group',
        'aria-label': `Region ${r.code}${r.role ? `, ${r.role}` : ''}, zones ${r.zones.map((z) => z.name).join(', ')}` });
      g.append(
        el('rect', { x: r.x, y: r.y, width: r.w, height: r.h, rx: 10, class: 'region-box' }),
        el('text', { x: r.x + 12, y: r.y + 22, class: 'region-title' }, `${r.code}${r.role ? ` · ${r.role}` : ''}`),
      );
      for (const z of r.zones) {
        const zg = el('g', { class: 'zone', 'data-zone': z.name, 'data-region': r.code, tabindex: 0, 'data-container': 'zone', role: 'group',
          'aria-label': `Zone ${z.name} of ${r.code}` });
        zg.append(
          el('rect', { x: z.x + 2, y: z.y, width: z.w - 4, height: z.h, rx: 6, class: 'zone-box' }),
          el('text', { x: z.x + 10, y: z.y + 17, class: 'lane-title' }, z.name),
        );
        g.append(zg);
      }
      const band = el('g', { class: 'band', 'data-region': r.code });
      band.append(
        el('rect', { x: r.band.x + 2, y: r.band.y, width: r.band.w - 4, height: r.band.h, rx: 6, class: 'band-box' }),
        el('text', { x: r.band.x + 10, y: r.band.y + 17, class: 'lane-title' }, 'Regional — AWS spreads these across zones'),
      );
      g.append(band);
      out.push(g);
    }
    return out;
  }

  function linkElement(l) {
    const a = boxes.get(l.from);
    const b = boxes.get(l.to);
    if (!a || !b) return null;
    const g = el('g', { class: 'link', 'data-from': l.from, 'data-to': l.to, 'data-kind': l.kind, tabindex: 0, role: 'button',
      'aria-label': `Link ${l.from} ${l.kind} ${l.to}` });
    g.append(el('line', { class: 'link-hit' }), el('line', { class: 'link-line', 'marker-end': 'url(#arrow)' }),
      el('rect', { class: 'link-label-bg', rx: 3 }), el('text', { class: 'link-label' }, l.kind));
    placeLink(g, a, b);
    return g;
  }

  function placeLink(g, a, b) {
    const p = edgePoint(a, b.x + b.w / 2, b.y + b.h / 2);
    const q = edgePoint(b, a.x + a.w / 2, a.y + a.h / 2);
    const [hit, line, bg, text] = g.children;
    for (const ln of [hit, line]) {
      ln.setAttribute('x1', p.x); ln.setAttribute('y1', p.y); ln.setAttribute('x2', q.x); ln.setAttribute('y2', q.y);
    }
    const { x: mx, y: my } = labelPoint(p, q, current ? current.regions : []);
    const w = text.textContent.length * 6.4 + 8;
    bg.setAttribute('x', mx - w / 2); bg.setAttribute('y', my - 8); bg.setAttribute('width', w); bg.setAttribute('height', 16);
    text.setAttribute('x', mx); text.setAttribute('y', my + 4);
  }

  function componentElement(c) {
    const b = boxes.get(c.id);
    const error = errors.has(c.id);
    const where = c.region ? ` in ${c.region}${c.zones && c.zones.length ? `, zones ${c.zones.join(', ')}` : ''}` : ', global';
    const g = el('g', {
      class: 'component', 'data-id': c.id, 'data-kind': c.kind, tabindex: 0, role: 'button',
      transform: `translate(${b.x} ${b.y})`, 'aria-selected': 'false',
      'aria-label': `${c.id}, ${c.kind}${where}${error ? ', has an error' : ''}`,
    });
    if (error) g.setAttribute('data-severity', 'error');
    g.append(
      el('rect', { width: b.w, height: b.h, rx: 6, class: 'component-box' }),
      el('text', { x: 10, y: 19, class: 'component-id' }, shorten(c.id, Math.floor((b.w - 16) / 7.6))),
      el('text', { x: 10, y: 36, class: 'component-kind' }, c.kind),
    );
    if (error) {
      const badge = el('g', { class: 'error-badge', transform: `translate(${b.w - 50} 4)` });
      badge.append(el('rect', { width: 46, height: 16, rx: 8 }), el('text', { x: 23, y: 12 }, '! error'));
      g.append(badge);
    }
    g.append(el('title', {}, `${c.id} (${c.kind})`));
    const handle = el('circle', { class: 'connect-handle', cx: b.w, cy: b.h / 2, r: 7 });
    handle.append(el('title', {}, `Connect ${c.id} to another component`));
    g.append(handle);
    return g;
  }

  function showSelection() {
    const selected = new Set(model.selection);
    for (const g of nodesLayer.children) {
      const on = selected.has(g.dataset.id);
      g.setAttribute('aria-selected', on ? 'true' : 'false');
      g.classList.toggle('selected', on);
    }
    for (const g of linksLayer.children) {
      const l = { from: g.dataset.from, to: g.dataset.to, kind: g.dataset.kind };
      g.classList.toggle('selected', !!model.selectedLink && sameLink(l, model.selectedLink));
    }
    for (const g of containersLayer.querySelectorAll('[data-container]')) g.classList.toggle('current', sameContainer(containerOf(g), container));
  }

  const keyOf = (node) => {
    if (!node || !svg.contains(node) || node === svg) return null;
    if (node.classList.contains('component')) return `[data-id="${CSS.escape(node.dataset.id)}"].component`;
    if (node.classList.contains('zone')) return `g.zone[data-zone="${CSS.escape(node.dataset.zone)}"]`;
    if (node.classList.contains('region')) return `g.region[data-region="${CSS.escape(node.dataset.region)}"]`;
    if (node.classList.contains('global')) return 'g.global';
    if (node.classList.contains('link')) return `g.link[data-from="${CSS.escape(node.dataset.from)}"][data-to="${CSS.escape(node.dataset.to)}"]`;
    return null;
  };
  const refocus = (selector) => svg.querySelector(selector)?.focus({ preventScroll: true });

  function containerOf(node) {
    const g = node?.closest?.('[data-container]');
    if (!g) return null;
    if (g.dataset.container === 'global') return { type: 'global' };
    if (g.dataset.container === 'zone') return { type: 'zone', region: g.dataset.region, zone: g.dataset.zone };
    return { type: 'region', region: g.dataset.region };
  }

  function sameContainer(a, b) {
    return !!a && !!b && a.type === b.type && a.region === b.region && a.zone === b.zone;
  }

  function setContainer(next) {
    if (sameContainer(next, container)) return;
    container = next;
    showSelection();
    for (const fn of containerListeners) fn(container);
  }

  function toDiagram(evt) {
    const m = viewport.getScreenCTM().inverse();
    const p = new DOMPoint(evt.clientX, evt.clientY).matrixTransform(m);
    return { x: p.x, y: p.y };
  }

  /** The lane under a point of the screen, found in the layout (components drawn over a lane do not hide it). */
  function containerAt(clientX, clientY) {
    const rect = svg.getBoundingClientRect();
    if (!current || clientX < rect.left || clientX > rect.right || clientY < rect.top || clientY > rect.bottom) return null;
    const p = toDiagram({ clientX, clientY });
    const inside = (b) => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;
    if (inside(current.global)) return { type: 'global' };
    for (const r of current.regions) {
      if (!inside(r)) continue;
      const zone = r.zones.find(inside);
      return zone ? { type: 'zone', region: r.code, zone: zone.name } : { type: 'region', region: r.code };
    }
    return null;
  }

  const dropContainerAt = (evt) => containerAt(evt.clientX, evt.clientY);

  // Pointer input: a press becomes a click, a move, a connection or a pan once it has moved a few pixels.
  svg.addEventListener('pointerdown', (evt) => {
    if (evt.button !== 0) return;
    const handle = evt.target.closest('.connect-handle');
    const comp = evt.target.closest('g.component');
    const link = evt.target.closest('g.link');
    gesture = { startX: evt.clientX, startY: evt.clientY, moved: false, handle: !!handle, comp, link,
      shift: evt.shiftKey, target: evt.target, pointerId: evt.pointerId, view: { ...view } };
    try { svg.setPointerCapture(evt.pointerId); } catch { /* a synthetic pointer cannot be captured */ }
    evt.preventDefault();
  });

  svg.addEventListener('pointermove', (evt) => {
    if (!gesture) return;
    const dx = evt.clientX - gesture.startX;
    const dy = evt.clientY - gesture.startY;
    if (!gesture.moved && Math.hypot(dx, dy) < DRAG_START) return;
    if (!gesture.moved) startGesture();
    gesture.last = evt;
    if (!gesture.frame) gesture.frame = requestAnimationFrame(frame);
  });

  function startGesture() {
    gesture.moved = true;
    if (gesture.handle && gesture.comp) {
      gesture.kind = 'connect';
      gesture.line = el('line', { class: 'connect-preview' });
      overlay.append(gesture.line);
    } else if (gesture.comp) {
      gesture.kind = 'move';
      gesture.id = gesture.comp.dataset.id;
      gesture.box = boxes.get(gesture.id);
      gesture.comp.classList.add('dragging');
      gesture.focusKey = keyOf(document.activeElement);
      Object.assign(dragLayer.style, { left: `${svg.offsetLeft}px`, top: `${svg.offsetTop}px`,
        width: `${svg.clientWidth}px`, height: `${svg.clientHeight}px` });
      dragViewport.setAttribute('transform', viewport.getAttribute('transform') || '');
      dragViewport.replaceChildren(...(linkEls.get(gesture.id) || []).map(({ g }) => g), gesture.comp);
      dragLayer.classList.add('active');
    } else {
      gesture.kind = 'pan';
    }
  }

  function frame() {
    if (!gesture) return;
    gesture.frame = null;
    const evt = gesture.last;
    if (gesture.kind === 'pan') {
      view.tx = gesture.view.tx + evt.clientX - gesture.startX;
      view.ty = gesture.view.ty + evt.clientY - gesture.startY;
      applyView();
    } else if (gesture.kind === 'move') {
      const dx = (evt.clientX - gesture.startX) / view.scale;
      const dy = (evt.clientY - gesture.startY) / view.scale;
      const b = gesture.box;
      const moved = { ...b, x: b.x + dx, y: b.y + dy };
      gesture.comp.setAttribute('transform', `translate(${moved.x} ${moved.y})`);
      for (const { g, link } of linkEls.get(gesture.id) || []) {
        placeLink(g, link.from === gesture.id ? moved : boxes.get(link.from), link.to === gesture.id ? moved : boxes.get(link.to));
      }
    } else if (gesture.kind === 'connect') {
      const b = boxes.get(gesture.comp.dataset.id);
      const p = toDiagram(evt);
      gesture.line.setAttribute('x1', b.x + b.w); gesture.line.setAttribute('y1', b.y + b.h / 2);
      gesture.line.setAttribute('x2', p.x); gesture.line.setAttribute('y2', p.y);
    }
  }

  svg.addEventListener('pointerup', (evt) => finishGesture(evt, false));
  svg.addEventListener('pointercancel', (evt) => finishGesture(evt, true));

  function finishGesture(evt, cancelled) {
    const g = gesture;
    gesture = null;
    if (!g) return;
    if (g.frame) cancelAnimationFrame(g.frame);
    if (svg.hasPointerCapture?.(g.pointerId)) svg.releasePointerCapture(g.pointerId);
    if (!g.moved) {
      if (!cancelled) click(g);
      return;
    }
    if (g.kind === 'connect') {
      g.line.remove();
      if (cancelled) return;
      const target = document.elementFromPoint(evt.clientX, evt.clientY)?.closest?.('g.component');
      if (target && target !== g.comp) connect(g.comp.dataset.id, target.dataset.id);
    } else if (g.kind === 'move') {
      dragLayer.classList.remove('active');
      dragViewport.replaceChildren();
      const where = cancelled ? null : dropContainerAt(evt);
      const c = model.doc.components.find((x) => x.id === g.id);
      let moved = false;
      if (where && c && !sameContainer(where, containerOfComponent(c))) {
        const probe = JSON.parse(JSON.stringify(model.doc));
        if (moveComponent(probe, g.id, placement(c.kind), where)) {
          model.apply(`Move ${g.id}`, (doc) => moveComponent(doc, g.id, placement(c.kind), where));
          moved = true;
        } else {
          say(`${c.kind} cannot go there: ${placement(c.kind) === 'global' ? 'it belongs in the global lane' : 'it belongs in a Region'}.`);
        }
      }
      if (!moved) render();
      if (g.focusKey) refocus(g.focusKey);
    }
  }

  function containerOfComponent(c) {
    if (!c.region) return { type: 'global' };
    if (c.zones && c.zones.length === 1) return { type: 'zone', region: c.region, zone: c.zones[0] };
    return { type: 'region', region: c.region };
  }

  function click(g) {
    if (g.comp) {
      const id = g.comp.dataset.id;
      if (g.shift) {
        const set = new Set(model.selection);
        if (set.has(id)) set.delete(id); else set.add(id);
        model.select([...set]);
      } else {
        model.select([id]);
      }
      const c = model.doc.components.find((x) => x.id === id);
      if (c) setContainer(containerOfComponent(c));
      g.comp.focus({ preventScroll: true });
    } else if (g.link) {
      model.selectLink({ from: g.link.dataset.from, to: g.link.dataset.to, kind: g.link.dataset.kind });
      g.link.focus({ preventScroll: true });
    } else {
      const where = containerOf(g.target);
      if (where) {
        setContainer(where);
        model.select([]);
        g.target.closest('[data-container]').focus({ preventScroll: true });
      }
    }
  }

  async function connect(fromId, toId) {
    const from = model.doc.components.find((c) => c.id === fromId);
    const to = model.doc.components.find((c) => c.id === toId);
    const existing = new Set((model.doc.links || []).filter((l) => l.from === fromId && l.to === toId).map((l) => l.kind));
    const offered = linkKinds(from.kind, to.kind).filter((k) => !existing.has(k));
    if (offered.length === 0) {
      say(`No link kind joins ${from.kind} to ${to.kind}${existing.size ? ' that is not there already' : ''}.`);
      return;
    }
    const kind = await chooseLinkKind(from, to, offered);
    if (kind) {
      model.apply(`Link ${fromId} ${kind} ${toId}`, (doc) => {
        doc.links = doc.links || [];
        doc.links.push({ from: fromId, to: toId, kind });
      });
    }
  }

  svg.addEventListener('wheel', (evt) => {
    if (!evt.ctrlKey) return;
    evt.preventDefault();
    const rect = svg.getBoundingClientRect();
    zoomAt(evt.deltaY < 0 ? 1.15 : 1 / 1.15, evt.clientX - rect.left, evt.clientY - rect.top);
  }, { passive: false });

  function zoomAt(factor, px, py) {
    const next = Math.min(3, Math.max(0.15, view.scale * factor));
    const k = next / view.scale;
    view.tx = px - (px - view.tx) * k;
    view.ty = py - (py - view.ty) * k;
    view.scale = next;
    applyView();
  }

  function fit() {
    if (!current) return;
    const rect = svg.getBoundingClientRect();
    const w = Math.max(rect.width, 100);
    const h = Math.max(rect.height, 100);
    const s = Math.min(1.2, Math.max(0.15, Math.min((w - 40) / current.width, (h - 24) / current.height)));
    view.scale = s;
    view.tx = (w - current.width * s) / 2;
    view.ty = 12;
    applyView();
  }

  // Keyboard: Tab moves through lanes and components (each is focusable); the rest is here.
  svg.addEventListener('focusin', (evt) => {
    const node = evt.target;
    if (node.classList?.contains('component')) {
      const c = model.doc.components.find((x) => x.id === node.dataset.id);
      if (c) setContainer(containerOfComponent(c));
    } else {
      const where = containerOf(node);
      if (where) setContainer(where);
    }
    reveal(node, false);
  });

  svg.addEventListener('keydown', (evt) => {
    const node = evt.target;
    const comp = node.classList?.contains('component') ? node : null;
    const id = comp?.dataset.id;
    const mod = evt.ctrlKey || evt.metaKey;
    if (comp && evt.altKey && (evt.key === 'ArrowLeft' || evt.key === 'ArrowRight' || evt.key === 'ArrowUp' || evt.key === 'ArrowDown')) {
      const c = model.doc.components.find((x) => x.id === id);
      const step = evt.key === 'ArrowLeft' || evt.key === 'ArrowUp' ? -1 : 1;
      const probe = JSON.parse(JSON.stringify(model.doc));
      if (nudge(probe, id, placement(c.kind), step)) model.apply(`Move ${id}`, (doc) => nudge(doc, id, placement(c.kind), step));
      else say(`${id} cannot move further that way.`);
      evt.preventDefault();
    } else if (comp && (evt.key === 'ArrowRight' || evt.key === 'ArrowDown' || evt.key === 'ArrowLeft' || evt.key === 'ArrowUp')) {
      const all = [...nodesLayer.querySelectorAll('g.component')];
      const i = all.indexOf(comp) + (evt.key === 'ArrowRight' || evt.key === 'ArrowDown' ? 1 : -1);
      all[(i + all.length) % all.length]?.focus();
      evt.preventDefault();
    } else if (comp && (evt.key === 'Enter' || evt.key === ' ')) {
      if (evt.shiftKey || evt.key === ' ') {
        const set = new Set(model.selection);
        if (set.has(id)) set.delete(id); else set.add(id);
        model.select([...set]);
      } else {
        model.select([id]);
        svg.dispatchEvent(new CustomEvent('open-properties', { bubbles: true }));
      }
      evt.preventDefault();
    } else if (node.classList?.contains('link') && evt.key === 'Enter') {
      model.selectLink({ from: node.dataset.from, to: node.dataset.to, kind: node.dataset.kind });
      svg.dispatchEvent(new CustomEvent('open-properties', { bubbles: true }));
      evt.preventDefault();
    } else if (evt.key === 'Delete' || evt.key === 'Backspace') {
      if (node.classList?.contains('link')) {
        deleteLink({ from: node.dataset.from, to: node.dataset.to, kind: node.dataset.kind });
      } else {
        deleteSelection(id);
      }
      evt.preventDefault();
    } else if (mod && (evt.key === 'd' || evt.key === 'D')) {
      duplicateSelection(id);
      evt.preventDefault();
    } else if (!comp && containerOf(node) && (evt.key === 'Enter' || evt.key === 'a' || evt.key === 'A')) {
      setContainer(containerOf(node));
      model.select([]);
      svg.dispatchEvent(new CustomEvent('open-palette', { bubbles: true }));
      evt.preventDefault();
    } else if (!comp && !evt.altKey && !mod && evt.key.startsWith('Arrow')) {
      const d = 40;
      if (evt.key === 'ArrowLeft') view.tx += d;
      if (evt.key === 'ArrowRight') view.tx -= d;
      if (evt.key === 'ArrowUp') view.ty += d;
      if (evt.key === 'ArrowDown') view.ty -= d;
      applyView();
      evt.preventDefault();
    } else if (!mod && (evt.key === '+' || evt.key === '=')) {
      zoomBy(1.2);
    } else if (!mod && evt.key === '-') {
      zoomBy(1 / 1.2);
    }
  });

  // The focused component when it is not among the selected ones, else the selection.
  const targets = (focusedId) => (focusedId && !model.selection.includes(focusedId) ? [focusedId] : [...model.selection]);

  function deleteSelection(focusedId) {
    const ids = targets(focusedId);
    if (ids.length === 0) return;
    const next = [...nodesLayer.querySelectorAll('g.component')].map((g) => g.dataset.id).find((x) => !ids.includes(x));
    model.apply(ids.length === 1 ? `Delete ${ids[0]}` : `Delete ${ids.length} components`, (doc) => removeComponents(doc, ids));
    say(`Deleted ${ids.join(', ')}.`);
    if (next) reveal(next);
  }

  function deleteLink(link) {
    model.apply(`Delete link ${link.from} ${link.kind} ${link.to}`, (doc) => {
      doc.links = (doc.links || []).filter((l) => !sameLink(l, link));
    });
    say(`Deleted link ${link.from} ${link.kind} ${link.to}.`);
  }

  function duplicateSelection(focusedId) {
    const ids = targets(focusedId);
    if (ids.length === 0) return;
    let created = [];
    model.apply(ids.length === 1 ? `Duplicate ${ids[0]}` : `Duplicate ${ids.length} components`, (doc) => { created = duplicate(doc, ids); });
    model.select(created);
    say(`Duplicated as ${created.join(', ')}.`);
    if (created[0]) reveal(created[0]);
  }

  function zoomBy(factor) {
    const rect = svg.getBoundingClientRect();
    zoomAt(factor, rect.width / 2, rect.height / 2);
  }

  /** Scrolls a component (id) or diagram element into view; focuses it when `focus`. */
  function reveal(target, focus = true) {
    const node = typeof target === 'string' ? nodesLayer.querySelector(`g.component[data-id="${CSS.escape(target)}"]`) : target;
    if (!node || !node.getBBox) return;
    const rect = svg.getBoundingClientRect();
    const r = node.getBoundingClientRect();
    let dx = 0;
    let dy = 0;
    if (r.width < rect.width && (r.left < rect.left || r.right > rect.right)) dx = rect.left + rect.width / 2 - (r.left + r.width / 2);
    if (r.height < rect.height && (r.top < rect.top || r.bottom > rect.bottom)) dy = rect.top + rect.height / 2 - (r.top + r.height / 2);
    if (dx || dy) {
      view.tx += dx;
      view.ty += dy;
      applyView();
    }
    if (focus) node.focus({ preventScroll: true });
  }

  model.subscribe(({ type }) => {
    if (type === 'change') render();
    else showSelection();
  });

  applyView();
  render();

  return {
    svg: () => svg,
    reveal,
    fit,
    zoomIn: () => zoomBy(1.2),
    zoomOut: () => zoomBy(1 / 1.2),
    scale: () => view.scale,
    render,
    connect,
    deleteSelection,
    duplicateSelection,
    /** The Region, zone or global lane last focused or clicked: {type, region?, zone?}, or null. */
    container: () => container,
    setContainer,
    containerAt,
    onContainer(fn) { containerListeners.add(fn); return () => containerListeners.delete(fn); },
    /** Marks components that an error-severity finding targets; `findings` as POST /api/review answers them. */
    markFindings(findings) {
      const next = new Set((findings || []).filter((f) => f.severity === 'error').map((f) => f.target).filter(Boolean));
      const same = next.size === errors.size && [...next].every((t) => errors.has(t));
      errors = next;
      if (!same) render();
    },
    /** Where a component is drawn, in diagram units: {x, y, w, h}. */
    boxOf: (id) => boxes.get(id),
  };
}
