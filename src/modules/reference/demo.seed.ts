import type { Kysely } from 'kysely';
import type { DB, Role } from '../../db/schema.js';
import { SYSTEM } from '../audit/audit.service.js';
import { hasNoUsers } from '../accounts/first-run.service.js';
import { insertUser } from '../accounts/users.service.js';
import { seedDemoVillages } from '../villages/villages.demo.js';
import { seedDemoClassifications } from '../classifications/classifications.demo.js';
import { seedDemoRegister } from '../register-demo/register-demo.seed.js';
import { seedDefaultDashboard } from '../analytics/dashboards.seed.js';

/** Demo accounts printed at start-up. Change or disable them before real use. */
export const DEMO_USERS: { username: string; password: string; fullName: string; role: Role; scope: { code: string; validFrom: string | null } | null }[] = [
  { username: 'admin', password: 'Admin@2025', fullName: 'Quản trị hệ thống', role: 'admin', scope: null },
  {
    username: 'tinh.phutho',
    password: 'Tinh@2025',
    fullName: 'Nguyễn Thị Lan (Sở Dân tộc và Tôn giáo)',
    role: 'province_officer',
    scope: { code: '25', validFrom: '2025-07-01' },
  },
  {
    username: 'xa.tanlac',
    password: 'Xa@20251',
    fullName: 'Bùi Văn Hùng (UBND xã Tân Lạc)',
    role: 'commune_officer',
    scope: { code: '05128', validFrom: '2025-07-01' },
  },
  { username: 'lanhdao', password: 'Xem@2025', fullName: 'Đinh Công Minh (Lãnh đạo)', role: 'viewer', scope: { code: '25', validFrom: '2025-07-01' } },
];

async function unitId(db: Kysely<DB>, code: string, validFrom: string | null): Promise<number> {
  let q = db.selectFrom('admin_unit').select('id').where('code', '=', code);
  q = validFrom === null ? q.where('valid_from', 'is', null) : q.where('valid_from', '=', validFrom);
  return (await q.executeTakeFirstOrThrow()).id;
}

/** Extra demo loaders registered by modules (villages, classifications …), run in order. */
export const demoLoaders: { name: string; load: (db: Kysely<DB>) => Promise<void> }[] = [
  { name: 'villages', load: seedDemoVillages },
  { name: 'register', load: seedDemoRegister },
  { name: 'classifications', load: seedDemoClassifications },
];

/** Loads demo users and module demo data into a database that has no users yet. */
export async function seedDemo(db: Kysely<DB>): Promise<boolean> {
  if (!(await hasNoUsers(db))) return false;
  for (const loader of demoLoaders) await loader.load(db);
  const ids = new Map<string, number>();
  for (const u of DEMO_USERS) {
    const scopeUnitId = u.scope ? await unitId(db, u.scope.code, u.scope.validFrom) : null;
    ids.set(u.username, await insertUser(db, SYSTEM, { username: u.username, password: u.password, fullName: u.fullName, role: u.role, scopeUnitId }));
  }
  // The leaders' default dashboard of the demo province (Phú Thọ, which Hòa Bình joined), kept by the province officer.
  await seedDefaultDashboard(db, ids.get('tinh.phutho')!);
  return true;
}
