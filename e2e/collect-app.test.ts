import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, e2eEnabled, login, newContext, shot } from './browser.js';
import { fetchFromPage, poll, publishSurveyForm, startE2E, type E2E } from './setup.js';
import { csv } from '../src/modules/xlsform/xlsform.fixtures.js';

/** A small form: a required question, a date and a repeat (the library's own buttons and messages show). */
const XLSFORM = csv({
  survey: [
    ['type', 'name', 'label', 'required'],
    ['text', 'chu_ho', 'Họ tên chủ hộ', 'yes'],
    ['date', 'ngay', 'Ngày khảo sát', ''],
    ['begin_repeat', 'tv', 'Thành viên', ''],
    ['text', 'ten', 'Tên thành viên', ''],
    ['end_repeat', '', '', ''],
  ],
  settings: [
    ['form_id', 'form_title', 'version'],
    ['khao_sat_ngon_ngu', 'Khảo sát ngôn ngữ giao diện', '1'],
  ],
});

describe.skipIf(!e2eEnabled)('web collection: the installable app, and ODK Web Forms in the app’s language', { timeout: 300_000 }, () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
    const ctx = await newContext(e2e.browser, e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'tinh.phutho');
    const r = await publishSurveyForm(page, 'khao_sat_ngon_ngu.csv', XLSFORM);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.published).toBe(204);
    await ctx.close();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('links a manifest that makes the app installable, and offers the browser’s install prompt on the collection page', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto('/collect');
    await page.getByTestId('collect-form-khao_sat_ngon_ngu').waitFor({ timeout: 120_000 });

    // The manifest: linked from the page, standalone, Vietnamese, with 192 and 512 px icons that exist.
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = (await fetchFromPage(page, href!)).body;
    expect(manifest).toMatchObject({ display: 'standalone', lang: 'vi', start_url: '/' });
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status(), icon.src).toBe(200);

    // No offer from the browser: no button.
    expect(await page.getByTestId('collect-install').count()).toBe(0);
    // The browser offers to install (Chromium fires beforeinstallprompt when the criteria are met;
    // headless Chromium never does, so the event is made here with the same shape).
    const defaultPrevented = await page.evaluate(() => {
      const e = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
      (window as unknown as { prompted: number }).prompted = 0;
      e.prompt = async () => {
        (window as unknown as { prompted: number }).prompted++;
      };
      e.userChoice = Promise.resolve({ outcome: 'accepted' });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    });
    // The app keeps the offer for its own button rather than the browser's bar.
    expect(defaultPrevented).toBe(true);
    await page.getByTestId('collect-install').waitFor();
    expect(await page.getByTestId('collect-install').innerText()).toContain('Cài ứng dụng vào màn hình chính');
    await shot(page, 'collect-install-360');
    await page
      .getByTestId('collect-install')
      .getByRole('button', { name: /Cài vào máy/ })
      .click();
    await page.getByText('Đã cài ứng dụng vào máy').waitFor();
    expect(await page.evaluate(() => (window as unknown as { prompted: number }).prompted)).toBe(1);
    // The offer is used once: the button is gone.
    await poll(() => page.getByTestId('collect-install').count()).toBe(0);
    await ctx.close();
  });

  it('shows ODK Web Forms’ own buttons and messages in Vietnamese by default, in English for an English user', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto('/collect');
    const open = async () => {
      await page.getByTestId('collect-form-khao_sat_ngon_ngu').waitFor({ timeout: 120_000 });
      await page.getByTestId('collect-form-khao_sat_ngon_ngu').getByRole('button').click();
      await page.getByLabel('Họ tên chủ hộ').waitFor({ timeout: 60_000 });
    };
    await open();
    const form = page.locator('.collect-page');
    await page.getByRole('button', { name: 'Thêm Thành viên' }).waitFor();
    // Sending with the required question empty: the count of errors and the message, in Vietnamese.
    await page.getByRole('button', { name: 'Gửi phiếu' }).click();
    await page.getByText('1 câu hỏi có lỗi.').waitFor();
    await page.getByText('Câu hỏi này bắt buộc phải trả lời').first().waitFor();
    const text = await form.innerText();
    for (const english of ['Send', 'Add', 'question with error', 'Condition not satisfied', 'Powered by']) expect(text).not.toContain(english);
    await shot(page, 'collect-odk-vi-360');
    // No part of the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The same user in English: the library's own words.
    await page.getByTestId('collect-back').click();
    const lang = await fetchFromPage(page, '/api/auth/language', { method: 'PUT', body: { language: 'en' } });
    expect(lang.status).toBe(200);
    // What the language switch of the app does on the device (the cookie the app starts with).
    await page.evaluate(() => {
      document.cookie = 'lang=en; path=/; samesite=strict';
    });
    await page.reload();
    await open();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('1 question with error.').waitFor();
    expect(await form.innerText()).not.toContain('Gửi phiếu');
    await fetchFromPage(page, '/api/auth/language', { method: 'PUT', body: { language: 'vi' } });
    await ctx.close();
  });

  it('warms the form engine while the list shows and keeps nothing of it; opening a form again adds no styles to the page', async () => {
    const ctx = await newContext(e2e.browser, e2e.url, PHONE);
    const page = await ctx.newPage();
    await login(page, 'xa.tanlac');
    await page.goto('/collect');
    const item = page.getByTestId('collect-form-khao_sat_ngon_ngu');
    await item.waitFor({ timeout: 120_000 });
    // Before any form is opened: PrimeVue's styles are in the page (the warm-up form was drawn) …
    const styles = () => page.evaluate(() => document.head.querySelectorAll('style').length);
    const primevue = () => page.evaluate(() => document.head.querySelectorAll('style[data-primevue-style-id]').length);
    await expect.poll(primevue, { timeout: 60_000, interval: 200 }).toBeGreaterThan(0);
    // … and closed: no form, no hidden element left behind.
    await poll(() => page.evaluate(() => document.querySelectorAll('.odk-form, .collect-odk, .collect-warm-up').length)).toBe(0);
    const open = async () => {
      await item.getByRole('button').click();
      await page.getByLabel('Họ tên chủ hộ').waitFor({ timeout: 60_000 });
      await page.getByTestId('collect-back').click();
      await item.waitFor();
    };
    await open();
    const afterFirst = await styles();
    await open();
    await open();
    expect(await styles()).toBe(afterFirst);
    await ctx.close();
  });
});
