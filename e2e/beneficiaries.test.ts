import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, e2eEnabled, login, newContext, shot } from './browser.js';
import { pick } from './antd.js';
import { fetchFromPage, nav, poll, startE2E, type E2E } from './setup.js';
import { todayVN } from '../src/shared/dates.js';

async function fillDate(page: Page, testId: string, ddmmyyyy: string) {
  const picker = page.getByTestId(testId);
  await picker.click();
  await picker.fill(ddmmyyyy);
  await picker.press('Enter');
}

describe.skipIf(!e2eEnabled)('beneficiaries and prestigious persons pages', { timeout: 300_000 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('defines a rule, previews, freezes a list, approves a cycle and records a delivery', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await nav(page, 'Đối tượng thụ hưởng');
    await page.getByRole('heading', { name: 'Xét chọn đối tượng thụ hưởng' }).waitFor();

    // Minority (preset) AND poor in 2025.
    await page.getByTestId('add-condition').click();
    await page.getByLabel('Năm').fill('2025');
    await page.getByTestId('rule-name').fill('Hộ nghèo dân tộc thiểu số 2025');
    const previewed = page.waitForResponse((r) => r.url().endsWith('/api/eligibility/preview'));
    await page.getByTestId('rule-preview').click();
    expect((await previewed).status()).toBe(200);
    await poll(() => page.getByTestId('preview-total').innerText()).toMatch(/^Có [\d.]+ người thỏa quy tắc vào ngày \d\d\/\d\d\/\d{4}$/);
    const total = Number((await page.getByTestId('preview-total').innerText()).match(/Có ([\d.]+)/)![1].replace(/\./g, ''));
    expect(total).toBeGreaterThan(0);
    await shot(page, 'beneficiaries-rule-1366x768');

    await page.getByTestId('rule-save').click();
    await poll(() => page.getByTestId('ben-notice').innerText()).toContain('Đã lưu phiên bản 1');
    await page.getByTestId('rule-freeze').click();
    await poll(() => page.getByTestId('ben-notice').innerText()).toContain(`Đã chốt danh sách ${total.toLocaleString('vi-VN')} người`);
    await page.getByTestId('list-detail').waitFor();
    await poll(() => page.getByTestId('entries-table').innerText()).toContain('Hộ nghèo');
    await shot(page, 'beneficiaries-list-1366x768');

    // A cash cycle on the list, submitted by the commune.
    await page.getByRole('tab', { name: 'Đợt chi trả' }).click();
    await page.getByTestId('cycle-name').fill('Hỗ trợ Tết 2026');
    await pick(
      page,
      page.getByTestId('cycle-list'),
      `Hộ nghèo dân tộc thiểu số 2025 (v1, ${todayVN().split('-').reverse().join('/')}) — ${total.toLocaleString('vi-VN')}`,
    );
    await page.getByTestId('cycle-benefit').fill('TET');
    await page.getByTestId('cycle-amount').fill('1500000');
    await page.getByTestId('cycle-create').click();
    await poll(() => page.getByTestId('cycles-table').innerText()).toContain('Hỗ trợ Tết 2026');
    await page.getByTestId('cycle-submit').click();
    await poll(() => page.getByTestId('cycles-table').innerText()).toContain('Đã gửi duyệt');

    // The province approves.
    const pctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const province = await pctx.newPage();
    await login(province, 'tinh.phutho');
    await province.goto('/beneficiaries');
    await province.getByRole('tab', { name: 'Đợt chi trả' }).click();
    await province.getByTestId('cycle-approve').click();
    await poll(() => province.getByTestId('cycles-table').innerText()).toContain('Đã duyệt');
    await pctx.close();

    // The commune records a delivery.
    await page.reload();
    await page.getByRole('tab', { name: 'Đợt chi trả' }).click();
    await page.getByTestId('cycles-table').getByText('Hỗ trợ Tết 2026').click();
    await page.getByTestId('cycle-detail').waitFor();
    await page.getByTestId('delivery-person').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.getByTestId('delivery-receiver').fill('Người nhận thay');
    await page.getByTestId('delivery-record').click();
    await poll(() => page.getByTestId('ben-notice').innerText()).toContain('Đã ghi nhận chi trả');
    await poll(() => page.getByTestId('deliveries-table').innerText()).toContain('Tổng: 1.500.000 đồng');
    await poll(() => page.getByTestId('cycles-table').innerText()).toContain(`1 / ${total.toLocaleString('vi-VN')}`);
    await shot(page, 'beneficiaries-cycle-1366x768');

    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const mobile = await phone.newPage();
    await login(mobile, 'xa.tanlac');
    await mobile.goto('/beneficiaries');
    await mobile.getByRole('heading', { name: 'Xét chọn đối tượng thụ hưởng' }).waitFor();
    await shot(mobile, 'beneficiaries-rule-360x740');
    await mobile.getByRole('tab', { name: 'Đợt chi trả' }).click();
    await mobile.getByTestId('cycles-table').getByText('Hỗ trợ Tết 2026').click();
    await mobile.getByTestId('deliveries-table').waitFor();
    await shot(mobile, 'beneficiaries-cycle-360x740');
    await phone.close();
    await ctx.close();
  });

  it('builds a rule with a nested OR group, previews the same count as the API, saves it and loads it back', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto('/beneficiaries');
    await page.getByRole('heading', { name: 'Xét chọn đối tượng thụ hưởng' }).waitFor();
    const cond = (path: string) => page.locator(`[data-testid="condition"][data-path="${path}"]`);

    // Poor in 2025 (the latest classified year) AND (minority OR living in an extremely difficult village).
    await page.getByTestId('add-condition').click();
    await cond('2').waitFor();
    await cond('1').getByRole('button', { name: 'Bỏ' }).click();
    await poll(() => page.locator('[data-testid="condition"]').count()).toBe(1);
    await cond('1').getByLabel('Năm').fill('2025');
    await page.getByTestId('add-group').click();
    await page.getByTestId('group-2').waitFor();
    // A group added under "all" starts as "one of".
    expect(await page.getByTestId('combine-2').innerText()).toContain('Một trong các điều kiện (HOẶC)');
    await page.getByTestId('add-condition-2').click();
    await pick(page, cond('2.2').getByLabel('Trường'), 'Phân loại thôn', 'Phân loại thôn');
    await pick(page, cond('2.2').getByLabel('Giá trị'), 'Thôn đặc biệt khó khăn');
    await page.getByTestId('rule-name').fill('Hộ nghèo 2025, DTTS hoặc thôn ĐBKK');
    const expected = {
      op: 'and',
      children: [
        { field: 'poverty', operator: 'in', value: ['poor'], year: 2025 },
        {
          op: 'or',
          children: [
            { field: 'minority', operator: 'eq', value: true },
            { field: 'village_class', operator: 'in', value: ['extremely_difficult_village'] },
          ],
        },
      ],
    };
    const previewed = page.waitForResponse((r) => r.url().endsWith('/api/eligibility/preview'));
    await page.getByTestId('rule-preview').click();
    const response = await previewed;
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON().tree).toEqual(expected);
    await poll(() => page.getByTestId('preview-total').innerText()).toMatch(/^Có [\d.]+ người/);
    const shown = Number((await page.getByTestId('preview-total').innerText()).match(/Có ([\d.]+)/)![1].replace(/\./g, ''));
    const api = await fetchFromPage(page, '/api/eligibility/preview', { method: 'POST', body: { tree: expected, date: todayVN(), page: 1, pageSize: 1 } });
    expect(api.status).toBe(200);
    expect(shown).toBe(api.body.total);
    expect(shown).toBeGreaterThan(0);
    // The OR group counts: the same conditions all joined by AND give fewer (or as many) persons, never more.
    const flat = await fetchFromPage(page, '/api/eligibility/preview', {
      method: 'POST',
      body: {
        tree: { op: 'and', children: [expected.children[0], ...(expected.children[1] as { children: unknown[] }).children] },
        date: todayVN(),
        page: 1,
        pageSize: 1,
      },
    });
    expect(flat.body.total).toBeLessThanOrEqual(shown);
    await shot(page, 'beneficiaries-rule-groups-1366x768');

    await page.getByTestId('rule-save').click();
    await poll(() => page.getByTestId('ben-notice').innerText()).toContain('Đã lưu phiên bản 1');
    const rules = await fetchFromPage(page, '/api/eligibility/rules');
    const saved = rules.body.items.find((r: { name: string }) => r.name === 'Hộ nghèo 2025, DTTS hoặc thôn ĐBKK');
    expect((await fetchFromPage(page, `/api/eligibility/rules/${saved.id}`)).body.tree).toEqual(expected);

    // A new rule has no group; loading the saved one brings the group back, and its preview gives the same count.
    await page.getByRole('button', { name: 'Quy tắc mới' }).click();
    await poll(() => page.getByTestId('group-2').count()).toBe(0);
    await pick(page, page.getByLabel('Quy tắc đã lưu'), 'Hộ nghèo 2025, DTTS hoặc thôn ĐBKK (v1)');
    await page.getByTestId('group-2').waitFor();
    expect(await page.getByTestId('combine-2').innerText()).toContain('Một trong các điều kiện (HOẶC)');
    const again = page.waitForResponse((r) => r.url().endsWith('/api/eligibility/preview'));
    await page.getByTestId('rule-preview').click();
    expect((await again).request().postDataJSON().tree).toEqual(expected);
    await poll(() => page.getByTestId('preview-total').innerText()).toContain(`Có ${shown.toLocaleString('vi-VN')} người`);

    // The rule serves a programme item and a policy: set both, save (links change no version), change both.
    const pctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const province = await pctx.newPage();
    await login(province, 'tinh.phutho');
    const policyIds: number[] = [];
    for (const number of ['41/2025/QĐ-UBND', '42/2025/QĐ-UBND']) {
      const doc = await fetchFromPage(province, '/api/legal-documents', {
        method: 'POST',
        body: { number, docType: 'quyet_dinh', title: `Văn bản ${number}`, issuer: 'UBND tỉnh Phú Thọ', signedOn: '2025-01-10' },
      });
      expect(doc.status, JSON.stringify(doc.body)).toBe(201);
      const policy = await fetchFromPage(province, `/api/legal-documents/${doc.body.id}/policies`, {
        method: 'POST',
        body: {
          name: `Hỗ trợ hộ nghèo theo ${number}`,
          targetGroups: 'Hộ nghèo dân tộc thiểu số',
          benefits: 'Tiền mặt',
          areaCodes: ['25'],
          areaDate: '2025-08-01',
        },
      });
      expect(policy.status, JSON.stringify(policy.body)).toBe(201);
      policyIds.push(policy.body.id);
    }
    await pctx.close();
    await page.reload();
    await page.getByRole('heading', { name: 'Xét chọn đối tượng thụ hưởng' }).waitFor();
    const nodes = (await fetchFromPage(page, '/api/programmes/nodes')).body.items as { id: number; code: string; name: string; depth: number }[];
    const nodeLabel = (code: string) => {
      const n = nodes.find((x) => x.code === code)!;
      return { id: n.id, label: `${'— '.repeat(n.depth)}${n.code} · ${n.name}` };
    };
    const [da1, da4] = [nodeLabel('DA1'), nodeLabel('DA4.TDA1')];
    const policyLabel = (number: string) => `Hỗ trợ hộ nghèo theo ${number} (${number})`;
    const savedRule = async () => (await fetchFromPage(page, `/api/eligibility/rules/${saved.id}`)).body;
    await pick(page, page.getByLabel('Quy tắc đã lưu'), 'Hộ nghèo 2025, DTTS hoặc thôn ĐBKK (v1)');
    await page.getByTestId('group-2').waitFor();
    await pick(page, page.getByLabel('Thuộc chương trình, dự án'), da1.label, 'DA1 ·');
    await pick(page, page.getByLabel('Thực hiện chính sách'), policyLabel('41/2025/QĐ-UBND'), '41/2025');
    let put = page.waitForResponse((r) => r.url().endsWith(`/api/eligibility/rules/${saved.id}`) && r.request().method() === 'PUT');
    await page.getByTestId('rule-save').click();
    expect((await put).status()).toBe(200);
    let stored = await savedRule();
    expect([stored.programmeNodeId, stored.policyId, stored.currentVersion]).toEqual([da1.id, policyIds[0], 1]);
    await shot(page, 'beneficiaries-rule-links-1366x768');

    // Loaded again, the rule shows its links; both are changed, then the policy removed.
    await page.getByRole('button', { name: 'Quy tắc mới' }).click();
    await poll(() => page.getByTestId('rule-node').innerText()).toContain('Chưa gắn');
    await pick(page, page.getByLabel('Quy tắc đã lưu'), 'Hộ nghèo 2025, DTTS hoặc thôn ĐBKK (v1)');
    await poll(() => page.getByTestId('rule-node').innerText()).toContain(da1.label.replace(/^(— )+/, ''));
    await poll(() => page.getByTestId('rule-policy').innerText()).toContain(policyLabel('41/2025/QĐ-UBND'));
    await pick(page, page.getByLabel('Thuộc chương trình, dự án'), da4.label, 'DA4.TDA1');
    await pick(page, page.getByLabel('Thực hiện chính sách'), policyLabel('42/2025/QĐ-UBND'), '42/2025');
    put = page.waitForResponse((r) => r.url().endsWith(`/api/eligibility/rules/${saved.id}`) && r.request().method() === 'PUT');
    await page.getByTestId('rule-save').click();
    expect((await put).status()).toBe(200);
    stored = await savedRule();
    expect([stored.programmeNodeId, stored.policyId, stored.currentVersion]).toEqual([da4.id, policyIds[1], 1]);
    await page.getByTestId('rule-policy').hover();
    await page.getByTestId('rule-policy').locator('.ant-select-clear').click();
    put = page.waitForResponse((r) => r.url().endsWith(`/api/eligibility/rules/${saved.id}`) && r.request().method() === 'PUT');
    await page.getByTestId('rule-save').click();
    expect((await put).status()).toBe(200);
    stored = await savedRule();
    expect([stored.programmeNodeId, stored.policyId]).toEqual([da4.id, null]);
    await pick(page, page.getByLabel('Thực hiện chính sách'), policyLabel('42/2025/QĐ-UBND'), '42/2025');
    put = page.waitForResponse((r) => r.url().endsWith(`/api/eligibility/rules/${saved.id}`) && r.request().method() === 'PUT');
    await page.getByTestId('rule-save').click();
    expect((await put).status()).toBe(200);

    // Removing the group leaves the poverty condition alone.
    await page.getByTestId('remove-group-2').click();
    await poll(() => page.getByTestId('group-2').count()).toBe(0);
    await poll(() => page.locator('[data-testid="condition"]').count()).toBe(1);

    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const mobile = await phone.newPage();
    await login(mobile, 'xa.tanlac');
    await mobile.goto('/beneficiaries');
    await pick(mobile, mobile.getByLabel('Quy tắc đã lưu'), 'Hộ nghèo 2025, DTTS hoặc thôn ĐBKK (v1)');
    await mobile.getByTestId('group-2').waitFor();
    await poll(() => mobile.getByTestId('rule-policy').innerText()).toContain(policyLabel('42/2025/QĐ-UBND'));
    await mobile.getByTestId('rule-node').scrollIntoViewIfNeeded();
    await shot(mobile, 'beneficiaries-rule-links-360x740');
    await mobile.getByTestId('group-2').scrollIntoViewIfNeeded();
    await shot(mobile, 'beneficiaries-rule-groups-360x740');
    await phone.close();
    await ctx.close();
  }, 600_000);

  it('registers a prestigious person and logs an activity', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, DESKTOP);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    const villages = await fetchFromPage(page, '/api/villages?commune=05128&date=2025-08-01&pageSize=1');
    const village = villages.body.items[0];
    const created = await fetchFromPage(page, '/api/households', {
      method: 'POST',
      body: {
        communeCode: '05128',
        validFrom: '2025-08-01',
        code: 'E2E-UYTIN',
        villageId: village.id,
        members: [{ fullName: 'Bùi Văn Uy Tín', sex: 'male', birthYear: 1960, ethnicCode: '06', relationship: 'head' }],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const personId = created.body.members[0].id;

    await nav(page, 'Người có uy tín');
    await page.getByRole('heading', { name: 'Người có uy tín' }).waitFor();
    await page.getByTestId('pp-person').fill(String(personId));
    await pick(page, page.getByTestId('pp-village'), `${village.name} — ${village.commune.name}`, village.name);
    // A date is typed and confirmed with Enter, which submits the form: the decision number goes last, so that
    // only the click on the button sends it (a second sending is refused as a repeat recognition).
    await fillDate(page, 'pp-term-from', '01/09/2025');
    await fillDate(page, 'pp-decision-date', '25/08/2025');
    await page.getByTestId('pp-decision').fill('125/QĐ-UBND');
    await page.getByTestId('pp-save').click();
    await poll(() => page.getByTestId('pp-notice').innerText()).toContain('Đã công nhận: Bùi Văn Uy Tín');
    await poll(() => page.getByTestId('pp-table').innerText()).toContain('125/QĐ-UBND');
    await page.getByTestId('pp-detail').waitFor();
    await page.getByTestId('pp-activity-text').fill('Hòa giải tranh chấp ranh giới đất giữa hai hộ');
    await page.getByTestId('pp-activity-save').click();
    await poll(() => page.getByTestId('pp-log').innerText()).toContain('Hòa giải tranh chấp ranh giới đất giữa hai hộ');
    await shot(page, 'prestigious-persons-1366x768');
    await page.getByRole('tab', { name: 'Báo cáo' }).click();
    await poll(() => page.getByTestId('pp-report-commune').innerText()).toContain('Tân Lạc');
    await shot(page, 'prestigious-report-1366x768');

    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const mobile = await phone.newPage();
    await login(mobile, 'xa.tanlac');
    await mobile.goto('/prestigious-persons');
    await poll(() => mobile.getByTestId('pp-table').innerText()).toContain('Bùi Văn Uy Tín');
    await shot(mobile, 'prestigious-persons-360x740');
    await phone.close();
    await ctx.close();
  });
});
