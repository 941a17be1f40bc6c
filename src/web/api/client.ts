import createClient, { type Middleware } from 'openapi-fetch';
import i18n from 'i18next';
import { unitWordsEn } from '../lib/unit-names.js';
import type { paths } from './schema.js';
import type { Res } from './types.js';

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
    /** Seconds to wait before asking again (429 answers carry it in `Retry-After`). */
    public readonly retryAfter?: number,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

/** Remembers the CSRF token from /api/auth/me; every write sends it back. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Query string from an object, leaving out empty values (no leading `?`). */
function queryString(params: Record<string, unknown>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    sp.set(k, String(v));
  }
  return sp.toString();
}

/** Query string from an object, leaving out empty values, with its `?` when not empty. */
export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const s = queryString(params);
  return s ? `?${s}` : '';
}

type Handler401 = () => void;
let onUnauthenticated: Handler401 = () => undefined;
/** Called when a request answers 401, so the app can go back to the login page. */
export function setUnauthenticatedHandler(fn: Handler401) {
  onUnauthenticated = fn;
}

/** Seconds of a `Retry-After` header (a number of seconds or a date), if any. */
function secondsOf(retryAfter: string | null): number | undefined {
  if (!retryAfter) return undefined;
  const n = Number(retryAfter);
  if (Number.isFinite(n)) return Math.max(0, Math.ceil(n));
  const at = Date.parse(retryAfter);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** The error a failed answer stands for, from its `{ error: { code, message, details } }` body when it has one. */
function toError(status: number, statusText: string, body: unknown, retryAfter: string | null = null): ApiError {
  const e = (body as { error?: { code?: unknown; message?: string; details?: unknown; params?: Record<string, unknown> } } | null)?.error;
  const wait = secondsOf(retryAfter);
  if (e && typeof e.code === 'string') {
    return new ApiError(status, e.code, e.message ?? e.code, Array.isArray(e.details) ? e.details : [], e.params ?? {}, wait);
  }
  // Not our JSON (a proxy's page, a gateway timeout): a status the screens translate.
  return new ApiError(status, `http_${status}`, statusText || `HTTP ${status}`, [], {}, wait);
}

/** Sends the CSRF token on every write (the session cookie goes by itself). */
const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** In the English interface, unit-type words in answers ("Xã Tân Lạc") come out in English ("Tân Lạc Commune"). */
const unitWords: Middleware = {
  async onResponse({ response }) {
    if (i18n.language !== 'en' || !response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) return response;
    const body = await response.clone().json();
    unitWordsEn(body);
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    headers.delete('content-encoding');
    return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
  },
};

/** The typed API client: paths, parameters, bodies and answers come from the generated OpenAPI types (schema.d.ts). */
export const http = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  querySerializer: (query) => queryString(query as Record<string, unknown>),
});
http.use(csrf, unitWords);

export interface CallOptions {
  /** Do not call the 401 handler (login page, /auth/me probe). */
  quiet401?: boolean;
}

/**
 * Waits for an `http.GET/POST/…` call and gives its data, or throws the ApiError the pages expect
 * (network trouble included). `T` names the answer of a route whose response the server does not document yet.
 */
export async function call<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>, opts?: CallOptions): Promise<T>;
export async function call<T>(pending: Promise<{ data?: unknown; error?: unknown; response: Response }>, opts?: CallOptions): Promise<T>;
export async function call<T>(pending: Promise<{ data?: unknown; error?: unknown; response: Response }>, opts: CallOptions = {}): Promise<T> {
  let answer: { data?: unknown; error?: unknown; response: Response };
  try {
    answer = await pending;
  } catch (err) {
    // fetch fails with a TypeError when the request never got an answer; anything else (an abort) goes on as it is.
    if (!(err instanceof TypeError)) throw err;
    throw new ApiError(0, 'network', navigator.onLine ? 'network' : 'offline');
  }
  const { response } = answer;
  if (!response.ok) {
    if (response.status === 401 && !opts.quiet401) onUnauthenticated();
    throw toError(response.status, response.statusText, answer.error, response.headers.get('retry-after'));
  }
  return answer.data as T;
}

/** Routes that take a multipart upload. */
export type UploadPath =
  | '/api/villages/import'
  | '/api/classification-lists/{id}/import'
  | '/api/register/imports'
  | '/api/boundaries'
  | '/api/reporting/excel/upload'
  | '/api/surveys/forms'
  | '/api/legal-documents/{id}/file'
  | '/api/surveys/collect/submission';

/**
 * Uploads a multipart form with upload progress (fetch cannot report it), answering like call().
 * `url` is the path with its parameters filled in; `T` defaults to the route's documented answer.
 */
export function upload<P extends UploadPath, T = Res<P, 'post'>>(_path: P, url: string, form: FormData, onProgress?: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      if (xhr.status === 401) onUnauthenticated();
      reject(toError(xhr.status, xhr.statusText, body, xhr.getResponseHeader('retry-after')));
    };
    xhr.send(form);
  });
}

/** The ApiError a failed fetch Response stands for (for the file routes fetched directly), calling the 401 handler. */
export async function errorOf(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON: a proxy or network error page
  }
  if (res.status === 401) onUnauthenticated();
  return toError(res.status, res.statusText, body, res.headers.get('retry-after'));
}
