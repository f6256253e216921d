// Embeds: the chrome-less view, self-resizing iframes on another origin
// (plain and sandboxed), forged messages, themes, the embed dialog, the
// static SVG fallback and the per-route HTML with link-preview tags.
import { test, expect } from '@playwright/test';
import { startHostPage } from '../host-page-server.mjs';
import { watchErrors } from './helpers.mjs';

const RUTH = 'running-up-that-hill-kate-bush';
const RUTH_TITLE = 'Running Up That Hill (A Deal With God) — Kate Bush';

let host;
test.beforeAll(async () => { host = await startHostPage(); });
test.afterAll(async () => { await host?.close(); });

/** The host article embedding `embedPath` (relative to the app's root). */
function hostUrl(baseURL, embedPath, extra = {}) {
  const params = new URLSearchParams({ embed: new URL(embedPath, baseURL).href, script: new URL('embed.js', baseURL).href, ...extra });
  return `${host.origin}/host?${params}`;
}

/** The embed's content height (the bottom of its content), measured inside the frame. */
async function contentHeight(page) {
  const frame = page.frames().find((f) => f.url().includes('/needledrop/embed'));
  return frame.evaluate(() => Math.ceil(document.querySelector('.embed').getBoundingClientRect().bottom + scrollY));
}

const frameHeight = (page, selector = '#chart') => page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);

async function expectFitted(page) {
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page))), { timeout: 10_000 }).toBeLessThanOrEqual(2);
}

test('a page on another origin embeds a chart that fits its content and re-fits after a width change', async ({ page, baseURL }) => {
  await page.goto(hostUrl(baseURL, `embed?songs=${RUTH}&series=billboard-hot-100`));
  expect(new URL(page.url()).origin).not.toBe(new URL(baseURL).origin);
  const chart = page.frameLocator('#chart');
  await expect(chart.locator('h1')).toHaveText(RUTH_TITLE);
  await expect(chart.locator('.chart-stack')).toHaveAttribute('aria-label', /rose from off the chart to No\. 3 on the Billboard Hot 100/);
  await expect(chart.locator('.site-header, .site-nav, .chart-controls')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.__messages.some((m) => m.type === 'needledrop:status' && m.status === 'ready'))).toBe(true);
  await expect(page.locator('#chart')).toHaveAttribute('data-needledrop-status', 'ready');
  await expectFitted(page);
  const wide = await frameHeight(page);
  expect(wide).not.toBe(300);
  // Every resize message has the documented shape.
  const resizes = await page.evaluate(() => window.__messages.filter((m) => m.type === 'needledrop:resize'));
  expect(resizes.length).toBeGreaterThan(0);
  for (const message of resizes) expect(Object.keys(message).sort()).toEqual(['height', 'type']);

  await page.locator('#column').evaluate((el) => { el.style.width = '300px'; });
  await expectFitted(page);
  const narrow = await frameHeight(page);
  expect(Math.abs(narrow - wide)).toBeGreaterThan(20);
});

test('an embed whose link names no song, or an unknown one, says so to its editor and reports an error', async ({ page, baseURL }) => {
  for (const [path, message] of [
    ['embed', /This embed names no song: its link needs songs=/],
    ['embed?songs=no-such-song', /No song in the dataset has the id no-such-song/],
  ]) {
    await page.goto(hostUrl(baseURL, path));
    const chart = page.frameLocator('#chart');
    await expect(chart.locator('.chart-caption')).toContainText(message);
    await expect(page.locator('#chart')).toHaveAttribute('data-needledrop-status', 'error');
    const errors = await page.evaluate(() => window.__messages.filter((m) => m.type === 'needledrop:status'));
    expect(errors.map((m) => m.status)).not.toContain('ready');
    expect(errors.at(-1).message).toMatch(message);
  }
});

test('a sandboxed embed (allow-scripts only) renders and resizes', async ({ page, baseURL }) => {
  await page.goto(hostUrl(baseURL, `embed?songs=${RUTH}&series=billboard-hot-100`, { sandbox: 'allow-scripts' }));
  const chart = page.frameLocator('#chart');
  await expect(chart.locator('h1')).toHaveText(RUTH_TITLE);
  await expect(chart.locator('.chart-stack')).toHaveAttribute('aria-label', /Billboard Hot 100/);
  await expect(chart.locator('.chart-error')).toHaveCount(0);
  await expectFitted(page);
  expect(await frameHeight(page)).not.toBe(300);
});

test('forged resize messages from another frame or the page itself are ignored', async ({ page, baseURL }) => {
  await page.goto(hostUrl(baseURL, `embed?songs=${RUTH}&series=billboard-hot-100`, { spoof: '1' }));
  await expect(page.frameLocator('#chart').locator('.chart-stack')).toHaveAttribute('aria-label', /Billboard Hot 100/);
  await expectFitted(page);
  await page.evaluate(() => window.postMessage({ type: 'needledrop:resize', height: 3500 }, '*'));
  // The spoofer posts 3999 every 100 ms; give it time to be (wrongly) obeyed.
  await page.waitForTimeout(700);
  const height = await frameHeight(page);
  expect(height).toBeLessThan(1500);
  expect(Math.abs(height - (await contentHeight(page)))).toBeLessThanOrEqual(2);
  expect(await frameHeight(page, '#spoofer')).toBe(160);
});

test('theme=dark renders dark on a light system, theme=light light on a dark one, transparent shows through', async ({ page }) => {
  const pixel = () => page.locator('.embed canvas.chart-plot').evaluate((canvas) => Array.from(canvas.getContext('2d').getImageData(3, 3, 1, 1).data));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`embed?songs=${RUTH}&theme=dark`);
  await expect(page.locator('.embed .chart-stack')).toHaveAttribute('aria-label', /Billboard Hot 100/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(26, 26, 36)');
  await expect.poll(pixel).toEqual([26, 26, 36, 255]);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`embed?songs=${RUTH}&theme=light`);
  await expect(page.locator('.embed .chart-stack')).toHaveAttribute('aria-label', /Billboard Hot 100/);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  await expect.poll(pixel).toEqual([255, 255, 255, 255]);

  await page.goto(`embed?songs=${RUTH}&theme=auto&transparent=1`);
  await expect(page.locator('.embed .chart-stack')).toHaveAttribute('aria-label', /Billboard Hot 100/);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
  await expect.poll(async () => (await pixel())[3]).toBe(0);
});

test('the embed carries its sources, a link back and notices for unknown parameters', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`embed?songs=${RUTH}&series=billboard-hot-100&align=release&utm_source=news`);
  await expect(page.locator('.embed .chart-stack')).toHaveAttribute('aria-label', /from day −56/);
  await expect(page.locator('.embed .notice')).toContainText('utm_source');
  const sources = page.locator('.chart-credits__sources a');
  await expect(sources).not.toHaveCount(0);
  for (const href of await sources.evaluateAll((links) => links.map((a) => a.href))) expect(href).toMatch(/^https?:\/\//);
  const back = page.getByRole('link', { name: 'Needledrop ↗' });
  await expect(back).toHaveAttribute('target', '_blank');
  await expect(back).toHaveAttribute('href', `/needledrop/songs/${RUTH}?series=billboard-hot-100&align=release`);
  await page.setViewportSize({ width: 280, height: 600 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(280);
  expect(errors).toEqual([]);
});

test('a phone-width embed of eight series keeps its legend compact, so the chart starts within the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('embed?songs=running-up-that-hill-kate-bush,enemy-imagine-dragons&align=release');
  const items = page.locator('.chart-legend__item');
  await expect(items).toHaveCount(8);
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('chart-drawn').length)).toBeGreaterThan(0);
  const stack = await page.locator('.chart-stack').boundingBox();
  expect(stack.y).toBeLessThan(460);
  // Still a comfortable target: at least 24 px high each.
  for (const box of await items.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height))) {
    expect(box).toBeGreaterThanOrEqual(24);
  }
});

test('the embed dialog gives a titled snippet with the host script and fallback, options, preview and copy', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`songs/${RUTH}?series=billboard-hot-100`);
  await page.locator('.chart-panel').getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await expect(dialog).toBeVisible();
  const code = dialog.getByLabel('Code to paste');
  const root = new URL('./', baseURL).href;
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${root}embed\\?songs=${RUTH}&amp;series=billboard-hot-100&amp;align=calendar" title="Chart: Running Up That Hill`));
  const snippet = await code.inputValue();
  expect(snippet).toContain('data-needledrop-embed loading="lazy" style="width:100%;');
  expect(snippet).toContain(`<script src="${root}embed.js" async></script>`);
  expect(snippet).toContain(`<noscript><img src="${root}data/embed/${RUTH}.svg"`);
  const preview = dialog.locator('iframe.embed-dialog__preview');
  await expect(preview).toHaveAttribute('src', `${root}embed?songs=${RUTH}&series=billboard-hot-100&align=calendar`);
  await expect(page.frameLocator('iframe.embed-dialog__preview').locator('h1')).toHaveText(RUTH_TITLE);

  await dialog.getByLabel('Dark').check();
  await dialog.getByLabel('Transparent background').check();
  await expect(code).toHaveValue(/align=calendar&amp;theme=dark&amp;transparent=1"/);
  await expect(preview).toHaveAttribute('src', /theme=dark&transparent=1$/);
  await dialog.getByLabel('Fixed height in pixels').fill('640');
  await expect(code).toHaveValue(/height:640px/);
  expect(await code.inputValue()).not.toContain('<script');

  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('without a clipboard the dialog selects the code and says how to copy it', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto(`songs/${RUTH}`);
  await page.locator('.chart-panel').getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toContainText('the code is selected');
  const selection = await dialog.getByLabel('Code to paste').evaluate((el) => [el.selectionStart, el.selectionEnd, el.value.length]);
  expect(selection[0]).toBe(0);
  expect(selection[1]).toBe(selection[2]);
});

test('neither the embed view nor the embed dialog with its preview breaks the CSP', async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`embed?songs=${RUTH}&theme=dark&transparent=1`);
  await expect(page.locator('.embed .chart-stack')).toHaveAttribute('aria-label', /Billboard Hot 100/);
  await page.goto(`songs/${RUTH}`);
  await page.locator('.chart-panel').getByRole('button', { name: 'Embed' }).click();
  await expect(page.frameLocator('iframe.embed-dialog__preview').locator('h1')).toHaveText(RUTH_TITLE);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test('the static SVG fallback of a song exists and shows its series', async ({ request }) => {
  const response = await request.get(`data/embed/${RUTH}.svg`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  const svg = await response.text();
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="400"/);
  expect(svg).toContain('>Running Up That Hill (A Deal With God) — Kate Bush</text>');
  expect(svg).toContain('Billboard Hot 100');
  expect(svg).toContain('Source');
  const script = await request.get('embed.js');
  expect(script.status()).toBe(200);
  expect(await script.text()).toContain('event.source');
});

test('a show route answers 200 with its own title and link-preview tags', async ({ request, page }) => {
  const response = await request.get('shows/stranger-things');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<title>Stranger Things · Needledrop</title>');
  expect(html).toContain('<meta property="og:title" content="Stranger Things · Needledrop">');
  expect(html).toContain('<meta property="og:description" content="The music of Stranger Things');
  expect(html).toContain('<meta name="twitter:card"');
  expect(html).toContain('Content-Security-Policy');
  const song = await (await request.get(`songs/${RUTH}`)).text();
  expect(song).toContain(`<title>${RUTH_TITLE} · Needledrop</title>`);
  const embed = await request.get('embed');
  expect(embed.status()).toBe(200);
  expect(await embed.text()).not.toContain('class="site-header"');
  await page.goto('shows/stranger-things');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stranger Things');
});

test('an auto-themed embed redraws its chart when the reader switches light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('embed?songs=running-up-that-hill-kate-bush');
  const drawn = () => page.evaluate(() => performance.getEntriesByName('chart-drawn').length);
  await expect.poll(drawn).toBeGreaterThan(0);
  // The plot's own background, read back from the canvas (one corner pixel).
  const corner = () => page.evaluate(() => {
    const canvas = document.querySelector('canvas.chart-plot');
    const [r, g, b] = canvas.getContext('2d').getImageData(2, 2, 1, 1).data;
    return r + g + b;
  });
  const light = await corner();
  const before = await drawn();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(drawn).toBeGreaterThan(before);
  const dark = await corner();
  expect(light).toBeGreaterThan(600);
  expect(dark).toBeLessThan(200);
});
