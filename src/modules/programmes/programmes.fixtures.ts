import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { TestApp } from '../../test/harness.js';
import { SYSTEM } from '../audit/audit.service.js';
import { insertUser } from '../accounts/users.service.js';

/** A provincial officer of Hà Nội (province 01 after the 2025 reform): outside Phú Thọ's area. Returns the logged-in client. */
export async function outsideOfficer(t: TestApp) {
  const db = t.database.db;
  const hanoi = await sql<{ id: number }>`SELECT id FROM admin_unit WHERE code = '01' AND level = 'province' AND valid_from = '2025-07-01'`.execute(db);
  await insertUser(db, SYSTEM, {
    username: 'tinh.hanoi',
    password: 'HaNoi@2025x',
    fullName: 'Cán bộ Sở Dân tộc Hà Nội',
    role: 'province_officer',
    scopeUnitId: hanoi.rows[0].id,
  });
  return t.login('tinh.hanoi', 'HaNoi@2025x');
}

/** Id of a programme item by code. */
export async function nodeId(db: Kysely<DB>, code: string): Promise<number> {
  const r = await sql<{ id: number }>`SELECT id FROM programme_node WHERE code = ${code}`.execute(db);
  return r.rows[0].id;
}
