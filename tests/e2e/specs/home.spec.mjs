// The home page: the comparison table with the article's figures, exactly as in the source CSV.
import { test, expect } from '@playwright/test';
import { sourceCsv, bundledIndex, watchErrors } from './helpers.mjs';

test('the static shell paints the header before the app starts', async ({ page }) => {
  await page.route('**/*.wasm', () => {}); // never answer: only the shell can paint
  await page.goto('./');
  await expect(page.locator('.site-header .brand')).toHaveText(/Needledrop/);
  await expect(page.getByText('Loading Needledrop…')).toBeVisible();
});

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
