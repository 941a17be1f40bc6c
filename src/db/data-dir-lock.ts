/**
 * One process per data folder. The embedded engine keeps its pages in the memory of the process
 * that opened the folder; a second process writing the same files loses or corrupts data. The
 * folder is locked by a file created atomically at open (pid and host inside) and removed at close;
 * a lock left by a process that no longer runs on this host is taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../server/errors.js';
import { translate } from '../server/messages.js';

export const LOCK_FILE = 'dantoc.lock';

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

/** Locks taken by this process (a pid found in a lock equal to ours but not here is a reused pid). */
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function read(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

function stale(file: string, info: LockInfo | null): boolean {
  if (!info) {
    // Being written by its taker right now, or garbage: garbage once it is a few seconds old.
    try {
      return Date.now() - fs.statSync(file).mtimeMs > 5_000;
    } catch {
      return true;
    }
  }
  if (info.host !== os.hostname()) return false;
  if (info.pid === process.pid) return !held.has(file);
  return !alive(info.pid);
}

/** The refusal a second process gets, in Vietnamese then English. */
export class DataDirLocked extends AppError {
  constructor(params: { dir: string; pid: number | string; host: string }) {
    super(409, 'data_dir_locked', params);
    this.message = `${translate('data_dir_locked', 'vi', params)}\n${translate('data_dir_locked', 'en', params)}`;
  }
}

/** Takes the lock of `dir` for this process; throws DataDirLocked when another process holds it. Returns the release. */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, JSON.stringify(mine));
      fs.closeSync(fd);
      held.add(file);
      const release = () => {
        if (!held.delete(file)) return;
        const now = read(file);
        if (now && now.pid === mine.pid && now.startedAt === mine.startedAt) fs.rmSync(file, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const info = read(file);
    if (!stale(file, info)) throw new DataDirLocked({ dir, pid: info?.pid ?? '?', host: info?.host ?? os.hostname() });
    // Renaming is atomic: of two processes taking over the same stale lock, one renames it, the other retries.
    try {
      fs.renameSync(file, `${file}.stale-${process.pid}`);
      fs.rmSync(`${file}.stale-${process.pid}`, { force: true });
    } catch {
      /* another process took it over first */
    }
  }
  const info = read(file);
  throw new DataDirLocked({ dir, pid: info?.pid ?? '?', host: info?.host ?? os.hostname() });
}
