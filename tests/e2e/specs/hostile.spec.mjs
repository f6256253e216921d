// Hostile strings in data render as inert text; only http(s) links become links.
import { test, expect } from '@playwright/test';
import { bundledIndex } from './helpers.mjs';

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 2">';
const LONG = 'L'.repeat(10_000);
const BIDI = 'Evil\u202Eelif.exe\u200B';

function hostileIndex() {
  const index = bundledIndex();
  const show = index.shows.find((s) => s.id === 'stranger-things');
  show.title = `${SCRIPT} ${BIDI}`;
  show.comparison.fan_engagement = IMG;
  show.comparison.notable_artists = [LONG];
  const source = index.sources.find((s) => s.id === show.comparison.source);
  source.title = IMG;
  return JSON.stringify(index);
}

function withLinks(links) {
  const index = bundledIndex();
  const song = index.songs.find((s) => s.id === 'running-up-that-hill-kate-bush');
  song.links = links;
  return JSON.stringify(index);
}

test('hostile titles, artists and links render as text and never run', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.route('**/data/index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: hostileIndex() }));
  await page.goto('./');
  const row = page.locator('table.comparison tbody tr').first();
  await expect(row.locator('th')).toContainText(SCRIPT);
  await expect(row.locator('td[data-label="Fan engagement highlights"]')).toHaveText(IMG);
  await expect(row.locator('td[data-label="Notable artists"]')).toContainText(LONG.slice(0, 100));
  expect(await page.locator('table.comparison img').count()).toBe(0);
  expect(await page.locator('table.comparison script').count()).toBe(0);
  // The page does not grow sideways from a 10,000-character name.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  await page.goto('data');
  await expect(page.locator('.source', { hasText: IMG })).toBeVisible();
  expect(await page.locator('.source img').count()).toBe(0);
  await page.goto('shows/stranger-things');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SCRIPT);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('javascript: and data: links in data are refused with the path of the field', async ({ page }) => {
  await page.route('**/data/index.json', (route) => route.fulfill({
    status: 200,
    contentType: 'application/json',
    body: withLinks([{ label: 'Listen', url: 'javascript:window.__pwned=4' }, { label: 'Data', url: 'data:text/html,<b>x</b>' }]),
  }));
  await page.goto('songs/running-up-that-hill-kate-bush');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('.links[0].url');
  await expect(alert).toContainText('.links[1].url');
  expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});
