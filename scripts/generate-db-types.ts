// npm run db:types: migrates a fresh schema on PostgreSQL, reads the tables back with
// kysely-codegen and writes src/db/schema.generated.ts. Needs a PostgreSQL server
// (DATABASE_URL or TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test):
// kysely-codegen introspects through pg_catalog over node-postgres, which PGlite does not offer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect as KyselyPostgresDialect, sql } from 'kysely';
import { generate, PostgresDialect } from 'kysely-codegen';
import pg from 'pg';
import { migrate } from '../src/db/migrate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the generated table types are written. */
export const OUT_FILE = path.join(root, 'src/db/schema.generated.ts');

/**
 * Columns whose values a CHECK constraint limits to a fixed set (or whose JSON has a known use):
 * the database reports them as text, the code wants the union from schema.columns.ts.
 */
const COLUMN_TYPES: Record<string, string> = {
  'admin_unit.level': 'UnitLevel',
  'analytics_visualisation.chart_type': 'ChartType',
  'admin_unit_succession.merge_type': "'full' | 'partial'",
  'app_user.role': 'Role',
  'app_user.language': "Generated<'vi' | 'en'>",
  'classification_list.kind': 'ClassificationKind',
  'data_element.aggregation': 'Generated<Aggregation>',
  'data_element.value_type': 'ValueType',
  'data_request.access_kind': "'extract' | 'token' | 'both'",
  'data_request.status': "Generated<'pending' | 'approved' | 'refused' | 'revoked' | 'expired'>",
  'data_set.approval_role': "Generated<'admin' | 'province_officer'>",
  'data_set.assign_level': "'province' | 'district' | 'commune' | null",
  'data_set.cutoff': "Generated<'calendar' | 'nd09'>",
  'data_set.period_type': "'monthly' | 'quarterly' | 'six_monthly' | 'nine_monthly' | 'yearly'",
  'dhis2_mapping.kind': 'MappingKind',
  'duplicate_candidate.reason': "'same_cccd' | 'similar_name_birth_year_commune'",
  'duplicate_candidate.status': "Generated<'open' | 'merged' | 'not_duplicate'>",
  'household.end_reason': "'split' | 'merge' | 'move_out' | 'dissolved' | null",
  'household.housing': 'Housing | null',
  'household_member.relationship': 'Relationship',
  'household_poverty.status': 'PovertyStatus',
  'life_event.type': 'LifeEventType',
  'person.sex': 'Sex',
  'record_change.entity': 'ChangeEntity',
  'register_import.status': 'Generated<ImportStatus>',
  'report_submission.status': 'Generated<SubmissionStatus>',
  'report_submission_event.action': 'SubmissionAction',
  'report_submission_event.from_status': 'SubmissionStatus',
  'report_submission_event.to_status': 'SubmissionStatus',
  'validation_rule.importance': 'Generated<RulePriority>',
  'validation_rule.operator': 'RuleOperator',
  'village.status': "Generated<'active' | 'inactive' | 'merged'>",
  'village.type': 'VillageType',
  'webhook_delivery.status': "Generated<'pending' | 'delivered' | 'failed'>",
  'supply_duty.period_type': "'monthly' | 'quarterly' | 'six_monthly' | 'nine_monthly' | 'yearly'",
  'supply_reminder.kind': "'reminder' | 'escalation'",
  'survey_form.state': "Generated<'draft' | 'published' | 'closed'>",
  'survey_submission.state': "Generated<'received' | 'has_issues' | 'approved' | 'rejected'>",
  'legal_document.doc_type': 'DocumentType',
  'legal_document_link.kind': "'amends' | 'replaces' | 'guides'",
  'programme_node.kind': 'ProgrammeNodeKind',
  'programme_money.source': 'MoneySource',
  'programme_money.kind': 'MoneyKind',
};

const ENUMS = [
  'Aggregation',
  'ChartType',
  'ChangeEntity',
  'ClassificationKind',
  'DocumentType',
  'MoneyKind',
  'MoneySource',
  'ProgrammeNodeKind',
  'Housing',
  'ImportStatus',
  'LifeEventType',
  'MappingKind',
  'PovertyStatus',
  'Relationship',
  'Role',
  'RuleOperator',
  'RulePriority',
  'Sex',
  'SubmissionAction',
  'SubmissionStatus',
  'UnitLevel',
  'ValueType',
  'VillageType',
];

/**
 * Generates the table types from a freshly migrated schema and returns the file's text.
 * @param url PostgreSQL connection string; a temporary schema is created in it and dropped again.
 */
export async function generateDbTypes(url: string): Promise<string> {
  const schema = `dantoc_codegen_${process.pid}_${Date.now()}`;
  const pool = new pg.Pool({ connectionString: url, max: 1, options: `-c search_path=${schema},public` });
  const db = new Kysely<any>({ dialect: new KyselyPostgresDialect({ pool }) });
  try {
    await sql`CREATE SCHEMA ${sql.id(schema)}`.execute(db);
    await migrate(db);
    const text = await generate({
      db,
      dialect: new PostgresDialect({ dateParser: 'string', numericParser: 'number', defaultSchemas: [schema] }),
      defaultSchemas: [schema],
      includePattern: `${schema}.*`,
      excludePattern: `${schema}.schema_migration`,
      customImports: Object.fromEntries([...ENUMS, 'JsonText'].map((name) => [name, './schema.columns.js'])),
      // Both connections parse int8 and numeric to numbers and leave dates as 'YYYY-MM-DD' (src/db/connection.ts).
      typeMapping: { int8: 'number', json: 'JsonText', jsonb: 'JsonText' },
      overrides: { columns: COLUMN_TYPES },
      outFile: null,
    });
    return `${text.trim()}\n`;
  } finally {
    await sql`DROP SCHEMA IF EXISTS ${sql.id(schema)} CASCADE`.execute(db);
    await db.destroy();
  }
}

/** The database the generator uses. */
export function generatorUrl(): string {
  return process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await generateDbTypes(generatorUrl());
  fs.writeFileSync(OUT_FILE, text);
  console.log(`wrote ${path.relative(root, OUT_FILE)}`);
}
