// Where everything is drawn, computed from the document alone (the format has no coordinates), so
// the same document always looks the same. Pure: no DOM.

export const LANE_W = 180;
export const NODE_H = 46;
export const GAP = 10;
const PAD = 12;
const REGION_HEAD = 34;
const ZONE_HEAD = 26;
const BAND_HEAD = 24;
const GLOBAL_HEAD = 26;
const MAX_ROW_W = 1700;
const GLOBAL_NODE_W = 170;

/** Which placement a kind has: `global`, `regional`, `zonal` or `one-zone` (from /api/schema/kinds). */
export function placementOf(kinds, kind) {
  return kinds.get(kind) || 'regional';
}

/**
 * Lays out `doc` with `kinds` (Map kind → placement). Returns
 * {global, regions: [{code, role, x, y, w, h, head, zones: [{name, x, y, w, h}], band}], nodes: Map id → box, width, height}
 * where a box is {x, y, w, h, region, zones}.
 */
export function layout(doc, kinds) {
  const components = doc.components || [];
  const nodes = new Map();
  const globals = components.filter((c) => placementOf(kinds, c.kind) === 'global');
  const byRegion = new Map((doc.regions || []).map((r) => [r.code, []]));
  const depth = depths(doc);
  const ordered = components.map((c, i) => ({ c, i })).sort((a, b) => (depth.get(a.c.id) - depth.get(b.c.id)) || a.i - b.i).map((x) => x.c);
  for (const c of ordered) {
    if (placementOf(kinds, c.kind) !== 'global' && byRegion.has(c.region)) byRegion.get(c.region).push(c);
  }

  const regions = [];
  let x = 0;
  let rowY = 0;
  let rowH = 0;
  let width = 0;
  const globalH = GLOBAL_HEAD + NODE_H + PAD * 2;
  const top = globalH + 24;
  rowY = top;
  for (const region of doc.regions || []) {
    const box = regionBox(region, byRegion.get(region.code), kinds, nodes);
    if (x > 0 && x + box.w > MAX_ROW_W) {
      x = 0;
      rowY += rowH + 24;
      rowH = 0;
    }
    shift(box, x, rowY, nodes);
    regions.push(box);
    x += box.w + 24;
    rowH = Math.max(rowH, box.h);
    width = Math.max(width, x - 24);
  }

  const globalW = Math.max(width, PAD * 2 + Math.max(1, globals.length) * (GLOBAL_NODE_W + GAP), 400);
  globals.forEach((c, i) => {
    nodes.set(c.id, { x: PAD + i * (GLOBAL_NODE_W + GAP), y: GLOBAL_HEAD + PAD, w: GLOBAL_NODE_W, h: NODE_H, region: null, zones: [] });
  });
  return {
    global: { x: 0, y: 0, w: globalW, h: globalH },
    regions,
    nodes,
    width: Math.max(globalW, width),
    height: rowY + rowH,
  };
}

// How far down its chain of links a component is (a load balancer above the group it routes to,
// the group above the database it reads), so that links mostly point down.
function depths(doc) {
  const incoming = new Map();
  for (const l of doc.links || []) {
    if (!incoming.has(l.to)) incoming.set(l.to, []);
    incoming.get(l.to).push(l.from);
  }
  const memo = new Map();
  const visit = (id, seen) => {
    if (memo.has(id)) return memo.get(id);
    if (seen.has(id)) return 0;
    seen.add(id);
    const d = Math.max(-1, ...(incoming.get(id) || []).map((from) => visit(from, seen))) + 1;
    seen.delete(id);
    memo.set(id, d);
    return d;
  };
  for (const c of doc.components || []) visit(c.id, new Set());
  return memo;
}

function regionBox(region, components, kinds, nodes) {
  const zones = region.zones || [];
  const cols = Math.max(zones.length, 2);
  const w = cols * LANE_W + PAD * 2;
  const laneW = (w - PAD * 2) / Math.max(zones.length, 1);
  const rows = [];
  const regional = [];
  const placed = [];
  for (const c of components) {
    const p = placementOf(kinds, c.kind);
    const idx = (c.zones || []).map((z) => zones.indexOf(z)).filter((i) => i >= 0);
    if ((p === 'zonal' || p === 'one-zone') && idx.length > 0) {
      const a = Math.min(...idx);
      const b = Math.max(...idx);
      let row = rows.findIndex((used) => used.every(([ua, ub]) => b < ua || a > ub));
      if (row < 0) {
        rows.push([]);
        row = rows.length - 1;
      }
      rows[row].push([a, b]);
      placed.push({ c, a, b, row });
    } else {
      regional.push(c);
    }
  }
  const zoneTop = REGION_HEAD;
  const zoneH = ZONE_HEAD + (rows.length + 1) * (NODE_H + GAP) + PAD;
  for (const { c, a, b, row } of placed) {
    nodes.set(c.id, {
      x: PAD + a * laneW + 6, y: zoneTop + ZONE_HEAD + row * (NODE_H + GAP) + 4,
      w: (b - a + 1) * laneW - 12, h: NODE_H, region: region.code, zones: c.zones || [],
    });
  }
  const bandTop = zoneTop + zoneH + GAP;
  const bandRows = Math.max(1, Math.ceil(regional.length / cols));
  const bandH = BAND_HEAD + bandRows * (NODE_H + GAP) + PAD;
  regional.forEach((c, i) => {
    nodes.set(c.id, {
      x: PAD + (i % cols) * LANE_W + 6, y: bandTop + BAND_HEAD + Math.floor(i / cols) * (NODE_H + GAP),
      w: LANE_W - 12, h: NODE_H, region: region.code, zones: [],
    });
  });
  return {
    code: region.code,
    role: region.role || null,
    x: 0, y: 0, w, h: bandTop + bandH + PAD,
    head: { h: REGION_HEAD },
    zones: zones.map((name, i) => ({ name, x: PAD + i * laneW, y: zoneTop, w: laneW, h: zoneH })),
    band: { x: PAD, y: bandTop, w: w - PAD * 2, h: bandH },
    members: components.map((c) => c.id),
  };
}

function shift(box, dx, dy, nodes) {
  box.x = dx;
  box.y = dy;
  for (const z of box.zones) { z.x += dx; z.y += dy; }
  box.band.x += dx;
  box.band.y += dy;
  for (const id of box.members) {
    const n = nodes.get(id);
    n.x += dx;
    n.y += dy;
  }
}

/** The point where the segment from the centre of `box` towards (tx, ty) leaves the box. */
export function edgePoint(box, tx, ty) {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const sx = dx === 0 ? Infinity : (box.w / 2) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (box.h / 2) / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: cx + dx * s, y: cy + dy * s };
}

const LABEL_TRIES = [0.5, 0.62, 0.38, 0.74, 0.26, 0.85, 0.15];

/**
 * Where on the segment p→q a link's label goes: the middle, unless that covers a Region's title or
 * its zones' names (the top strip of a Region), then the nearest point along the line that does not.
 */
export function labelPoint(p, q, regions) {
  const covers = (x, y) => regions.some((r) => x >= r.x && x <= r.x + r.w
    && y + 8 >= r.y && y - 8 <= r.y + REGION_HEAD + ZONE_HEAD);
  for (const t of LABEL_TRIES) {
    const x = p.x + (q.x - p.x) * t;
    const y = p.y + (q.y - p.y) * t;
    if (!covers(x, y)) return { x, y };
  }
  return { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
}
