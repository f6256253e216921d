// Spike chart journeys on a song page: hover, zoom, permalink, event time,
// keyboard and the empty state. The song page renders
// <SpikeChart dataset songs=vec![id]/> inside <section class="panel chart-panel">.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { test, expect } from '@playwright/test';
import { bundledIndex, watchErrors } from './helpers.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RUTH = 'running-up-that-hill-kate-bush';

function seriesPoints(song, id) {
  const file = JSON.parse(readFileSync(join(repo, 'public', 'data', 'series', `${song}.json`), 'utf8'));
  return file.series.find((s) => s.id === id).points;
}

const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

// The layout contract of needledrop_core::chart::ChartLayout with one rank axis:
// 58 px for the axis labels on the left, 14 px on the right, 30 px above, 26 px below.
function pixelOf(box, [start, end], date, rank, bottomRank) {
  const width = box.width - 58 - 14;
  const height = box.height - 30 - 26;
  return {
    x: box.x + 58 + ((day(date) - start) / (end - start)) * width,
    y: box.y + 30 + ((rank - 1) / (bottomRank - 1)) * height,
  };
}

test('hovering the Hot 100 peak shows its exact rank and date', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`songs/${RUTH}?series=billboard-hot-100`);
  const stack = page.locator('.chart-panel .chart-stack');
  await expect(stack).toBeVisible();
  await expect(stack).toHaveAttribute('aria-label', /rose from off the chart to No\. 3 on the Billboard Hot 100/);
  const points = seriesPoints(RUTH, `${RUTH}.billboard-hot-100`);
  const peak = points.filter((p) => p.date >= '2022-05-27').reduce((best, p) => (p.value < best.value ? p : best));
  expect(peak.value).toBe(3);
  // Default window: 56 days before the first release to 182 days after the last (2022-07-01).
  const range = [day('2022-05-27') - 56, day('2022-07-01') + 182];
  const box = await page.locator('.chart-panel canvas.chart-pointer').boundingBox();
  const at = pixelOf(box, range, peak.date, peak.value, 100);
  await page.mouse.move(at.x, at.y);
  const tooltip = page.locator('.chart-panel .chart-tooltip');
  await expect(tooltip.locator('.chart-tooltip__value')).toHaveText('No. 3');
  await expect(tooltip.locator('.chart-tooltip__date')).toHaveText(peak.date);
  await expect(tooltip.locator('.chart-tooltip__series')).toHaveText('Billboard Hot 100');
  // A deep link is answered by 404.html on a static host; that 404 is expected.
  expect(errors.filter((e) => !e.includes('status of 404'))).toEqual([]);
});

test('drag to zoom writes from/to, and a reload shows the same range', async ({ page }) => {
  await page.goto(`songs/${RUTH}?series=billboard-hot-100`);
  await expect(page.locator('.chart-panel .chart-stack')).toHaveAttribute('aria-label', /Billboard Hot 100/);
  const box = await page.locator('.chart-panel canvas.chart-pointer').boundingBox();
  const range = [day('2022-05-27') - 56, day('2022-07-01') + 182];
  const start = pixelOf(box, range, '2022-06-01', 50, 100);
  const end = pixelOf(box, range, '2022-09-01', 50, 100);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
  const url = new URL(page.url());
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  // The zoom covers what was dragged over, to the day or two a pixel spans.
  expect(Math.abs(day(from) - day('2022-06-01'))).toBeLessThanOrEqual(2);
  expect(Math.abs(day(to) - day('2022-09-01'))).toBeLessThanOrEqual(2);
  const summary = page.locator('.chart-panel .chart-stack');
  await expect(summary).toHaveAttribute('aria-label', new RegExp(`from ${from} to ${to}`));
  await page.reload();
  await expect(page.locator('.chart-panel .chart-stack')).toHaveAttribute('aria-label', new RegExp(`from ${from} to ${to}`));
  await page.getByRole('button', { name: 'Reset zoom' }).click();
  await expect(page).not.toHaveURL(/from=/);
});

test('the wheel over the plot zooms in without scrolling the page, and the canvas follows its size and the screen\'s pixel density', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`songs/${RUTH}?series=billboard-hot-100`);
  await expect(page.locator('.chart-panel .chart-stack')).toHaveAttribute('aria-label', /Billboard Hot 100/);
  const pointer = page.locator('.chart-panel canvas.chart-pointer');
  // With the page scrolled down, so that a wheel up could scroll it.
  await pointer.evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }));
  const scrolled = await page.evaluate(() => scrollY);
  expect(scrolled).toBeGreaterThan(50);
  const box = await pointer.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -120);
  await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
  // The page stayed where it was: the chart took the wheel.
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  // The plot's backing store is its CSS size times the device pixel ratio,
  // at load, after a resize and after a change of pixel density.
  const backing = () => page.locator('.chart-panel canvas.chart-plot').evaluate((canvas) => ({
    width: canvas.width,
    expected: Math.round(canvas.getBoundingClientRect().width * devicePixelRatio),
  }));
  const first = await backing();
  expect(first.width).toBe(first.expected);
  await page.setViewportSize({ width: 900, height: 800 });
  await expect.poll(async () => { const now = await backing(); return now.width === now.expected && now.width < first.width; }).toBe(true);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 900, height: 800, deviceScaleFactor: 2, mobile: false });
  await expect.poll(() => page.evaluate(() => devicePixelRatio)).toBe(2);
  await expect.poll(async () => { const now = await backing(); return now.width === now.expected && now.width > first.width; }).toBe(true);
});

test('release alignment puts the release at day 0', async ({ page }) => {
  await page.goto(`songs/${RUTH}?series=billboard-hot-100`);
  await page.getByRole('button', { name: 'Align on release day' }).click();
  await expect(page).toHaveURL(/align=release/);
  const stack = page.locator('.chart-panel .chart-stack');
  await expect(stack).toHaveAttribute('aria-label', /from day −56 to day \+/);
  await stack.focus();
  await page.keyboard.press(']');
  await expect(page.locator('.chart-panel .chart-live')).toContainText('Marker: Stranger Things 4 (volume 1), 2022-05-27');
});

test('the keyboard walks the points and the live region reads them', async ({ page }) => {
  await page.goto(`songs/${RUTH}?series=billboard-hot-100`);
  const stack = page.locator('.chart-panel .chart-stack');
  await stack.focus();
  await page.keyboard.press('ArrowRight');
  const first = seriesPoints(RUTH, `${RUTH}.billboard-hot-100`).find((p) => day(p.date) >= day('2022-05-27') - 56);
  const live = page.locator('.chart-panel .chart-live');
  await expect(live).toContainText(`${first.date}, Billboard Hot 100: No. ${first.value}`);
  await page.keyboard.press('ArrowRight');
  await expect(live).not.toContainText(`${first.date},`);
});

test('the data table lists exactly the points drawn', async ({ page }) => {
  await page.goto(`songs/${RUTH}?series=billboard-hot-100`);
  await page.getByRole('button', { name: 'Show data as table' }).click();
  const rows = page.locator('.chart-panel .chart-data tbody tr');
  const start = day('2022-05-27') - 56;
  const end = day('2022-07-01') + 182;
  const expected = seriesPoints(RUTH, `${RUTH}.billboard-hot-100`).filter((p) => day(p.date) >= start && day(p.date) <= end);
  await expect(rows).toHaveCount(expected.length);
  await expect(rows.first().locator('td').nth(2)).toHaveText(`No. ${expected[0].value}`);
});

test('a song without chart series says why the chart is empty', async ({ page }) => {
  const index = bundledIndex();
  const charted = new Set(index.series.map((s) => s.song));
  const song = index.songs.find((s) => !charted.has(s.id));
  await page.goto(`songs/${song.id}`);
  await expect(page.locator('.chart-panel .chart-empty')).toContainText('There is no chart series for this song');
  // One sentence: no empty chart, controls or series table under it.
  await expect(page.locator('.chart-panel .chart-empty')).toHaveCount(1);
  await expect(page.locator('.chart-stack')).toHaveCount(0);
  await expect(page.locator('.chart-panel button')).toHaveCount(0);
});

test('a chart of several songs groups its legend by song under the chart; a song page\'s legend names only charts, a show\'s names its one song', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('shows/stranger-things');
  const index = bundledIndex();
  const groups = page.locator('#chart .chart-legend__group');
  await expect(groups.first()).toBeVisible();
  const titles = await groups.locator('.chart-legend__song').allTextContents();
  // One group per song, each titled once (every group has a title).
  expect(titles.length).toBeGreaterThan(1);
  expect(titles.length).toBe(await groups.count());
  expect(new Set(titles).size).toBe(titles.length);
  for (const group of await groups.all()) {
    const title = await group.locator('.chart-legend__song').textContent();
    const buttons = group.locator('button');
    const song = index.songs.find((candidate) => candidate.title === title && index.series.some((s) => s.song === candidate.id));
    const expected = index.series.filter((s) => s.song === song.id).length;
    await expect(buttons).toHaveCount(expected);
    for (const button of await buttons.all()) {
      const chart = (await button.textContent()).trim();
      await expect(button).toHaveAttribute('aria-label', `${title} — ${chart}`);
    }
  }
  // The chart comes before its key, within the phone's first screen and a half.
  const stack = await page.locator('#chart .chart-stack').boundingBox();
  const legend = await page.locator('#chart .chart-legend').boundingBox();
  expect(stack.y + stack.height).toBeLessThanOrEqual(legend.y);
  expect(stack.y).toBeLessThan(1200);

  await page.goto(`songs/${RUTH}`);
  const single = page.locator('.chart-panel .chart-legend');
  await expect(single.locator('button').first()).toHaveText('Billboard Hot 100');
  await expect(single.locator('.chart-legend__song')).toHaveCount(0);
  await expect(single.locator('button[aria-label]')).toHaveCount(0);

  // A show's chart names its song even when it is the only one: the page names the show.
  await page.goto('shows/wednesday');
  const shown = page.locator('#chart .chart-legend');
  await expect(shown.locator('.chart-legend__song')).toHaveText(['Bloody Mary']);
  await expect(shown.locator('button').first()).toHaveAttribute('aria-label', 'Bloody Mary — Billboard Hot 100');
});

test('a show chart starts with one line per song (its Hot 100 run) and adds others from the legend', async ({ page }) => {
  await page.goto('shows/stranger-things');
  const legend = page.locator('#chart .chart-legend');
  const pressed = legend.locator('button[aria-pressed=true]');
  await expect(pressed.first()).toBeVisible();
  // Each toggle's accessible name is its song and chart (the group shows the song once).
  const shown = await pressed.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  const all = await legend.locator('button').count();
  expect(all).toBeGreaterThan(shown.length);
  // One line per song: no song appears twice among the lines shown.
  const songsShown = shown.map((label) => label.split(' — ')[0]);
  expect(new Set(songsShown).size).toBe(songsShown.length);
  expect(shown.filter((label) => label.includes('Billboard Hot 100')).length).toBeGreaterThan(2);
  const extra = legend.getByRole('button', { name: /Running Up That Hill.*Alternative Airplay/ });
  await expect(extra).toHaveAttribute('aria-pressed', 'false');
  await extra.click();
  await expect(extra).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/series=/);
  await expect(pressed).toHaveCount(shown.length + 1);
});

test('a song, show or compare link with a key no view reads says it was ignored; a clean link says nothing', async ({ page }) => {
  await page.goto(`songs/${RUTH}?align=release&utm_source=news`);
  const notice = page.locator('.chart-panel .notice');
  await expect(notice).toContainText('utm_source');
  await expect(notice).toContainText('unknown parameter');
  await expect(notice).not.toContainText('align');
  await expect(page.locator('.chart-stack')).toHaveAttribute('aria-label', /from day −56/);
  await page.goto('shows/stranger-things?fbclid=1');
  await expect(page.locator('#chart .notice')).toContainText('fbclid');
  await page.goto(`compare?songs=${RUTH}&zzz=1`);
  await expect(page.locator('#chart .notice')).toContainText('zzz');
  await page.goto(`songs/${RUTH}?align=release&series=billboard-hot-100`);
  await expect(page.locator('.chart-stack')).toHaveAttribute('aria-label', /Chart of 1 series/);
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('a link naming a series the songs do not have is ignored: the chart shows its usual lines, and says why', async ({ page }) => {
  const errors = watchErrors(page);
  const all = bundledIndex().series.filter((series) => series.song === RUTH).length;
  expect(all).toBeGreaterThan(1);
  await page.goto(`songs/${RUTH}?series=billboard-hot-10`);
  await expect(page.locator('.chart-panel .notice')).toContainText('series: no series “billboard-hot-10” for these songs');
  const legend = page.locator('.chart-panel .chart-legend');
  await expect(legend.locator('button[aria-pressed=true]')).toHaveCount(all);
  await expect(page.locator('.chart-stack')).toHaveAttribute('aria-label', new RegExp(`Chart of ${all} series`));
  await expect(page.locator('.chart-panel')).not.toContainText('Every series is hidden');
  // On a show page, the usual lines are the show's: one per song, as without the link's series.
  await page.goto('shows/stranger-things');
  const pressed = page.locator('#chart .chart-legend button[aria-pressed=true]');
  await expect(pressed.first()).toBeVisible();
  const usual = await pressed.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  await page.goto('shows/stranger-things?series=nothing-like-this');
  await expect(page.locator('#chart .notice')).toContainText('no series “nothing-like-this”');
  await expect(pressed).toHaveCount(usual.length);
  expect(await pressed.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))).toEqual(usual);
  expect(errors).toEqual([]);
});

test('hiding the last series shown leaves the chart empty with a way back, not every series on again', async ({ page }) => {
  await page.goto(`songs/${RUTH}`);
  const legend = page.locator('.chart-panel .chart-legend');
  const buttons = legend.locator('button');
  await expect(buttons.first()).toHaveAttribute('aria-pressed', 'true');
  const count = await buttons.count();
  for (let i = 0; i < count; i += 1) await buttons.nth(i).click();
  await expect(legend.locator('button[aria-pressed=true]')).toHaveCount(0);
  await expect(page).toHaveURL(/series=none/);
  await expect(page.locator('.chart-panel')).toContainText('Every series is hidden: turn one on in the legend.');
  await expect(page.locator('.chart-panel .notice')).toHaveCount(0);
  await buttons.nth(1).click();
  await expect(legend.locator('button[aria-pressed=true]')).toHaveCount(1);
  await expect(buttons.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).not.toHaveURL(/series=none/);
  await page.goBack();
  await expect(legend.locator('button[aria-pressed=true]')).toHaveCount(0);
});

test('compare: typing finds songs, a click or Enter adds one, × takes it off, and the link follows', async ({ page }) => {
  const errors = watchErrors(page);
  const index = bundledIndex();
  const charted = index.songs.filter((song) => index.series.some((series) => series.song === song.id));
  const label = (song) => (song.artist ? `${song.title} — ${song.artist}` : song.title);
  await page.goto('compare');
  await expect(page.getByText('Pick at least one song above to draw the chart.')).toBeVisible();
  const picker = page.getByLabel('Add a song');
  const suggestions = page.getByRole('list', { name: 'Matching songs' }).getByRole('button');
  await expect(suggestions).toHaveCount(Math.min(12, charted.length));
  // Matching ignores case: every suggestion for "kate" names Kate (Bush).
  await picker.fill('KATE');
  const kate = charted.filter((song) => label(song).toLowerCase().includes('kate'));
  await expect(suggestions).toHaveText(kate.map(label));
  await picker.press('Enter');
  await expect(page).toHaveURL(new RegExp(`songs=${kate[0].id}$`));
  await expect(picker).toHaveValue('');
  const chips = page.getByRole('list', { name: 'Songs on the chart' }).locator('li');
  await expect(chips).toHaveText([`${kate[0].title}×`]);
  await expect(page.locator('.chart-stack')).toBeVisible();
  // A click adds the second.
  const metal = charted.filter((song) => label(song).toLowerCase().includes('metallica'));
  await picker.fill('metallica');
  await expect(suggestions).toHaveText(metal.map(label));
  await suggestions.first().click();
  await expect(page).toHaveURL(new RegExp(`songs=${kate[0].id},${metal[0].id}$`));
  await expect(chips).toHaveCount(2);
  // Nothing matches: said, and Enter adds nothing.
  await picker.fill('zzzz');
  await expect(suggestions).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'No other song with chart data matches “zzzz”.' })).toBeVisible();
  await picker.press('Enter');
  await expect(chips).toHaveCount(2);
  // × takes a song off; Back puts it back.
  await page.getByRole('button', { name: `Remove ${kate[0].title}` }).click();
  await expect(page).toHaveURL(new RegExp(`songs=${metal[0].id}$`));
  await expect(chips).toHaveCount(1);
  await page.goBack();
  await expect(chips).toHaveCount(2);
  expect(errors).toEqual([]);
});
