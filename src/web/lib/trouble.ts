import { ApiError } from '../api/client.js';

/** What went wrong, as the error screen and notices tell it. */
export type Trouble = 'rateLimited' | 'offline' | 'network' | 'server' | 'chunk' | 'unexpected';

/** A page's code file (a lazy chunk) that did not load: the network dropped, or a new version replaced it. */
export function isChunkLoadError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return (
    /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|ChunkLoadError/i.test(
      err.message,
    ) || err.name === 'ChunkLoadError'
  );
}

/** Errors no page can do better with than the app's error screen: no answer, too many requests, a server fault. */
export function isTrouble(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 0 || err.status === 429 || err.status >= 500);
}

/** The kind of trouble an error stands for. */
export function troubleOf(err: unknown): Trouble {
  if (isChunkLoadError(err)) return typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'chunk';
  if (err instanceof ApiError) {
    if (err.status === 429) return 'rateLimited';
    if (err.status === 0) return typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'network';
    if (err.status >= 500) return 'server';
  }
  return 'unexpected';
}

/** Seconds to wait before asking again, when the server said (429). */
export function waitOf(err: unknown): number | undefined {
  return err instanceof ApiError ? err.retryAfter : undefined;
}
