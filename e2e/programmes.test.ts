import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, e2eEnabled, login, newContext, shot } from './browser.js';
import { pick } from './antd.js';
import { poll, startE2E, type E2E } from './setup.js';

const DA1 = 'Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt';

/** Types a date into an Ant Design date field (dd/mm/yyyy) and confirms it. */
async function typeDate(page: Page, id: string, date: string) {
  await page.locator(`#${id}`).click();
  await page.locator(`#${id}`).fill(date);
  await page.locator(`#${id}`).press('Enter');
}

async function record(page: Page, kind: string, amount: string) {
  await pick(page, page.locator('#money-node'), DA1, 'Dự án 1:');
  await pick(page, page.locator('#money-kind'), kind);
  await page.locator('#money-unit').fill('05128');
  await typeDate(page, 'money-date', '15/08/2026');
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
});
