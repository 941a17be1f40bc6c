/**
 * dantoc command line: `npm run cli -- <command> [options]`.
 * Works on the same database as the server (DATA_DIR or DATABASE_URL).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { DataDirLocked } from '../db/data-dir-lock.js';
import { migrate } from '../db/migrate.js';
import { parseCsv } from '../shared/csv.js';
import { SYSTEM } from '../modules/audit/audit.service.js';
import { applyReorganisation, type CrosswalkRow, type UnitRow } from '../modules/admin-units/reorganisations.service.js';
import { seedReference } from '../modules/reference/reference.seed.js';
import { seedDemo } from '../modules/reference/demo.seed.js';
import { createUser, resetPassword, userByUsername } from '../modules/accounts/users.service.js';
import { registerGenerate } from '../modules/register-demo/register-demo.command.js';
import { AppError } from '../server/errors.js';
import { connectModules } from '../server/ports.js';
import { translate } from '../server/messages.js';
import type { Role } from '../db/schema.js';
import { orderPersonsByName } from '../modules/register/persons.service.js';
import { resetTwoFactor } from '../modules/accounts/two-factor.service.js';

const HELP = `Cách dùng / usage: npm run cli -- <lệnh> [tùy chọn]

  migrate                              áp dụng các migration / apply migrations
  seed [--no-demo]                     nạp dữ liệu tham chiếu (và demo) vào CSDL trống / load reference (and demo) data
  reorganise --units F --crosswalk F --date YYYY-MM-DD --name "…" [--basis "…"] [--dry-run]
                                       nạp một đợt sắp xếp đơn vị hành chính / load a reorganisation
  user:create --username U --password P --role admin|province_officer|commune_officer|viewer
              [--scope CODE --scope-date YYYY-MM-DD] [--name "Họ tên"]
  user:password --username U --password P   đặt lại mật khẩu / reset a password
  user:reset-2fa --username U          tắt xác thực hai bước (mất điện thoại) / reset two-step verification
  register:generate --persons N [--seed S] [--truncate]
                                       tạo sổ hộ mẫu (tổng hợp) của Hòa Bình / generate a synthetic Hòa Bình register
                                       (--truncate: làm trống mọi bảng sổ hộ trước / empty every register table first)
  register:optimize                    xếp lại bảng nhân khẩu theo tên để tìm kiếm nhanh / rewrite the person table in name order
`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    units: { type: 'string' },
    crosswalk: { type: 'string' },
    date: { type: 'string' },
    name: { type: 'string' },
    basis: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'no-demo': { type: 'boolean' },
    username: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string' },
    scope: { type: 'string' },
    'scope-date': { type: 'string' },
    persons: { type: 'string' },
    seed: { type: 'string' },
    truncate: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

const command = positionals[0];
if (!command || values.help) {
  console.log(HELP);
  process.exit(command ? 0 : 1);
}

const config = loadConfig();
// The embedded engine's folder is locked by the process that opened it: with the server running,
// the command is refused with the message saying which process holds it and what to do.
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch((e) => {
  if (!(e instanceof DataDirLocked)) throw e;
  console.error(e.message);
  process.exit(2);
});
const { db } = database;
const ALL = { all: true, reach: new Set<number>(), visible: new Set<number>() };

function need(name: keyof typeof values): string {
  const v = values[name];
  if (typeof v !== 'string' || !v) throw new Error(`thiếu --${name} / missing --${name}`);
  return v;
}

connectModules();
try {
  await migrate(db);
  // Reference data is part of the schema's contents: load it on an empty database whatever the command.
  const loaded = await seedReference(db);
  switch (command) {
    case 'migrate':
      console.log('OK');
      break;
    case 'seed': {
      console.log(loaded);
      if (!values['no-demo']) console.log({ demo: await seedDemo(db) });
      break;
    }
    case 'reorganise': {
      const input = {
        name: need('name'),
        effectiveDate: need('date'),
        basis: values.basis ?? '',
        units: parseCsv<UnitRow>(fs.readFileSync(need('units'), 'utf8')),
        crosswalk: parseCsv<CrosswalkRow>(fs.readFileSync(need('crosswalk'), 'utf8')),
      };
      if (values['dry-run']) {
        await db
          .transaction()
          .execute(async (trx) => {
            console.log(await applyReorganisation(trx, SYSTEM, input));
            throw new Error('dry-run: rolled back');
          })
          .catch((e) => console.log(e.message));
      } else {
        console.log(await applyReorganisation(db, SYSTEM, input));
      }
      break;
    }
    case 'user:create': {
      const id = await createUser(db, SYSTEM, ALL, {
        username: need('username').toLowerCase(),
        password: need('password'),
        fullName: values.name ?? need('username'),
        role: need('role') as Role,
        scopeUnitCode: values.scope ?? null,
        scopeUnitDate: values['scope-date'],
      });
      console.log(`user ${id} created`);
      break;
    }
    case 'user:password': {
      const user = await userByUsername(db, need('username'));
      if (!user) throw new Error('unknown user');
      await resetPassword(db, SYSTEM, ALL, user.id, need('password'));
      console.log('password changed');
      break;
    }
    case 'user:reset-2fa': {
      const user = await userByUsername(db, need('username'));
      if (!user) throw new Error('unknown user');
      await resetTwoFactor(db, SYSTEM, user);
      console.log('two-step verification reset; the user enrols again at next sign-in');
      break;
    }
    case 'register:generate':
      await registerGenerate(db, { persons: Number(need('persons')), seed: values.seed ?? 1, truncate: !!values.truncate, log: console.log });
      break;
    case 'register:optimize':
      console.log(`Đã xếp lại bảng nhân khẩu theo tên / person table in name order: ${(await orderPersonsByName(db)).toFixed(1)} s`);
      break;
    default:
      console.log(HELP);
      process.exitCode = 1;
  }
} catch (e) {
  if (e instanceof AppError) {
    console.error(translate(e.code, 'vi', e.params));
    for (const d of e.details)
      console.error(`  ${d.row ? `dòng ${d.row}, ` : ''}${d.field}: ${d.message ?? translate(d.code, 'vi', d.params)} ${d.value ?? ''}`);
  } else {
    console.error((e as Error).message);
  }
  process.exitCode = 1;
} finally {
  await database.close();
}
