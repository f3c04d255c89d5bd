// Calls to the console's own origin: /api/me and the relay to the services (/api/<service>/…). The
// session cookie goes along; changes carry the CSRF token from the XSRF-TOKEN cookie.
import { isProblem, type Problem } from '../domain/problem';

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
}

export function csrfToken(cookie: string = document.cookie): string | undefined {
  const match = /(?:^|;\s*)XSRF-TOKEN=([^;]+)/.exec(cookie);
  return match ? decodeURIComponent(match[1]) : undefined;
}

export interface Answer<T> { body: T; headers: Headers }

export async function call<T>(method: string, url: string, body?: unknown, headers: Record<string, string> = {}):
  Promise<Answer<T>> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) (init.headers as Record<string, string>)['X-XSRF-TOKEN'] = token;
  }
  if (body !== undefined) {
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ProblemError({ status: 0, title: 'network' });
  }
  if (response.status === 401) {
    window.location.assign('/oauth2/authorization/keycloak');
    throw new ProblemError({ status: 401 });
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    throw new ProblemError(isProblem(parsed) ? parsed : { status: response.status, detail: text.slice(0, 200) });
  }
  return { body: parsed as T, headers: response.headers };
}

export const get = async <T,>(url: string) => (await call<T>('GET', url)).body;
export const post = async <T,>(url: string, body?: unknown, headers?: Record<string, string>) =>
  (await call<T>('POST', url, body, headers)).body;

/** A multipart upload with progress (fetch cannot report it). */
export function upload<T>(url: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    const token = csrfToken();
    if (token) request.setRequestHeader('X-XSRF-TOKEN', token);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      let parsed: unknown;
      try { parsed = JSON.parse(request.responseText); } catch { parsed = undefined; }
      if (request.status >= 200 && request.status < 300) resolve(parsed as T);
      else reject(new ProblemError(isProblem(parsed) ? parsed : { status: request.status }));
    };
    request.onerror = () => reject(new ProblemError({ status: 0, title: 'network' }));
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

/** A query string of the filled values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
