/** One field-level problem reported by the server. */
export interface ErrorDetail {
  field: string;
  code: string;
  message: string;
  row?: number;
  value?: unknown;
  column?: string;
}

/** An error answered by the API as `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly details: ErrorDetail[] = [],
    public readonly params: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token from /api/auth/me; every write sends it back. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Query string from an object, leaving out empty values. */
export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

type Handler401 = () => void;
let onUnauthenticated: Handler401 = () => undefined;
/** Called when a request answers 401, so the app can go back to the login page. */
export function setUnauthenticatedHandler(fn: Handler401) {
  onUnauthenticated = fn;
}

async function toError(res: Response): Promise<ApiError> {
  let body: any = null;
  try {
    body = await res.json();
  } catch {
    // not JSON: a proxy or network error page
  }
  const e = body?.error;
  if (e && typeof e.code === 'string') {
    return new ApiError(res.status, e.code, e.message ?? e.code, Array.isArray(e.details) ? e.details : [], e.params ?? {});
  }
  return new ApiError(res.status, `http_${res.status}`, res.statusText || `HTTP ${res.status}`);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Do not call the 401 handler (login page, /auth/me probe). */
  quiet401?: boolean;
}

/** Calls the API with the session cookie and, on writes, the CSRF header; throws ApiError on failure. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) {
    body = opts.body;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers, body, credentials: 'same-origin', signal: opts.signal });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', navigator.onLine ? 'network' : 'offline');
  }
  if (!res.ok) {
    const err = await toError(res);
    if (res.status === 401 && !opts.quiet401) onUnauthenticated();
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

/**
 * Uploads a multipart form with upload progress (fetch cannot report it), answering like api().
 */
export function upload<T>(path: string, form: FormData, onProgress?: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network'));
    xhr.onload = () => {
      let body: any = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const e = body?.error;
      if (xhr.status === 401) onUnauthenticated();
      reject(
        e && typeof e.code === 'string'
          ? new ApiError(xhr.status, e.code, e.message ?? e.code, Array.isArray(e.details) ? e.details : [])
          : new ApiError(xhr.status, `http_${xhr.status}`, xhr.statusText || `HTTP ${xhr.status}`),
      );
    };
    xhr.send(form);
  });
}
