import { expect, test } from '@playwright/test';

test.describe('استعلام کد ملی', () => {
  test('a valid and an invalid national ID typed in Persian digits get Persian answers', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('link', { name: 'استعلام کد ملی' }).click();
    await expect(page).toHaveURL(/\/national-id$/);
    await expect(page.getByRole('heading', { name: 'استعلام کد ملی' })).toBeVisible();

    const input = page.getByLabel('کد ملی', { exact: true });
    const result = page.getByTestId('national-id-result');

    await input.fill('۰۰۱-۳۵۴۲۴۱۹');
    await page.getByRole('button', { name: 'استعلام' }).click();
    await expect(result.getByText('معتبر', { exact: true })).toBeVisible();
    await expect(result).toContainText('۰۰۱۳۵۴۲۴۱۹');
    await expect(result).toContainText('تهران');
    await expect(result).toContainText('۰۰۱');
    await expect(result).not.toContainText('0013542419');

    await input.fill('۰۰۱۳۵۴۲۴۱۸');
    await page.getByRole('button', { name: 'استعلام' }).click();
    await expect(result.getByText('نامعتبر', { exact: true })).toBeVisible();
    await expect(result).toContainText('رقم کنترل کد ملی درست نیست');
    await expect(result).toContainText('۰۰۱۳۵۴۲۴۱۸');
  });

  test('a pilot prefix missing from the place table is valid with no place, and repeated digits are refused', async ({ page }) => {
    await page.goto('/national-id');
    const input = page.getByLabel('کد ملی', { exact: true });
    const result = page.getByTestId('national-id-result');

    await input.fill('۷۵۰۱۲۳۴۵۶۶');
    await input.press('Enter');
    await expect(result.getByText('معتبر', { exact: true })).toBeVisible();
    await expect(result).toContainText('در جدول محل‌های صدور نیامده است');
    await expect(result).toContainText('۷۵۰');

    await input.fill('۱۱۱۱۱۱۱۱۱۱');
    await input.press('Enter');
    await expect(result.getByText('نامعتبر', { exact: true })).toBeVisible();
    await expect(result).toContainText('کد ملی نمی‌تواند ده رقم یکسان باشد');
  });

  test('an unknown address shows the Persian not-found page', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByText('صفحه پیدا نشد')).toBeVisible();
    await page.getByRole('button', { name: 'بازگشت به خانه' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});
