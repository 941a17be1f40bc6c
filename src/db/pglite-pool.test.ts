import type { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { pglitePool } from './pglite-pool.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** An engine whose every statement takes `ms` (PGlite answers one statement at a time). */
const slowEngine = (ms: number) =>
  ({
    closed: false,
    async query() {
      await sleep(ms);
      return { rows: [], affectedRows: 0 };
    },
  }) as unknown as PGlite;

async function run(pool: ReturnType<typeof pglitePool>['interactive']) {
  const connection = await pool.connect();
  try {
    await connection.query('SELECT 1', []);
  } finally {
    connection.release();
  }
}

describe('one embedded engine shared by requests and background jobs', () => {
  it('a job moves on under a steady stream of requests, and no request waits for more than one job step', async () => {
    const pools = pglitePool(slowEngine(5));
    let streaming = true;
    const waits: number[] = [];
    // Requests one after the other with 5 ms between them: shorter than the grace a job gives requests.
    const stream = (async () => {
      while (streaming) {
        const t0 = performance.now();
        await run(pools.interactive);
        waits.push(performance.now() - t0);
        await sleep(5);
      }
    })();
    const jobStarted = performance.now();
    for (let step = 0; step < 5; step++) await run(pools.job);
    const jobMs = performance.now() - jobStarted;
    streaming = false;
    await stream;
    expect(jobMs).toBeLessThan(2000);
    expect(waits.length).toBeGreaterThan(20);
    // A request's own statement (5 ms) plus at most one job step (5 ms), with room for timers.
    expect(Math.max(...waits)).toBeLessThan(60);
  }, 10_000);

  it('a job step does not come between the statements of a request being answered', async () => {
    const pools = pglitePool(slowEngine(5));
    const order: string[] = [];
    pools.requests.begin();
    await run(pools.interactive);
    const job = run(pools.job).then(() => order.push('job'));
    // The request's code runs between its statements (30 ms here, more than the grace of a step).
    await sleep(30);
    await run(pools.interactive);
    order.push('request');
    pools.requests.end();
    await job;
    expect(order).toEqual(['request', 'job']);
  });

  it('a waiting request goes before a waiting job step', async () => {
    const pools = pglitePool(slowEngine(20));
    const order: string[] = [];
    const holder = run(pools.interactive);
    const job = run(pools.job).then(() => order.push('job'));
    await sleep(1);
    const request = run(pools.interactive).then(() => order.push('request'));
    await Promise.all([holder, job, request]);
    expect(order).toEqual(['request', 'job']);
  });
});
