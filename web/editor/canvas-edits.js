// Edits of a document, as functions that change the copy DesignModel.apply hands them. Pure: no DOM.
// They keep a document the server accepts where the editor can know it (ids unique, links and
// references following a rename or removal); anything else is left to the server to refuse.

import { uniqueId } from './model.js';

const PREFIX = {
  'load-balancer': 'alb', 'autoscaling-group': 'asg', 'sagemaker-endpoint': 'endpoint', 'sagemaker-notebook': 'notebook',
  'rds-database': 'db', 'dynamodb-table': 'table', 's3-bucket': 'bucket', cache: 'cache', cdn: 'cdn', 'dns-record': 'dns',
};

export const idPrefix = (kind) => PREFIX[kind] || kind;

/**
 * Adds a component of `kind` to `container` ({type: 'global'} | {type: 'region', region} |
 * {type: 'zone', region, zone}) with `properties`; returns its id.
 */
export function addComponent(doc, kind, placement, container, properties) {
  const id = uniqueId(doc, idPrefix(kind));
  const c = { id, kind };
  if (placement !== 'global') {
    c.region = container.region;
    if (placement === 'zonal') {
      c.zones = container.zone ? [container.zone] : [...regionOf(doc, container.region).zones];
    } else if (placement === 'one-zone' && container.zone) {
      c.zones = [container.zone];
    }
  }
  if (properties && Object.keys(properties).length > 0) c.properties = properties;
  doc.components = doc.components || [];
  doc.components.push(c);
  return id;
}

export const regionOf = (doc, code) => (doc.regions || []).find((r) => r.code === code);
export const componentOf = (doc, id) => (doc.components || []).find((c) => c.id === id);

/** Removes components and every link to or from them. */
export function removeComponents(doc, ids) {
  const gone = new Set(ids);
  doc.components = (doc.components || []).filter((c) => !gone.has(c.id));
  if (doc.links) doc.links = doc.links.filter((l) => !gone.has(l.from) && !gone.has(l.to));
  for (const c of doc.components) {
    if (c.properties && gone.has(c.properties.modelArtifacts)) delete c.properties.modelArtifacts;
  }
}

/** Copies components under new ids (links among the copies are copied too); returns the new ids. */
export function duplicate(doc, ids) {
  const renamed = new Map();
  for (const id of ids) {
    const original = componentOf(doc, id);
    if (!original) continue;
    const twin = JSON.parse(JSON.stringify(original));
    twin.id = uniqueId(doc, baseOf(original.id));
    renamed.set(id, twin.id);
    doc.components.push(twin);
  }
  for (const l of [...(doc.links || [])]) {
    if (renamed.has(l.from) && renamed.has(l.to)) doc.links.push({ from: renamed.get(l.from), to: renamed.get(l.to), kind: l.kind });
  }
  return [...renamed.values()];
}

function baseOf(id) {
  const m = /^(.*?)-\d+$/.exec(id);
  return m ? m[1] : id;
}

/** Renames a component, following its links and the references to it. */
export function renameComponent(doc, from, to) {
  const c = componentOf(doc, from);
  c.id = to;
  for (const l of doc.links || []) {
    if (l.from === from) l.from = to;
    if (l.to === from) l.to = to;
  }
  for (const other of doc.components) {
    if (other.properties && other.properties.modelArtifacts === from) other.properties.modelArtifacts = to;
  }
}

/**
 * Moves a component to `container`. A zonal component keeps how many zones it spans, starting at
 * the zone it was dropped on; a component moved to another Region loses its links' meaning only
 * where the server says so. Returns false when the component cannot live there.
 */
export function moveComponent(doc, id, placement, container) {
  const c = componentOf(doc, id);
  if (!c) return false;
  if ((placement === 'global') !== (container.type === 'global')) return false;
  if (placement === 'global') return true;
  const region = regionOf(doc, container.region);
  if (!region) return false;
  const sameRegion = c.region === region.code;
  c.region = region.code;
  if (placement === 'zonal') {
    const span = Math.max(1, Math.min(sameRegion ? (c.zones || []).length : 1, region.zones.length));
    const start = container.zone ? Math.min(region.zones.indexOf(container.zone), region.zones.length - span) : -1;
    if (start >= 0) c.zones = region.zones.slice(start, start + span);
    else if (!sameRegion) c.zones = [...region.zones];
  } else if (placement === 'one-zone') {
    if (container.zone) c.zones = [container.zone];
    else if (!sameRegion) delete c.zones;
  }
  return true;
}

/** Shifts a zonal component's span one zone (`step` ±1), or a Regional one to the next Region. */
export function nudge(doc, id, placement, step) {
  const c = componentOf(doc, id);
  if (!c || placement === 'global') return false;
  const region = regionOf(doc, c.region);
  const idx = (c.zones || []).map((z) => region.zones.indexOf(z)).filter((i) => i >= 0).sort((a, b) => a - b);
  if ((placement === 'zonal' || placement === 'one-zone') && idx.length > 0) {
    const a = idx[0] + step;
    const b = idx[idx.length - 1] + step;
    if (a >= 0 && b < region.zones.length) {
      c.zones = region.zones.slice(a, b + 1);
      return true;
    }
  }
  const regions = doc.regions.map((r) => r.code);
  const next = regions[regions.indexOf(c.region) + step];
  if (!next) return false;
  const target = regionOf(doc, next);
  return moveComponent(doc, id, placement, { type: 'zone', region: next, zone: step > 0 ? target.zones[0] : target.zones[target.zones.length - 1] })
    || moveComponent(doc, id, placement, { type: 'region', region: next });
}

/** Adds a Region; `role` 'primary' demotes the current primary, 'none' leaves the role out. */
export function addRegion(doc, code, zones, role) {
  if (role === 'primary') {
    for (const r of doc.regions) if (r.role === 'primary') r.role = 'secondary';
  }
  const region = { code, zones: [...zones] };
  if (role === 'primary' || role === 'secondary') region.role = role;
  doc.regions.push(region);
}

/** Removes a Region, its components and their links; the first remaining Region becomes primary if needed. */
export function removeRegion(doc, code) {
  removeComponents(doc, (doc.components || []).filter((c) => c.region === code).map((c) => c.id));
  doc.regions = doc.regions.filter((r) => r.code !== code);
  if (doc.regions.length > 0 && !doc.regions.some((r) => r.role === 'primary')) doc.regions[0].role = 'primary';
}

/** Sets a Region's zones; components keep only zones that remain. Returns the ids left with no zone. */
export function setRegionZones(doc, code, zones, zonal) {
  const region = regionOf(doc, code);
  region.zones = [...zones];
  const stranded = [];
  for (const c of doc.components || []) {
    if (c.region !== code || !c.zones) continue;
    c.zones = c.zones.filter((z) => zones.includes(z));
    if (c.zones.length === 0) {
      if (zonal(c.kind)) stranded.push(c.id);
      else delete c.zones;
    }
  }
  return stranded;
}

export function setRole(doc, code, role) {
  for (const r of doc.regions) {
    if (r.code === code) {
      if (role === 'none') delete r.role;
      else r.role = role;
    } else if (role === 'primary' && r.role === 'primary') {
      r.role = 'secondary';
    }
  }
}
