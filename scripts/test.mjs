// npm test: runs the whole Vitest suite and ends with one plain summary line ("N passed, N failed, N skipped").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const report = path.join(os.tmpdir(), `dantoc-vitest-${process.pid}.json`);
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit' });
let passed = 0, failed = 0, skipped = 0;
try {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  skipped = r.numPendingTests + (r.numTodoTests ?? 0);
  fs.rmSync(report, { force: true });
} catch {
  failed = Math.max(failed, 1);
}
const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
console.log(`\n${engine}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
