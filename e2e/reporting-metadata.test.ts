import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from '../src/server/paths.js';
import { e2eEnabled, login, newContext, PHONE, shot, settled } from './browser.js';
import { fetchFromPage, loggedInSession, poll } from './setup.js';

const FORM = 'MD_HO_TRO_THANG';
const UNIT = '05128';

/** The visible screen (dialogs) once animations have settled, in e2e/screenshots/. */
async function view(page: Page, name: string) {
  await settled(page);
  fs.mkdirSync(path.join(ROOT, 'e2e', 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `${name}.png`) });
}

/**
 * Opens an antd select, types to filter, clicks the option holding the text, and checks `done` (a busy
 * machine can swallow a click while a dropdown animates: it tries again, with the filter typed afresh).
 */
async function pick(page: Page, select: Locator, text: string | RegExp, typed: string | undefined, done: () => Promise<unknown>) {
  const root = select.locator('xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  for (let attempt = 0; ; attempt++) {
    if (!/\bant-select-open\b/.test((await root.getAttribute('class')) ?? '')) await root.click();
    if (typed) {
      const search = root.locator('input').first();
      await search.fill('');
      await search.pressSequentially(typed);
    }
    const listId = await root.locator('input').first().getAttribute('aria-controls');
    const dropdown = listId ? page.locator(`.ant-select-dropdown:has([id="${listId}"])`) : page.locator('.ant-select-dropdown:visible');
    const option = dropdown.locator('.ant-select-item-option').filter({ hasText: text }).first();
    await option.click({ timeout: 10_000 }).catch(() => undefined);
    const ok = await expect
      .poll(async () => !!(await done()), { timeout: 5000 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (ok) return;
    if (attempt >= 2) {
      const options = await dropdown
        .locator('.ant-select-item-option')
        .allInnerTexts()
        .catch(() => []);
      throw new Error(`select did not take ${String(text)}; the list offered: ${options.join(' | ') || '(nothing)'}`);
    }
    await closeDropdown(page);
  }
}

/** The text an antd select shows (found by the test id of its inner element). */
const shown = (select: Locator) =>
  select.locator('xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]').innerText();
const has = (l: Locator, text: string) => async () => (await l.innerText().catch(() => '')).includes(text);

/** Closes an open dropdown without the Escape key (which would also close the dialog). */
async function closeDropdown(page: Page) {
  const title = page.locator('.ant-modal:visible .ant-modal-title');
  if (await title.count()) await title.click();
  else await page.keyboard.press('Escape');
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const dialog = (page: Page) => page.locator('.ant-modal:visible');
const save = (page: Page) => page.getByTestId('dialog-save').click();
/** Waits for the dialog to close after a save; if it stays open, fails with what it shows (a refusal, a field error). */
async function closed(page: Page) {
  const stillOpen = await page
    .locator('.ant-modal:visible')
    .first()
    .waitFor({ state: 'hidden', timeout: 30_000 })
    .then(() => false)
    .catch(() => true);
  if (stillOpen) {
    const errors = await page.locator('.ant-modal:visible .ant-form-item-explain-error, .ant-message-notice').allInnerTexts();
    throw new Error(`the dialog did not close after saving; it shows: ${errors.join(' | ') || '(no error)'}`);
  }
  expect(await page.locator('.ant-modal:visible').count()).toBe(0);
}
const get = async (page: Page, p: string) => (await fetchFromPage(page, `/api/reporting/${p}`)).body;
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/**
 * The month the entry page opens for a new monthly form (calendar months, due 10 days after): last month
 * while its report is still due (it is not submitted), else the current month; as the period picker names it.
 */
function openMonth(): { id: string; name: string } {
  const d = new Date(Date.now() + 7 * 3600_000);
  if (d.getUTCDate() <= 10) d.setUTCDate(0);
  const m = d.getUTCMonth() + 1;
  return { id: `${d.getUTCFullYear()}M${String(m).padStart(2, '0')}`, name: `Tháng ${m}/${d.getUTCFullYear()}` };
}

describe.skipIf(!e2eEnabled)('report metadata edited field by field in the browser', { timeout: 300_000, retry: 1 }, () => {
  const s = loggedInSession('tinh.phutho');

  it('the provincial officer builds a small monthly form: category, combination, elements, form, rule, DHIS2 mapping', async () => {
    const { page } = s;
    await page.goto('/reporting/metadata');
    await poll(() => page.getByTestId('list-data-sets').innerText()).toContain('TD_CHUONG_TRINH_QUY');
    expect(await page.locator('h1').innerText()).toBe('Danh mục báo cáo');
    expect(await page.getByTestId('metadata-export').isVisible()).toBe(true);
    await shot(page, 'reporting-metadata-sets-1366x768');

    // Category with two ordered options (a third added and removed, the order changed and changed back).
    await tab(page, 'Nhóm phân tổ');
    await poll(() => page.getByTestId('list-categories').innerText()).toContain('DAN_TOC');
    await shot(page, 'reporting-metadata-categories-1366x768');
    await page.getByTestId('create-categories').click();
    const d = dialog(page);
    await d.getByTestId('f-code').fill('MD_NHOM');
    await d.getByTestId('f-nameVi').fill('Nhóm đối tượng (thử)');
    await d.getByTestId('f-nameEn').fill('Target group (test)');
    for (const [i, [code, vi, en]] of [
      ['TRE_EM', 'Trẻ em', 'Children'],
      ['NGUOI_LON', 'Người lớn', 'Adults'],
      ['XOA', 'Sẽ bỏ', 'To remove'],
    ].entries()) {
      await d.getByTestId('add-option').click();
      await d.getByTestId(`option-${i}-code`).fill(code!);
      await d.getByTestId(`option-${i}-nameVi`).fill(vi!);
      await d.getByTestId(`option-${i}-nameEn`).fill(en!);
    }
    await d.getByTestId('option-2-remove').click();
    await d.getByTestId('option-1-up').click();
    expect(await d.getByTestId('option-0-code').inputValue()).toBe('NGUOI_LON');
    await d.getByTestId('option-0-down').click();
    expect(await d.getByTestId('option-0-code').inputValue()).toBe('TRE_EM');
    await view(page, 'reporting-metadata-category-dialog-1366x768');
    await save(page);
    await closed(page);
    const cat = await get(page, 'categories/MD_NHOM');
    expect(cat.options.map((o: { code: string }) => o.code)).toEqual(['TRE_EM', 'NGUOI_LON']);
    expect(cat.nameVi).toBe('Nhóm đối tượng (thử)');

    // Editing: removing a saved option says it will be deactivated (cancelled here); renaming one is saved.
    await page.getByTestId('edit-MD_NHOM').click();
    await dialog(page).getByTestId('option-0-remove').click();
    await poll(() => dialog(page).getByTestId('dropped-options').innerText()).toContain('Sẽ ngừng dùng khi lưu: Trẻ em (TRE_EM)');
    await view(page, 'reporting-metadata-category-remove-1366x768');
    await dialog(page).getByRole('button', { name: 'Hủy' }).click();
    await closed(page);
    await page.getByTestId('edit-MD_NHOM').click();
    expect(await dialog(page).getByTestId('option-0-code').isDisabled()).toBe(true);
    await dialog(page).getByTestId('option-1-nameVi').fill('Người trưởng thành');
    await save(page);
    await closed(page);
    const renamed = await get(page, 'categories/MD_NHOM');
    expect(renamed.options.map((o: { nameVi: string; active: boolean }) => [o.nameVi, o.active])).toEqual([
      ['Trẻ em', true],
      ['Người trưởng thành', true],
    ]);

    // Combination: categories picked in order, fixed once created; the generated combinations are shown.
    await tab(page, 'Tổ hợp phân tổ');
    await poll(() => page.getByTestId('list-category-combos').innerText()).toContain('DAN_TOC_GIOI_TINH');
    await shot(page, 'reporting-metadata-combos-1366x768');
    await page.getByTestId('create-category-combos').click();
    await dialog(page).getByTestId('f-code').fill('MD_NHOM_TH');
    await dialog(page).getByTestId('f-nameVi').fill('Theo nhóm đối tượng (thử)');
    await pick(page, dialog(page).getByTestId('combo-categories-add'), '(MD_NHOM)', 'MD_NHOM', has(dialog(page).getByTestId('combo-categories'), 'MD_NHOM'));
    await poll(() => dialog(page).getByTestId('combo-categories').innerText()).toContain('Nhóm đối tượng (thử)');
    expect(await dialog(page).getByTestId('combo-preview').innerText()).toBe('Sẽ sinh ra 2 tổ hợp lựa chọn khi lưu');
    expect(await dialog(page).getByTestId('combo-fixed').innerText()).toContain('cố định sau khi tạo');
    await view(page, 'reporting-metadata-combo-dialog-1366x768');
    await save(page);
    await closed(page);
    await page.getByTestId('edit-MD_NHOM_TH').click();
    expect(await dialog(page).getByTestId('combo-fixed').innerText()).toContain('không đổi được các nhóm phân tổ');
    expect(await dialog(page).getByTestId('combo-categories-add').count()).toBe(0);
    expect(await dialog(page).getByTestId('combo-categories-MD_NHOM-up').count()).toBe(0);
    const cocs = await dialog(page).getByTestId('option-combos').innerText();
    expect(cocs).toContain('Trẻ em');
    expect(cocs).toContain('Người trưởng thành');
    await view(page, 'reporting-metadata-combo-edit-1366x768');
    await dialog(page).getByRole('button', { name: 'Hủy' }).click();
    await closed(page);

    // Two data elements, one broken down by the new combination.
    await tab(page, 'Chỉ tiêu');
    await poll(() => page.getByTestId('list-data-elements').innerText()).toContain('DS_HO');
    await shot(page, 'reporting-metadata-elements-1366x768');
    await page.getByTestId('create-data-elements').click();
    await dialog(page).getByTestId('f-code').fill('MD_SO_NGUOI');
    await dialog(page).getByTestId('f-nameVi').fill('Số người được hỗ trợ (thử)');
    await dialog(page).getByTestId('f-shortName').fill('Người được hỗ trợ');
    await dialog(page).getByTestId('f-unit').fill('người');
    await dialog(page).getByTestId('f-minValue').fill('0');
    await pick(page, dialog(page).getByTestId('f-categoryCombo'), '(MD_NHOM_TH)', 'MD_NHOM_TH', async () =>
      (await shown(dialog(page).getByTestId('f-categoryCombo'))).includes('MD_NHOM_TH'),
    );
    await view(page, 'reporting-metadata-element-dialog-1366x768');
    await save(page);
    await closed(page);
    await page.getByTestId('create-data-elements').click();
    await dialog(page).getByTestId('f-code').fill('MD_KINH_PHI');
    await dialog(page).getByTestId('f-nameVi').fill('Kinh phí hỗ trợ (thử)');
    await pick(
      page,
      dialog(page).getByTestId('f-valueType'),
      /^Số$/,
      undefined,
      async () => (await shown(dialog(page).getByTestId('f-valueType'))).trim() === 'Số',
    );
    await dialog(page).getByTestId('f-unit').fill('triệu đồng');
    await save(page);
    await closed(page);
    expect(await get(page, 'data-elements/MD_SO_NGUOI')).toMatchObject({
      valueType: 'integer',
      unit: 'người',
      minValue: 0,
      maxValue: null,
      categoryCombo: 'MD_NHOM_TH',
      shortName: 'Người được hỗ trợ',
    });
    expect(await get(page, 'data-elements/MD_KINH_PHI')).toMatchObject({ valueType: 'number', unit: 'triệu đồng', categoryCombo: 'none' });

    // Who owns what: the province's own elements are its to edit; the national starter ones are shown locked.
    const rowOf = (code: string) => page.getByTestId('list-data-elements').locator('tr.ant-table-row', { hasText: code });
    await poll(() => rowOf('MD_SO_NGUOI').innerText()).toContain('Phú Thọ');
    expect(await rowOf('NGHEO_HO').first().innerText()).toContain('Quốc gia');
    expect(await page.getByTestId('locked-NGHEO_HO').isDisabled()).toBe(true);
    expect(await page.getByTestId('edit-NGHEO_HO').count()).toBe(0);
    expect(await page.getByTestId('deactivate-NGHEO_HO').count()).toBe(0);
    expect(await page.getByTestId('edit-MD_SO_NGUOI').isEnabled()).toBe(true);
    await page.getByTestId('locked-NGHEO_HO').hover({ force: true });
    await poll(() => page.locator('.ant-tooltip:visible').innerText()).toContain('chỉ quản trị hệ thống được sửa');
    await shot(page, 'reporting-metadata-owners-1366x768');

    // The monthly form: one section with both elements (order changed and back), assigned to Tân Lạc.
    await tab(page, 'Biểu mẫu');
    await page.getByTestId('create-data-sets').click();
    await dialog(page).getByTestId('f-code').fill(FORM);
    await dialog(page).getByTestId('f-nameVi').fill('Báo cáo hỗ trợ hằng tháng (thử)');
    await dialog(page).getByText('Theo Nghị định 09/2019').click();
    await poll(() => dialog(page).getByTestId('cutoff-hint').innerText()).toContain('từ ngày 15 tháng trước');
    await dialog(page).getByText('Theo lịch', { exact: true }).click();
    await poll(() => dialog(page).getByTestId('cutoff-hint').innerText()).toContain('từ ngày 1 đến ngày cuối tháng');
    await dialog(page).getByTestId('section-0-nameVi').fill('Hỗ trợ');
    await pick(
      page,
      dialog(page).getByTestId('section-0-elements-add'),
      '(MD_SO_NGUOI)',
      'MD_SO',
      has(dialog(page).getByTestId('section-0-elements'), 'MD_SO_NGUOI'),
    );
    await pick(
      page,
      dialog(page).getByTestId('section-0-elements-add'),
      '(MD_KINH_PHI)',
      'MD_KINH',
      has(dialog(page).getByTestId('section-0-elements'), 'MD_KINH_PHI'),
    );
    await dialog(page).getByTestId('section-0-elements-MD_KINH_PHI-up').click();
    await poll(() => dialog(page).getByTestId('section-0-elements-item-0').innerText()).toContain('MD_KINH_PHI');
    await dialog(page).getByTestId('section-0-elements-MD_KINH_PHI-down').click();
    await poll(() => dialog(page).getByTestId('section-0-elements-item-0').innerText()).toContain('MD_SO_NGUOI');
    await pick(page, dialog(page).getByTestId('add-unit'), UNIT, UNIT, has(dialog(page).getByTestId('assign-units'), UNIT));
    await poll(() => dialog(page).getByTestId(`assigned-${UNIT}`).innerText()).toContain('Tân Lạc');
    await view(page, 'reporting-metadata-set-dialog-1366x768');
    await save(page);
    await closed(page);
    const form = await get(page, `data-sets/${FORM}`);
    expect(form).toMatchObject({
      periodType: 'monthly',
      cutoff: 'calendar',
      deadlineDays: 10,
      approvalRole: 'province_officer',
      assignLevel: null,
      assignUnits: [UNIT],
    });
    expect(form.sections).toEqual([{ code: 'S1', nameVi: 'Hỗ trợ', nameEn: '', dataElements: ['MD_SO_NGUOI', 'MD_KINH_PHI'] }]);

    // A validation rule: the server's syntax error (with its position) shows under the expression, then it is fixed.
    await tab(page, 'Quy tắc kiểm tra');
    await poll(() => page.getByTestId('list-validation-rules').innerText()).toContain('#{CT_VON_GIAI_NGAN} <= #{CT_VON_GIAO}');
    await shot(page, 'reporting-metadata-rules-1366x768');
    await page.getByTestId('create-validation-rules').click();
    await dialog(page).getByTestId('f-code').fill('MD_KP_KHONG_AM');
    await dialog(page).getByTestId('f-nameVi').fill('Kinh phí không âm (thử)');
    await dialog(page).getByTestId('f-left').fill('#{MD_KINH_PHI');
    await pick(
      page,
      dialog(page).getByTestId('f-operator'),
      /^>=$/,
      undefined,
      async () => (await shown(dialog(page).getByTestId('f-operator'))).trim() === '>=',
    );
    await dialog(page).getByTestId('f-right').fill('0');
    await pick(page, dialog(page).getByTestId('f-importance'), 'Cao (chặn nộp)', undefined, async () =>
      (await shown(dialog(page).getByTestId('f-importance'))).includes('Cao (chặn nộp)'),
    );
    await pick(page, dialog(page).getByTestId('f-dataSets'), `(${FORM})`, FORM, async () =>
      (await shown(dialog(page).getByTestId('f-dataSets'))).includes(FORM),
    );
    await closeDropdown(page);
    await dialog(page).getByTestId('f-messageVi').fill('Kinh phí hỗ trợ không được âm');
    await save(page);
    const error = dialog(page).locator('.ant-form-item-explain-error');
    await poll(() => error.allInnerTexts()).toContain('Biểu thức không hợp lệ (thiếu dấu }) ở ký tự thứ 14');
    await view(page, 'reporting-metadata-rule-error-1366x768');
    await dialog(page).getByTestId('f-left').fill('#{MD_KINH_PHI}');
    await save(page);
    await closed(page);
    expect(await get(page, 'validation-rules/MD_KP_KHONG_AM')).toMatchObject({
      left: '#{MD_KINH_PHI}',
      operator: '>=',
      right: '0',
      importance: 'high',
      dataSets: [FORM],
      messageVi: 'Kinh phí hỗ trợ không được âm',
    });
    await poll(() => page.getByTestId('list-validation-rules').innerText()).toContain('#{MD_KINH_PHI} >= 0');

    // DHIS2 mapping: set, change, remove.
    await tab(page, 'Ánh xạ DHIS2');
    await page.getByTestId('create-mapping').click();
    await dialog(page).getByTestId('f-code').fill('MD_SO_NGUOI');
    await dialog(page).getByTestId('f-dhis2').fill('mdSoNguoi01');
    await view(page, 'reporting-metadata-mapping-dialog-1366x768');
    await save(page);
    await closed(page);
    await poll(() => page.getByTestId('list-dhis2-mappings').innerText()).toContain('mdSoNguoi01');
    await shot(page, 'reporting-metadata-mappings-1366x768');
    await page.getByTestId('edit-mapping-MD_SO_NGUOI').click();
    expect(await dialog(page).getByTestId('f-code').isDisabled()).toBe(true);
    await dialog(page).getByTestId('f-dhis2').fill('mdSoNguoi02');
    await save(page);
    await closed(page);
    expect((await get(page, 'dhis2-mappings?kind=data_element')).items).toContainEqual(expect.objectContaining({ code: 'MD_SO_NGUOI', dhis2: 'mdSoNguoi02' }));
    await page.getByTestId('remove-mapping-MD_SO_NGUOI').click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await poll(() => page.getByTestId('list-dhis2-mappings').innerText()).not.toContain('MD_SO_NGUOI');
    expect((await get(page, 'dhis2-mappings?kind=data_element')).items.some((m: { code: string }) => m.code === 'MD_SO_NGUOI')).toBe(false);
  });

  it('the commune officer opens the new form: disaggregated columns, open period filled in', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto(`/reporting/entry?dataSet=${FORM}&unit=${UNIT}`);
    const month = openMonth();
    await poll(() => new URL(page.url()).searchParams.get('period')).toBe(month.id);
    await poll(() => page.getByTestId('report-heading').innerText()).toBe('Báo cáo hỗ trợ hằng tháng (thử)');
    expect(await page.getByTestId('pick-period').locator('xpath=ancestor-or-self::*[contains(@class,"ant-select")][1]').innerText()).toContain(month.name);
    const heads = await page.locator('[data-grid] thead th').allInnerTexts();
    expect(heads).toEqual(expect.arrayContaining(['Trẻ em', 'Người trưởng thành', 'Giá trị']));
    expect(await page.locator('[data-testid^="cell-MD_SO_NGUOI-"]').count()).toBe(2);
    expect(await page.locator('[data-testid^="cell-MD_KINH_PHI-"]').count()).toBe(1);
    await shot(page, 'reporting-metadata-entry-1366x768');
    await ctx.close();
  });

  it('a viewer (lanhdao) sees the metadata read-only: no create, edit, deactivate or import buttons', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url);
    const page = await ctx.newPage();
    await login(page, 'lanhdao');
    await page.goto('/reporting/metadata');
    await poll(() => page.getByTestId('list-data-sets').innerText()).toContain(FORM);
    expect(await page.getByTestId('read-only').innerText()).toContain('chỉ có quyền xem');
    for (const name of ['Biểu mẫu', 'Chỉ tiêu', 'Nhóm phân tổ', 'Tổ hợp phân tổ', 'Quy tắc kiểm tra', 'Ánh xạ DHIS2']) {
      await tab(page, name);
      await page.waitForLoadState('networkidle');
      expect(
        await page.locator('[data-testid^="create-"], [data-testid^="edit-"], [data-testid^="deactivate-"], [data-testid^="remove-mapping-"]').count(),
      ).toBe(0);
    }
    expect(await page.getByRole('button', { name: 'Nhập siêu dữ liệu' }).count()).toBe(0);
    expect(await page.getByTestId('metadata-export').isVisible()).toBe(true);
    await tab(page, 'Biểu mẫu');
    await page.getByTestId(`view-${FORM}`).click();
    await poll(() => dialog(page).getByTestId(`assigned-${UNIT}`).innerText()).toContain('Tân Lạc');
    expect(await dialog(page).getByTestId('dialog-save').count()).toBe(0);
    expect(await dialog(page).getByTestId('section-0-nameVi').isDisabled()).toBe(true);
    expect(await dialog(page).getByTestId('section-0-elements-add').count()).toBe(0);
    await view(page, 'reporting-metadata-set-view-readonly-1366x768');
    await ctx.close();
  });

  it('every tab and dialog fits a phone screen', async () => {
    const ctx = await newContext(s.e2e.browser, s.e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'tinh.phutho');
    await page.goto('/reporting/metadata');
    await poll(() => page.getByTestId('list-data-sets').innerText()).toContain(FORM);
    const tabs: [string, string, string, string][] = [
      ['Biểu mẫu', 'data-sets', FORM, 'sets'],
      ['Chỉ tiêu', 'data-elements', 'MD_SO_NGUOI', 'elements'],
      ['Nhóm phân tổ', 'categories', 'MD_NHOM', 'categories'],
      ['Tổ hợp phân tổ', 'category-combos', 'MD_NHOM_TH', 'combos'],
      ['Quy tắc kiểm tra', 'validation-rules', 'MD_KP_KHONG_AM', 'rules'],
    ];
    for (const [name, kind, code, file] of tabs) {
      // On a phone the later tabs sit behind the tab bar's "…" menu; the tab is in the address too.
      await page.goto(`/reporting/metadata?tab=${kind}`);
      expect(await page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')).toBe('true');
      await page.getByTestId(`search-${kind}`).locator('input').fill(code);
      await poll(() => page.getByTestId(`list-${kind}`).locator('tbody tr.ant-table-row').allInnerTexts()).toEqual([expect.stringContaining(code)]);
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await shot(page, `reporting-metadata-${file}-360x740`);
      await page.getByTestId(`edit-${code}`).click();
      await dialog(page).waitFor();
      await view(page, `reporting-metadata-${file}-dialog-360x740`);
      await dialog(page).getByRole('button', { name: 'Hủy' }).click();
      await closed(page);
    }
    await page.goto('/reporting/metadata?tab=dhis2-mappings');
    await page.getByTestId('create-mapping').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'reporting-metadata-mappings-360x740');
    await page.getByTestId('create-mapping').click();
    await view(page, 'reporting-metadata-mapping-dialog-360x740');
    await ctx.close();
  });
});
