// The review panel. The server owns the rules: every change of the document is sent to the
// stateless POST /api/review and the answer is drawn as it comes, unless the document has
// moved on since it was asked for.
import { post, ApiError } from './api.js';
import { el, fieldErrors } from './panel-dom.js';

const DEBOUNCE_MS = 300;

/** Severities as the server names them, in the order a person should read them. */
export const SEVERITIES = [
  { code: 'error', one: 'error', many: 'errors', label: 'Error', heading: 'Errors', icon: '✖' },
  { code: 'warning', one: 'warning', many: 'warnings', label: 'Warning', heading: 'Warnings', icon: '▲' },
  { code: 'advice', one: 'piece of advice', many: 'pieces of advice', label: 'Advice', heading: 'Advice', icon: 'ℹ' },
];

/** "2 errors, 1 warning" — the words a screen reader hears after each review. */
export function summarize(counts) {
  const parts = SEVERITIES.filter(s => counts[s.code] > 0)
    .map(s => `${counts[s.code]} ${counts[s.code] === 1 ? s.one : s.many}`);
  return parts.length ? parts.join(', ') : 'No findings';
}

/** The practice route that starts an attempt on the questions (and lists the cards) a finding names. */
export function practiceHref(teaches) {
  return `/practice?questions=${teaches.map(encodeURIComponent).join(',')}`;
}

export function mountFindings(element, context) {
  const { model, canvas } = context;
  element.classList.add('findings-panel');
  const summary = el('p', { class: 'findings-summary', 'aria-live': 'polite', id: 'findings-summary', text: 'Reviewing…' });
  const body = el('div', { class: 'findings-body' });
  element.replaceChildren(summary, body);

  let timer = null;
  let asked = 0;
  let shown = null;

  /** The components a finding's target names: the component itself, or both ends of a link ("links[3]"). */
  function componentsOf(target) {
    const doc = model.doc;
    const link = /^links\[(\d+)\]$/.exec(target || '');
    if (link) {
      const named = doc.links?.[Number(link[1])];
      return named ? [named.from, named.to] : [];
    }
    return (doc.components || []).some(c => c.id === target) ? [target] : [];
  }

  function describeTarget(target) {
    if (!target) return 'the design';
    const ends = /^links\[/.test(target) ? componentsOf(target) : [];
    return ends.length ? `${ends[0]} → ${ends[1]} (${target})` : target;
  }

  function select(target) {
    const ids = componentsOf(target);
    if (!ids.length) return;
    model.select(ids);
    canvas?.reveal?.(ids[0]);
  }

  function findingItem(finding) {
    const severity = SEVERITIES.find(s => s.code === finding.severity) || SEVERITIES[2];
    const selectable = componentsOf(finding.target).length > 0;
    const label = el('span', { class: 'finding-label' },
      el('span', { class: 'finding-icon', 'aria-hidden': 'true', text: severity.icon }),
      el('span', { class: 'finding-severity', text: `${severity.label}:` }),
      ' ',
      el('span', { class: 'finding-message', text: finding.message }));
    const head = selectable
      ? el('button', { type: 'button', class: 'finding-select', title: `Select ${finding.target}`, onclick: () => select(finding.target) }, label)
      : el('div', { class: 'finding-select' }, label);
    const details = el('details', { class: 'finding-details' },
      el('summary', { text: 'Why and how to fix' }),
      el('p', {}, el('strong', { text: 'Why: ' }), finding.why || ''),
      el('p', {}, el('strong', { text: 'Fix: ' }), finding.fix || ''));
    const practise = finding.teaches?.length
      ? el('a', { class: 'finding-practise', href: practiceHref(finding.teaches) },
        'Practise this', el('span', { class: 'visually-hidden', text: `: questions on ${finding.rule}` }))
      : null;
    return el('li', { class: 'finding', 'data-rule': finding.rule, 'data-severity': finding.severity, 'data-target': finding.target || '' },
      head,
      el('p', { class: 'finding-target' }, 'Concerns ', el('code', { text: describeTarget(finding.target) })),
      details, practise);
  }

  // An unchanged answer leaves the list alone: opened explanations stay open, focus stays put,
  // and a screen reader is not told the same summary again.
  function showReview(review) {
    const findings = review.findings || [];
    const key = JSON.stringify(findings);
    if (key === shown) return;
    shown = key;
    const counts = review.counts || {};
    summary.textContent = summarize(counts);
    body.replaceChildren();
    if (!findings.length) {
      body.append(el('p', { class: 'findings-none', text: 'The review finds nothing to change.' }));
    }
    for (const severity of SEVERITIES) {
      const group = findings.filter(f => f.severity === severity.code);
      if (!group.length) continue;
      const id = `findings-${severity.code}`;
      body.append(el('section', { class: `findings-group severity-${severity.code}`, 'aria-labelledby': id },
        el('h3', { id, text: `${severity.heading} (${group.length})` }),
        el('ul', { class: 'findings-list' }, ...group.map(findingItem))));
    }
    canvas?.markFindings?.(findings);
  }

  function showInvalid(error) {
    shown = null;
    summary.textContent = 'The design cannot be reviewed yet';
    body.replaceChildren(el('p', { class: 'findings-invalid', text: 'The design cannot be reviewed until:' }), fieldErrors(error));
    canvas?.markFindings?.([]);
  }

  function showFailure(error) {
    shown = null;
    summary.textContent = 'The review is unavailable';
    body.replaceChildren(el('p', { class: 'findings-invalid', role: 'alert', text: `The review could not run: ${error.message}` }));
  }

  async function review() {
    const ticket = ++asked;
    const revision = model.revision;
    try {
      const answer = await post('/api/review', model.doc);
      if (ticket === asked && revision === model.revision) showReview(answer.body);
    } catch (error) {
      if (ticket !== asked || revision !== model.revision) return;
      if (error instanceof ApiError && error.status === 400) showInvalid(error);
      else showFailure(error);
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(review, DEBOUNCE_MS);
  }

  model.subscribe(event => {
    if (event.type === 'change') schedule();
  });
  review();
}
