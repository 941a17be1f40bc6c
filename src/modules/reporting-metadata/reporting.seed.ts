import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { DATA_DIR } from '../../server/paths.js';
import { SYSTEM } from '../audit/audit.service.js';
import { importDocument } from './metadata.service.js';
import { KINDS, metadataDocument, type MetadataDocument } from './reporting-metadata.schema.js';

const DIR = path.join(DATA_DIR, 'reporting');

/** The shipped starter forms as one document; the ethnic-group category's options come from the 55 ethnic groups held. */
export async function starterDocument(db: Kysely<DB>): Promise<MetadataDocument> {
  const merged: Record<string, unknown[]> = Object.fromEntries(KINDS.map((k) => [k, []]));
  for (const file of fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const part = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Record<string, unknown[]>;
    for (const kind of KINDS) merged[kind].push(...(part[kind] ?? []));
  }
  const groups = await db.selectFrom('ethnic_group').select(['code', 'name']).orderBy('code').execute();
  for (const c of merged.categories as { code: string; options: unknown[] }[]) {
    if (c.code !== 'DAN_TOC' || c.options.length) continue;
    c.options = groups.map((g, i) => ({ code: `DT${g.code}`, nameVi: g.name, nameEn: g.name, sortOrder: (i + 1) * 10 }));
  }
  return metadataDocument.parse(merged);
}

/** Loads the starter forms into a database that has no report form yet; false when there was one. */
export async function seedReporting(db: Kysely<DB>): Promise<boolean> {
  const any = await db.selectFrom('data_set').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await importDocument(db, SYSTEM, await starterDocument(db), false);
  return true;
}
