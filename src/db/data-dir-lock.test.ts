import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase } from './connection.js';
import { LOCK_FILE } from './data-dir-lock.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dantoc-lock-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('one process per data folder', { timeout: 240_000 }, () => {
  it('refuses a second opening of a folder in use, with a message saying who holds it, and frees it at close', async () => {
    const dir = path.join(root, 'a');
    const first = await openDatabase({ dataDir: dir });
    try {
      const lock = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
      expect(lock).toMatchObject({ pid: process.pid, host: os.hostname() });
      const refused = await openDatabase({ dataDir: dir }).then(
        () => null,
        (e: Error & { code?: string }) => e,
      );
      expect(refused?.code).toBe('data_dir_locked');
      expect(refused?.message).toContain(`Thư mục dữ liệu ${dir} đang được tiến trình ${process.pid} trên máy ${os.hostname()} sử dụng`);
      expect(refused?.message).toContain(`The data folder ${dir} is in use by process ${process.pid}`);
      // The first opening works on as before.
      expect((await sql<{ n: number }>`SELECT 1 AS n`.execute(first.db)).rows[0].n).toBe(1);
    } finally {
      await first.close();
    }
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = path.join(root, 'b');
    fs.mkdirSync(dir, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid, host: os.hostname(), startedAt: '2026-01-01T00:00:00Z' }));
    const database = await openDatabase({ dataDir: dir });
    try {
      expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    } finally {
      await database.close();
    }
  });

  it('the command line refuses a folder the server holds', async () => {
    const dir = path.join(root, 'c');
    const server = await openDatabase({ dataDir: dir });
    try {
      const cli = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'user:create', '--username', 'x', '--password', 'whatever-Long-9', '--role', 'viewer'],
        {
          cwd: path.resolve(import.meta.dirname, '../..'),
          env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
          encoding: 'utf8',
        },
      );
      expect(cli.status).toBe(2);
      expect(cli.stdout).not.toContain('created');
      expect(cli.stderr).toContain(`đang được tiến trình ${process.pid}`);
    } finally {
      await server.close();
    }
  });

  it('needs no lock for an in-memory database', async () => {
    const a = await openDatabase({ dataDir: 'memory://' });
    const b = await openDatabase({ dataDir: 'memory://' });
    await a.close();
    await b.close();
  });
});
