import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { totpCode } from '../src/test/totp.js';
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
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 360, height: 740 };

/** A fresh browser profile (own cookies) at a viewport size; Vietnamese by default like our users. */
export async function newContext(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    baseURL,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    deviceScaleFactor: 1,
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
  });
  ctx.setDefaultTimeout(25_000);
  return ctx;
}

export const DEMO_PASSWORDS: Record<string, string> = { admin: 'Admin@2025', 'tinh.phutho': 'Tinh@2025', 'xa.tanlac': 'Xa@20251', lanhdao: 'Xem@2025' };

/** Logs in through the form, as a person would (with the two-step code or enrolment), and waits for the app frame. */
export async function login(page: Page, username: string, password = DEMO_PASSWORDS[username]): Promise<void> {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /Đăng nhập|Log in/ }).click();
  await passSecondStep(page, username);
}

interface ServerClock {
  now(): number;
  advance(ms: number): void;
}
/** Sign-in clocks of servers started in this process, by origin (see registerServerClock). */
const serverClocks = new Map<string, ServerClock>();
/** TOTP secrets read from the enrolment page, and the last 30-second step used, by origin and user. */
const totp = new Map<string, { secret: string; lastStep: number }>();

/**
 * Lets the login helper move a server's sign-in clock to the next TOTP period instead of waiting
 * for it (each code is accepted once). Servers elsewhere (E2E_BASE_URL) are waited for instead.
 */
export function registerServerClock(url: string, auth: { now(): number }): void {
  let offset = 0;
  const base = auth.now.bind(auth);
  auth.now = () => base() + offset;
  serverClocks.set(new URL(url).origin, { now: () => auth.now(), advance: (ms) => (offset += ms) });
}

async function nextCode(origin: string, username: string): Promise<string> {
  const state = totp.get(`${origin} ${username}`)!;
  const clock = serverClocks.get(origin);
  if (clock) {
    clock.advance(30_000);
  } else {
    // The server accepts the step before and after the current one, each once.
    const want = Math.max(state.lastStep + 1, Math.floor(Date.now() / 30_000) - 1);
    const waitMs = (want - 1) * 30_000 + 500 - Date.now();
    if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs));
  }
  const now = clock ? clock.now() : Math.max(Date.now(), (state.lastStep + 1) * 30_000);
  state.lastStep = Math.floor(now / 30_000);
  return totpCode(state.secret, now);
}

/**
 * After the password: types the authenticator code when asked, or enrols two-step verification on
 * the account security page (reading the secret shown there) the first time an administrator signs in.
 */
export async function passSecondStep(page: Page, username: string): Promise<void> {
  const menu = page.getByTestId('user-menu');
  const code = page.locator('#code');
  const enrol = page.getByTestId('two-factor-enable');
  await menu.or(code).or(enrol).first().waitFor();
  const origin = new URL(page.url()).origin;
  if (await code.isVisible()) {
    await code.fill(await nextCode(origin, username));
    await page.getByRole('button', { name: /Xác nhận|Verify/ }).click();
  } else if (await enrol.isVisible()) {
    await enrol.click();
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/[^A-Z2-7]/g, '');
    const clock = serverClocks.get(origin);
    const now = clock ? clock.now() : Date.now();
    totp.set(`${origin} ${username}`, { secret, lastStep: Math.floor(now / 30_000) });
    await page.locator('#enrol-code').fill(totpCode(secret, now));
    await page.getByRole('button', { name: /Xác nhận và bật|Confirm and turn on/ }).click();
    await page.getByTestId('recovery-saved').click();
  }
  await menu.waitFor();
}

/**
 * Waits until the screen stops moving: fonts loaded, no loading spinner or skeleton, no antd motion
 * (dialogs, dropdowns, drawers open and close with one) and no finite animation or transition running,
 * for a few frames in a row so that a motion about to start is not missed. It only readies a picture for
 * people to look at: on a machine too busy to settle in time it says so and lets the test go on.
 */
export async function settled(page: Page, timeout = 15_000): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => {
    (window as unknown as { __stillFrames: number }).__stillFrames = 0;
  });
  await page
    .waitForFunction(
      () => {
        const w = window as unknown as { __stillFrames: number };
        const moving =
          document.querySelector('.ant-spin-spinning, .ant-skeleton-active') !== null ||
          [...document.querySelectorAll('[class*="-appear"], [class*="-enter"], [class*="-leave"]')].some((el) =>
            [...el.classList].some((c) => /-(?:appear|enter|leave)(?:-(?:prepare|start|active))?$/.test(c)),
          ) ||
          document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
        w.__stillFrames = moving ? 0 : w.__stillFrames + 1;
        return w.__stillFrames >= 3;
      },
      undefined,
      { timeout, polling: 'raf' },
    )
    .catch(() => console.warn(`screen still moving after ${timeout} ms at ${page.url()}: taking the picture anyway`));
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
