import { expect, type Locator, type Page } from '@playwright/test';
import { toPersian } from './text';

/**
 * antd controls, driven the way a person does and retried as a whole where antd animates: a click
 * that lands while a popup is still opening, or while its options are being replaced, is lost.
 */

/** The form item (label, control, messages) of a labelled field. */
export function formItem(scope: Page | Locator, label: string): Locator {
  const page = 'page' in scope ? scope.page() : scope;
  return scope.locator('.ant-form-item').filter({ has: page.getByText(label, { exact: true }) });
}

/** Opens an antd select or cascader by its label, centred so that its popup opens below it and stays put. */
export async function openPopup(scope: Page | Locator, label: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await input.click();
}

/**
 * Chooses the option titled `title` of the antd select labelled `label` (typing it first into a
 * searchable one), and waits for the popup to close.
 */
export async function choose(page: Page, scope: Page | Locator, label: string, title: string, search = false): Promise<void> {
  const popup = page.locator('.ant-select-dropdown:visible');
  await expect(async () => {
    if ((await popup.count()) === 0) await openPopup(scope, label);
    const option = popup.getByTitle(title, { exact: true });
    if (search) {
      // Filtered down to the one option, which is active: Enter chooses it.
      await scope.getByLabel(label, { exact: true }).fill(title);
      await expect(option).toBeVisible({ timeout: 2_000 });
      await page.keyboard.press('Enter');
    } else {
      await option.click({ timeout: 2_000 });
    }
    await expect(popup).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Picks a path in the antd cascader labelled `label` (one title per level) and closes it; done
 * when the field shows the whole path.
 */
export async function chooseInCascader(page: Page, label: string, path: readonly string[]): Promise<void> {
  const popup = page.locator('.ant-cascader-dropdown:visible');
  const field = formItem(page, label);
  await expect(async () => {
    if ((await popup.count()) === 0) await openPopup(page, label);
    for (const title of path) await popup.getByTitle(title, { exact: true }).click({ timeout: 2_000 });
    if ((await popup.count()) > 0) await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0, { timeout: 2_000 });
    await expect(field).toContainText(path.join(' / '), { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Types a Jalali date (yyyy/mm/dd) into a date picker and confirms it with Enter; checks that the
 * picker took it (it shows it in Persian digits), retrying the whole entry, unless the date is one
 * the form must refuse (a disabled date is cleared on Enter and the field shows why).
 */
export async function typeDate(picker: Locator, jalaliDate: string, options: { refused?: boolean } = {}): Promise<void> {
  if (options.refused) {
    await picker.click();
    await picker.fill(jalaliDate);
    await picker.press('Enter');
    return;
  }
  await expect(async () => {
    await picker.click();
    await picker.fill(jalaliDate);
    await picker.press('Enter');
    await expect(picker).toHaveValue(toPersian(jalaliDate), { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}
