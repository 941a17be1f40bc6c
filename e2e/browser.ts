import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../src/server/paths.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of a Chromium to drive, or null with the reason it is missing. */
export function findChromium(): { path: string | null; reason: string } {
  for (const c of CANDIDATES) if (c && fs.existsSync(c)) return { path: c, reason: '' };
  return { path: null, reason: `no Chromium found (looked at CHROMIUM_PATH, ${CANDIDATES.slice(1).join(', ')})` };
}

const chromiumFound = findChromium();
/** Whether browser tests run; REQUIRE_E2E=1 turns a missing browser into a failure. */
export const e2eEnabled = chromiumFound.path !== null || process.env.REQUIRE_E2E === '1';
if (!chromiumFound.path) {
  if (process.env.REQUIRE_E2E === '1') console.error(`REQUIRE_E2E=1 but ${chromiumFound.reason}`);
  else console.warn(`Skipping browser tests: ${chromiumFound.reason}. Set CHROMIUM_PATH, or REQUIRE_E2E=1 to fail instead.`);
}

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumFound.path) throw new Error(chromiumFound.reason);
  return chromium.launch({
    executablePath: chromiumFound.path,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 360, height: 740 };

/** A fresh browser profile (own cookies) at a viewport size; Vietnamese by default like our users. */
export async function newContext(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<BrowserContext> {
  const ctx = await browser.newContext({ baseURL, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', deviceScaleFactor: 1, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
  ctx.setDefaultTimeout(25_000);
  return ctx;
}

export const DEMO_PASSWORDS: Record<string, string> = { admin: 'Admin@2025', 'tinh.phutho': 'Tinh@2025', 'xa.tanlac': 'Xa@20251', lanhdao: 'Xem@2025' };

/** Logs in through the form, as a person would, and waits for the app frame. */
export async function login(page: Page, username: string, password = DEMO_PASSWORDS[username]): Promise<void> {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /Đăng nhập|Log in/ }).click();
  await page.getByTestId('user-menu').waitFor();
}

const SHOTS = path.join(ROOT, 'e2e', 'screenshots');

/** Saves a full-page screenshot to e2e/screenshots/<name>.png (folder is not committed). */
export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  // Let fonts, charts and lazy data settle before the picture.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
