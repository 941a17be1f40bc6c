import { loadConfig } from '../config.js';
import { DEMO_USERS } from '../modules/reference/demo.seed.js';
import { boot } from './boot.js';

const config = loadConfig();
const started = Date.now();
const { app, database } = await boot(config, { logger: { level: config.logLevel } });
await app.listen({ port: config.port, host: config.host });

const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${config.dataDir}`;
const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/`;
console.log(`\ndantoc đang chạy tại ${url}  (cơ sở dữ liệu: ${where}, ${database.engine}, ${Date.now() - started} ms)`);
if (config.loadDemo) {
  console.log('Tài khoản demo (username / password):');
  for (const u of DEMO_USERS) console.log(`${u.username} / ${u.password}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    process.exit(0);
  });
}
