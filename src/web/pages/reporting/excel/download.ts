import { ApiError, errorOf } from '../../../api/client.js';

/** The file name a server gives in Content-Disposition, else the fallback. */
function fileName(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1] : fallback;
}

/**
 * Downloads a file from the API (GET), so a refusal shows the server's translated message instead of
 * saving an error page as the file. Resolves with the saved file's name.
 */
export async function downloadFile(path: string, fallback: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { credentials: 'same-origin', headers: { accept: 'application/json, application/octet-stream' } });
  } catch {
    throw new ApiError(0, 'network', navigator.onLine ? 'network' : 'offline');
  }
  if (!res.ok) throw await errorOf(res);
  const name = fileName(res, fallback);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return name;
}
