import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, e2eEnabled, login, newContext, shot } from './browser.js';
import { pick } from './antd.js';
import { poll, startE2E, type E2E } from './setup.js';

async function typeDate(page: Page, id: string, date: string) {
  await page.locator(`#${id}`).click();
  await page.locator(`#${id}`).fill(date);
  await page.locator(`#${id}`).press('Enter');
}

/** The error antd shows under a form field (by the field's input id). */
const fieldError = (page: Page, id: string) =>
  page
    .locator(`.ant-form-item:has(#${id}) .ant-form-item-explain-error`)
    .allInnerTexts()
    .then((t) => t.join(' | '));

describe.skipIf(!e2eEnabled)('writing the policy library and the programme tree on the page', { timeout: 300_000 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  it('adds a document (refusal shown on its field), a policy, and a programme item under project 1', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'tinh.phutho');
    await page.goto('/programmes');
    await page.getByTestId('doc-add').click();
    await page.locator('#doc-number').fill('45/2026/QĐ-UBND');
    await page.locator('#doc-issuer').fill('UBND tỉnh Phú Thọ');
    await page.locator('#doc-title').fill('Quy định mức hỗ trợ nước sinh hoạt phân tán');
    await typeDate(page, 'effectiveFrom', '01/03/2026');
    await typeDate(page, 'expiresOn', '01/01/2026');
    await page.getByTestId('doc-save').click();
    await poll(() => fieldError(page, 'expiresOn')).toBe('Ngày hết hiệu lực phải sau ngày có hiệu lực');
    await shot(page, 'programme-forms-document-error-1366x768');
    await typeDate(page, 'expiresOn', '31/12/2030');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/legal-documents') && r.request().method() === 'POST');
    await page.getByTestId('doc-save').click();
    expect((await saved).status()).toBe(201);
    const doc = page.getByTestId('doc-45/2026/QĐ-UBND');
    await poll(() => doc.count()).toBe(1);
    await poll(() => doc.getByTestId('policy-form').count()).toBe(1);

    await doc.locator('#policy-name').fill('Hỗ trợ bồn chứa nước');
    await doc.locator('#policy-targets').fill('Hộ nghèo dân tộc thiểu số');
    await doc.locator('#policy-benefits').fill('3.000.000 đồng một hộ');
    await doc.locator('#policy-areas').fill('25');
    await doc.locator('#policy-areas').press('Enter');
    const policy = page.waitForResponse((r) => r.url().includes('/policies') && r.request().method() === 'POST');
    await doc.getByTestId('policy-save').click();
    expect((await policy).status()).toBe(201);
    await poll(() => doc.getByTestId('doc-detail').innerText()).toContain('Hỗ trợ bồn chứa nước');
    expect(await doc.getByTestId('doc-detail').innerText()).toContain('Phú Thọ (25)');
    await shot(page, 'programme-forms-library-1366x768');

    await page.getByRole('tab', { name: 'Cây chương trình' }).click();
    await poll(() => page.getByTestId('node-form').count()).toBe(1);
    await pick(
      page,
      page.locator('#node-parent'),
      'DA1 · Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt'.replace(/^/, '— '),
      'DA1 ·',
    );
    await pick(page, page.locator('#node-kind'), 'Nội dung, hoạt động');
    await page.locator('#node-code').fill('DA1');
    await page.locator('#node-name').fill('Bồn chứa nước phân tán Phú Thọ');
    await page.getByTestId('node-save').click();
    await poll(() => fieldError(page, 'node-code')).toBe('Mã hạng mục «DA1» đã được dùng');
    await page.locator('#node-code').fill('PT-DA1-BON');
    const node = page.waitForResponse((r) => r.url().endsWith('/api/programmes/nodes') && r.request().method() === 'POST');
    await page.getByTestId('node-save').click();
    expect((await node).status()).toBe(201);
    await poll(() => page.getByTestId('node-PT-DA1-BON').count()).toBe(1);
    await shot(page, 'programme-forms-tree-1366x768');

    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const small = await phone.newPage();
    await login(small, 'tinh.phutho');
    await small.goto('/programmes');
    await small.getByTestId('doc-add').click();
    await poll(() => small.getByTestId('document-form').count()).toBe(1);
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(small, 'programme-forms-document-360');
    await small.getByRole('tab', { name: 'Cây chương trình' }).click();
    await poll(() => small.getByTestId('node-form').count()).toBe(1);
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(small, 'programme-forms-tree-360');
    await phone.close();
    await ctx.close();
  });
});
