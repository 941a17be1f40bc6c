import { randomBytes } from 'node:crypto';
import type { ImportSummary } from './dhis2.summary.js';

/** DHIS2's job type name for a data value import. */
export const JOB_TYPE = 'DATAVALUE_IMPORT';
/** How long a finished job's progress and summary stay readable. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const MAX_JOBS = 1000;

/** One line of a job's progress, as DHIS2's `/api/system/tasks` lists them (newest first). */
export interface Notification {
  uid: string;
  id: string;
  level: 'INFO' | 'ERROR';
  category: string;
  time: string;
  message: string;
  completed: boolean;
}

interface Job {
  id: string;
  userId: number;
  created: string;
  notifications: Notification[];
  summary?: ImportSummary;
  finishedAt?: number;
}

const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = `${ALPHA}0123456789`;
/** A DHIS2-style UID: 11 characters, a letter first. */
export function newUid(): string {
  const b = randomBytes(11);
  return ALPHA[b[0] % ALPHA.length] + [...b.subarray(1)].map((x) => ALNUM[x % ALNUM.length]).join('');
}

/**
 * Data value imports started with `async=true`, kept in memory for a day: their progress lines and,
 * once done, their import summary. A job is visible only to the user who started it.
 */
export class ImportJobs {
  private jobs = new Map<string, Job>();
  private running = new Set<Promise<unknown>>();

  /** Starts `work` after the answer is sent; its summary (or failure) is recorded. */
  start(userId: number, work: (progress: (message: string) => void) => Promise<ImportSummary>) {
    this.prune();
    const job: Job = { id: newUid(), userId, created: new Date().toISOString(), notifications: [] };
    this.jobs.set(job.id, job);
    const note = (message: string, completed = false, level: Notification['level'] = 'INFO') =>
      job.notifications.unshift({ uid: newUid(), id: job.id, level, category: JOB_TYPE, time: new Date().toISOString(), message, completed });
    note('Import started');
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => work((m) => note(m)))
      .then((summary) => {
        job.summary = summary;
        const c = summary.importCount;
        note(
          `Import done. Completed with status ${summary.status}, imported: ${c.imported}, updated: ${c.updated}, deleted: ${c.deleted}, ignored: ${c.ignored}`,
          true,
        );
      })
      .catch((e: unknown) => note(`Process failed: ${(e as Error)?.message ?? String(e)}`, true, 'ERROR'))
      .finally(() => {
        job.finishedAt = Date.now();
        this.running.delete(run);
      });
    this.running.add(run);
    return {
      name: 'dataValueImport',
      id: job.id,
      created: job.created,
      jobType: JOB_TYPE,
      relativeNotifierEndpoint: `/api/system/tasks/${JOB_TYPE}/${job.id}`,
    };
  }

  /** Progress lines of a job of this user, newest first; undefined when there is none. */
  notifications(userId: number, id: string) {
    const j = this.jobs.get(id);
    return j && j.userId === userId ? j.notifications : undefined;
  }

  /** Progress of every job of this user, by job id. */
  all(userId: number) {
    return Object.fromEntries([...this.jobs.values()].filter((j) => j.userId === userId).map((j) => [j.id, j.notifications]));
  }

  /** The summary of a finished job of this user; null while it runs, undefined when there is no such job. */
  summary(userId: number, id: string) {
    const j = this.jobs.get(id);
    if (!j || j.userId !== userId) return undefined;
    return j.summary ?? null;
  }

  /** Waits for every running job (shutdown, tests). */
  async idle() {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  private prune() {
    const now = Date.now();
    for (const [id, j] of this.jobs) if (j.finishedAt && now - j.finishedAt > KEEP_MS) this.jobs.delete(id);
    // The oldest finished jobs go first when too many are kept.
    for (const [id, j] of this.jobs) {
      if (this.jobs.size < MAX_JOBS) break;
      if (j.finishedAt) this.jobs.delete(id);
    }
  }
}
