// The small DOM builder the panel modules (findings, previews, io) share: text always goes in
// as text, so nothing a user typed is ever parsed as markup.

/** `el('a', {href, text, onclick}, ...children)`; `text` sets textContent, `on…` adds a listener. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null) continue;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  node.append(...children.filter(c => c != null));
  return node;
}

/** Offers `blob` as a download named `filename` through a temporary object URL. */
export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename, hidden: '' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The server's field errors as a list: "components[2].zones: expected …". */
export function fieldErrors(error) {
  const errors = error.errors?.length ? error.errors : [{ field: '', message: error.message }];
  return el('ul', { class: 'field-errors' }, ...errors.map(e =>
    el('li', {}, e.field ? el('code', { text: e.field }) : null, e.field ? ': ' : '', e.message)));
}
