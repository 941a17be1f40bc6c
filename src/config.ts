import path from 'node:path';

/** Runtime configuration, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  /** Folder of the embedded database; ignored when databaseUrl is set. */
  dataDir: string;
  /** PostgreSQL connection string; when set, the real server is used instead of PGlite. */
  databaseUrl?: string;
  /** Secure flag on cookies (set when served over HTTPS). */
  secureCookies: boolean;
  /** Hours a session lives without activity. */
  sessionHours: number;
  /** Load demo users and demo lists into an empty database. */
  loadDemo: boolean;
  logLevel: string;
  /** Accept HTTP Basic (user name and password on each call) from DHIS2-style clients; API_BASIC_AUTH=0 turns it off. */
  basicAuth: boolean;
  /** Run background jobs (webhook deliveries, supply-duty reminders) in this process; BACKGROUND_JOBS=0 turns them off. */
  backgroundJobs: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR ?? './var/db'),
    databaseUrl: env.DATABASE_URL || undefined,
    secureCookies: env.COOKIE_SECURE === '1' || env.COOKIE_SECURE === 'true',
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    loadDemo: env.LOAD_DEMO !== '0',
    logLevel: env.LOG_LEVEL ?? 'info',
    basicAuth: env.API_BASIC_AUTH !== '0' && env.API_BASIC_AUTH !== 'false',
    backgroundJobs: env.BACKGROUND_JOBS !== '0' && env.BACKGROUND_JOBS !== 'false',
  };
}
