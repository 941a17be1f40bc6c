import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, e2eEnabled, login, newContext, shot, settled } from './browser.js';
import { fetchFromPage, nav, poll, startE2E, type E2E } from './setup.js';
import { ROOT } from '../src/server/paths.js';

/** A tag unique per run, letters only (it goes into person names and household codes). */
const RUN = Date.now()
  .toString(36)
  .slice(-5)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
const HH1 = `E2E-${RUN}-1`;
const HH2 = `E2E-${RUN}-2`;
const HEADER = 'Mã xã,Mã hộ,Quan hệ với chủ hộ,Họ và tên,Giới tính,Ngày sinh,Dân tộc,Năm xác định nghèo,Tình trạng nghèo';
const CAP = RUN[0].toUpperCase() + RUN.slice(1);

/** Two households of two persons; `broken` spoils three cells (rows 3 and 5 of the sheet). */
function csv(broken: boolean): { name: string; mimeType: string; buffer: Buffer } {
  const lines = [
    HEADER,
    `05128,${HH1},Chủ hộ,Hà Văn Khiêm ${CAP},Nam,12/03/1978,06,2025,Hộ nghèo`,
    `05128,${HH1},Vợ,Bùi Thị Lan ${CAP},${broken ? 'X' : 'Nữ'},${broken ? '31/02/1980' : '05/06/1980'},06,,`,
    `05128,${HH2},Chủ hộ,Đinh Công Tâm ${CAP},Nam,1969,06,2025,Không nghèo`,
    `05128,${HH2},Con,Đinh Thị Hoa ${CAP},Nữ,2004,${broken ? '99' : '06'},,`,
  ];
  return { name: `so-ho-${RUN}${broken ? '-loi' : ''}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8') };
}

const vi = new Intl.NumberFormat('vi-VN');

describe.skipIf(!e2eEnabled)('register tools: import, duplicates, commune profile', { timeout: 180_000, retry: 1 }, () => {
  let e2e: E2E;
  let ctx: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    e2e = await startE2E();
    ctx = await newContext(e2e.browser, e2e.url);
    page = await ctx.newPage();
    await login(page, 'xa.tanlac');
  });
  afterAll(async () => {
    await ctx?.close();
    await e2e?.close();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await shot(page, `register-tools-failed-${task.name.split(' ')[0]}`).catch(() => undefined);
  });

  it('imports a CSV: errors listed by row, fixed file checks clean, imports, and a re-import changes nothing', async () => {
    await nav(page, 'Nhập sổ hộ');
    await page.getByRole('heading', { name: 'Nhập sổ hộ và nhân khẩu từ tệp' }).waitFor();
    const input = page.getByTestId('import-file').locator('input[type=file]');
    const dryRun = page.getByTestId('import-dry-run');
    const apply = page.getByTestId('import-apply');
    const summary = page.getByTestId('import-summary');

    await input.setInputFiles(csv(true));
    expect(await apply.isDisabled()).toBe(true);
    await dryRun.click();
    await poll(() => summary.innerText()).toContain('Kiểm tra thử: có 3 lỗi');
    const rows = page.getByTestId('import-errors').locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(3);
    const cells = await Promise.all([0, 1, 2].map((i) => rows.nth(i).locator('td').allInnerTexts()));
    const byCol = Object.fromEntries(cells.map((c) => [c[1], c]));
    expect(byCol['Giới tính'].slice(0, 3)).toEqual(['3', 'Giới tính', 'X']);
    expect(byCol['Ngày sinh'].slice(0, 3)).toEqual(['3', 'Ngày sinh', '31/02/1980']);
    expect(byCol['Dân tộc'].slice(0, 3)).toEqual(['5', 'Dân tộc', '99']);
    for (const c of cells) expect(c[3].length).toBeGreaterThan(3);
    expect(await page.getByTestId('import-error-report').getAttribute('href')).toMatch(/errors\.xlsx$/);
    // A file with errors cannot be imported as is.
    expect(await apply.isDisabled()).toBe(true);
    await shot(page, 'register-import-errors-1366x768');

    await input.setInputFiles(csv(false));
    await dryRun.click();
    await poll(() => summary.innerText()).toContain('tệp không có lỗi');
    expect(await page.getByTestId('import-counts-households').innerText()).toMatch(/thêm mới: 2 · cập nhật: 0 · không đổi: 0/);
    expect(await page.getByTestId('import-counts-persons').innerText()).toMatch(/thêm mới: 4 /);
    // The dry run wrote nothing.
    expect((await fetchFromPage(page, `/api/households?q=${encodeURIComponent(HH1)}`)).body.total).toBe(0);

    await poll(() => apply.isDisabled()).toBe(false);
    await apply.click();
    await poll(() => summary.innerText()).toBe('Đã nhập vào sổ hộ.');
    expect(await page.getByTestId('import-counts-households').innerText()).toMatch(/thêm mới: 2 · cập nhật: 0 · không đổi: 0/);
    expect(await page.getByTestId('import-counts-persons').innerText()).toMatch(/thêm mới: 4 · cập nhật: 0 · không đổi: 0/);
    const found = await fetchFromPage(page, `/api/households?q=${encodeURIComponent(HH1)}`);
    expect(found.body.items.map((h: any) => [h.code, h.memberCount])).toEqual([[HH1, 2]]);
    await shot(page, 'register-import-done-1366x768');

    // The same file again: everything is already there.
    await poll(() => apply.isDisabled()).toBe(false);
    await apply.click();
    await poll(() => summary.innerText()).toBe('Không có thay đổi nào: mọi hộ và nhân khẩu trong tệp đã có trong sổ.');
    await poll(() => page.getByTestId('import-counts-households').innerText()).toMatch(/thêm mới: 0 · cập nhật: 0 · không đổi: 2/);
    expect(await page.getByTestId('import-counts-persons').innerText()).toMatch(/thêm mới: 0 · cập nhật: 0 · không đổi: 4/);
    // The recent imports list shows the three runs of this file, newest first.
    const list = page.getByTestId('import-list').locator('tbody tr.ant-table-row', { hasText: `so-ho-${RUN}` });
    await poll(() => list.count()).toBeGreaterThanOrEqual(3);
    expect(await list.first().innerText()).toContain('Nhập');
  });

  it('merges a pair of similar persons found by a scan', async () => {
    const name = `Lò Văn Thắng ${CAP}`;
    const twin = `Lo Văn Thăng ${CAP}`;
    // The one to be merged away must not head a household: the twin is a plain member of another one.
    const households = [
      { code: `DUP-${RUN}-1`, members: [{ fullName: name, sex: 'male', birthYear: 1985, ethnicCode: '06', relationship: 'head' }] },
      {
        code: `DUP-${RUN}-2`,
        members: [
          { fullName: `Bùi Văn Nam ${CAP}`, sex: 'male', birthYear: 1950, ethnicCode: '06', relationship: 'head' },
          { fullName: twin, sex: 'male', birthYear: 1985, ethnicCode: '06', relationship: 'other' },
        ],
      },
    ];
    for (const h of households) {
      const r = await fetchFromPage(page, '/api/households', { method: 'POST', body: { communeCode: '05128', validFrom: '2025-08-01', ...h } });
      expect(r.status).toBe(201);
    }
    await nav(page, 'Nhân khẩu trùng');
    await page.getByTestId('dup-scan').click();
    const item = page.locator('[data-testid^="dup-item-"]', { hasText: name });
    await poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toContain(twin);
    expect(await item.innerText()).toContain('Tên gần giống, cùng năm sinh, cùng xã');
    await shot(page, 'register-duplicates-1366x768');

    const id = Number((await item.getAttribute('data-testid'))!.replace('dup-item-', ''));
    const before = (await fetchFromPage(page, `/api/duplicates?status=open&pageSize=100`)).body.items.find((d: any) => d.id === id);
    const keep = before.a.fullName === name ? before.a : before.b;
    const gone = keep === before.a ? before.b : before.a;
    await item.getByTestId(`dup-keep-${keep.id}`).click();
    await item.getByTestId('dup-merge').click();
    const confirm = page.locator('.ant-modal-confirm');
    expect(await confirm.innerText()).toContain(`Giữ lại ${name} (#${keep.id})`);
    // A busy machine can take a while to answer: wait for the merge itself, then for the list it refreshes.
    const [merged] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/duplicates/${id}/merge`), { timeout: 60_000 }),
      confirm.getByRole('button', { name: 'Gộp' }).click(),
    ]);
    expect(merged.status(), await merged.text()).toBe(200);
    await poll(() => page.locator('[data-testid^="dup-item-"]', { hasText: name }).count()).toBe(0);

    await page.getByTestId('dup-status').getByText('Đã gộp').click();
    await poll(() => page.locator(`[data-testid="dup-item-${id}"]`).count()).toBe(1);
    const after = (await fetchFromPage(page, `/api/duplicates?status=merged&pageSize=100`)).body.items.find((d: any) => d.id === id);
    expect(after.status).toBe('merged');
    const kept = await fetchFromPage(page, `/api/persons?q=${encodeURIComponent(`Thang ${CAP}`)}`);
    expect(kept.body.items.map((p: any) => p.id)).toEqual([keep.id]);
    expect(gone.id).not.toBe(keep.id);
  }, 120_000);

  it('shows the commune profile of 05128 with the same numbers as the API', async () => {
    await nav(page, 'Hồ sơ địa bàn');
    await page.getByTestId('profile-totals').waitFor();
    // The page opens on the latest year with a poverty classification (the demo's last review year).
    const years: number[] = (await fetchFromPage(page, '/api/register/poverty-years')).body.years;
    const year = years.find((y) => y <= new Date().getFullYear());
    const api = (await fetchFromPage(page, `/api/register/profile?commune=05128&year=${year}`)).body;
    expect(api.unit.code).toBe('05128');
    expect(api.totals.poor).toBeGreaterThan(0);
    await poll(() => page.getByTestId('profile-total-persons').innerText()).toBe(vi.format(api.totals.persons));
    expect(await page.getByTestId('profile-total-households').innerText()).toBe(vi.format(api.totals.households));
    expect(await page.getByTestId('profile-total-poor').innerText()).toBe(vi.format(api.totals.poor));
    const muong = api.byEthnic.find((e: any) => e.code === '06');
    expect(await page.getByTestId('profile-eth-06-persons').innerText()).toBe(vi.format(muong.persons));
    expect(await page.getByTestId('profile-caption').innerText()).toContain('Tân Lạc (05128)');
    if (api.isDemo) expect(await page.getByTestId('synthetic-tag').count()).toBe(1);
    // A year with poverty records: the poor households number opens the household list with the same filters.
    await page.goto('/register/profile?commune=05128&year=2025');
    const y2025 = (await fetchFromPage(page, '/api/register/profile?commune=05128&year=2025')).body;
    expect(y2025.totals.poor).toBeGreaterThan(0);
    await poll(() => page.getByTestId('profile-total-poor').innerText()).toBe(vi.format(y2025.totals.poor));
    const href = await page.getByTestId('profile-total-poor').getAttribute('href');
    expect(href).toMatch(/^\/households\?commune=05128&poverty=poor&year=2025&date=\d{4}-\d{2}-\d{2}$/);
    const list = await fetchFromPage(page, `/api${href}`);
    expect(list.body.total).toBe(y2025.totals.poor);
    await shot(page, 'register-profile-1366x768');
  });

  it('exports the household list with a stated purpose, and the export shows in the access log', async () => {
    const other = await newContext(e2e.browser, e2e.url);
    const p = await other.newPage();
    await login(p, 'tinh.phutho');
    await p.goto('/households?commune=05128');
    await p.getByTestId('export-households').click();
    const dialog = p.getByRole('dialog');
    const columns = dialog.getByTestId('export-columns');
    await poll(() => columns.locator('input[type=checkbox]').count()).toBeGreaterThan(3);
    const all = await columns.locator('input[type=checkbox]').count();
    expect(await columns.locator('input[type=checkbox]:checked').count()).toBe(all);
    await dialog.getByTestId('export-submit').click();
    await poll(() => dialog.locator('.ant-form-item-explain-error').first().innerText()).toBe('Nhập mục đích sử dụng');
    await dialog.getByText('CSV (UTF-8)').click();
    const purpose = `Rà soát hộ nghèo ${RUN}`;
    await dialog.getByTestId('export-purpose').locator('textarea').or(dialog.locator('textarea[data-testid="export-purpose"]')).first().fill(purpose);
    await shot(p, 'register-export-dialog-1366x768');
    const [download] = await Promise.all([p.waitForEvent('download'), dialog.getByTestId('export-submit').click()]);
    const text = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const records: string[][] = parse(text);
    expect(records[0].length).toBe(all);
    const api = await fetchFromPage(p, '/api/households?commune=05128&pageSize=1');
    expect(records.length - 1).toBe(api.body.total);

    await nav(p, 'Nhật ký truy cập');
    await p.getByTestId('access-user').fill('tinh.phutho');
    const row = p.getByTestId('access-table').locator('tbody tr.ant-table-row', { hasText: purpose });
    await poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Xuất');
    expect(await row.innerText()).toContain(`${vi.format(api.body.total)} dòng`);
    await shot(p, 'register-access-log-1366x768');
    await other.close();
  });
});

describe.skipIf(!e2eEnabled)('register tools on a desktop and a phone (screenshots)', { timeout: 180_000, retry: 1 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  for (const [label, viewport] of [
    ['1366x768', DESKTOP],
    ['360x740', PHONE],
  ] as const) {
    it(`renders each tools page at ${label} without horizontal overflow`, async () => {
      const ctx = await newContext(e2e.browser, e2e.url, viewport);
      const page = await ctx.newPage();
      await login(page, 'admin');
      const pages: [string, string, string][] = [
        ['/register/profile?commune=05128&year=2025', 'profile-totals', 'profile'],
        ['/register/import', 'import-list', 'import'],
        ['/register/duplicates', 'dup-list', 'duplicates'],
        ['/access-log', 'access-table', 'access-log'],
      ];
      for (const [url, testId, name] of pages) {
        await page.goto(url);
        await page.getByTestId(testId).waitFor();
        if (name === 'duplicates') {
          await page.getByTestId('dup-scan').click();
          await page.locator('[data-testid^="dup-item-"]').first().waitFor();
        }
        await shot(page, `tools-${name}-${label}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      }
      // A dry run result with its error table.
      await page.goto('/register/import');
      await page.getByTestId('import-file').locator('input[type=file]').setInputFiles(csv(true));
      await page.getByTestId('import-dry-run').click();
      await poll(() => page.getByTestId('import-errors').locator('tbody tr.ant-table-row').count()).toBe(3);
      await shot(page, `tools-import-result-${label}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // The export dialog, as the household list opens it.
      await page.goto('/households?commune=05128');
      await page.getByTestId('export-households').click();
      await page.getByTestId('export-columns').locator('input[type=checkbox]').first().waitFor();
      await settled(page);
      // The dialog as the screen shows it (a full-page picture would stretch the list behind it).
      await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `tools-export-${label}.png`) });
      await ctx.close();
    });
  }
});
