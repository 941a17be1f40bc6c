import { ApiError, errorOf } from '../../../api/client.js';

export interface ImportSummary {
  responseType: 'ImportSummary';
  status: 'SUCCESS' | 'WARNING' | 'ERROR';
  description: string;
  importOptions: { dryRun: boolean; importStrategy: string; atomicMode: string };
  importCount: { imported: number; updated: number; ignored: number; deleted: number };
  conflicts: { object: string; value: string; errorCode: string; property?: string; indexes: number[] }[];
}

/** DHIS2 wraps an import summary in a WebMessage and answers 409 when values conflicted. */
const isWebMessage = (b: unknown): b is { httpStatusCode: number; response: unknown } =>
  !!b && typeof b === 'object' && 'httpStatusCode' in b && 'response' in b;

/** The content type a data value set file is sent with, from its name. */
export function contentTypeOf(name: string): { type: string; format: string } | null {
  const n = name.toLowerCase();
  if (n.endsWith('.json')) return { type: 'application/json', format: 'JSON' };
  if (n.endsWith('.csv')) return { type: 'text/csv', format: 'CSV' };
  if (n.endsWith('.adx') || n.endsWith('.adx.xml')) return { type: 'application/adx+xml', format: 'ADX' };
  if (n.endsWith('.xml')) return { type: 'application/xml', format: 'XML' };
  return null;
}

async function fail(res: Response): Promise<never> {
  throw await errorOf(res);
}

/** Sends a file as it is (its own content type) with the session's CSRF token; answers the parsed JSON. */
export async function sendFile<T>(path: string, file: Blob, type: string, csrf: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method: 'POST',
      headers: { 'content-type': type, accept: 'application/json', 'x-csrf-token': csrf },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', 'network');
  }
  if (res.status === 409 || res.ok) {
    const body: unknown = await res
      .clone()
      .json()
      .catch(() => undefined);
    if (isWebMessage(body)) return body.response as T;
  }
  if (!res.ok) await fail(res);
  return (await res.json()) as T;
}

/** Downloads an export through the session and saves it under `name`. */
export async function download(path: string, name: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'network');
  }
  if (!res.ok) await fail(res);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}
