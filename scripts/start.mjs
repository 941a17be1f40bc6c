// npm start: builds what is missing or older than its sources (the web app with Vite, the server
// bundle with esbuild), then starts the server. `--build-only` stops after building.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const webIndex = path.join(root, 'dist/web/index.html');
const serverBundle = path.join(root, 'dist/server/main.js');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}
const olderThan = (file, dir) => !fs.existsSync(file) || newest(dir) > fs.statSync(file).mtimeMs;

if (fs.existsSync(path.join(root, 'index.html')) && olderThan(webIndex, path.join(root, 'src/web'))) {
  console.log('Đang build giao diện web (vite build)…');
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
}
// One bundled file starts in a fraction of the time of compiling every TypeScript module at start-up.
if (olderThan(serverBundle, path.join(root, 'src'))) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(root, 'src/server/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: serverBundle,
    logLevel: 'warning',
  });
}
if (process.argv.includes('--build-only')) process.exit(0);

const child = spawn(process.execPath, [serverBundle], { cwd: root, stdio: 'inherit' });
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => child.kill(s));
child.on('exit', (code) => process.exit(code ?? 0));
