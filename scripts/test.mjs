// npm test: the API and integration tests (two workers), then the browser tests (two files at a time, so
// that browsers never compete with the database tests for the CPU; E2E_WORKERS=1 runs one file at a time, for a
// busy or small machine where a second browser makes clicks wait), and one plain summary line at the
// end ("N passed, N failed, N skipped"). File filters go to the run they name (e2e/... to the browser run);
// other arguments go to both. E2E=off leaves the browser tests out (CI runs them on one engine only).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const argv = process.argv.slice(2);
const filters = argv.filter((a) => !a.startsWith('-'));
const flags = argv.filter((a) => a.startsWith('-'));
const browserFilters = filters.filter((f) => f.startsWith('e2e'));
const apiFilters = filters.filter((f) => !f.startsWith('e2e'));
const phases = [];
if (!filters.length || apiFilters.length) phases.push({ name: 'api', args: apiFilters.length ? apiFilters : ['src'] });
if (process.env.E2E !== 'off' && (!filters.length || browserFilters.length)) {
  const workers = Number(process.env.E2E_WORKERS) || 2;
  phases.push({ name: 'browser', args: [...(browserFilters.length ? browserFilters : ['e2e']), `--maxWorkers=${workers}`] });
}

// The embedded database is migrated and loaded once for the whole run: the browser run reuses the dump
// the API run's global setup made (src/test/global-setup.ts), and it is removed at the end.
const template = path.join(os.tmpdir(), `dantoc-template-${process.pid}.tar`);
const env = process.env.TEST_DATABASE_URL || process.env.DANTOC_TEST_TEMPLATE ? process.env : { ...process.env, DANTOC_TEST_TEMPLATE: template };

let passed = 0,
  failed = 0,
  skipped = 0,
  ok = true;
const failures = [];
for (const phase of phases) {
  const report = path.join(os.tmpdir(), `dantoc-vitest-${process.pid}-${phase.name}.json`);
  const args = ['vitest', 'run', ...phase.args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, '--passWithNoTests', ...flags];
  console.log(`\n== ${phase.name} tests`);
  const run = spawnSync('npx', args, { stdio: 'inherit', env });
  if (run.status !== 0) ok = false;
  try {
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
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
    failures.push(`${phase.name} tests: no report (Vitest exited with ${run.status})`);
  }
}
if (env.DANTOC_TEST_TEMPLATE === template) fs.rmSync(template, { force: true });
const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ${f.slice(0, 400)}`).join('\n')}`);
const browser = process.env.E2E === 'off' ? ' (browser tests off)' : '';
console.log(`\n${engine}${browser}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok && failed === 0 ? 0 : 1);
