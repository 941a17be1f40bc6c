import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { clearDemoRegister } from '../register/bulk.service.js';
import { generateAndLoad } from './register-demo.seed.js';

/** Options of `npm run cli -- register:generate`. */
export interface GenerateCommand {
  persons: number;
  seed: number | string;
  /** Empty every register table first (real rows too), instead of removing only synthetic ones. */
  truncate: boolean;
  log: (line: string) => void;
}

const fmt = (n: number) => n.toLocaleString('vi-VN');

/**
 * Replaces the synthetic register with a new one of about `persons` people: removes the previous
 * synthetic rows (or empties the tables with --truncate), generates and bulk-loads, printing progress.
 */
export async function registerGenerate(db: Kysely<DB>, cmd: GenerateCommand): Promise<void> {
  if (!Number.isInteger(cmd.persons) || cmd.persons < 1 || cmd.persons > 20_000_000) {
    throw new Error('--persons phải là số nguyên từ 1 đến 20.000.000 / --persons must be an integer from 1 to 20,000,000');
  }
  const started = performance.now();
  const cleared = await clearDemoRegister(db, cmd.truncate);
  cmd.log(cleared === 'truncated' ? 'Đã làm trống sổ hộ / register tables emptied' : 'Đã xóa dữ liệu mô phỏng cũ / previous synthetic rows removed');
  const t0 = performance.now();
  const result = await generateAndLoad(db, cmd.persons, cmd.seed, {
    chunkPersons: 50_000,
    note: { seed: cmd.seed, requestedPersons: cmd.persons },
    onProgress: (c) => {
      const s = (performance.now() - t0) / 1000;
      const pct = Math.min(100, Math.round((100 * c.persons) / cmd.persons));
      cmd.log(
        `${String(pct).padStart(3)}%  ${fmt(c.persons)} nhân khẩu / persons, ${fmt(c.households)} hộ / households, ${fmt(c.rows)} dòng / rows, ${s.toFixed(1)} s, ${fmt(Math.round(c.rows / s))} dòng/s`,
      );
    },
  });
  if (!result) throw new Error('Chưa có đơn vị hành chính hoặc thôn của Hòa Bình: chạy `seed` trước / Hòa Bình units or villages missing: run `seed` first');
  const total = (performance.now() - started) / 1000;
  cmd.log(
    `Xong / done: ${fmt(result.households)} hộ, ${fmt(result.persons)} nhân khẩu, ${fmt(result.rows)} dòng trong ${total.toFixed(1)} s (RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB)`,
  );
}
