import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { seedReference } from '../modules/reference/reference.seed.js';
import { seedDemo } from '../modules/reference/demo.seed.js';

/**
 * Prepares one embedded database with migrations, reference and demo data, and dumps it;
 * each test file then starts from a copy in about a second instead of loading it all again.
 */
export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  if (process.env.TEST_DATABASE_URL) return;
  const file = path.join(os.tmpdir(), `dantoc-template-${process.pid}.tar`);
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database.db);
  await seedReference(database.db);
  await seedDemo(database.db);
  const dump = await database.pglite!.dumpDataDir('none');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  provide('pgliteTemplate', file);
  return () => fs.rmSync(file, { force: true });
}
