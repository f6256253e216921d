// Content-Security-Policy: present, strict for scripts, and never violated in any view.
import { test, expect } from '@playwright/test';

const views = ['./', 'shows/stranger-things', 'songs/running-up-that-hill-kate-bush', 'compare', 'archive', 'data', 'no/such/page'];
// Views that load more after their heading: wait for what they load.
const loaded = [
  ['archive?title=Running+Up+That+Hill+(A+Deal+With+God)&artist=Kate+Bush', '.archive-song canvas'],
  ['archive?view=revivals', '.revival-table tbody tr'],
  ['archive?view=spotify', '.spotify-day tbody tr'],
  ['embed?archive=hot100&title=Dreams&artist=Fleetwood+Mac', '.archive-song canvas'],
];

test('the page carries a CSP that allows the wasm and no inline scripts but the loader', async ({ page }) => {
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("object-src 'none'");
});

test('no view raises a securitypolicyviolation', async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const view of views) {
    await page.goto(view);
    await expect(page.locator('main h1').first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__violations), view).toEqual([]);
  }
  for (const [view, ready] of loaded) {
    await page.goto(view);
    await expect(page.locator(ready).first()).toBeVisible({ timeout: 20_000 });
    expect(await page.evaluate(() => window.__violations), view).toEqual([]);
  }
});

test('loading a page and starting the app puts no warning or error in the console', async ({ page }) => {
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  await page.goto('shows/stranger-things');
  await expect(page.locator('main h1')).toHaveText('Stranger Things');
  await expect(page.locator('.status--loading')).toHaveCount(0);
  expect(messages.filter((text) => /^(warning|error)/.test(text))).toEqual([]);
});
