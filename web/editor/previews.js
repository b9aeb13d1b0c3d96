// Tabs with each generated file of what is on screen (POST /api/export/files, saved or not),
// grouped by tool, with a copy button. Generation costs the server real work, so the files are
// fetched only while the panel is shown; a change made while it is hidden marks them stale.
import { post, ApiError } from './api.js';
import { el, fieldErrors } from './panel-dom.js';

const DEBOUNCE_MS = 400;
const COPIED_MS = 2000;

const GROUPS = [
  { key: 'cloudformation', label: 'CloudFormation' },
  { key: 'terraform', label: 'Terraform' },
  { key: 'boto3', label: 'boto3' },
  { key: 'other', label: 'README and document' },
];

/** The group a file belongs to, from the first folder of its path. */
export function groupOf(path) {
  const folder = path.includes('/') ? path.slice(0, path.indexOf('/')).toLowerCase() : '';
  if (folder.startsWith('cloudformation') || folder === 'cfn') return 'cloudformation';
  if (folder.startsWith('terraform')) return 'terraform';
  if (folder.startsWith('boto3') || folder.startsWith('python') || path.endsWith('.py')) return 'boto3';
  return 'other';
}

function baseName(path) {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Copies through the Clipboard API, or through a selected text area where that is not allowed. */
async function copyText(text) {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied (no focus, no permission): fall through to the older way.
    }
  }
  const focused = document.activeElement;
  const area = el('textarea', { class: 'visually-hidden', readonly: '' });
  area.value = text;
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}

export function mountPreviews(element, context) {
  const { model } = context;
  element.classList.add('previews-panel');
  const status = el('p', { class: 'previews-status', role: 'status', text: 'Files are generated when this panel is shown.' });
  const tabs = el('div', { class: 'preview-tabs' });
  const panel = el('div', { class: 'preview-panel', role: 'tabpanel', id: 'preview-panel', tabindex: '-1' });
  element.replaceChildren(status, tabs, panel);

  let files = [];
  let chosen = null;
  let stale = true;
  let visible = false;
  let timer = null;
  let asked = 0;

  function tabId(path) {
    return `preview-tab-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  }

  function allTabs() {
    return [...tabs.querySelectorAll('[role=tab]')];
  }

  function choose(path, focus = false) {
    chosen = path;
    for (const tab of allTabs()) {
      const on = tab.dataset.path === path;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      if (on && focus) tab.focus();
    }
    const file = files.find(f => f.path === path);
    if (!file) {
      panel.replaceChildren();
      return;
    }
    panel.setAttribute('aria-labelledby', tabId(path));
    const copied = el('span', { class: 'copy-state', 'aria-live': 'polite' });
    const code = el('code', { text: file.content });
    const copy = el('button', {
      type: 'button', class: 'copy-file small secondary', 'data-path': path,
      onclick: async () => {
        const ok = await copyText(file.content);
        if (ok) {
          copy.textContent = 'Copied';
          copy.classList.add('copied');
          copied.textContent = `Copied ${baseName(path)} to the clipboard`;
          setTimeout(() => {
            copy.textContent = 'Copy';
            copy.classList.remove('copied');
          }, COPIED_MS);
        } else {
          getSelection().selectAllChildren(code);
          copied.textContent = 'Copying is blocked here: the text is selected, press Ctrl+C.';
        }
      },
    }, 'Copy');
    panel.replaceChildren(
      el('div', { class: 'preview-toolbar' }, el('code', { class: 'preview-path', text: path }), copy, copied),
      el('pre', { class: 'preview-code', tabindex: '0', 'aria-label': `Contents of ${path}` }, code));
  }

  function onKey(event) {
    const list = allTabs();
    const at = list.indexOf(event.target);
    if (at < 0) return;
    const moves = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = list[(moves[event.key] + list.length) % list.length];
    choose(next.dataset.path, true);
  }

  function render() {
    const present = GROUPS.map(g => ({ ...g, files: files.filter(f => groupOf(f.path) === g.key) })).filter(g => g.files.length);
    tabs.replaceChildren(...present.map(g => {
      const heading = `preview-group-${g.key}`;
      return el('div', { class: 'preview-group' },
        el('h3', { id: heading, text: g.label }),
        el('div', { role: 'tablist', 'aria-labelledby': heading, onkeydown: onKey },
          ...g.files.map(f => el('button', {
            type: 'button', role: 'tab', id: tabId(f.path), 'data-path': f.path, 'aria-controls': 'preview-panel',
            'aria-selected': 'false', tabindex: '-1', title: f.path, onclick: () => choose(f.path),
          }, baseName(f.path)))));
    }));
    const keep = files.some(f => f.path === chosen) ? chosen : (files.find(f => groupOf(f.path) === 'cloudformation') || files[0])?.path;
    choose(keep);
  }

  async function refresh() {
    const ticket = ++asked;
    const revision = model.revision;
    stale = false;
    status.textContent = 'Generating…';
    try {
      const answer = await post('/api/export/files', model.doc);
      if (ticket !== asked || revision !== model.revision) return;
      files = answer.body;
      status.textContent = `${files.length} files, generated from the design as shown.`;
      render();
    } catch (error) {
      if (ticket !== asked || revision !== model.revision) return;
      files = [];
      tabs.replaceChildren();
      if (error instanceof ApiError && error.status === 400) {
        status.textContent = 'The files cannot be generated until:';
        panel.replaceChildren(fieldErrors(error));
      } else {
        status.textContent = `The files could not be generated: ${error.message}`;
        panel.replaceChildren();
      }
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (visible) refresh();
    }, DEBOUNCE_MS);
  }

  // Shown means laid out (an open <details>, a visible tab); a ResizeObserver hears every way of showing it.
  new ResizeObserver(() => {
    visible = element.getClientRects().length > 0;
    if (visible && stale) refresh();
  }).observe(element);

  model.subscribe(event => {
    if (event.type !== 'change') return;
    stale = true;
    if (visible) schedule();
  });
}
