import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { generateRegister, type DemoHousehold } from './register-demo.generator.js';
import type { RegisterCommune } from './register-demo.profile.js';
import { appendHousehold, COPY_ORDER, emptyBuffers, rowsOf, type CopyBuffers, type CopyTable } from './register-demo.rows.js';

/** Ids of rows in the four tables (the first ones a load gets, or the last ones it used). */
export interface Ids {
  person: number;
  household: number;
  member: number;
}

/** Counts of a load so far. */
export interface LoadCount {
  households: number;
  persons: number;
  /** Rows across the four tables (households, persons, memberships, poverty years). */
  rows: number;
}

/** One round of COPY data: each table's bytes, with the counts and last ids so far. */
export interface Chunk {
  data: Record<CopyTable, Uint8Array>;
  count: LoadCount;
  last: Ids;
}

/** Produces the chunks of a load, given the first ids to assign. */
export type ChunkSource = (first: Ids) => AsyncIterable<Chunk>;

/** What a worker needs to generate a register on its own. */
export interface GeneratorParams {
  communes: RegisterCommune[];
  persons: number;
  seed: number | string;
  chunkPersons: number;
}

/**
 * Groups households into chunks of about `chunkPersons` persons. The caller yields to the event
 * loop now and then (`pause`), so a PostgreSQL COPY in flight keeps streaming meanwhile.
 */
export async function* chunked(households: Iterable<DemoHousehold>, first: Ids, chunkPersons: number, pause: () => Promise<void>): AsyncGenerator<Chunk> {
  const count: LoadCount = { households: 0, persons: 0, rows: 0 };
  const last: Ids = { person: first.person - 1, household: first.household - 1, member: first.member - 1 };
  let buffers = emptyBuffers();
  let buffered = 0;
  const take = (b: CopyBuffers): Chunk => ({
    data: Object.fromEntries(COPY_ORDER.map((t) => [t, new Uint8Array(b[t].bytes())])) as Record<CopyTable, Uint8Array>,
    count: { ...count },
    last: { ...last },
  });
  let since = 0;
  for (const h of households) {
    appendHousehold(buffers, h);
    buffered += h.members.length;
    count.households++;
    count.persons += h.members.length;
    count.rows += rowsOf(h);
    last.person = h.members[h.members.length - 1].id;
    last.member = h.members[h.members.length - 1].memberId;
    last.household = h.id;
    if (buffered >= chunkPersons) {
      yield take(buffers);
      buffers = emptyBuffers();
      buffered = 0;
    }
    if (++since >= 500) {
      since = 0;
      await pause();
    }
  }
  if (buffered) yield take(buffers);
}

const nextTick = () => new Promise<void>((r) => setImmediate(r));

/** Chunks generated on this thread. */
export function chunksInThread(params: GeneratorParams): ChunkSource {
  return (first) => chunked(generateRegister(params.communes, { ...params, firstIds: first }), first, params.chunkPersons, nextTick);
}

function workerFiles() {
  const self = import.meta.url;
  return {
    boot: new URL('./register-demo.worker-boot.mjs', self),
    entry: new URL(`./register-demo.worker${self.slice(self.lastIndexOf('.'))}`, self),
  };
}

/** Whether the worker's files sit next to this module (not so inside a single-file server bundle). */
export function workerAvailable(): boolean {
  const { boot, entry } = workerFiles();
  return boot.protocol === 'file:' && fs.existsSync(fileURLToPath(boot)) && fs.existsSync(fileURLToPath(entry));
}

/**
 * Chunks generated on a worker thread. The embedded engine runs on this thread, so without a
 * worker it would sit idle while each chunk is generated; with one, generating and copying overlap.
 * At most two chunks wait at a time, which bounds memory.
 */
export function chunksInWorker(params: GeneratorParams): ChunkSource {
  return async function* (first) {
    const { boot, entry } = workerFiles();
    const worker = new Worker(boot, { workerData: { entry: entry.href, params, first } });
    const queue: (Chunk | Error | null)[] = [];
    let wake: (() => void) | null = null;
    const push = (item: Chunk | Error | null) => {
      queue.push(item);
      wake?.();
    };
    worker.on('message', (m: { chunk?: Chunk; done?: boolean }) => push(m.done ? null : m.chunk!));
    worker.on('error', (e) => push(e));
    worker.on('exit', (code) => push(code === 0 ? null : new Error(`register generator worker exited with ${code}`)));
    try {
      for (;;) {
        while (!queue.length) await new Promise<void>((r) => (wake = r));
        const item = queue.shift()!;
        if (item === null) return;
        if (item instanceof Error) throw item;
        worker.postMessage('next');
        yield item;
      }
    } finally {
      await worker.terminate();
    }
  };
}
