// The one way browser code talks to RegionLab's JSON API: same-origin cookies, the CSRF header on
// every state-changing call, and errors turned into ApiError with the server's problem+json.

let csrf = null;

/** An answer that was not 2xx; `problem` is the RFC 9457 body when the server sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || { title: `HTTP ${status}`, status };
  }

  /** The field errors, each {field, message}, e.g. {field: "components[3].zones[1]", message: "..."}. */
  get errors() {
    return this.problem.errors || [];
  }
}

async function csrfHeader() {
  if (!csrf) {
    const answer = await fetch('/api/account/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!answer.ok) throw new ApiError(answer.status, await problemOf(answer));
    const body = await answer.json();
    csrf = { name: body.header || body.headerName || 'X-CSRF-TOKEN', value: body.token };
  }
  return csrf;
}

async function problemOf(answer) {
  const type = answer.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try { return await answer.json(); } catch { return null; }
  }
  return null;
}

/**
 * Calls the API. `body` that is not a string or Blob is sent as JSON. Returns
 * {status, headers, etag, body} where body is parsed JSON, text, or a Blob when `as: 'blob'`.
 * Throws ApiError for any answer that is not 2xx or 304.
 */
export async function call(method, path, { body, ifMatch, accept = 'application/json', as, headers = {} } = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: accept, ...headers } };
  if (body !== undefined) {
    if (typeof body === 'string' || body instanceof Blob) {
      init.body = body;
      if (!init.headers['Content-Type']) init.headers['Content-Type'] = 'application/json';
    } else {
      init.body = JSON.stringify(body);
      init.headers['Content-Type'] = 'application/json';
    }
  }
  if (ifMatch) init.headers['If-Match'] = ifMatch;
  if (method !== 'GET' && method !== 'HEAD') {
    const token = await csrfHeader();
    init.headers[token.name] = token.value;
  }
  const answer = await fetch(path, init);
  if (!answer.ok && answer.status !== 304) throw new ApiError(answer.status, await problemOf(answer));
  let parsed = null;
  if (answer.status !== 204 && answer.status !== 304) {
    if (as === 'blob') parsed = await answer.blob();
    else if (as === 'text') parsed = await answer.text();
    else parsed = (answer.headers.get('Content-Type') || '').includes('json') ? await answer.json() : await answer.text();
  }
  return { status: answer.status, headers: answer.headers, etag: answer.headers.get('ETag'), body: parsed };
}

export const get = (path, options) => call('GET', path, options);
export const post = (path, body, options = {}) => call('POST', path, { ...options, body });
export const put = (path, body, options = {}) => call('PUT', path, { ...options, body });
export const patch = (path, body, options = {}) => call('PATCH', path, { ...options, body });
export const del = (path, options) => call('DELETE', path, options);
