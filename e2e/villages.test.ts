import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { e2eEnabled, login, newContext, shot } from './browser.js';
import { loggedInSession, nav, poll } from './setup.js';

/** Names made unique per run, so the tests also pass against a long-running server (E2E_BASE_URL). */
const RUN = Date.now().toString(36).slice(-5);
const VILLAGE = `Xóm Đồng Tâm ${RUN}`;
const USER = `canbo.${RUN}`;

describe.skipIf(!e2eEnabled)('keeping villages, traced in the audit log (admin)', { timeout: 90_000, retry: 1 }, () => {
  const s = loggedInSession('admin');

  it('creates a village in Xã Tân Lạc, checking the name as it is typed and showing server refusals on the field', async () => {
    await nav(s.page, 'Thôn, bản');
    // Pick the commune by typing part of its name without diacritics.
    await s.page.getByTestId('commune-picker').click();
    await s.page.keyboard.type('tan lac');
    await s.page.locator('.ant-select-item-option', { hasText: '05128' }).click();
    await poll(() => s.page.getByTestId('village-table').locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await s.page.getByTestId('demo-badge').first().innerText()).toBe('Dữ liệu mô phỏng');

    await s.page.getByTestId('village-create').click();
    const dialog = s.page.getByRole('dialog');
    await poll(() => dialog.locator('.ant-modal-title').innerText()).toBe('Thêm thôn, bản vào Xã Tân Lạc');
    const name = dialog.locator('#name');
    await name.fill('Xóm Mới');
    await name.fill('');
    await poll(() => dialog.locator('.ant-form-item-explain-error').first().innerText()).toBe('Bắt buộc nhập');

    // A name already used in the commune: the server's answer lands under the name field.
    const existing = (await s.page.getByTestId('village-table').locator('tbody tr.ant-table-row').nth(7).locator('a').first().innerText()).trim();
    await name.fill(existing);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    // The "required" message of the emptied field may still be on its way out: wait for the server's.
    const nameError = dialog.locator('.ant-form-item-has-error .ant-form-item-explain-error').first();
    await poll(() => nameError.innerText()).toContain(`đã có thôn "${existing}"`);
    expect(await dialog.isVisible()).toBe(true);

    await name.fill(VILLAGE);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await s.page.getByTestId('village-search').locator('input').fill(`dong tam ${RUN}`);
    const row = s.page.getByTestId('village-table').locator('tbody tr', { hasText: VILLAGE });
    await row.waitFor();
    expect(await row.innerText()).toContain('Đang hoạt động');
  });

  it('finds that creation in the audit log, with the new values', async () => {
    await nav(s.page, 'Nhật ký');
    await s.page.getByTestId('audit-user').fill('admin');
    await s.page.getByTestId('audit-entity').click();
    await s.page.locator('.ant-select-item-option[title="Thôn, bản"]').click();
    const row = s.page.getByTestId('audit-table').locator('tbody tr.ant-table-row').first();
    await poll(() => row.innerText()).toContain('Tạo');
    expect(await row.innerText()).toContain('admin');
    await row.click();
    const diff = s.page.getByTestId('audit-diff').first();
    await diff.waitFor();
    expect(await diff.innerText()).toContain(VILLAGE);
  });

  it('creates a commune officer scoped to Xã Tân Lạc, who can then log in', async () => {
    await nav(s.page, 'Người dùng');
    await s.page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.locator('#username').fill('Can Bo');
    await poll(() => dialog.locator('.ant-form-item-explain-error').first().innerText()).toContain('Chữ thường không dấu');
    await dialog.locator('#username').fill(USER);
    await dialog.locator('#password').fill('Lo-Thi-Mai-Tan-Lac-5');
    await dialog.locator('#fullName').fill('Lò Thị Mai');
    await dialog.locator('#scope').click();
    await s.page.keyboard.type('tan lac');
    await s.page.locator('.ant-select-item-option', { hasText: '05128' }).click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = s.page.locator('tbody tr', { hasText: USER });
    await row.waitFor();
    expect(await row.innerText()).toContain('Xã Tân Lạc (05128)');
    expect(await row.innerText()).toContain('Cán bộ cấp xã');

    const other = await newContext(s.e2e.browser, s.e2e.url);
    const p2 = await other.newPage();
    await login(p2, USER, 'Lo-Thi-Mai-Tan-Lac-5');
    expect(await p2.locator('.app-header').innerText()).toContain('Xã Tân Lạc (05128)');
    await other.close();
  });

  it('imports villages from a workbook: checks first, lists bad rows, then writes the good ones', async () => {
    const file = path.join(os.tmpdir(), `thon-${RUN}.xlsx`);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thôn');
    ws.addRow(['Mã xã', 'Tên thôn', 'Loại']);
    ws.addRow(['05128', `Bản Nhập ${RUN}`, 'Bản']);
    ws.addRow(['05128', '', 'Thôn']);
    await wb.xlsx.writeFile(file);

    await nav(s.page, 'Thôn, bản');
    await s.page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const dialog = s.page.getByRole('dialog');
    expect(await dialog.getByText('Tải tệp mẫu (.xlsx)').count()).toBe(1);
    await dialog.locator('input[type=file]').setInputFiles(file);
    await dialog.getByTestId('import-check').click();
    const errors = dialog.getByTestId('import-errors');
    await errors.waitFor();
    const errorRows = errors.locator('tbody tr.ant-table-row');
    expect(await errorRows.count()).toBe(1);
    const cells = await errorRows.first().locator('td').allInnerTexts();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('Tên thôn');
    expect(cells[3]).not.toBe('');
    await shot(s.page, 'villages-import-check-1366x768');
    // Nothing is written until the user says so, and not with bad rows unless they are skipped.
    expect(await dialog.getByTestId('import-confirm').isDisabled()).toBe(true);
    await dialog.getByText('Bỏ qua các dòng lỗi', { exact: true }).click();
    await dialog.getByTestId('import-confirm').click();
    await poll(() => dialog.getByTestId('import-done').innerText()).toContain('1 thêm mới');
    await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    fs.rmSync(file, { force: true });

    await s.page.getByTestId('village-search').locator('input').fill(`ban nhap ${RUN}`);
    await s.page
      .getByTestId('village-table')
      .locator('tbody tr', { hasText: `Bản Nhập ${RUN}` })
      .waitFor();
  });
});
