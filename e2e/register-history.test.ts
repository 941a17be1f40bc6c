import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eEnabled, login, newContext, PHONE, shot } from './browser.js';
import { fetchFromPage, loggedInSession, nav, poll } from './setup.js';

/** A tag unique per run, letters only (it goes into person names and household codes). */
const RUN = Date.now()
  .toString(36)
  .slice(-5)
  .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
const CAP = RUN[0].toUpperCase() + RUN.slice(1);
/** Attempts of a test (a retry creates its records again under new codes). */
let attempt = 0;

async function createHousehold(page: Page, code: string, members: Record<string, unknown>[]) {
  const r = await fetchFromPage(page, '/api/households', { method: 'POST', body: { communeCode: '05128', validFrom: '2025-08-01', code, members } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: number; code: string };
}

/** The household page as of a day, opened by its address (as the list's link with a date does). */
async function openAsOf(page: Page, id: number, date: string) {
  await page.goto(`/households/${id}?date=${date}`);
  await poll(() => page.getByTestId('as-of-alert').count()).toBe(1);
}

describe.skipIf(!e2eEnabled)('register history across the 2025 reform, readable audit and duplicate reasons', { timeout: 180_000, retry: 1 }, () => {
  const s = loggedInSession('tinh.phutho');

  it('shows a household as of 2024 in its old commune, and one created after the reform as not yet existing', async () => {
    const page = s.page;
    const list = await fetchFromPage(page, '/api/households?commune=05128&pageSize=1');
    const old = list.body.items[0];
    await openAsOf(page, old.id, '2024-06-01');
    const info = page.getByTestId('household-info');
    // Before 1/7/2025 the household lived in an old commune of Tân Lạc district, not in the 2025 commune.
    await poll(() => info.innerText()).not.toContain('Xã Tân Lạc');
    expect(await page.getByTestId('not-existing').count()).toBe(0);
    expect(await page.getByTestId('member-table').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    expect(await page.getByText('2024', { exact: true }).count()).toBeGreaterThan(0);
    await shot(page, 'register-history-2024-1366x768');

    const created = await createHousehold(page, `HIS-${RUN}`, [
      { fullName: `Bùi Văn Mới ${CAP}`, sex: 'male', birthYear: 1990, ethnicCode: '06', relationship: 'head' },
    ]);
    await openAsOf(page, created.id, '2024-06-01');
    await poll(() => page.getByTestId('not-existing').innerText()).toBe('Hộ chưa có vào ngày 01/06/2024: hộ được lập ngày 01/08/2025.');
    // No details, members or poverty years of a household that did not exist yet.
    expect(await page.getByTestId('household-info').count()).toBe(0);
    expect(await page.getByTestId('member-table').count()).toBe(0);
    await shot(page, 'register-history-not-yet-1366x768');

    const phone = await newContext(s.e2e.browser, s.e2e.url, PHONE);
    try {
      const p = await phone.newPage();
      await login(p, 'tinh.phutho');
      await openAsOf(p, old.id, '2024-06-01');
      await poll(() => p.getByTestId('household-info').innerText()).not.toContain('Xã Tân Lạc');
      await shot(p, 'register-history-2024-360');
    } finally {
      await phone.close();
    }
  });

  it('shows the audit log with the names of the records and a labelled before/after table', async () => {
    const admin = await newContext(s.e2e.browser, s.e2e.url);
    try {
      const page = await admin.newPage();
      await login(page, 'admin');
      const name = `Lò Văn Nhật Ký ${CAP}`;
      const code = `AUD-${RUN}-${++attempt}`;
      const created = await createHousehold(page, code, [{ fullName: name, sex: 'male', birthYear: 1980, ethnicCode: '03', relationship: 'head' }]);
      await nav(page, 'Nhật ký');
      const table = page.getByTestId('audit-table');
      const row = table.locator('tbody tr.ant-table-row', { hasText: `${code} · ${name}` });
      await poll(() => row.count()).toBeGreaterThan(0);
      expect(await table.innerText()).not.toContain(`Mã đối tượng ${created.id}`);
      await row.first().click();
      const diff = page.getByTestId('audit-diff').first();
      await poll(() => diff.innerText()).toContain('Mã hộ');
      const text = await diff.innerText();
      expect(text).toContain('Xã, phường');
      expect(text).toContain('Xã Tân Lạc');
      expect(text).not.toContain('"communeId"');
      await shot(page, 'audit-names-1366x768');
      await page.setViewportSize(PHONE);
      await poll(() => table.innerText()).toContain(`${code} · ${name}`);
      await shot(page, 'audit-names-360');
    } finally {
      await admin.close();
    }
  });

  it('says on the duplicates page why each pair was proposed', async () => {
    const officer = await newContext(s.e2e.browser, s.e2e.url);
    try {
      const page = await officer.newPage();
      await login(page, 'xa.tanlac');
      const n = ++attempt;
      const name = `Đinh Văn Trùng ${CAP}${'abcdefghij'[n % 10]}`;
      await createHousehold(page, `DR-${RUN}-${n}-1`, [{ fullName: name, sex: 'male', birthDate: '1984-02-03', ethnicCode: '06', relationship: 'head' }]);
      await createHousehold(page, `DR-${RUN}-${n}-2`, [
        { fullName: `Bùi Văn Cả ${CAP}`, sex: 'male', birthYear: 1950, ethnicCode: '06', relationship: 'head' },
        { fullName: name.toUpperCase(), sex: 'male', birthDate: '1984-02-03', ethnicCode: '06', relationship: 'other' },
      ]);
      await nav(page, 'Nhân khẩu trùng');
      await page.getByTestId('dup-scan').click();
      const item = page.locator('[data-testid^="dup-item-"]', { hasText: name });
      await poll(() => item.count()).toBe(1);
      const matched = item.getByTestId('dup-matched');
      await poll(() => matched.innerText()).toContain('Đề xuất vì trùng:');
      const text = await matched.innerText();
      for (const m of ['họ tên', 'ngày sinh', 'năm sinh', 'giới tính', 'dân tộc', 'cùng xã, phường']) expect(text).toContain(m);
      expect(text).not.toContain('cùng hộ');
      await item.scrollIntoViewIfNeeded();
      await shot(page, 'register-duplicates-reasons-1366x768');
      await page.setViewportSize(PHONE);
      await shot(page, 'register-duplicates-reasons-360');
    } finally {
      await officer.close();
    }
  });
});
