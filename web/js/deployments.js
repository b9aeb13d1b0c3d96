// The deployment page: make a plan, apply it, destroy, and follow each job live through the
// job's Server-Sent Events. EventSource reconnects by itself and sends Last-Event-ID, so the
// server replays only what this page has not seen; rows are also de-duplicated by their seq.

import { get, post, ApiError } from '/editor/api.js';
import { h, planView, jobBody, eventRow, eventsView, isActive } from '/js/deployments-view.js';

const root = document.getElementById('deployments');
const design = {
  id: root.dataset.designId,
  name: root.dataset.designName,
  version: Number(root.dataset.designVersion),
};
const enabled = root.dataset.enabled === 'true';

const plansBox = document.getElementById('plans');
const jobsBox = document.getElementById('jobs');
const planButton = document.getElementById('plan-button');
const destroyButton = document.getElementById('destroy-button');
const destroyPanel = document.getElementById('destroy-panel');
const destroyConfirm = document.getElementById('destroy-confirm');
const destroyConfirmButton = document.getElementById('destroy-confirm-button');
const actionStatus = document.getElementById('action-status');
const actionError = document.getElementById('action-error');
const inputsForm = document.getElementById('inputs-form');
const inputsFields = document.getElementById('inputs-fields');

let plans = [];
const jobs = new Map();
const streams = new Map();
const seen = new Map();
const planKeys = new WeakMap();
let busy = false;

function showError(error, where = actionError) {
  where.replaceChildren();
  if (!error) return;
  const problem = error instanceof ApiError ? error.problem : { title: 'The request did not reach the server', detail: error.message };
  where.append(h('div', { class: 'alert' },
    h('p', {}, h('strong', {}, problem.title || 'Refused'), problem.detail ? ` ${problem.detail}` : ''),
    (problem.errors || []).length ? h('ul', { class: 'problems' },
      problem.errors.map((e) => h('li', {}, h('code', {}, e.field), `: ${e.message}`))) : null));
}

function activeJob() {
  return [...jobs.values()].find(isActive) || null;
}

function blockedReason(plan) {
  if (!enabled) return 'Applying is turned off on this server.';
  if (plan.status === 'applied') return 'This plan was applied already; make a new plan to change the stacks again.';
  if (plan.status === 'superseded') return 'A newer plan, or a destroy, replaced this plan.';
  if (plan.status === 'failed') return 'Planning failed; make a new plan.';
  if (plan.stale) return `The design changed since this plan (plan of version ${plan.designVersion}); make a new plan.`;
  if (activeJob()) return 'A deployment is running; wait until it ends.';
  if (busy) return 'Another request is on its way.';
  return null;
}

function renderPlans() {
  plansBox.removeAttribute('aria-busy');
  if (!plans.length) {
    plansBox.replaceChildren(h('p', { class: 'muted', id: 'no-plans' },
      'No plans yet. “Make a plan” asks CloudFormation what deploying this design would change, without changing anything.'));
    return;
  }
  // An unchanged plan keeps its elements, so focus, open sections and the reader's place survive a refresh.
  const wanted = plans.map((plan, i) => {
    const view = { blocked: blockedReason(plan), newest: i === 0 };
    const key = JSON.stringify([plan, view]);
    const existing = document.getElementById(`plan-${plan.id}`);
    if (existing && planKeys.get(existing) === key) return existing;
    const article = planView(plan, { ...view, onApply: apply });
    planKeys.set(article, key);
    return article;
  });
  wanted.forEach((node, i) => {
    if (plansBox.children[i] !== node) plansBox.insertBefore(node, plansBox.children[i] || null);
  });
  while (plansBox.children.length > wanted.length) plansBox.lastElementChild.remove();
}

function renderControls() {
  const running = activeJob();
  planButton.disabled = !enabled || busy;
  destroyButton.disabled = !enabled || busy || Boolean(running);
  let reason = document.getElementById('destroy-reason');
  if (running && enabled) {
    if (!reason) {
      reason = h('span', { class: 'reason', id: 'destroy-reason' });
      destroyButton.after(reason);
    }
    reason.textContent = 'Destroy waits until the running deployment ends.';
    destroyButton.setAttribute('aria-describedby', 'destroy-reason');
  } else if (reason) {
    reason.remove();
    destroyButton.removeAttribute('aria-describedby');
  }
}

function jobArticle(job, open) {
  let article = document.getElementById(`job-${job.id}`);
  if (!article) {
    article = h('article', { class: 'panel job', id: `job-${job.id}`, 'aria-labelledby': `job-title-${job.id}` },
      jobBody(job), eventsView(job, open));
    article.querySelector('details.events').addEventListener('toggle', (e) => {
      if (e.target.open) follow(job.id);
    });
  } else {
    article.querySelector('.job-body').replaceWith(jobBody(job));
  }
  article.dataset.status = job.status;
  article.dataset.kind = job.kind;
  return article;
}

function updateJob(job, open = isActive(job)) {
  const wasActive = jobs.has(job.id) && isActive(jobs.get(job.id));
  jobs.set(job.id, job);
  const article = jobArticle(job, open);
  if (!article.isConnected) jobsBox.prepend(article);
  document.getElementById('no-jobs')?.remove();
  renderControls();
  if (wasActive && !isActive(job)) {
    loadPlans();
  }
}

function renderJobs(list) {
  jobsBox.removeAttribute('aria-busy');
  jobsBox.replaceChildren();
  if (!list.length) {
    jobsBox.append(h('p', { class: 'muted', id: 'no-jobs' }, 'Nothing has been applied or destroyed yet.'));
  }
  [...list].reverse().forEach((job) => updateJob(job, isActive(job) || job === list[0]));
  list.forEach((job, i) => {
    if (isActive(job) || i === 0) follow(job.id);
  });
}

function streamState(jobId, text) {
  const state = document.querySelector(`#job-${CSS.escape(jobId)} .stream-state`);
  if (state) state.textContent = text;
}

function addEvent(jobId, event) {
  const ids = seen.get(jobId) || new Set();
  seen.set(jobId, ids);
  if (ids.has(event.seq)) return;
  ids.add(event.seq);
  const body = document.getElementById(`events-${jobId}`);
  if (!body) return;
  body.append(eventRow(event));
  const count = document.querySelector(`#job-${CSS.escape(jobId)} .event-count`);
  if (count) count.textContent = `(${ids.size})`;
}

/** Replays the job's stored events and, while it runs, streams new ones; ends with the final job. */
function follow(jobId) {
  if (streams.has(jobId)) return;
  const source = new EventSource(`/api/jobs/${encodeURIComponent(jobId)}/events`);
  streams.set(jobId, source);
  streamState(jobId, '· connecting…');
  source.addEventListener('open', () => streamState(jobId, '· live'));
  source.addEventListener('stack-event', (e) => addEvent(jobId, JSON.parse(e.data)));
  source.addEventListener('job', (e) => updateJob(JSON.parse(e.data)));
  source.addEventListener('end', (e) => {
    source.close();
    updateJob(JSON.parse(e.data));
    streamState(jobId, '· complete');
  });
  source.addEventListener('error', async () => {
    if (source.readyState !== EventSource.CLOSED) {
      streamState(jobId, '· connection lost, reconnecting…');
      return;
    }
    streams.delete(jobId);
    streamState(jobId, '· live events unavailable; showing the stored state');
    try {
      updateJob((await get(`/api/jobs/${encodeURIComponent(jobId)}`)).body);
    } catch (error) {
      showError(error);
    }
  });
}

async function loadPlans() {
  try {
    plans = (await get(`/api/designs/${design.id}/plans`)).body;
    renderPlans();
  } catch (error) {
    plansBox.removeAttribute('aria-busy');
    showError(error, plansBox);
  }
}

async function loadJobs() {
  try {
    renderJobs((await get(`/api/designs/${design.id}/jobs`)).body);
  } catch (error) {
    jobsBox.removeAttribute('aria-busy');
    showError(error, jobsBox);
  }
}

function setBusy(value, message = '') {
  busy = value;
  actionStatus.textContent = message;
  renderControls();
  renderPlans();
}

function askForInputs(error) {
  const wanted = error.errors.filter((e) => e.field.startsWith('inputs.'));
  if (!wanted.length) return false;
  const old = Object.fromEntries([...inputsFields.querySelectorAll('input')].map((i) => [i.name, i.value]));
  inputsFields.replaceChildren(...wanted.map((e, i) => {
    const name = e.field.slice('inputs.'.length);
    return h('div', { class: 'input-field' },
      h('label', { for: `input-${i}` }, name),
      h('input', { type: 'text', id: `input-${i}`, name, value: old[name] || '', required: true, 'aria-describedby': `input-${i}-hint` }),
      h('span', { class: 'hint', id: `input-${i}-hint` }, e.message));
  }));
  inputsForm.hidden = false;
  inputsFields.querySelector('input')?.focus();
  return true;
}

async function makePlan(inputs = {}) {
  showError(null);
  setBusy(true, 'Making a plan: CloudFormation prepares a change set for each stack…');
  try {
    const plan = (await post(`/api/designs/${design.id}/plans`, { inputs })).body;
    inputsForm.hidden = true;
    plans = [plan, ...plans.filter((p) => p.id !== plan.id)];
    setBusy(false, 'Plan made. Read it below, then apply it.');
    document.getElementById(`plan-title-${plan.id}`)?.focus();
    loadPlans();
  } catch (error) {
    setBusy(false);
    if (!(error instanceof ApiError && askForInputs(error))) showError(error);
  }
}

/** Starts an apply or destroy job, then follows it; either way the plans are read again (their status may change). */
async function startJob(path, { starting, started, onStarted = () => {} }) {
  showError(null);
  setBusy(true, starting);
  try {
    const job = (await post(path)).body;
    onStarted();
    updateJob(job);
    follow(job.id);
    setBusy(false, started);
    document.getElementById(`job-title-${job.id}`)?.focus();
  } catch (error) {
    setBusy(false);
    showError(error);
  }
  loadPlans();
}

function apply(plan) {
  return startJob(`/api/plans/${plan.id}/apply`,
    { starting: 'Starting the deployment…', started: 'Deployment started; its progress is shown below.' });
}

function destroy() {
  return startJob(`/api/designs/${design.id}/destroy`,
    { starting: 'Starting to destroy the stacks…', started: 'Destroy started; its progress is shown below.', onStarted: closeDestroy });
}

function closeDestroy() {
  destroyPanel.hidden = true;
  destroyConfirm.value = '';
  destroyConfirmButton.disabled = true;
  destroyButton.setAttribute('aria-expanded', 'false');
}

planButton.addEventListener('click', () => makePlan());
inputsForm.addEventListener('submit', (e) => {
  e.preventDefault();
  makePlan(Object.fromEntries([...inputsFields.querySelectorAll('input')].map((i) => [i.name, i.value])));
});
destroyButton.addEventListener('click', () => {
  const opening = destroyPanel.hidden;
  if (!opening) {
    closeDestroy();
    return;
  }
  destroyPanel.hidden = false;
  destroyButton.setAttribute('aria-expanded', 'true');
  destroyConfirm.focus();
});
destroyConfirm.addEventListener('input', () => {
  destroyConfirmButton.disabled = destroyConfirm.value !== design.name;
});
document.getElementById('destroy-cancel').addEventListener('click', () => {
  closeDestroy();
  destroyButton.focus();
});
destroyPanel.addEventListener('submit', (e) => {
  e.preventDefault();
  if (destroyConfirm.value === design.name) destroy();
});
window.addEventListener('pagehide', () => streams.forEach((s) => s.close()));

if (enabled) {
  loadJobs().then(loadPlans);
} else {
  const off = 'Applying is turned off on this server, so there are no plans or deployments to show.';
  plansBox.removeAttribute('aria-busy');
  jobsBox.removeAttribute('aria-busy');
  plansBox.replaceChildren(h('p', { class: 'muted' }, off));
  jobsBox.replaceChildren(h('p', { class: 'muted' }, off));
}
