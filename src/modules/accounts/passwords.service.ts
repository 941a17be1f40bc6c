import fs from 'node:fs';
import { hash, verify } from '@node-rs/argon2';
import path from 'node:path';
import { dictionary } from '@zxcvbn-ts/language-common';
import { ROOT } from '../../server/paths.js';

/** Shortest password accepted (NIST SP 800-63B asks for at least 8; administrators also need TOTP). */
export const MIN_PASSWORD_LENGTH = 8;

function loadCommon(): Set<string> {
  const words = new Set<string>(dictionary['passwords-common'] as string[]);
  const file = path.join(ROOT, 'data', 'common-passwords-vi.txt');
  if (fs.existsSync(file)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const w = line.trim();
      if (w && !w.startsWith('#')) words.add(w);
    }
  }
  return words;
}

let common: Set<string> | null = null;
const commonWords = () => (common ??= loadCommon());

const ROWS = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p'];

/** "aaaa", "abcd", "4321", "qwert", "ababab", "abcabc": runs, sequences and short units repeated. */
export function isPattern(s: string): boolean {
  if (s.length < 3) return false;
  for (let unit = 1; unit <= 3; unit++) {
    if (s.length >= unit * 2 && s.split('').every((c, i) => c === s[i % unit])) return true;
  }
  for (const row of ROWS) {
    if (row.includes(s) || [...row].reverse().join('').includes(s)) return true;
  }
  return false;
}

/** The password without the digits and symbols people stick before or after a word ("Password1!" → "password"). */
function core(lower: string): string {
  return lower.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, '');
}

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** Why a password is refused (an error code), or null when it is acceptable. */
export function passwordProblem(password: string, username?: string | null): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'password_too_short';
  const lower = plain(password);
  const words = commonWords();
  const c = core(lower);
  const squeezed = lower.replace(/[^\p{L}\p{N}]/gu, '');
  if (words.has(lower) || words.has(squeezed) || (c.length >= 4 && words.has(c))) return 'password_common';
  if (new Set(lower).size < 5 || isPattern(lower) || isPattern(squeezed) || (c.length >= 4 && isPattern(c))) return 'password_pattern';
  const name = username ? plain(username) : '';
  if (
    name.length >= 3 &&
    (squeezed.includes(name.replace(/[^\p{L}\p{N}]/gu, '')) || name.split(/[._-]/).some((part) => part.length >= 4 && lower.includes(part)))
  ) {
    return 'password_has_username';
  }
  return null;
}

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** An argon2id hash of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Whether a password matches its hash (false for a malformed hash). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash to verify against when the user does not exist, so timing does not reveal usernames.
export const DUMMY_HASH = hashPassword('dummy-password-1');
