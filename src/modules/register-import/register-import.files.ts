/**
 * Register files wait on disk (IMPORT_DIR) while they are imported. They hold personal data, so
 * none outlives its import: the job removes its file when it ends, and at start-up every file
 * left by a process that is gone (a crash, a kill) is removed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../server/errors.js';
import { humanBytes, REGISTER_SHEET } from '../uploads/uploads.limits.js';
import { checkXlsxDeclared } from '../uploads/uploads.zip.js';

/** This process's start, in file names: tells its files from those of an earlier process with the same pid. */
const BOOT = Date.now().toString(36);
const NAME = /^u(\d+)-([0-9a-z]+)-[0-9a-z]+\.upload$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Where uploaded register files wait: IMPORT_DIR, else `imports` beside the data folder. */
export const importFolder = (dataDir: string) => process.env.IMPORT_DIR ?? path.join(path.dirname(dataDir), 'imports');

/** A new file name in the folder, marked with this process. */
export const newUploadPath = (folder: string) => path.join(folder, `u${process.pid}-${BOOT}-${crypto.randomBytes(6).toString('hex')}.upload`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the uploads no running process is importing: files of processes that are gone, of an
 * earlier run under this same pid (a restarted container), older than a day, or not named by
 * this version. Returns how many it removed.
 */
export function removeLeftovers(folder: string): number {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.endsWith('.upload')) continue;
    const file = path.join(folder, name);
    const m = NAME.exec(name);
    const pid = m ? Number(m[1]) : 0;
    const ours = m && pid === process.pid && m[2] === BOOT;
    const anotherLive = m && pid !== process.pid && alive(pid);
    let old = false;
    try {
      old = Date.now() - fs.statSync(file).mtimeMs > DAY_MS;
    } catch {
      continue;
    }
    if ((ours || anotherLive) && !old) continue;
    fs.rmSync(file, { force: true });
    removed++;
  }
  return removed;
}

/**
 * Checks that cost no parsing, done before the upload is accepted: an XLSX's declared unpacked
 * sizes and compression ratio; a CSV's longest line (a record cannot be shorter than its longest
 * line; 4 bytes a character covers every encoding).
 */
export async function precheckUpload(file: string): Promise<void> {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(4);
  const n = fs.readSync(fd, head, 0, 4, 0);
  fs.closeSync(fd);
  if (n === 4 && head.readUInt32LE(0) === 0x04034b50) return checkXlsxDeclared(file, REGISTER_SHEET);
  const max = REGISTER_SHEET.maxRowBytes * 4;
  let line = 0;
  let row = 1;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let pos = 0; ; ) {
      const nl = chunk.indexOf(0x0a, pos);
      line += (nl < 0 ? chunk.length : nl) - pos;
      if (line > max) throw new AppError(400, 'row_too_large', { row, limit: humanBytes(REGISTER_SHEET.maxRowBytes) });
      if (nl < 0) break;
      line = 0;
      row++;
      pos = nl + 1;
    }
  }
}
