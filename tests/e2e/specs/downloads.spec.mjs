// The download menu: PNG (screen ratio and 2x), SVG, CSV and JSON of the
// points in view, formula neutralisation, copy link, and permalinks that
// reopen the same view after a reload and in an embed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { test, expect } from '@playwright/test';
import { parseCsv } from './helpers.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RUTH = 'running-up-that-hill-kate-bush';
const HOT100 = `${RUTH}.billboard-hot-100`;
const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;
const iso = (days) => new Date(days * 86400000).toISOString().slice(0, 10);
// The song page's default window: 56 days before the first release (2022-05-27)
// to 182 days after the last (2022-07-01).
const START = day('2022-05-27') - 56;
const END = day('2022-07-01') + 182;

function hot100Points() {
  const file = JSON.parse(readFileSync(join(repo, 'public', 'data', 'series', `${RUTH}.json`), 'utf8'));
  return file.series.find((s) => s.id === HOT100).points.filter((p) => day(p.date) >= START && day(p.date) <= END);
}

async function download(page, item) {
  const panel = page.locator('.chart-panel');
  await expect(panel.locator('.chart-stack')).toHaveAttribute('aria-label', /Billboard Hot 100/);
  await panel.getByText('Download', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: item }).click()]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const stem = `${RUTH}_billboard-hot-100_${iso(START)}_${iso(END)}`;

test.describe('on a 3x screen', () => {
  test.use({ deviceScaleFactor: 3 });

  test('PNG downloads are the chart at the device pixel ratio and at 2x', async ({ page }) => {
    await page.goto(`songs/${RUTH}?series=billboard-hot-100`);
    const box = await page.locator('.chart-panel canvas.chart-plot').evaluate((c) => [c.getBoundingClientRect().width, c.getBoundingClientRect().height, devicePixelRatio]);
    expect(box[2]).toBe(3);
    const screen = await download(page, 'PNG image (screen resolution)');
    expect(screen.name).toBe(`${stem}.png`);
    const [w3, h3] = pngSize(screen.bytes);
    expect(Math.abs(w3 - box[0] * 3)).toBeLessThanOrEqual(1);
    expect(Math.abs(h3 - box[1] * 3)).toBeLessThanOrEqual(1);
    expect(screen.bytes.length).toBeGreaterThan(5000);
    const double = await download(page, 'PNG image (2×)');
    const [w2, h2] = pngSize(double.bytes);
    expect(Math.abs(w2 - box[0] * 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(h2 - box[1] * 2)).toBeLessThanOrEqual(1);
  });
});

test('the SVG download parses and holds the title, the series label and the source', async ({ page }) => {
  await page.goto(`songs/${RUTH}?series=billboard-hot-100`);
  const svg = await download(page, 'SVG image');
  expect(svg.name).toBe(`${stem}.svg`);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent.trim()),
    };
  }, svg.text);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe('svg');
  expect(parsed.texts).toContain('Running Up That Hill (A Deal With God) — Kate Bush');
  expect(parsed.texts).toContain('No. 1');
  expect(parsed.texts.some((t) => t.startsWith('Source'))).toBe(true);
  expect(svg.text).toContain('Billboard Hot 100');
});

test('CSV and JSON hold exactly the points in view, with their source', async ({ page }) => {
  await page.goto(`songs/${RUTH}?series=billboard-hot-100`);
  const expected = hot100Points();
  const csv = await download(page, 'CSV data (points in view)');
  expect(csv.name).toBe(`${stem}.csv`);
  const rows = parseCsv(csv.text);
  expect(rows.map((r) => [r.date, Number(r.value)])).toEqual(expected.map((p) => [p.date, p.value]));
  expect(new Set(rows.map((r) => r.series_id))).toEqual(new Set([HOT100]));
  expect(rows[0]).toMatchObject({ chart: 'Billboard Hot 100', metric: 'rank', region: 'us' });
  expect(rows[0].source_title).not.toBe('');
  const json = await download(page, 'JSON data (points in view)');
  expect(json.name).toBe(`${stem}.json`);
  const data = JSON.parse(json.text);
  expect(data.map((r) => [r.date, r.value])).toEqual(expected.map((p) => [p.date, p.value]));

  // Zooming changes what is in view, and so the file.
  await page.goto(`songs/${RUTH}?series=billboard-hot-100&from=2022-06-01&to=2022-07-31`);
  const zoomed = await download(page, 'CSV data (points in view)');
  expect(zoomed.name).toBe(`${RUTH}_billboard-hot-100_2022-06-01_2022-07-31.csv`);
  const inZoom = expected.filter((p) => p.date >= '2022-06-01' && p.date <= '2022-07-31');
  expect(parseCsv(zoomed.text).map((r) => r.date)).toEqual(inZoom.map((p) => p.date));
});

test('a chart title that is a spreadsheet formula is neutralised in the CSV', async ({ page }) => {
  const hostile = '=HYPERLINK("http://evil.example/","Click me")';
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const index = await response.json();
    for (const series of index.series) if (series.id === HOT100) series.chart_title = hostile;
    await route.fulfill({ response, json: index });
  });
  await page.goto(`songs/${RUTH}?series=billboard-hot-100`);
  const panel = page.locator('.chart-panel');
  await expect(panel.locator('.chart-stack')).toHaveAttribute('aria-label', /HYPERLINK/);
  await panel.getByText('Download', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'CSV data (points in view)' }).click()]);
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).toContain('"\'=HYPERLINK(""http://evil.example/"",""Click me"")"');
  const rows = parseCsv(text);
  expect(rows.length).toBe(hot100Points().length);
  for (const row of rows) {
    expect(row.chart).toBe(`'${hostile}`);
    expect(Number.isFinite(Number(row.value))).toBe(true);
  }
});

test('"Copy link" copies the permalink', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`songs/${RUTH}?series=billboard-hot-100&from=2022-06-01&to=2022-09-30`);
  const panel = page.locator('.chart-panel');
  await panel.getByText('Download', { exact: true }).click();
  await panel.getByRole('button', { name: 'Copy link' }).click();
  await expect(panel.locator('.chart-menu__status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('a permalink with zoom and alignment reopens the same view, after a reload and in an embed', async ({ page }) => {
  const query = 'series=billboard-hot-100&align=release&from=-14&to=60';
  await page.goto(`songs/${RUTH}?${query}`);
  const stack = page.locator('.chart-panel .chart-stack');
  await expect(stack).toHaveAttribute('aria-label', /from day −14 to day \+60/);
  const label = await stack.getAttribute('aria-label');
  const before = await download(page, 'CSV data (points in view)');
  expect(before.name).toBe(`${RUTH}_billboard-hot-100_day-14_day60.csv`);
  await page.reload();
  await expect(stack).toHaveAttribute('aria-label', label);
  expect(page.url()).toContain(query);
  const after = await download(page, 'CSV data (points in view)');
  expect(after.text).toBe(before.text);
  await page.goto(`embed?songs=${RUTH}&${query}`);
  await expect(page.locator('.embed .chart-stack')).toHaveAttribute('aria-label', label);
});
