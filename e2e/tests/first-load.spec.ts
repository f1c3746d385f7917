import http from 'node:http';
import { expect, test, type Page, type Response } from '@playwright/test';

/**
 * First load: the sign-in page's JavaScript arrives precompressed (Brotli for Chromium, gzip for a
 * client that asks only for gzip), at most 400 kB gzip in all, cached for a year when hashed; each
 * route's page is a chunk of its own, loaded only when the route is visited.
 */

/** The sign-in page's JavaScript budget (gzip), as bench/admin-bundle.ts checks it on the build. */
const BUDGET_BYTES = 400_000;

interface Transfer {
  url: string;
  encoding: string | undefined;
  bytes: number;
}

/** The scripts a page loads, with the bytes each took on the wire (body as sent, compressed or not). */
function recordScripts(page: Page): { done: () => Promise<Transfer[]>; responses: Response[] } {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  return {
    responses,
    done: () =>
      Promise.all(
        responses.map(async (response) => ({
          url: response.url(),
          encoding: (await response.allHeaders())['content-encoding'],
          bytes: (await response.request().sizes()).responseBodySize,
        })),
      ),
  };
}

/** GETs a URL with only `Accept-Encoding: gzip`, as a client without Brotli does: status, headers and the bytes on the wire. */
function getGzipOnly(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes }));
      })
      .on('error', reject);
  });
}

test.describe('بارگذاری نخست', () => {
  test('the sign-in page loads at most 400 kB of compressed JavaScript, Brotli or gzip, cached as immutable', async ({ page }) => {
    const scripts = recordScripts(page);
    await page.goto('/login');
    await expect(page.getByRole('tab', { name: 'ورود با گذرواژه' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('captcha-image')).toBeVisible();
    const loaded = await scripts.done();
    expect(loaded.length).toBeGreaterThan(3);

    // Chromium asks for Brotli: every script comes as its Brotli copy.
    for (const script of loaded) expect(script.encoding, script.url).toBe('br');
    const brotliBytes = loaded.reduce((sum, script) => sum + script.bytes, 0);
    expect(brotliBytes).toBeGreaterThan(100_000);
    expect(brotliBytes).toBeLessThanOrEqual(BUDGET_BYTES);

    // A client that takes only gzip gets the gzip copies: the same scripts within the budget too.
    let gzipBytes = 0;
    for (const script of loaded) {
      const answer = await getGzipOnly(script.url);
      expect(answer.status, script.url).toBe(200);
      expect(answer.headers['content-encoding'], script.url).toBe('gzip');
      expect(answer.headers.vary, script.url).toBe('Accept-Encoding');
      expect(answer.headers['content-type'], script.url).toBe('text/javascript; charset=utf-8');
      if (new URL(script.url).pathname.startsWith('/assets/'))
        expect(answer.headers['cache-control'], script.url).toBe('public, max-age=31536000, immutable');
      gzipBytes += answer.bytes;
    }
    expect(gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);

    // The page itself is compressed too, and revalidated every time.
    const html = await getGzipOnly(new URL('/login', page.url()).toString());
    expect(html.headers['content-encoding']).toBe('gzip');
    expect(html.headers['cache-control']).toBe('no-cache');
  });

  test("each route's page is loaded only when the route is visited", async ({ page }) => {
    const scripts = recordScripts(page);
    await page.goto('/login');
    await expect(page.getByTestId('captcha-image')).toBeVisible();
    const atLogin = new Set(scripts.responses.map((response) => new URL(response.url()).pathname));
    // Neither the app's layout (side menu, role switcher) nor any other route's page came with the sign-in page.
    for (const chunk of ['app-layout', 'national-id-page', 'audit-page', 'cartable-page', 'approvals-page', 'campaign-page']) {
      expect(
        [...atLogin].filter((path) => path.includes(`/${chunk}-`)),
        chunk,
      ).toEqual([]);
    }
    const inquiry = page.waitForResponse((response) => /\/assets\/national-id-page-[\w-]+\.js$/.test(new URL(response.url()).pathname));
    await page.getByRole('link', { name: 'پیشخوان: صفحهٔ نخست' }).click();
    await expect(page.getByRole('heading', { name: 'به پیشخوان خوش آمدید' })).toBeVisible();
    await page.getByRole('navigation', { name: 'منوی اصلی' }).getByRole('link', { name: 'استعلام کد ملی' }).click();
    await expect(page.getByRole('heading', { name: 'استعلام کد ملی' })).toBeVisible();
    expect((await inquiry).status()).toBe(200);
  });
});
