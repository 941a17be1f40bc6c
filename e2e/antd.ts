import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { poll } from './setup.js';

/**
 * Opens an antd select (unless open already, as a multiple select stays) and picks the option with this
 * exact label in that select's own dropdown (several dropdowns may hold the same labels), then checks it shows.
 * A busy machine can swallow a click while a dropdown animates: it tries again rather than fail later.
 */
export async function pick(page: Page, select: Locator, label: string, typed?: string): Promise<void> {
  const root = select.locator('xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  for (let attempt = 0; ; attempt++) {
    if (!/\bant-select-open\b/.test((await root.getAttribute('class')) ?? '')) await root.click();
    if (typed) {
      // A retry finds the dropdown still open with the earlier text in its search box: start that text again.
      const search = root.locator('input').first();
      await search.fill('');
      await search.pressSequentially(typed);
    }
    const listId = await root.locator('input').first().getAttribute('aria-controls');
    const dropdown = listId ? page.locator(`.ant-select-dropdown:has([id="${listId}"])`) : page.locator('.ant-select-dropdown:visible');
    await dropdown
      .locator(`.ant-select-item-option[title="${label}"]`)
      .first()
      .click({ timeout: 10_000 })
      .catch(() => undefined);
    const shown = await expect
      .poll(() => root.innerText(), { timeout: 3000 })
      .toContain(label)
      .then(
        () => true,
        () => false,
      );
    if (shown) return;
    if (attempt >= 2) throw new Error(`select did not take "${label}"`);
  }
}

/**
 * Clicks a dropdown button and one of its menu items, which opens a dialog; returns the dialog once its
 * title holds `title`. The menu may close under the click on a busy machine: the menu is opened again.
 */
export async function openFromMenu(page: Page, trigger: Locator, item: string, title: string | RegExp): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  for (let attempt = 0; ; attempt++) {
    await trigger.click();
    await page
      .getByRole('menuitem', { name: item, exact: true })
      .click({ timeout: 5000 })
      .catch(() => undefined);
    const opened = await dialog.waitFor({ timeout: 8000 }).then(
      () => true,
      () => false,
    );
    if (opened || attempt >= 2) break;
  }
  await poll(() => dialog.locator('.ant-modal-title').innerText()).toMatch(title);
  return dialog;
}
