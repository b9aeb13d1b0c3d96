// Builds the deployment page's plan and job views from the Apply API's JSON. Text only ever goes in
// as text nodes, so names from a design cannot become markup. Every status has a word next to its
// icon: colour and shape help, but the word carries the meaning.

const SVG = 'http://www.w3.org/2000/svg';

const SHAPES = {
  add: ['path', { d: 'M8 3v10M3 8h10' }],
  modify: ['path', { d: 'M2 9.5c2-4 4-4 6-1.5s4 2.5 6-1.5' }],
  replace: ['path', { d: 'M2 5.5h10l-3-3M14 10.5H4l3 3' }],
  remove: ['path', { d: 'M3 8h10' }],
  complete: ['path', { d: 'M2.5 8.5l3.5 3.5 7.5-8' }],
  failed: ['path', { d: 'M3.5 3.5l9 9M12.5 3.5l-9 9' }],
  progress: ['path', { d: 'M8 2a6 6 0 1 1-6 6' }],
  pending: ['circle', { cx: 8, cy: 8, r: 5.5, 'stroke-dasharray': '2 2' }],
  back: ['path', { d: 'M5.5 3L2.5 6l3 3M2.5 6h7a4 4 0 0 1 0 8H6' }],
  skip: ['path', { d: 'M2.5 8h8M8 4.5L11.5 8 8 11.5M13.5 3v10' }],
  warn: ['path', { d: 'M8 1.5l7 13H1zM8 6v4M8 11.5v1.5' }],
};

export function icon(shape) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `icon icon-${shape}`);
  const [tag, attrs] = SHAPES[shape];
  const part = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => part.setAttribute(k, v));
  svg.append(part);
  return svg;
}

/** h('p', {class: 'x', id: 'y'}, 'text', child...): attributes are set as attributes; false/null ones and children are skipped. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function when(iso) {
  if (!iso) return '—';
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

const JOB_STATUS = {
  queued: ['pending', 'Queued'],
  running: ['progress', 'Running'],
  succeeded: ['complete', 'Succeeded'],
  failed: ['failed', 'Failed'],
};

const STACK_STATUS = {
  pending: ['pending', 'Waiting'],
  'in-progress': ['progress', 'In progress'],
  complete: ['complete', 'Complete'],
  failed: ['failed', 'Failed'],
  'rolled-back': ['back', 'Rolled back'],
  deleted: ['remove', 'Deleted'],
  'not-started': ['skip', 'Not started'],
};

const PLAN_STATUS = {
  ready: 'Ready to apply',
  applied: 'Applied',
  superseded: 'Superseded',
  failed: 'Planning failed',
};

function status(table, value) {
  const [shape, word] = table[value] || ['pending', value];
  return h('span', { class: `status status-${value}` }, icon(shape), h('span', { class: 'status-word' }, word));
}

export const jobStatus = (value) => status(JOB_STATUS, value);
export const stackStatus = (value) => status(STACK_STATUS, value);
export const isActive = (job) => job.status === 'queued' || job.status === 'running';

/** Add, Modify, Replace or Remove: a Modify that CloudFormation says replaces the resource is a Replace. */
export function changeKind(change) {
  if (change.action === 'Modify' && change.replacement === 'True') return 'Replace';
  return change.action;
}

const KIND_SHAPE = { Add: 'add', Modify: 'modify', Replace: 'replace', Remove: 'remove' };

function changeRow(change) {
  const kind = changeKind(change);
  const what = [];
  if (kind === 'Replace') {
    what.push(h('strong', { class: 'replace-warning' }, icon('warn'),
      ' Replaces the resource — data in it is lost unless retained.'));
  } else if (change.replacement === 'Conditional') {
    what.push(h('span', { class: 'conditional' }, 'May replace the resource, depending on values known only at apply time. '));
  }
  if (change.details?.length) what.push(h('span', { class: 'details' }, change.details.join(', ')));
  else if (!what.length) what.push(h('span', { class: 'muted' }, kind === 'Add' ? 'New resource' : kind === 'Remove' ? 'Deleted' : '—'));
  return h('tr', { class: `change change-${kind.toLowerCase()}`, 'data-change': kind },
    h('td', { class: 'change-kind' }, icon(KIND_SHAPE[kind] || 'modify'), h('span', { class: 'change-word' }, kind)),
    h('th', { scope: 'row' }, h('code', {}, change.logicalId)),
    h('td', {}, change.resourceType),
    h('td', {}, what));
}

const STACK_ACTION = { create: 'New stack', update: 'Update', none: 'No changes' };

function planStack(stack) {
  const changes = stack.changes || [];
  const body = [];
  if (stack.note) body.push(h('p', { class: 'notice' }, stack.note));
  if (changes.length) {
    body.push(h('div', { class: 'table-scroll' }, h('table', { class: 'data changes' },
      h('caption', { class: 'visually-hidden' }, `Changes to stack ${stack.name} in ${stack.region}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Change'), h('th', { scope: 'col' }, 'Resource'),
        h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'What changes'))),
      h('tbody', {}, changes.map(changeRow)))));
  } else if (!stack.deferred) {
    body.push(h('p', { class: 'muted' }, 'Nothing in this stack changes.'));
  }
  return h('section', { class: 'plan-stack', 'data-stack': stack.name },
    h('h4', {}, `${stack.order}. `, h('code', {}, stack.name)),
    h('p', { class: 'stack-facts' }, `Region ${stack.region} · ${STACK_ACTION[stack.action] || stack.action}`,
      stack.deferred ? ' · change set made at apply time' : ''),
    body);
}

function counts(plan) {
  const n = { Add: 0, Modify: 0, Replace: 0, Remove: 0 };
  plan.stacks.forEach((s) => (s.changes || []).forEach((c) => { n[changeKind(c)] = (n[changeKind(c)] || 0) + 1; }));
  return `${n.Add} to add, ${n.Modify} to modify, ${n.Replace} to replace, ${n.Remove} to remove`;
}

/** A plan with its diff per stack; `blocked` is why it cannot be applied now, or null. */
export function planView(plan, { blocked, newest, onApply }) {
  const reasonId = `apply-reason-${plan.id}`;
  const stacks = [...plan.stacks].sort((a, b) => a.order - b.order).map(planStack);
  const diff = newest ? h('div', { class: 'plan-diff' }, stacks)
    : h('details', { class: 'plan-diff' }, h('summary', {}, 'Show the changes of this plan'), stacks);
  const button = h('button', { type: 'button', id: `apply-${plan.id}`, disabled: Boolean(blocked),
    'aria-describedby': blocked ? reasonId : null, onclick: () => onApply(plan, button) }, 'Apply this plan');
  return h('article', { class: 'panel plan', id: `plan-${plan.id}`, 'data-status': plan.status, 'aria-labelledby': `plan-title-${plan.id}` },
    h('h3', { id: `plan-title-${plan.id}`, tabindex: '-1' }, `Plan of version ${plan.designVersion} `,
      h('span', { class: `badge plan-${plan.status}` }, PLAN_STATUS[plan.status] || plan.status),
      plan.stale ? h('span', { class: 'badge plan-stale' }, 'Stale') : null),
    h('p', { class: 'meta muted' }, `Made ${when(plan.createdAt)} by ${plan.createdBy} · ${counts(plan)}`),
    plan.message ? h('p', { class: plan.status === 'failed' ? 'alert' : 'notice' }, plan.message) : null,
    diff,
    h('div', { class: 'actions' }, button, blocked ? h('span', { class: 'reason', id: reasonId }, blocked) : null));
}

function names(stacks) {
  return stacks.length ? stacks.map((s) => `${s.name} (${s.region})`).join(', ') : 'none';
}

function summary(job) {
  if (isActive(job)) return null;
  const by = (...statuses) => job.stacks.filter((s) => statuses.includes(s.status));
  const items = job.kind === 'destroy'
    ? [['Deleted', by('deleted', 'complete')], ['Not deleted', by('failed', 'rolled-back', 'pending', 'in-progress', 'not-started')]]
    : [['Created or updated', by('complete')], ['Failed and rolled back', by('failed', 'rolled-back')],
      ['Not started', by('not-started', 'pending')]];
  const retained = job.retained || [];
  return h('div', { class: 'job-summary' },
    h('h4', {}, 'Result'),
    h('ul', {}, items.map(([label, stacks]) => h('li', {}, h('strong', {}, `${label}: `), names(stacks))),
      h('li', {}, h('strong', {}, 'Left behind (retain policy): '), retained.length
        ? h('ul', { class: 'retained' }, retained.map((r) => h('li', {}, h('code', {}, r.logicalId), ` ${r.resourceType} `,
          r.physicalId ? h('code', {}, r.physicalId) : null, ` in ${r.stack}`)))
        : 'nothing')));
}

/** The part of a job that changes with each `job` event; the event log beside it is kept. */
export function jobBody(job) {
  const stacks = [...job.stacks].sort((a, b) => a.order - b.order);
  const done = stacks.filter((s) => ['complete', 'deleted'].includes(s.status)).length;
  const messageClass = job.status === 'failed' ? 'alert' : job.status === 'succeeded' ? 'success' : 'notice';
  return h('div', { class: 'job-body' },
    h('h3', { id: `job-title-${job.id}`, tabindex: '-1' }, job.kind === 'destroy' ? 'Destroy ' : 'Apply ', jobStatus(job.status)),
    h('p', { class: 'meta muted' }, `Started by ${job.createdBy} · queued ${when(job.createdAt)}`,
      job.startedAt ? ` · started ${when(job.startedAt)}` : '', job.finishedAt ? ` · ended ${when(job.finishedAt)}` : ''),
    h('p', { class: 'progress-line' }, h('label', { for: `progress-${job.id}` }, `${done} of ${stacks.length} stacks done`),
      h('progress', { id: `progress-${job.id}`, max: stacks.length || 1, value: done })),
    h('ol', { class: 'job-stacks' }, stacks.map((s) => h('li', { 'data-stack': s.name, 'data-status': s.status },
      stackStatus(s.status), ' ', h('code', {}, s.name), ` · ${s.region}`,
      s.cfnStatus ? h('span', { class: 'cfn muted' }, ` · ${s.cfnStatus}`) : null))),
    job.message ? h('p', { class: `job-message ${messageClass}` }, job.message) : null,
    summary(job));
}

export function eventRow(event) {
  const failed = /FAILED|ROLLBACK/.test(event.status || '');
  return h('tr', { 'data-seq': event.seq, class: failed ? 'event-failed' : null },
    h('td', { 'data-label': 'Time' }, when(event.at)),
    h('td', { 'data-label': 'Stack' }, h('code', {}, event.stack), h('br'), h('span', { class: 'muted' }, event.region)),
    h('td', { 'data-label': 'Resource' }, h('code', {}, event.logicalId), h('br'), h('span', { class: 'muted' }, event.resourceType)),
    h('td', { class: 'event-status', 'data-label': 'Status' }, failed ? icon('failed') : null, event.status),
    h('td', { 'data-label': 'Reason' }, event.reason || '—'));
}

export function eventsView(job, open) {
  return h('details', { class: 'events', open },
    h('summary', {}, 'Events ', h('span', { class: 'event-count' }, ''), ' ',
      h('span', { class: 'stream-state', role: 'status' }, '')),
    h('div', { class: 'table-scroll', role: 'log', 'aria-live': 'polite', 'aria-label': `Events of this ${job.kind}` },
      h('table', { class: 'data events-table' },
      h('caption', { class: 'visually-hidden' }, 'Stack events, oldest first'),
      h('thead', {}, h('tr', {}, ['Time', 'Stack', 'Resource', 'Status', 'Reason'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', { id: `events-${job.id}` }))));
}
