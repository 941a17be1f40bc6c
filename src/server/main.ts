import { loadConfig } from '../config.js';
import { DEMO_USERS } from '../modules/reference/demo.seed.js';
import { isLoopback, listenRefusal, unchangedDemoAccounts } from '../modules/accounts/demo-guard.service.js';
import { openSetupIfEmpty } from '../modules/accounts/first-run.service.js';
import { boot } from './boot.js';

const config = loadConfig();
const started = Date.now();
const { app, database } = await boot(config, { logger: { level: config.logLevel } });

// Demo accounts with the passwords published in the README are only ever served to this machine.
const unchanged = await unchangedDemoAccounts(database.db);
const refusal = listenRefusal(config.host, unchanged);
if (refusal) {
  console.error(`\n${refusal}\n`);
  await app.close();
  process.exit(1);
}
const setupCode = await openSetupIfEmpty(app.ctx);
await app.listen({ port: config.port, host: config.host });

const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${config.dataDir}`;
const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/`;
console.log(`\ndantoc đang chạy tại ${url}  (cơ sở dữ liệu: ${where}, ${database.engine}, ${Date.now() - started} ms)`);
if (unchanged.length && isLoopback(config.host)) {
  console.log('Tài khoản demo, chỉ dùng trên máy này (username / password):');
  for (const u of DEMO_USERS.filter((d) => unchanged.includes(d.username))) console.log(`${u.username} / ${u.password}`);
}
if (setupCode) {
  console.log(`\nChưa có tài khoản nào. Mở ${url}setup để tạo quản trị viên đầu tiên, với mã thiết lập: ${setupCode}`);
  console.log(`No account yet. Open ${url}setup to create the first administrator, with the set-up code: ${setupCode}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    process.exit(0);
  });
}
