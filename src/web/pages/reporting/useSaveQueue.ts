import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, call, http } from '../../api/client.js';
import { reportParams } from './api.js';

export interface QueuedSave {
  clientId: string;
  dataElementId: number;
  categoryOptionComboId: number;
  value?: string | null;
  comment?: string | null;
  overrideReason?: string | null;
}

export type SaveState = 'saved' | 'saving' | 'offline' | 'error';
export const cellKey = (de: number, coc: number) => `${de}:${coc}`;

const storageKey = (path: string) => `dantoc.dataEntryQueue:${path}`;
const load = (path: string): QueuedSave[] => {
  try {
    return JSON.parse(localStorage.getItem(storageKey(path)) ?? '[]') as QueuedSave[];
  } catch {
    return [];
  }
};
const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`);

interface Options {
  /** A value refused by the server (bad value): the cell shows the message. */
  onRejected: (key: string, message: string) => void;
  /** The report cannot take values any more (submitted, approved, not allowed): the cells of the batch were not saved. */
  onFatal: (err: ApiError, keys: string[]) => void;
  onSaved: () => void;
}

/**
 * Saves typed values in order through the bulk values API. The queue is kept in localStorage so a
 * reload or a network drop loses nothing; each save has its own client id, so a retry of a batch that
 * did reach the server is recognised there and never applied twice.
 */
export function useSaveQueue(path: string, opts: Options) {
  const queue = useRef<QueuedSave[]>(load(path));
  const inFlight = useRef(false);
  /** The save being sent, for callers that must wait for it. */
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);
  const optsRef = useRef(opts);
  optsRef.current = opts;
  const [state, setState] = useState<SaveState>(queue.current.length ? 'saving' : 'saved');
  const [pending, setPending] = useState(queue.current.length);

  const persist = () => {
    if (queue.current.length) localStorage.setItem(storageKey(path), JSON.stringify(queue.current));
    else localStorage.removeItem(storageKey(path));
    setPending(queue.current.length);
  };

  const send = useCallback(async () => {
    inFlight.current = true;
    if (timer.current) clearTimeout(timer.current);
    const batch = queue.current.slice(0, 500);
    setState('saving');
    try {
      await call(http.POST('/api/data-entry/reports/{dataSet}/{unit}/{period}/values', { params: reportParams(path), body: { values: batch } }));
      const sent = new Set(batch.map((b) => b.clientId));
      queue.current = queue.current.filter((q) => !sent.has(q.clientId));
      attempt.current = 0;
      persist();
      optsRef.current.onSaved();
      setState(queue.current.length ? 'saving' : 'saved');
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, 'network', String(err));
      if (e.status === 0 || e.status >= 500 || e.status === 429) {
        attempt.current += 1;
        setState('offline');
        timer.current = setTimeout(() => void flush(), Math.min(30_000, 1000 * 2 ** Math.min(attempt.current, 5)));
      } else if (e.code === 'values_rejected' || (e.status === 400 && e.details.some((d) => /^values\.\d+/.test(d.field)))) {
        const bad = new Set<string>();
        for (const d of e.details) {
          const i = Number(/^values\.(\d+)/.exec(d.field)?.[1]);
          const q = batch[i];
          if (q) {
            bad.add(q.clientId);
            optsRef.current.onRejected(cellKey(q.dataElementId, q.categoryOptionComboId), d.message);
          }
        }
        // Nothing of the batch was written: drop the refused saves and send the others again.
        queue.current = queue.current.filter((q) => !bad.has(q.clientId));
        if (!bad.size) queue.current = queue.current.filter((q) => !batch.includes(q));
        persist();
        setState('error');
      } else {
        queue.current = queue.current.filter((q) => !batch.includes(q));
        persist();
        setState('error');
        optsRef.current.onFatal(e, [...new Set(batch.filter((q) => 'value' in q).map((q) => cellKey(q.dataElementId, q.categoryOptionComboId)))]);
      }
    } finally {
      inFlight.current = false;
    }
  }, [path]); // eslint-disable-line react-hooks/exhaustive-deps

  /** Sends what is queued (a call while a save is on its way waits for that one). */
  const flush = useCallback(async (): Promise<void> => {
    if (running.current) return running.current;
    if (!queue.current.length) return;
    running.current = send().finally(() => {
      running.current = null;
    });
    await running.current;
    if (queue.current.length && attempt.current === 0) void flush();
  }, [send]);

  /**
   * Waits until every queued save has reached the server: true when nothing is left to send, false
   * when the network is down (the queue keeps the saves and retries by itself).
   */
  const settle = useCallback(async (): Promise<boolean> => {
    for (let i = 0; i < 100; i++) {
      if (running.current) await running.current;
      if (!queue.current.length) return true;
      if (attempt.current > 0) return false;
      await flush();
    }
    return !queue.current.length;
  }, [flush]);

  const enqueue = useCallback(
    (save: Omit<QueuedSave, 'clientId'>) => {
      // A later value for a cell not yet sent replaces the earlier one (the server keeps the last anyway).
      const key = cellKey(save.dataElementId, save.categoryOptionComboId);
      const idx = queue.current.findIndex((q) => cellKey(q.dataElementId, q.categoryOptionComboId) === key && 'value' in q === 'value' in save);
      const item = { ...save, clientId: newId() };
      if (idx >= 0 && !inFlight.current) queue.current[idx] = item;
      else queue.current.push(item);
      persist();
      setState('saving');
      void flush();
    },
    [flush], // eslint-disable-line react-hooks/exhaustive-deps
  );

  useEffect(() => {
    queue.current = load(path);
    setPending(queue.current.length);
    setState(queue.current.length ? 'saving' : 'saved');
    void flush();
    const online = () => {
      attempt.current = 0;
      void flush();
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [path, flush]);

  /** Queued saves of a cell not yet confirmed (their values win over what the server last sent). */
  const queuedFor = (key: string) => queue.current.filter((q) => cellKey(q.dataElementId, q.categoryOptionComboId) === key);
  return { enqueue, flush, settle, state, pending, queuedFor };
}
