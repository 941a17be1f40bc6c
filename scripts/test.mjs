// npm test: runs the whole Vitest suite and ends with one plain summary line ("N passed, N failed, N skipped").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const report = path.join(os.tmpdir(), `dantoc-vitest-${process.pid}.json`);
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit' });
let passed = 0,
  failed = 0,
  skipped = 0;
const failures = [];
try {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  skipped = r.numPendingTests + (r.numTodoTests ?? 0);
  // Repeated after the summary so that the last lines of a long log always say what failed and why.
  for (const file of r.testResults ?? []) {
    const where = path.relative(process.cwd(), file.name);
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      failures.push(`${where}: ${String(file.message ?? '').split('\n')[0]}`);
    }
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'failed') failures.push(`${where} > ${t.fullName}: ${String(t.failureMessages?.[0] ?? '').split('\n')[0]}`);
    }
  }
  fs.rmSync(report, { force: true });
} catch {
  failed = Math.max(failed, 1);
}
const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ${f.slice(0, 400)}`).join('\n')}`);
console.log(`\n${engine}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
