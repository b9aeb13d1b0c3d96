// Getting a design in and out of the editor: the export zip, the JSON document both ways, and
// the diagram as standalone SVG and PNG. An import is checked by the server before it replaces
// anything, and it replaces through the model so that Undo brings the old design back.
import { post, ApiError } from './api.js';
import { el, download, fieldErrors } from './panel-dom.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 16;
const PNG_SCALE = 2;

/** The presentation properties that make the diagram look as it does on the page. */
const STYLE_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity',
  'opacity', 'visibility', 'display', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'letter-spacing', 'marker-start', 'marker-mid', 'marker-end', 'paint-order',
];

/** A file name made from the design's name: what people see in their downloads folder. */
export function fileBase(doc) {
  const name = (doc?.name || 'design').replace(/[^A-Za-z0-9._-]+/g, '_');
  return name || 'design';
}

function filenameOf(headers, fallback) {
  const match = /filename="?([^";]+)"?/.exec(headers.get('Content-Disposition') || '');
  return match ? match[1] : fallback;
}

/** Copies each computed style that differs from the SVG default onto the clone, element by element. */
function inlineStyles(original, clone) {
  const sources = [original, ...original.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const target = targets[i];
    if (!(source instanceof Element) || !target) return;
    const computed = getComputedStyle(source);
    const declarations = STYLE_PROPERTIES.map(p => [p, computed.getPropertyValue(p)]).filter(([, v]) => v && v !== 'normal');
    target.setAttribute('style', declarations.map(([p, v]) => `${p}:${v}`).join(';'));
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
}

/** A standalone copy of the diagram, sized to its content, that renders the same outside the page. */
export function standaloneSvg(svg, title) {
  const box = svg.getBBox();
  const x = Math.floor(box.x - PADDING);
  const y = Math.floor(box.y - PADDING);
  const width = Math.ceil(box.width + 2 * PADDING);
  const height = Math.ceil(box.height + 2 * PADDING);
  const clone = svg.cloneNode(true);
  inlineStyles(svg, clone);
  clone.removeAttribute('id');
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ x, y, width, height, fill: '#ffffff' })) background.setAttribute(name, String(value));
  const heading = document.createElementNS(SVG_NS, 'title');
  heading.textContent = title;
  clone.prepend(heading, background);
  const text = new XMLSerializer().serializeToString(clone);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`, width, height };
}

/** Draws the standalone SVG on a canvas at twice its size and encodes it as PNG. */
export async function pngOf(svgText, width, height) {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = el('canvas', { width: width * PNG_SCALE, height: height * PNG_SCALE });
    const g = canvas.getContext('2d');
    g.scale(PNG_SCALE, PNG_SCALE);
    g.drawImage(image, 0, 0, width, height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob(blob => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function mountIo(element, context) {
  const { model, canvas } = context;
  element.classList.add('io-tools');
  const message = el('div', { class: 'io-message', id: 'io-message', role: 'status' });

  let fade = null;

  /** Successes fade after a few seconds; a refusal stays until it is dismissed, so it can be read at any pace. */
  function say(text, problem) {
    clearTimeout(fade);
    message.classList.toggle('io-error', Boolean(problem));
    const dismiss = el('button', { type: 'button', class: 'io-dismiss secondary', onclick: () => message.replaceChildren() }, 'Dismiss');
    message.replaceChildren(el('p', { text }), problem ? fieldErrors(problem) : null, problem ? dismiss : null);
    if (!problem) fade = setTimeout(() => message.replaceChildren(), 5000);
  }

  async function guarded(work) {
    try {
      await work();
    } catch (error) {
      say(`That did not work: ${error.message}`, error instanceof ApiError && error.errors.length ? error : null);
    }
  }

  const downloadExport = () => guarded(async () => {
    const answer = await post('/api/export', model.doc, { accept: 'application/zip', as: 'blob' });
    download(answer.body, filenameOf(answer.headers, `${fileBase(model.doc)}.zip`));
    say('The export zip is downloading.');
  });

  const exportJson = () => guarded(async () => {
    download(new Blob([`${JSON.stringify(model.doc, null, 2)}\n`], { type: 'application/json' }), `${fileBase(model.doc)}.json`);
    say('The design document is downloading as JSON.');
  });

  const exportSvg = () => guarded(async () => {
    const svg = standaloneSvg(canvas.svg(), model.doc.name || 'design');
    download(new Blob([svg.text], { type: 'image/svg+xml' }), `${fileBase(model.doc)}.svg`);
    say('The diagram is downloading as SVG.');
  });

  const exportPng = () => guarded(async () => {
    const svg = standaloneSvg(canvas.svg(), model.doc.name || 'design');
    download(await pngOf(svg.text, svg.width, svg.height), `${fileBase(model.doc)}.png`);
    say('The diagram is downloading as PNG.');
  });

  const input = el('input', { type: 'file', id: 'import-json', accept: 'application/json,.json', class: 'import-file' });
  input.addEventListener('change', () => guarded(async () => {
    const file = input.files[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    let doc;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      say(`${file.name} is not JSON, so nothing changed:`, { errors: [{ field: '', message: error.message }] });
      return;
    }
    try {
      await post('/api/review', text);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        say(`${file.name} is not a valid design, so nothing changed:`, error);
        return;
      }
      throw error;
    }
    model.replace(doc, { history: 'keep' });
    say(`Imported ${file.name}. Undo brings the previous design back.`);
  }));

  const button = (id, text, action) => el('button', { type: 'button', id, class: 'secondary', onclick: action }, text);
  element.replaceChildren(
    el('div', { class: 'io-buttons', role: 'group', 'aria-label': 'Import and export' },
      button('download-export', 'Download export', downloadExport),
      button('export-json', 'Export JSON', exportJson),
      el('span', { class: 'import-control' }, el('label', { for: 'import-json', class: 'button secondary', text: 'Import JSON' }), input),
      button('export-svg', 'Export SVG', exportSvg),
      button('export-png', 'Export PNG', exportPng)),
    message);
}
