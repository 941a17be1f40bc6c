import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { DEMO_USERS } from '../reference/demo.seed.js';
import { verifyPassword } from './passwords.service.js';
import { activePasswordHashes } from './users.repository.js';

/** Whether a listen address only accepts connections from this machine. */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** Active demo accounts whose password is still the one published in the README. */
export async function unchangedDemoAccounts(db: Kysely<DB>): Promise<string[]> {
  const rows = await activePasswordHashes(
    db,
    DEMO_USERS.map((u) => u.username),
  );
  const unchanged: string[] = [];
  for (const u of DEMO_USERS) {
    const row = rows.find((r) => r.username === u.username);
    if (row && (await verifyPassword(row.password_hash, u.password))) unchanged.push(u.username);
  }
  return unchanged;
}

/**
 * Why the server must not listen on `host` (a message for the console), or null. Demo accounts
 * with published passwords are only served to this machine.
 */
export function listenRefusal(host: string, unchanged: string[]): string | null {
  if (isLoopback(host) || unchanged.length === 0) return null;
  const commands = unchanged.map((u) => `  npm run cli -- user:password --username ${u} --password '<mật khẩu mới / new password>'`).join('\n');
  return [
    `Không mở máy chủ trên địa chỉ ${host}: các tài khoản demo ${unchanged.join(', ')} vẫn dùng mật khẩu công bố trong README.`,
    `Refusing to listen on ${host}: demo accounts ${unchanged.join(', ')} still have the passwords published in the README.`,
    'Đổi mật khẩu (hoặc vô hiệu hóa) các tài khoản này trước / change their passwords (or deactivate them) first:',
    commands,
    'hoặc chạy trên máy này với HOST=127.0.0.1 / or serve this machine only with HOST=127.0.0.1.',
  ].join('\n');
}
