import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, e2eEnabled, login, newContext, shot } from './browser.js';
import { pick } from './antd.js';
import { fetchFromPage, poll, startE2E, type E2E } from './setup.js';
import { todayVN } from '../src/shared/dates.js';

const DA1 = 'Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt';

/** Types a date into an Ant Design date field (dd/mm/yyyy) and confirms it. */
async function typeDate(page: Page, id: string, date: string) {
  await page.locator(`#${id}`).click();
  await page.locator(`#${id}`).fill(date);
  await page.locator(`#${id}`).press('Enter');
}

async function record(page: Page, kind: string, amount: string) {
  return recordOn(page, DA1, kind, amount, '15/08/2026', 'Dự án 1:');
}

async function recordOn(page: Page, node: string, kind: string, amount: string, date: string, typed = node) {
  await pick(page, page.locator('#money-node'), node, typed);
  await pick(page, page.locator('#money-kind'), kind);
  await page.locator('#money-unit').fill('05128');
  await typeDate(page, 'money-date', date);
  await page.locator('#money-amount').fill(amount);
  // A busy machine may re-render the form after the previous answer: send only what was typed.
  await poll(() => page.locator('#money-amount').inputValue()).toBe(amount);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/programmes/money') && r.request().method() === 'POST');
  await page.getByTestId('money-submit').click();
  return (await saved).status();
}

describe.skipIf(!e2eEnabled)('programmes and policies page', { timeout: 240_000 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('finds a document without diacritics, opens the 1719 tree, records money and shows the rate move', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'tinh.phutho');
    await page.goto('/programmes');
    await page.locator('#library-search').fill('nguoi co uy tin');
    await page.locator('#library-search').press('Enter');
    const doc = page.getByTestId('doc-28/2023/QĐ-TTg');
    await poll(() => doc.count()).toBe(1);
    await poll(() => page.getByTestId('library-list').locator('.ant-list-item').count()).toBe(2);
    await doc.getByText('Quyết định 28/2023/QĐ-TTg').click();
    await poll(() => doc.getByTestId('doc-detail').innerText()).toContain('Thay thế 12/2018/QĐ-TTg');
    expect(await doc.getByTestId('doc-status').innerText()).toBe('Còn hiệu lực');
    await shot(page, 'programmes-library-1366x768');

    await page.getByRole('tab', { name: 'Cây chương trình' }).click();
    await poll(() => page.getByTestId('programme-tree').innerText()).toContain('Dự án 10: Truyền thông');
    const tree = await page.getByTestId('programme-tree').innerText();
    for (let i = 1; i <= 10; i++) expect(tree).toContain(`Dự án ${i}:`);
    await shot(page, 'programmes-tree-1366x768');
    await page.getByTestId('node-DA1').click();

    // The budget tab opens on project 1: nothing allocated yet this year.
    await poll(() => page.getByTestId('budget-rate').innerText()).toContain('—');
    expect(await record(page, 'Giao vốn', '500000000')).toBe(201);
    await poll(() => page.getByTestId('budget-rate').innerText()).toContain('0%');
    expect(await record(page, 'Giải ngân', '125000000')).toBe(201);
    await poll(() => page.getByTestId('budget-rate').innerText()).toContain('25%');
    // An overrun is refused with the figures, and the rate stays.
    expect(await record(page, 'Giải ngân', '375000001')).toBe(409);
    await poll(() => page.getByTestId('budget-error').innerText()).toContain('chỉ còn 375.000.000 đồng');
    expect(await page.getByTestId('budget-rate').innerText()).toContain('25%');
    // Decimals are refused too.
    expect(await record(page, 'Giải ngân', '1000,5')).toBe(400);
    await poll(() => page.getByTestId('budget-error').innerText()).toContain('số nguyên');
    await page.getByTestId('budget-error').locator('.ant-alert-close-icon').click();
    await shot(page, 'programmes-budget-1366x768');
    await ctx.close();

    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const p = await phone.newPage();
    await login(p, 'xa.tanlac');
    await p.goto('/programmes');
    await p.locator('#library-search').fill('quyet dinh 1719');
    await p.locator('#library-search').press('Enter');
    await poll(() => p.getByTestId('library-list').locator('.ant-list-item').count()).toBe(1);
    await shot(p, 'programmes-library-360x740');
    await p.getByRole('tab', { name: 'Vốn và giải ngân' }).click();
    // The commune officer sees the commune's money of the whole programme: 125,000,000 of 500,000,000.
    await poll(() => p.getByTestId('budget-rate').innerText()).toContain('25%');
    await shot(p, 'programmes-budget-360x740');
    await phone.close();
  });

  it('writes a document with its policy and link, a project branch with an indicator and target, and money on it', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'tinh.phutho');
    await page.goto('/programmes');
    const found = await fetchFromPage(page, `/api/legal-documents?q=${encodeURIComponent('28/2023')}`);
    const amended = found.body.items.find((d: { number: string }) => d.number === '28/2023/QĐ-TTg');
    expect(amended).toBeDefined();

    // A document: the dates go first, since Enter in a date field may also send the form (refused while the
    // required fields are empty).
    await page.getByTestId('doc-add').click();
    await typeDate(page, 'doc-signed', '10/01/2026');
    await typeDate(page, 'doc-effective', '15/01/2026');
    await typeDate(page, 'doc-expires', '31/12/2030');
    expect(await page.locator('#doc-expires').inputValue()).toBe('31/12/2030');
    await page.locator('#doc-number').fill('15/2026/QĐ-UBND');
    await page.locator('#doc-issuer').fill('UBND tỉnh Phú Thọ');
    await page.locator('#doc-title').fill('Quy định mức hỗ trợ người có uy tín trên địa bàn tỉnh');
    await page.locator('#doc-summary').fill('Bổ sung mức hỗ trợ thăm hỏi, tặng quà Tết của tỉnh.');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/legal-documents') && r.request().method() === 'POST');
    await page.getByTestId('doc-save').click();
    expect((await created).status()).toBe(201);
    const doc = page.getByTestId('doc-15/2026/QĐ-UBND');
    await poll(() => doc.getByTestId('doc-detail').innerText()).toContain('31/12/2030');
    expect(await doc.getByTestId('doc-status').innerText()).toBe('Còn hiệu lực');

    // A policy under it, and the link to the decision it amends.
    await doc.locator('#policy-name').fill('Hỗ trợ tặng quà Tết người có uy tín');
    await doc.locator('#policy-targets').fill('Người có uy tín trong đồng bào dân tộc thiểu số');
    await doc.locator('#policy-benefits').fill('Quà Tết trị giá 1.000.000 đồng mỗi người');
    await doc.getByTestId('policy-save').click();
    await poll(() => doc.getByTestId('doc-detail').innerText()).toContain('Quà Tết trị giá 1.000.000 đồng mỗi người');
    await pick(page, doc.locator('#link-to'), `${amended.number} — ${amended.title}`, '28/2023');
    await doc.getByTestId('link-save').click();
    await poll(() => doc.getByTestId('doc-detail').innerText()).toContain('Sửa đổi 28/2023/QĐ-TTg');
    await shot(page, 'programmes-document-form-1366x768');
    const stored = (await fetchFromPage(page, `/api/legal-documents?q=${encodeURIComponent('15/2026')}`)).body.items.find(
      (d: { number: string }) => d.number === '15/2026/QĐ-UBND',
    );
    expect([stored.signedOn, stored.effectiveFrom, stored.expiresOn]).toEqual(['2026-01-10', '2026-01-15', '2030-12-31']);
    expect(stored.policies.map((p: { name: string }) => p.name)).toEqual(['Hỗ trợ tặng quà Tết người có uy tín']);

    // Project 1 → a sub-project → an activity, with an output indicator and this year's target for a commune.
    await page.getByRole('tab', { name: 'Cây chương trình' }).click();
    const forms = page.getByTestId('tree-forms');
    await pick(page, forms.locator('#node-parent'), `— DA1 · ${DA1}`, 'DA1');
    await pick(page, forms.locator('#node-kind'), 'Tiểu dự án');
    await forms.locator('#node-code').fill('DA1.E2E');
    await forms.locator('#node-name').fill('Tiểu dự án hỗ trợ nhà ở thử nghiệm');
    await forms.getByTestId('node-save').click();
    await poll(() => page.getByTestId('programme-tree').innerText()).toContain('Tiểu dự án hỗ trợ nhà ở thử nghiệm');
    await pick(page, forms.locator('#node-parent'), '— — DA1.E2E · Tiểu dự án hỗ trợ nhà ở thử nghiệm', 'DA1.E2E');
    await pick(page, forms.locator('#node-kind'), 'Nội dung, hoạt động');
    await forms.locator('#node-code').fill('DA1.E2E.HD1');
    await forms.locator('#node-name').fill('Hỗ trợ làm nhà cho hộ nghèo');
    await forms.getByTestId('node-save').click();
    await poll(() => page.getByTestId('programme-tree').innerText()).toContain('Hỗ trợ làm nhà cho hộ nghèo');

    await forms.getByRole('tab', { name: 'Thêm chỉ tiêu đầu ra' }).click();
    await pick(page, forms.locator('#indicator-node'), '— — — DA1.E2E.HD1 · Hỗ trợ làm nhà cho hộ nghèo', 'DA1.E2E.HD1');
    await forms.locator('#indicator-code').fill('NHA-E2E');
    await forms.locator('#indicator-measure').fill('hộ');
    await forms.locator('#indicator-name').fill('Số hộ được hỗ trợ làm nhà');
    await forms.getByTestId('indicator-save').click();
    await poll(() => page.getByTestId('node-DA1.E2E.HD1').innerText()).toContain('Chỉ tiêu đầu ra: Số hộ được hỗ trợ làm nhà (hộ)');

    await forms.getByRole('tab', { name: 'Giao chỉ tiêu năm' }).click();
    await pick(page, forms.locator('#target-indicator'), 'DA1.E2E.HD1 · Số hộ được hỗ trợ làm nhà', 'Số hộ được');
    await forms.locator('#target-unit').fill('05128');
    await forms.locator('#target-value').fill('120');
    await forms.getByTestId('target-save').click();
    await poll(() => page.getByTestId('targets-NHA-E2E').innerText()).toMatch(/^Mục tiêu năm \d{4}: .*Tân Lạc 120 hộ$/);
    await shot(page, 'programmes-tree-forms-1366x768');

    // Money on the sub-project: the rate moves from nothing allocated to 40 %.
    await page.getByTestId('node-DA1.E2E').click();
    await poll(() => page.getByTestId('budget-rate').innerText()).toContain('—');
    const today = todayVN().split('-').reverse().join('/');
    const sub = 'Tiểu dự án hỗ trợ nhà ở thử nghiệm';
    expect(await recordOn(page, sub, 'Giao vốn', '200000000', today)).toBe(201);
    await poll(() => page.getByTestId('budget-rate').innerText()).toContain('0%');
    expect(await recordOn(page, sub, 'Giải ngân', '80000000', today)).toBe(201);
    await poll(() => page.getByTestId('budget-rate').innerText()).toContain('40%');
    await poll(() => page.getByTestId('budget-by-project').innerText()).toContain('80.000.000');
    await shot(page, 'programmes-budget-subproject-1366x768');
    await ctx.close();

    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const p = await phone.newPage();
    await login(p, 'tinh.phutho');
    await p.goto('/programmes');
    await p.getByTestId('doc-15/2026/QĐ-UBND').getByText('Quyết định 15/2026/QĐ-UBND').click();
    await p.getByTestId('doc-15/2026/QĐ-UBND').getByTestId('doc-detail').waitFor();
    await shot(p, 'programmes-document-360x740');
    await p.getByRole('tab', { name: 'Cây chương trình' }).click();
    await poll(() => p.getByTestId('targets-NHA-E2E').count()).toBe(1);
    await shot(p, 'programmes-tree-forms-360x740');
    await phone.close();
  });
});
