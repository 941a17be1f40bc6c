import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { ROOT } from '../src/server/paths.js';
import { e2eEnabled, login, newContext, PHONE, settled } from './browser.js';
import { fetchFromPage, poll, startE2E, type E2E } from './setup.js';
import { openFromMenu, pick } from './antd.js';

/**
 * Life events recorded through the household page's dialogs. Each test makes its own households
 * through the API (commune officer xa.tanlac, Xã Tân Lạc 05128), so the tests stand alone.
 */
const RUN = Date.now().toString(36).slice(-5);
const START = '2025-08-01';
let n = 0;
const code = (p = 'EV') => `${p}-${RUN}-${++n}`;
const isoToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const viDate = (iso: string) => iso.split('-').reverse().join('/');

type M = { fullName: string; sex: 'male' | 'female'; birthYear?: number; birthDate?: string; ethnicCode: string; relationship: string };
/** Head (1960), wife (1962), son (1985), daughter-in-law (1988), grandson (2010); names unique to the run. */
const family = (tag: string): M[] => [
  { fullName: `Đinh Công Tuấn ${tag}`, sex: 'male', birthYear: 1960, ethnicCode: '06', relationship: 'head' },
  { fullName: `Bùi Thị Lan ${tag}`, sex: 'female', birthYear: 1962, ethnicCode: '06', relationship: 'wife' },
  { fullName: `Đinh Công Hải ${tag}`, sex: 'male', birthYear: 1985, ethnicCode: '06', relationship: 'child' },
  { fullName: `Hà Thị Mai ${tag}`, sex: 'female', birthYear: 1988, ethnicCode: '03', relationship: 'child_in_law' },
  { fullName: `Đinh Công Minh ${tag}`, sex: 'male', birthYear: 2010, ethnicCode: '06', relationship: 'grandchild' },
];

async function view(page: Page, name: string) {
  await settled(page);
  await page.screenshot({ path: path.join(ROOT, 'e2e', 'screenshots', `${name}.png`) });
}
async function api(page: Page, p: string, init?: { method?: string; body?: unknown }) {
  return fetchFromPage(page, `/api${p}`, init);
}
async function household(page: Page, members: M[], communeCode = '05128') {
  const res = await api(page, '/households', { method: 'POST', body: { communeCode, code: code(), validFrom: START, members } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number; code: string; members: { id: number; fullName: string }[] };
}
const idOf = (h: { members: { id: number; fullName: string }[] }, name: string) => h.members.find((m) => m.fullName.startsWith(name))!.id;
async function detail(page: Page, id: number) {
  const res = await api(page, `/households/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}
/** Name (without the run's tag) → relationship to the head. */
const rels = (h: any) => Object.fromEntries(h.members.map((m: any) => [m.fullName.replace(/\s\S+$/, ''), m.relationship]));
/** Opens a household and one of its event dialogs. */
async function openEvent(page: Page, id: number, typeLabel: string): Promise<Locator> {
  await page.goto(`/households/${id}`);
  return openFromMenu(page, page.getByTestId('event-add'), typeLabel, typeLabel);
}
async function setDate(dialog: Locator, iso: string) {
  const d = dialog.locator('#date');
  await d.click();
  await d.fill(viDate(iso));
  await d.press('Enter');
}
const memberRows = (page: Page) => page.getByTestId('member-table').locator('tbody tr.ant-table-row');
const lastToast = (page: Page) => page.locator('.ant-message-notice').last();
const fieldError = (dialog: Locator) => dialog.locator('.ant-form-item-explain-error');

describe.skipIf(!e2eEnabled)('life events in the browser', { timeout: 180_000, retry: 1 }, () => {
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

  it('birth: the child appears with its relationship and the event; a newborn "father" is refused', async () => {
    const tag = `${RUN}-b`;
    const h = await household(page, family(tag).slice(0, 3));
    const dialog = await openEvent(page, h.id, 'Sinh');
    await dialog.locator('#person_fullName').fill(`Đinh Thị Na ${tag}`);
    await pick(page, dialog.locator('#person_sex'), 'Nữ');
    await pick(page, dialog.locator('#person_relationship'), 'Bố');
    await dialog.getByTestId('event-save').click();
    await poll(() => fieldError(dialog).allInnerTexts()).toContain('Bố, mẹ (ông, bà) không thể trẻ hơn chủ hộ');
    expect((await detail(page, h.id)).memberCount).toBe(3);

    await pick(page, dialog.locator('#person_relationship'), 'Cháu');
    await view(page, 'register-event-birth-1366x768');
    await dialog.getByTestId('event-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => memberRows(page).count()).toBe(4);
    const row = memberRows(page).filter({ hasText: `Đinh Thị Na ${tag}` });
    expect(await row.innerText()).toContain('Cháu');
    const ev = page.getByTestId('event-list').locator('.ant-list-item').first();
    await poll(() => ev.innerText()).toContain('Sinh');
    expect(await ev.innerText()).toContain(`Đinh Thị Na ${tag}`);

    const after = await detail(page, h.id);
    const baby = after.members.find((m: any) => m.fullName === `Đinh Thị Na ${tag}`);
    expect(baby).toMatchObject({ relationship: 'grandchild', sex: 'female', birthDate: isoToday(), ethnicCode: '06' });
    expect(after.events.map((e: any) => [e.type, e.personId])).toEqual([['birth', baby.id]]);
  });

  it('death: the person leaves the members, the record shows the death; a death before the birth is refused', async () => {
    const tag = `${RUN}-d`;
    const h = await household(page, family(tag).slice(0, 3));
    // A baby born on 15/09/2025, recorded through the API.
    const born = await api(page, `/households/${h.id}/events`, {
      method: 'POST',
      body: { type: 'birth', date: '2025-09-15', person: { fullName: `Đinh Văn Bé ${tag}`, sex: 'male', ethnicCode: '06' }, relationship: 'grandchild' },
    });
    expect(born.status).toBe(201);
    let dialog = await openEvent(page, h.id, 'Mất');
    await pick(page, dialog.getByTestId('event-person'), `Đinh Văn Bé ${tag} (2025)`);
    await setDate(dialog, '2025-09-01');
    await dialog.getByTestId('event-save').click();
    await poll(() => fieldError(dialog).first().innerText()).toBe('Ngày mất trước ngày sinh (15/09/2025)');
    expect((await detail(page, h.id)).memberCount).toBe(4);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });

    dialog = await openEvent(page, h.id, 'Mất');
    await pick(page, dialog.getByTestId('event-person'), `Đinh Công Hải ${tag} (1985)`);
    await view(page, 'register-event-death-1366x768');
    await dialog.getByTestId('event-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => memberRows(page).count()).toBe(3);
    expect(await page.getByTestId('member-table').innerText()).not.toContain(`Đinh Công Hải ${tag}`);
    expect(await page.getByText('Thành viên (3)').count()).toBe(1);
    const ev = page.getByTestId('event-list').locator('.ant-list-item').first();
    await poll(() => ev.innerText()).toContain('Mất');
    await poll(() => ev.innerText()).toContain(`Đinh Công Hải ${tag}`);

    const sonId = idOf(h, 'Đinh Công Hải');
    const after = await detail(page, h.id);
    expect(after.memberCount).toBe(3);
    const person = await api(page, `/persons/${sonId}?purpose=${encodeURIComponent('kiểm tra khai tử')}`);
    expect(person.body.deathDate).toBe(isoToday());
    // His record shows the date of death.
    await ev.getByTestId('event-person').first().click();
    await page.getByTestId('purpose-input').fill('Kiểm tra khai tử');
    await page.getByTestId('purpose-submit').click();
    await poll(() => page.getByTestId('person-info').innerText()).toContain(viDate(isoToday()));
    expect(await page.getByTestId('person-info').innerText()).toContain('Ngày mất');
  });

  it('split: a new household with the chosen members and their relationships; taking everyone is refused', async () => {
    const tag = `${RUN}-s`;
    const h = await household(page, family(tag));
    const newCode = code('TACH');
    let dialog = await openEvent(page, h.id, 'Tách hộ');
    await dialog.locator('#newCode').fill(newCode);
    await pick(page, dialog.locator('#splitMembers_0_personId'), `Đinh Công Hải ${tag} (1985)`);
    expect(await dialog.locator('#splitMembers_0_relationship').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]').innerText()).toContain('Chủ hộ');
    await dialog.getByRole('button', { name: 'Thêm thành viên' }).click();
    await pick(page, dialog.locator('#splitMembers_1_personId'), `Hà Thị Mai ${tag} (1988)`);
    await pick(page, dialog.locator('#splitMembers_1_relationship'), 'Vợ');
    await dialog.getByRole('button', { name: 'Thêm thành viên' }).click();
    await pick(page, dialog.locator('#splitMembers_2_personId'), `Đinh Công Minh ${tag} (2010)`);
    await view(page, 'register-event-split-1366x768');
    await dialog.getByTestId('event-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => memberRows(page).count()).toBe(2);
    const ev = page.getByTestId('event-list').locator('.ant-list-item').first();
    await poll(() => ev.innerText()).toContain('Tách hộ');

    const after = await detail(page, h.id);
    const newId = after.events[0].relatedHouseholdId;
    const formed = await detail(page, newId);
    expect(formed.code).toBe(newCode);
    expect(rels(formed)).toEqual({ 'Đinh Công Hải': 'head', 'Hà Thị Mai': 'wife', 'Đinh Công Minh': 'child' });
    expect(rels(after)).toEqual({ 'Đinh Công Tuấn': 'head', 'Bùi Thị Lan': 'wife' });
    await ev.locator(`a[href="/households/${newId}"]`).click();
    await poll(() => page.locator('.page-title h1').innerText()).toBe(`Hộ ${newCode}`);
    await poll(() => memberRows(page).count()).toBe(3);
    expect(
      await memberRows(page)
        .filter({ hasText: `Hà Thị Mai ${tag}` })
        .innerText(),
    ).toContain('Vợ');

    // The two left cannot both go: someone must stay.
    dialog = await openEvent(page, h.id, 'Tách hộ');
    await dialog.locator('#newCode').fill(code('TACH'));
    await pick(page, dialog.locator('#splitMembers_0_personId'), `Đinh Công Tuấn ${tag} (1960)`);
    await dialog.getByRole('button', { name: 'Thêm thành viên' }).click();
    await pick(page, dialog.locator('#splitMembers_1_personId'), `Bùi Thị Lan ${tag} (1962)`);
    await pick(page, dialog.locator('#splitMembers_1_relationship'), 'Vợ');
    await dialog.getByTestId('event-save').click();
    await poll(() => lastToast(page).innerText()).toContain('Tách hộ phải còn lại ít nhất một người ở hộ cũ');
    expect(await dialog.isVisible()).toBe(true);
    expect((await detail(page, h.id)).memberCount).toBe(2);
    expect((await detail(page, h.id)).events).toHaveLength(1);
  });

  it('merge: every member joins the other household with the stated relationship; an impossible one is refused', async () => {
    const tag = `${RUN}-m`;
    const into = await household(page, [{ fullName: `Quách Văn Đông ${tag}`, sex: 'male', birthYear: 1935, ethnicCode: '06', relationship: 'head' }]);
    const h = await household(page, family(tag).slice(0, 3));
    const dialog = await openEvent(page, h.id, 'Nhập hộ');
    await pick(page, dialog.getByTestId('event-into'), `${into.code} – Quách Văn Đông ${tag}`, into.code);
    const headRel = dialog.getByTestId(`rel-${idOf(h, 'Đinh Công Tuấn')}`);
    await poll(() => headRel.innerText()).toContain('Khác');
    // A man born in 1960 cannot be the father of one born in 1935.
    await pick(page, headRel, 'Bố');
    await dialog.getByTestId('event-save').click();
    await poll(() => lastToast(page).innerText()).toContain('Bố, mẹ (ông, bà) không thể trẻ hơn chủ hộ');
    expect((await detail(page, h.id)).validTo).toBeNull();
    expect((await detail(page, into.id)).memberCount).toBe(1);

    await pick(page, headRel, 'Con');
    await pick(page, dialog.getByTestId(`rel-${idOf(h, 'Bùi Thị Lan')}`), 'Con dâu, con rể');
    await pick(page, dialog.getByTestId(`rel-${idOf(h, 'Đinh Công Hải')}`), 'Cháu');
    await view(page, 'register-event-merge-1366x768');
    await dialog.getByTestId('event-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => page.getByText(/Hộ đã kết thúc từ ngày/).count()).toBe(1);

    const target = await detail(page, into.id);
    expect(rels(target)).toEqual({ 'Quách Văn Đông': 'head', 'Đinh Công Tuấn': 'child', 'Bùi Thị Lan': 'child_in_law', 'Đinh Công Hải': 'grandchild' });
    expect((await detail(page, h.id)).endReason).toBe('merge');
    await page.goto(`/households/${into.id}`);
    await poll(() => memberRows(page).count()).toBe(4);
    expect(
      await memberRows(page)
        .filter({ hasText: `Bùi Thị Lan ${tag}` })
        .innerText(),
    ).toContain('Con dâu, con rể');
  });

  it('move in from another province: the arrival joins with a relationship; a "child" older than the head is refused on the field', async () => {
    const tag = `${RUN}-i`;
    const h = await household(page, family(tag).slice(0, 2));
    const dialog = await openEvent(page, h.id, 'Chuyển đến');
    await dialog.locator('#fromPlace').fill('Xã Mường La, tỉnh Sơn La');
    await dialog.getByRole('button', { name: 'Thêm thành viên' }).click();
    await dialog.locator('#members_0_fullName').fill(`Đinh Văn Khách ${tag}`);
    await pick(page, dialog.locator('#members_0_relationship'), 'Con');
    await pick(page, dialog.locator('#members_0_sex'), 'Nam');
    await pick(page, dialog.locator('#members_0_ethnicCode'), 'Thái (03)', 'Thái');
    await dialog.locator('#members_0_birthYear').fill('1950');
    await dialog.getByTestId('event-save').click();
    await poll(() => fieldError(dialog).allInnerTexts()).toContain('Con (cháu) không thể lớn tuổi hơn chủ hộ');
    expect((await detail(page, h.id)).memberCount).toBe(2);

    await pick(page, dialog.locator('#members_0_relationship'), 'Anh, chị, em');
    await view(page, 'register-event-move-in-1366x768');
    await dialog.getByTestId('event-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => memberRows(page).count()).toBe(3);
    expect(
      await memberRows(page)
        .filter({ hasText: `Đinh Văn Khách ${tag}` })
        .innerText(),
    ).toContain('Anh, chị, em');
    const ev = page.getByTestId('event-list').locator('.ant-list-item').first();
    await poll(() => ev.innerText()).toContain('Chuyển đến');
    expect(await ev.innerText()).toContain('từ Xã Mường La, tỉnh Sơn La');

    const after = await detail(page, h.id);
    expect(after.members.find((m: any) => m.fullName === `Đinh Văn Khách ${tag}`)).toMatchObject({
      relationship: 'sibling',
      birthYear: 1950,
      ethnicCode: '03',
      validFrom: isoToday(),
    });
    expect(after.events[0]).toMatchObject({ type: 'move_in', details: { fromPlace: 'Xã Mường La, tỉnh Sơn La' } });
  });

  it("change of head: everyone's relationship to the new head, pre-filled and corrected; an impossible one is refused on its row", async () => {
    const tag = `${RUN}-h`;
    const h = await household(page, family(tag));
    const dialog = await openEvent(page, h.id, 'Đổi chủ hộ');
    await pick(page, dialog.getByTestId('event-person'), `Đinh Công Hải ${tag} (1985)`);
    const rel = (name: string) => dialog.getByTestId(`rel-${idOf(h, name)}`);
    await poll(() => rel('Đinh Công Hải').innerText()).toBe('Chủ hộ');
    // Guessed from the old relationships: his father and mother, the rest to be said.
    await poll(() => rel('Đinh Công Tuấn').innerText()).toContain('Bố');
    expect(await rel('Bùi Thị Lan').innerText()).toContain('Mẹ');
    await pick(page, rel('Hà Thị Mai'), 'Vợ');
    await pick(page, rel('Đinh Công Minh'), 'Bố');
    await dialog.getByTestId('event-save').click();
    const row = rel('Đinh Công Minh')
      .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-form-item ")][1]')
      .locator('.ant-form-item-explain-error');
    await poll(() => row.allInnerTexts()).toContain('Bố, mẹ (ông, bà) không thể trẻ hơn chủ hộ');
    expect((await detail(page, h.id)).head.fullName).toBe(`Đinh Công Tuấn ${tag}`);

    await pick(page, rel('Đinh Công Minh'), 'Con');
    await view(page, 'register-event-change-head-1366x768');
    await dialog.getByTestId('event-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => page.getByTestId('household-info').innerText()).toContain(`Đinh Công Hải ${tag}`);
    await poll(() =>
      memberRows(page)
        .filter({ hasText: `Đinh Công Tuấn ${tag}` })
        .innerText(),
    ).toContain('Bố');
    expect(
      await memberRows(page)
        .filter({ hasText: `Hà Thị Mai ${tag}` })
        .innerText(),
    ).toContain('Vợ');

    const after = await detail(page, h.id);
    expect(after.head.fullName).toBe(`Đinh Công Hải ${tag}`);
    expect(rels(after)).toEqual({
      'Đinh Công Tuấn': 'father',
      'Bùi Thị Lan': 'mother',
      'Đinh Công Hải': 'head',
      'Hà Thị Mai': 'wife',
      'Đinh Công Minh': 'child',
    });
  });

  it('soft delete with a reason by the officer, then restore by the administrator: both in the history', async () => {
    const tag = `${RUN}-x`;
    const h = await household(page, family(tag).slice(0, 2));
    await page.goto(`/households/${h.id}`);
    await page.getByTestId('household-delete').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('#reason').fill('ab');
    await dialog.getByRole('button', { name: 'Xóa hộ' }).click();
    await poll(() => fieldError(dialog).first().innerText()).toBe('Bắt buộc nhập');
    expect((await detail(page, h.id)).deletedAt).toBeNull();
    await dialog.locator('#reason').fill('Hộ nhập trùng với hộ đã có');
    await view(page, 'register-event-delete-1366x768');
    await dialog.getByRole('button', { name: 'Xóa hộ' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => page.getByTestId('household-not-found').count()).toBe(1);
    expect((await api(page, `/households/${h.id}`)).status).toBe(404);

    const admin = await newContext(e2e.browser, e2e.url);
    const ap = await admin.newPage();
    await login(ap, 'admin');
    await ap.goto(`/households/${h.id}`);
    await poll(() => ap.getByText('Hộ đã bị xóa. Lý do: Hộ nhập trùng với hộ đã có').count()).toBe(1);
    await ap.getByRole('button', { name: 'Khôi phục' }).click();
    await poll(() => ap.getByText(/Hộ đã bị xóa/).count()).toBe(0);
    const entries = ap.getByTestId('timeline').getByTestId('timeline-entry');
    await poll(() => entries.first().innerText()).toContain('Khôi phục');
    expect(await entries.nth(1).innerText()).toContain('Xóa');
    await admin.close();

    const back = await detail(page, h.id);
    expect(back.deletedAt).toBeNull();
    expect(back.memberCount).toBe(2);
    const fields = back.timeline.filter((c: any) => c.entity === 'household' && c.field.startsWith('_')).map((c: any) => c.field);
    expect(fields).toEqual(['_created', '_deleted', '_restored']);
  });

  it('move to another commune (provincial officer): a new household there with its head and relationships, then into that household', async () => {
    const tag = `${RUN}-o`;
    const h = await household(page, family(tag));
    const prov = await newContext(e2e.browser, e2e.url);
    const pp = await prov.newPage();
    await login(pp, 'tinh.phutho');
    const taken = await household(pp, [], '05425');
    const newCode = code('DEN');

    let dialog = await openEvent(pp, h.id, 'Chuyển đi');
    await pick(pp, dialog.getByTestId('event-persons'), `Đinh Công Hải ${tag} (1985)`);
    await pick(pp, dialog.getByTestId('event-persons'), `Hà Thị Mai ${tag} (1988)`);
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByText('Lập hộ mới ở xã, phường nơi đến').click();
    await dialog.getByTestId('event-to-commune').fill('05425');
    await dialog.getByTestId('event-new-code').fill(taken.code);
    await poll(() => dialog.getByTestId('event-dest-head').innerText()).toContain(`Đinh Công Hải ${tag}`);
    const wifeRel = dialog.getByTestId(`rel-${idOf(h, 'Hà Thị Mai')}`);
    await pick(pp, wifeRel, 'Vợ');
    await dialog.getByTestId('event-save').click();
    await poll(() => fieldError(dialog).first().innerText()).toBe(`Mã hộ ${taken.code} đã được dùng trong xã này`);
    expect((await detail(pp, h.id)).memberCount).toBe(5);

    await dialog.getByTestId('event-new-code').fill(newCode);
    await view(pp, 'register-event-move-out-new-1366x768');
    await dialog.getByTestId('event-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => memberRows(pp).count()).toBe(3);
    const formedId = (await detail(pp, h.id)).events[0].relatedHouseholdId;
    const formed = await detail(pp, formedId);
    expect(formed).toMatchObject({ code: newCode, commune: { code: '05425' } });
    expect(rels(formed)).toEqual({ 'Đinh Công Hải': 'head', 'Hà Thị Mai': 'wife' });

    // The grandson follows his parents into that household.
    dialog = await openEvent(pp, h.id, 'Chuyển đi');
    await pick(pp, dialog.getByTestId('event-persons'), `Đinh Công Minh ${tag} (2010)`);
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByText('Nhập vào một hộ có sẵn ở xã, phường nơi đến').click();
    await dialog.getByTestId('event-to-commune').fill('05425');
    await pick(pp, dialog.getByTestId('event-to-household'), `${newCode} – Đinh Công Hải ${tag}`, newCode);
    await pick(pp, dialog.getByTestId(`rel-${idOf(h, 'Đinh Công Minh')}`), 'Con');
    await view(pp, 'register-event-move-out-existing-1366x768');
    await dialog.getByTestId('event-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await poll(() => memberRows(pp).count()).toBe(2);
    const joined = await detail(pp, formedId);
    expect(rels(joined)).toEqual({ 'Đinh Công Hải': 'head', 'Hà Thị Mai': 'wife', 'Đinh Công Minh': 'child' });
    expect(joined.events.map((e: any) => e.type)).toEqual(['move_out', 'move_out']);
    await prov.close();
  });

  it('every event dialog fits a 360 px phone', async () => {
    const tag = `${RUN}-p`;
    const h = await household(page, family(tag));
    const phone = await newContext(e2e.browser, e2e.url, PHONE);
    const p = await phone.newPage();
    await login(p, 'xa.tanlac');
    const noOverflow = () =>
      p.evaluate(
        () =>
          document.documentElement.scrollWidth <= window.innerWidth &&
          [...document.querySelectorAll('.ant-modal')].every((m) => m.getBoundingClientRect().right <= window.innerWidth),
      );
    const types: [string, string, (d: Locator) => Promise<void>][] = [
      ['Sinh', 'birth', async () => undefined],
      ['Mất', 'death', async () => undefined],
      ['Chuyển đến', 'move-in', async (d) => d.getByRole('button', { name: 'Thêm thành viên' }).click()],
      [
        'Chuyển đi',
        'move-out',
        async (d) => {
          await d.getByText('Lập hộ mới ở xã, phường nơi đến').click();
          await d.getByTestId('event-to-commune').fill('05425');
        },
      ],
      ['Tách hộ', 'split', async () => undefined],
      ['Nhập hộ', 'merge', async () => undefined],
      ['Đổi chủ hộ', 'change-head', async (d) => pick(p, d.getByTestId('event-person'), `Đinh Công Hải ${tag} (1985)`)],
    ];
    for (const [label, name, fill] of types) {
      const dialog = await openEvent(p, h.id, label);
      await fill(dialog);
      expect(await noOverflow(), name).toBe(true);
      await view(p, `register-event-${name}-360x740`);
      await dialog.getByRole('button', { name: 'Hủy' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await p.goto(`/households/${h.id}`);
    await p.getByTestId('household-delete').click();
    await p.getByRole('dialog').locator('#reason').waitFor();
    expect(await noOverflow()).toBe(true);
    await view(p, 'register-event-delete-360x740');
    await phone.close();
  });
});
