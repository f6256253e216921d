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

test('a JSON of your own without release markers is drawn in calendar time, and kept after a reload', async ({ page }) => {
  await page.goto('compare');
  // Plain rows with a column of the file's own, which the import skips.
  const rows = JSON.stringify([
    { date: '2024-01-01', value: 10, series: 'Mine', note: 'first week' },
    { date: '2024-01-08', value: 4, series: 'Mine', note: { nested: [1, 2] } },
  ]);
  await page.locator('.dropzone input[type=file]').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(rows) });
  await expect(page).toHaveURL(/songs=import-mine/);
  await expect(page.locator('.import-summary')).toContainText('mine.json');
  const chart = page.locator('#chart');
  // The page's default of release day would leave nothing to draw: no release is tied to the series.
  await expect(chart.getByRole('button', { name: 'Align on release day' })).toHaveAttribute('aria-pressed', 'false');
  await expect(chart.locator('.chart-summary')).toContainText('Chart of 1 series, from');
  await expect(chart.locator('.chart-empty')).toBeEmpty();
  await expect(page.getByText('Some parts of this link were ignored')).toHaveCount(0);
  await page.reload();
  await expect(chart.locator('.chart-summary')).toContainText('Chart of 1 series, from');
  await expect(chart.locator('.chart-empty')).toBeEmpty();
  // Asked for, event time says why it is empty.
  await chart.getByRole('button', { name: 'Align on release day' }).click();
  await expect(chart.locator('.chart-empty')).toContainText('No release is tied to these songs');
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

// Daily streams with a clear jump after 2024-03-10 (the marker's date).
const DAILY = ['Date,Daily streams,Track'];
for (let day = 1; day <= 31; day += 1) {
  const streams = day < 11 ? 1000 + day : 8000 - day * 50;
  DAILY.push(`3/${day}/2024,${streams},Team Song`);
}

test('import journey: daily streams, mapped, a marker, spike statistics, embed note, kept after reload', async ({ page }) => {
  await page.goto('compare');
  await pick(page, 'dashboard.csv', DAILY.join('\n'));
  const mapper = page.locator('.mapper');
  await expect(mapper).toContainText('dashboard.csv: 31 rows');
  await mapper.getByLabel('Value column').selectOption({ label: 'Daily streams' });
  await mapper.getByRole('button', { name: 'Chart these series' }).click();
  await expect(page).toHaveURL(/songs=import-team-song/);
  await expect(page.locator('.chart-legend')).toContainText('dashboard.csv');
  await expect(page.locator('.spike-stats')).toHaveCount(0);

  // A marker with an impossible date is refused with the reason, then a real one is added.
  const editor = page.locator('.marker-editor');
  await editor.getByLabel('Label').fill('Season 2');
  await editor.getByLabel('Date').fill('2024-03-10');
  await editor.getByRole('button', { name: 'Add marker' }).click();
  await expect(editor.locator('.chips')).toContainText('2024-03-10 — Season 2');
  const stats = page.locator('.spike-stats');
  await expect(stats).toContainText('after Season 2');
  // Peak after the marker: 8000 - 11*50 = 7450 streams on 3/11.
  await expect(stats).toContainText('7,450');

  // The embed dialog says a file from disk cannot travel in an embed.
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await expect(page.locator('.embed-dialog__note')).toContainText('kept in this browser only');
  await expect(page.locator('.embed-dialog__code')).not.toHaveValue(/data=/);
  await page.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  await expect(page.locator('.marker-editor .chips')).toContainText('2024-03-10 — Season 2');
  await expect(page.locator('.spike-stats')).toContainText('7,450');
  await page.locator('.marker-editor').getByRole('button', { name: /Remove the marker/ }).click();
  await expect(page.locator('.spike-stats')).toHaveCount(0);
});

const LINKED = 'https://example.org/team/streams.csv';

function serveLinked(page, body = DAILY.join('\n'), status = 200) {
  return page.route(LINKED, (route) => route.fulfill({
    status, contentType: 'text/csv', body, headers: { 'access-control-allow-origin': '*' },
  }));
}

test('a data= link charts its series with its markers, and its embed carries both', async ({ page }) => {
  await serveLinked(page);
  const query = `data=${encodeURIComponent(LINKED)}&marker=${encodeURIComponent('2024-03-10,Season 2')}`;
  await page.goto(`compare?${query}`);
  await expect(page.locator('.chart-legend')).toContainText(LINKED);
  await expect(page.locator('.spike-stats')).toContainText('after Season 2');
  await expect(page.locator('.spike-stats')).toContainText('7,450');
  await expect(page.locator('.import-summary')).toHaveCount(0);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const code = await page.locator('.embed-dialog__code').inputValue();
  const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  const url = new URL(src);
  expect(url.searchParams.get('data')).toBe(LINKED);
  expect(url.searchParams.get('marker')).toBe('2024-03-10,Season 2');
  expect(url.searchParams.get('songs')).toBe('import-team-song');
  await page.goto(src);
  await expect(page.locator('.embed__title')).toContainText('Team Song');
  await expect(page.locator('.spike-stats, .chart-credits')).not.toHaveCount(0);
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('chart-drawn').length)).toBeGreaterThan(0);
});

test('a data= link that fails says why, keeps the bundled songs, and retries', async ({ page }) => {
  let fail = true;
  await page.route(LINKED, (route) => (fail
    ? route.fulfill({ status: 404, body: 'gone', headers: { 'access-control-allow-origin': '*' } })
    : route.fulfill({ status: 200, contentType: 'text/csv', body: DAILY.join('\n'), headers: { 'access-control-allow-origin': '*' } })));
  await page.goto(`compare?songs=running-up-that-hill-kate-bush&data=${encodeURIComponent(LINKED)}`);
  const status = page.locator('.linked-status[role=alert]');
  await expect(status).toContainText('could not be charted; the bundled songs are still here');
  await expect(status).toContainText('404');
  await expect(page.locator('.chart-legend')).toContainText('Billboard Hot 100');
  fail = false;
  await status.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.linked-status')).toHaveCount(0);
  await page.goto(`compare?songs=running-up-that-hill-kate-bush,import-team-song&data=${encodeURIComponent(LINKED)}`);
  await expect(page.locator('.chart-legend')).toContainText(LINKED);
  await expect(page.locator('.chart-legend')).toContainText('Running Up That Hill');
});

test('a data= link to a host without CORS, or to javascript:, is refused with a reason', async ({ page }) => {
  // A response the browser may not read (no CORS) fails the fetch like this in the page.
  await page.route(LINKED, (route) => route.abort('failed'));
  await page.goto(`embed?data=${encodeURIComponent(LINKED)}`);
  await expect(page.locator('.linked-status[role=alert]')).toContainText('cross-origin requests (CORS)');
  await page.goto(`compare?data=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(page.locator('.notice')).toContainText('is not an http(s) address');
});
