import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, login, newContext, registerServerClock } from './browser.js';
import { startServer, type TestServer } from './server.js';

/** A server and a browser for one test file; E2E_BASE_URL points the tests at a running server instead. */
export interface E2E {
  url: string;
  browser: Browser;
  server: TestServer | null;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  const external = process.env.E2E_BASE_URL;
  const [server, browser] = await Promise.all([external ? Promise.resolve(null) : startServer(), launchBrowser()]);
  if (server) registerServerClock(server.url, server.app.ctx.auth);
  return {
    url: external ?? server!.url,
    browser,
    server,
    async close() {
      await browser.close().catch(() => undefined);
      await server?.close();
    },
  };
}

/** What a test file logged in as one user works with; filled in by the file's beforeAll. */
export interface Session {
  e2e: E2E;
  ctx: BrowserContext;
  page: Page;
}

/**
 * Registers the beforeAll/afterAll of a test file that works as one logged-in user (null: not logged
 * in yet): a server, a browser, a context and a page. Read the fields inside tests (they are set once beforeAll has run).
 */
export function loggedInSession(username: string | null): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.e2e = await startE2E();
    session.ctx = await newContext(session.e2e.browser, session.e2e.url);
    session.page = await session.ctx.newPage();
    if (username) await login(session.page, username);
  });
  // A failed attempt can leave a dialog or dropdown open over the page the next attempt (the retry,
  // or the next test of the file) starts from: load the page again to close them.
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await session.page?.reload().catch(() => undefined);
  });
  afterAll(async () => {
    await session.ctx?.close();
    await session.e2e?.close();
  });
  return session;
}

/** Opens a tree node (loads its children) by the unit code shown in it. */
export async function expandUnit(page: Page, code: string): Promise<void> {
  const node = page.locator('.ant-tree-treenode', { has: page.getByTestId(`unit-node-${code}`) });
  await node.locator('.ant-tree-switcher').click();
}

/** Texts of the tree nodes directly below an opened node are all in the tree; this lists every node's text. */
export async function treeTexts(page: Page): Promise<string[]> {
  return page.locator('.unit-tree [data-testid^="unit-node-"]').allInnerTexts();
}

/** Calls the API from inside the page (same cookies and CSRF token the app uses). */
export async function fetchFromPage(page: Page, path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ path, init }) => {
      const me = await fetch('/api/auth/me').then((r) => r.json());
      const res = await fetch(path, {
        method: init.method ?? 'GET',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      let body: unknown = null;
      try {
        body = await res.json();
      } catch {
        body = null;
      }
      return { status: res.status, body };
    },
    { path, init },
  );
}

/** Goes to a page through the side menu (opening the drawer first on a phone). */
export async function nav(page: Page, label: string): Promise<void> {
  const opener = page.getByRole('button', { name: /Mở danh mục|Open menu/ });
  if (await opener.isVisible()) await opener.click();
  await page.locator('.ant-menu').getByRole('link', { name: label, exact: true }).click();
}

/** expect.poll with room for a busy machine (the default gives up after one second). */
export function poll<T>(fn: () => T | Promise<T>) {
  return expect.poll(fn, { timeout: 15_000, interval: 200 });
}

/**
 * Uploads an XLSForm (CSV text) as the page's signed-in user and publishes it; the upload's answer comes
 * back in the result so that a refusal shows in the test's message.
 */
export async function publishSurveyForm(page: Page, fileName: string, xlsform: Buffer): Promise<{ status: number; published: number; body: any }> {
  return page.evaluate(
    async ({ text, fileName }) => {
      const me = await (await fetch('/api/auth/me')).json();
      const headers = { 'x-csrf-token': me.csrfToken };
      const fd = new FormData();
      fd.append('file', new Blob([text], { type: 'text/csv' }), fileName);
      const up = await fetch('/api/surveys/forms', { method: 'POST', headers, body: fd });
      const body = await up.json();
      const pub = await fetch(`/api/surveys/forms/${body.id}/state`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ state: 'published' }),
      });
      return { status: up.status, body, published: pub.status };
    },
    { text: xlsform.toString('utf8'), fileName },
  );
}
