import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { openDatabase, type Database } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { seedReference } from '../modules/reference/reference.seed.js';
import { seedDemo } from '../modules/reference/demo.seed.js';
import { seedDemoSurveys } from '../modules/surveys/surveys.demo.js';
import { buildApp } from './app.js';
import { createContext } from './context.js';
import { connectModules } from './ports.js';
import { warmOverview } from '../modules/overview/overview.service.js';
import { todayVN } from '../shared/dates.js';
import { WEB_DIST } from './paths.js';

/** Opens the database, migrates, loads reference (and demo) data, and builds the app. */
export async function boot(
  config: Config,
  opts: { logger?: boolean | object; webDir?: string } = {},
): Promise<{ app: FastifyInstance; database: Database; demoLoaded: boolean }> {
  connectModules();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(database.db);
  await seedReference(database.db);
  const demoLoaded = config.loadDemo ? await seedDemo(database.db) : false;
  // Demo answers to the survey of IT use, on the first start with demo data (not in the tests' prepared databases).
  if (demoLoaded) await seedDemoSurveys(database.db);
  const ctx = createContext(database.db, database.engine, config);
  const app = await buildApp({ ctx, webDir: opts.webDir ?? WEB_DIST, logger: opts.logger });
  app.addHook('onClose', async () => database.close());
  // The unit graph and the home page's reads take seconds cold: run them once as soon as the port is open,
  // in the background, rather than on the first user's home page.
  app.addHook('onListen', async () => {
    void ctx
      .graph()
      .then((graph) => warmOverview(database.db, graph, todayVN()))
      .catch(() => undefined);
  });
  return { app, database, demoLoaded };
}
