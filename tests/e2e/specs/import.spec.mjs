// Bring your own data: a CSV with a column preview, charted beside bundled songs,
// kept across reloads until removed; bad files get errors that name the row.
import { test, expect } from '@playwright/test';

const GOOD = [
  'date,streams,song',
  '2024-03-01,1000,My Song',
  '2024-03-02,1200,My Song',
  '2024-03-03,9000,My Song',
  '2024-03-04,5000,My Song',
].join('\n');

async function pick(page, name, text) {
  await page.locator('.dropzone input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('a CSV is previewed, charted, kept across a reload, and removable', async ({ page }) => {
  await page.goto('compare?songs=running-up-that-hill-kate-bush');
  await pick(page, 'my-export.csv', GOOD);
  const mapper = page.locator('.mapper');
  await expect(mapper).toContainText('my-export.csv: 4 rows');
  await expect(mapper.locator('thead th')).toHaveText(['date', 'streams', 'song']);
  await mapper.getByRole('button', { name: 'Chart these series' }).click();
  await expect(page).toHaveURL(/songs=running-up-that-hill-kate-bush,import-my-song/);
  await expect(page.locator('.chart-legend')).toContainText('my-export.csv');
  await expect(page.locator('.import-summary')).toContainText('Charted from my-export.csv: 1 series.');
  await page.reload();
  await expect(page.locator('.import-summary')).toContainText('my-export.csv');
  await expect(page.locator('.chart-legend')).toContainText('my-export.csv');
  await page.getByRole('button', { name: /Remove my data/ }).click();
  await expect(page.locator('.import-summary')).toHaveCount(0);
});

test('a bad file lists its problems by row and leaves the current data as it was', async ({ page }) => {
  await page.goto('compare');
  await pick(page, 'first.csv', GOOD);
  await page.getByRole('button', { name: 'Chart these series' }).click();
  await expect(page.locator('.import-summary')).toContainText('first.csv');
  const bad = ['date,streams,song', '2024-02-30,10,A', '2024-03-01,-5,A', '2024-03-02,1e999,A'].join('\n');
  await pick(page, 'bad.csv', bad);
  await page.getByRole('button', { name: 'Chart these series' }).click();
  const alert = page.locator('.import-errors');
  await expect(alert).toContainText('Nothing was imported');
  await expect(alert).toContainText('bad.csv, row 2, column "date"');
  await expect(alert).toContainText('2024-02-30');
  await expect(alert).toContainText('row 3');
  await expect(alert).not.toContainText('Err(');
  await expect(page.locator('.import-summary')).toContainText('first.csv');
});

test('a data= address that is not http(s) is refused with a reason', async ({ page }) => {
  await page.goto('compare');
  await page.getByLabel('Or an address').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.locator('.import-errors')).toContainText('is not an http(s) address');
});

test('an address that answers HTML names the problem', async ({ page }) => {
  await page.route('https://example.org/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><p>hi</p>', headers: { 'access-control-allow-origin': '*' } }));
  await page.goto('compare');
  await page.getByLabel('Or an address').fill('https://example.org/series.csv');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.locator('.import-errors')).toContainText('HTML');
});
