import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../server/errors.js';
import type { AppContext } from '../../server/context.js';
import { SYSTEM } from '../audit/audit.service.js';
import { ADDRESS_BUCKET, addFailure, waitSeconds } from './throttle.service.js';
import { anyUserExists } from './users.repository.js';
import { checkNewPassword, insertUser } from './users.service.js';

/** Whether the database has no account at all. */
export async function hasNoUsers(db: Kysely<DB>): Promise<boolean> {
  return !(await anyUserExists(db));
}

/** A one-time code like "4821-0937-5516" for the console; only who sees the console can finish set-up. */
export function newSetupCode(): string {
  const digits = Array.from({ length: 12 }, () => crypto.randomInt(10)).join('');
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8)}`;
}

/** Opens first-run set-up when there is no user: returns the code to print, or null. */
export async function openSetupIfEmpty(ctx: AppContext): Promise<string | null> {
  if (!(await hasNoUsers(ctx.db))) return null;
  ctx.auth.setupCode ??= newSetupCode();
  return ctx.auth.setupCode;
}

const sameCode = (a: string, b: string) => {
  const x = crypto.createHash('sha256').update(a.replace(/\D/g, '')).digest();
  const y = crypto.createHash('sha256').update(b.replace(/\D/g, '')).digest();
  return crypto.timingSafeEqual(x, y);
};

/** Creates the first administrator, with the setup code from the console; refused once any user exists. */
export async function createFirstAdmin(
  ctx: AppContext,
  input: { setupCode: string; username: string; fullName: string; password: string; ip: string },
): Promise<number> {
  const now = ctx.auth.now();
  const expected = ctx.auth.setupCode;
  if (!expected || !(await hasNoUsers(ctx.db))) throw new AppError(409, 'setup_closed');
  const wait = await waitSeconds(ctx.db, ADDRESS_BUCKET, input.ip, now);
  if (wait) throw new AppError(429, 'login_throttled', { minutes: Math.ceil(wait / 60) });
  if (!sameCode(input.setupCode, expected)) {
    await addFailure(ctx.db, ADDRESS_BUCKET, input.ip, now);
    throw new AppError(403, 'setup_code_invalid', {}, [{ field: 'setupCode', code: 'setup_code_invalid' }]);
  }
  await checkNewPassword(input.password, 'password', input.username);
  // Taken before any await below: two racing requests with the right code cannot both pass.
  if (ctx.auth.setupCode !== expected) throw new AppError(409, 'setup_closed');
  ctx.auth.setupCode = null;
  try {
    if (!(await hasNoUsers(ctx.db))) throw new AppError(409, 'setup_closed');
    return await insertUser(
      ctx.db,
      { ...SYSTEM, ip: input.ip },
      { username: input.username, password: input.password, fullName: input.fullName, role: 'admin', scopeUnitId: null },
    );
  } catch (e) {
    if (!(e instanceof AppError)) ctx.auth.setupCode = expected;
    throw e;
  }
}
