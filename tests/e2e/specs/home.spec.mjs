// The home page: the comparison table with the article's figures, exactly as in the source CSV.
import { test, expect } from '@playwright/test';
import { sourceCsv, bundledIndex, watchErrors } from './helpers.mjs';

test('the static shell paints the header before the app starts', async ({ page }) => {
  await page.route('**/*.wasm', () => {}); // never answer: only the shell can paint
  await page.goto('./');
  await expect(page.locator('.site-header .brand')).toHaveText(/Needledrop/);
  await expect(page.getByText('Loading Needledrop…')).toBeVisible();
});

test('the home page paints its headline and lede before the app starts, and the app draws the same', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('./');
  const headline = page.getByRole('heading', { level: 1 });
  const lede = page.locator('.intro .lede');
  await expect(headline).toHaveText('What the music of streaming shows did to the charts');
  await expect(lede).toContainText('Which songs a show used, where it used them');
  await expect(page.locator('table.comparison')).toHaveCount(0);
  const before = { headline: await headline.boundingBox(), lede: await lede.boundingBox(), text: await lede.textContent() };
  release();
  await expect(page.locator('table.comparison tbody tr').first()).toBeVisible();
  await expect(page.locator('h1')).toHaveCount(1);
  expect(await headline.boundingBox()).toEqual(before.headline);
  expect(await lede.boundingBox()).toEqual(before.lede);
  expect(await lede.textContent()).toBe(before.text);
});

test('the shell of a deep link does not carry the home intro', async ({ page }) => {
  await page.route('**/*.wasm', () => {});
  await page.goto('./no-such-page');
  await expect(page.getByText('Loading Needledrop…')).toBeVisible();
  await expect(page.locator('.intro')).toHaveCount(0);
});

for (const viewport of [{ width: 1350, height: 940 }, { width: 412, height: 823 }]) {
  test(`loading the home page shifts nothing on screen at ${viewport.width}px (CLS)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const moved = entry.sources.map((source) => source.node?.nodeName + '.' + (source.node?.className || ''));
          window.__shifts.push({ value: entry.value, moved });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./');
    await expect(page.locator('table.comparison tbody tr').first()).toBeVisible();
    await expect(page.locator('svg.sparkline').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(() => window.__shifts);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    // Web vitals call 0.1 good; the page should come close to none at all.
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
  });
}

test('home lists every show of the dataset and the article rows match the source CSV', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  const table = page.locator('table.comparison');
  await expect(table).toBeVisible();
  const index = bundledIndex();
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(index.shows.length);

  const seed = sourceCsv('curated/seed_comparison_table.csv');
  expect(seed).toHaveLength(5);
  for (const record of seed) {
    const row = rows.filter({ has: page.locator('th', { hasText: record.show }) });
    await expect(row).toHaveCount(1);
    const cells = row.locator('td');
    await expect(cells.nth(0)).toHaveText(record.music_genre);
    await expect(cells.nth(1)).toHaveText(`No. ${record.peak_chart_position} ${record.peak_chart}`);
    await expect(cells.nth(2)).toHaveText(record.notable_artists.split(';').map((s) => s.trim()).join(', '));
    await expect(cells.nth(3)).toHaveText(record.fan_engagement_highlights);
  }
  await expect(page.locator('.source-note').first()).toContainText(seed[0].source_title);
  await expect(page).toHaveTitle(/Needledrop/);
  expect(errors).toEqual([]);
});

test('the article source line links to its entry on the data page', async ({ page }) => {
  await page.goto('./');
  await page.locator('.source-note a', { hasText: 'About this source' }).first().click();
  await expect(page).toHaveURL(/\/needledrop\/data#source-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data and method');
});
