// The chart archive: loaded on demand with progress (stoppable), searched as
// you type, a song's whole history charted, revivals found, Spotify days browsed.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { limitHistoryLikeWebKit, watchErrors } from './helpers.mjs';

test('open the archive, see progress, search "running up", see the 1985 and 2022 runs', async ({ page }) => {
  const errors = watchErrors(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/data/archive/hot100-*.bin.gz', async (route) => { await held; await route.continue(); });
  await page.goto('archive');
  const progress = page.locator('.archive-progress[role=status]');
  await expect(progress).toContainText('Downloading the Hot 100 archive');
  await expect(progress.locator('progress')).toBeVisible();
  release();
  await expect(progress).toHaveCount(0, { timeout: 20_000 });

  await page.getByLabel('Search every Hot 100 song since 1958').fill('running up');
  const first = page.locator('.archive-hit').first();
  await expect(first).toContainText('Running Up That Hill (A Deal With God)');
  await expect(first).toContainText('Kate Bush');
  await expect(page).toHaveURL(/q=running\+up/);
  await first.click();
  const song = page.locator('.archive-song');
  await expect(song.locator('h2').first()).toContainText('Running Up That Hill');
  await expect(song).toContainText('First charted 1985-');
  await expect(song.locator('.chart-legend')).toHaveText('Billboard Hot 100');
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('chart-drawn').length)).toBeGreaterThan(0);
  await song.getByRole('button', { name: 'Show data as table' }).click();
  const table = song.locator('.chart-data');
  await expect(table).toContainText('1985-');
  await expect(table).toContainText('2022-');
  // The release marker of the show it is tied to.
  await expect(song.locator('.spike-stats')).toContainText('Stranger Things 4');
  await page.reload();
  await expect(page.locator('.archive-song h2').first()).toContainText('Running Up That Hill', { timeout: 20_000 });
  expect(errors).toEqual([]);
});

test('a song one week on the chart reads "1 week", in the hits and on its page', async ({ page }) => {
  await page.goto('archive?q=running+wild');
  const hit = page.locator('.archive-hit').filter({ hasText: 'JIN' });
  await expect(hit).toContainText(/2024 · peak No\. \d+ · 1 week$/, { timeout: 20_000 });
  await expect(page.locator('.archive-hits, main').first()).not.toContainText(/\b1 weeks\b/);
  await hit.click();
  await expect(page.locator('.archive-song')).toContainText('1 week on the chart in 1 run.');
});

test('the revival finder flags Kate Bush 2022 and Master of Puppets, not a song charting continuously', async ({ page }) => {
  await page.goto('archive?view=revivals&since=2022&until=2022');
  const table = page.locator('.revival-table');
  const ruth = table.locator('tr', { hasText: 'Running Up That Hill' }).first();
  await expect(ruth).toContainText('Stranger Things 4', { timeout: 20_000 });
  await expect(ruth).toContainText('1986-');
  await expect(table).not.toContainText('Blinding Lights');
  await page.getByRole('combobox', { name: /^Find/ }).selectOption('debuts');
  await expect(table.locator('tr', { hasText: 'Master Of Puppets' }).first()).toContainText('Metallica');
  await page.getByLabel('Only near a release in our data').check();
  await expect(page).toHaveURL(/near=1/);
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toContainText('within 60 days of');
});

/** The first and last year of the Hot 100 source file, as its rows say. */
function hot100Years() {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'sources', 'archive', 'billboard_hot100_weekly_1958_2026.csv.gz');
  const dates = gunzipSync(readFileSync(path)).toString('utf8').split('\n').slice(1).filter(Boolean).map((line) => line.slice(0, 10)).sort();
  return [dates[0].slice(0, 4), dates[dates.length - 1].slice(0, 4)];
}

/** The first day missing from a Spotify source file, and the day before it that it has. */
function firstGap(file) {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'sources', 'archive', file);
  const [header, ...lines] = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean);
  const column = header.split(',').indexOf('Date');
  const days = [...new Set(lines.map((line) => line.split(',').at(column - header.split(',').length)))].sort();
  for (let i = 1; i < days.length; i += 1) {
    const next = new Date(`${days[i - 1]}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const expected = next.toISOString().slice(0, 10);
    if (days[i] !== expected) return [expected, days[i - 1]];
  }
  throw new Error(`${file} has no gap`);
}

test('a bad archive link opens anyway, with a notice naming each part it did not understand', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('archive?view=revivals&find=bogus&gap=abc&min=500&since=1900&zz=1');
  const rows = page.locator('.revival-table tbody tr');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  const [first, last] = hot100Years();
  const pageNotice = page.locator('.archive > .notice');
  await expect(pageNotice).toContainText('zz: unknown parameter');
  const finderNotice = page.locator('.revival-finder .notice');
  await expect(finderNotice).toContainText('find: “bogus” is not something the finder looks for (reentries, debuts, climbs)');
  await expect(finderNotice).toContainText('gap: “abc” is not a whole number');
  await expect(finderNotice).toContainText('min: 500 is outside 1 to 100, so 100 is used');
  await expect(finderNotice).toContainText(`since: 1900 is outside ${first} to ${last}, so ${first} is used`);
  // The menu shows the kind the list is of, not a blank; the years are the archive's.
  const find = page.getByRole('combobox', { name: /^Find/ });
  await expect(find).toHaveValue('reentries');
  const since = page.getByRole('spinbutton', { name: /^From/ });
  await expect(since).toHaveValue(first);
  await expect(since).toHaveAttribute('max', last);
  await expect(page.getByRole('spinbutton', { name: /^to/ })).toHaveValue(last);
  await expect(rows.first()).toContainText('back after');

  await page.goto('archive?view=elsewhere');
  await expect(page.locator('.archive > .notice')).toContainText('view: “elsewhere” is not a part of the archive (search, revivals, spotify)');
  await expect(page.getByLabel('Search every Hot 100 song since 1958')).toBeVisible({ timeout: 30_000 });

  await page.goto('archive?view=spotify&region=mars&day=soon&jump=xx&ratio=abc');
  await expect(page.locator('.spotify-day tbody tr')).toHaveCount(200, { timeout: 30_000 });
  const days = page.locator('.spotify-days > .notice');
  await expect(days).toContainText('region: “mars” is not a region of the Spotify archive');
  await expect(days).toContainText('day: “soon” is not a date (YYYY-MM-DD)');
  const jumps = page.locator('.spotify-jumps .notice');
  await expect(jumps).toContainText('jump: “xx” is not a measure of a jump (ratio, increase, rank)');
  await expect(jumps).toContainText('ratio: “abc” is not a number');
  const region = page.getByLabel('Region');
  const firstRegion = await region.locator('option').first().getAttribute('value');
  await expect(region).toHaveValue(firstRegion);
  // A day the source lacks shows the nearest day before it, and says so.
  const [missing, before] = firstGap('spotify_us_daily_top200_2017.csv.gz');
  await page.goto(`archive?view=spotify&region=us&day=${missing}`);
  await expect(page.locator('.spotify-days > .notice')).toContainText(`day: the us chart has no day ${missing}; the nearest day before it, ${before}, is shown`);
  await expect(page.locator('.spotify-day caption')).toHaveText(`Spotify US Top 200 on ${before}`);
  await expect(page.getByRole('textbox', { name: 'Day' })).toHaveValue(before);
  await page.goto('archive?view=revivals&since=1990&until=1970');
  await expect(page.locator('.revival-count')).toHaveText('None found: the first year, 1990, is after the last, 1970.', { timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('Back undoes a finder choice, without leaving the archive', async ({ page }) => {
  await page.goto('archive?view=revivals');
  const find = page.getByRole('combobox', { name: /^Find/ });
  await expect(page.locator('.revival-table tbody tr').first()).toContainText('back after', { timeout: 30_000 });
  await find.selectOption('climbs');
  await expect(page).toHaveURL(/find=climbs/);
  await expect(page.locator('.revival-table tbody tr').first()).toContainText('places');
  await find.selectOption('debuts');
  await expect(page).toHaveURL(/find=debuts/);
  await page.goBack();
  await expect(page).toHaveURL(/find=climbs/);
  await expect(find).toHaveValue('climbs');
  await page.goBack();
  await expect(page).not.toHaveURL(/find=/);
  await expect(page).toHaveURL(/view=revivals/);
  await expect(find).toHaveValue('reentries');
  await expect(page.locator('.revival-table tbody tr').first()).toContainText('back after');
});

test('on a phone each finding is a card whose title sits on the card, with no sticky column edge', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('archive?view=revivals&since=2021&until=2021&near=1');
  const card = page.locator('.revival-table tbody tr.revival--lined-up').first();
  await expect(card).toContainText('within 60 days of', { timeout: 20_000 });
  const look = await card.evaluate((tr) => {
    const th = tr.querySelector('th');
    const style = getComputedStyle(th);
    return { position: style.position, shadow: style.boxShadow, own: style.backgroundColor, card: getComputedStyle(tr).backgroundColor };
  });
  expect(look.position).toBe('static');
  expect(look.shadow).toBe('none');
  // The title shows its card's background, not a block of another colour.
  expect(look.own).toBe('rgba(0, 0, 0, 0)');
  expect(look.card).not.toBe('rgba(0, 0, 0, 0)');
});

test('a stopped archive download says so and loads again', async ({ page }) => {
  let hang = true;
  await page.route('**/data/archive/hot100-*.bin.gz', async (route) => { if (!hang) await route.continue(); });
  await page.goto('archive');
  await expect(page.locator('.archive-progress[role=status]')).toContainText('Downloading');
  await page.getByRole('button', { name: 'Stop' }).click();
  const alert = page.locator('.archive-progress[role=alert]');
  await expect(alert).toContainText('was stopped');
  hang = false;
  await alert.getByRole('button', { name: 'Load again' }).click();
  await expect(page.getByLabel('Search every Hot 100 song since 1958')).toBeVisible({ timeout: 20_000 });
});

test('a damaged archive file names the problem', async ({ page }) => {
  await page.route('**/data/archive/hot100-*.bin.gz', (route) => route.fulfill({ status: 200, contentType: 'application/gzip', body: Buffer.from('not gzip at all') }));
  await page.goto('archive');
  await expect(page.locator('.archive-progress[role=alert]')).toContainText('could not be unpacked');
});

test('Spotify days: a day\'s Top 200 and a track\'s daily streams', async ({ page }) => {
  await page.goto('archive?view=spotify&region=us&day=2017-04-12');
  const day = page.locator('.spotify-day');
  await expect(day.locator('tbody tr')).toHaveCount(200, { timeout: 30_000 });
  // The region reads as a country code in capitals, in the picker and the caption.
  await expect(day.locator('caption')).toHaveText('Spotify US Top 200 on 2017-04-12');
  await expect(page.getByLabel('Region').locator('option[value=us]')).toHaveText('US (2017-01-01 to 2018-01-09)');
  const night = day.locator('tr', { hasText: 'The Night We Met' });
  await expect(night).toContainText('Lord Huron');
  await night.getByRole('button').click();
  const song = page.locator('.archive-song');
  await expect(song.locator('.chart-legend')).toContainText('Spotify Top 200, US, daily');
  await expect(song.locator('.spike-stats')).toContainText('13 Reasons Why');
});

test('an archive chart embeds: the dialog writes archive=, and the embed draws the whole history', async ({ page }) => {
  await page.goto('archive?title=Running+Up+That+Hill+(A+Deal+With+God)&artist=Kate+Bush');
  const song = page.locator('.archive-song');
  await song.getByRole('button', { name: 'Embed', exact: true }).click({ timeout: 20_000 });
  const code = await page.locator('.embed-dialog__code').inputValue();
  const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  const url = new URL(src);
  expect(url.searchParams.get('archive')).toBe('hot100');
  expect(url.searchParams.get('title')).toBe('Running Up That Hill (A Deal With God)');
  expect(url.searchParams.get('artist')).toBe('Kate Bush');
  await page.goto(src);
  await expect(page.locator('.embed__title')).toHaveText('Running Up That Hill (A Deal With God) — Kate Bush', { timeout: 20_000 });
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('chart-drawn').length)).toBeGreaterThan(0);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await page.goto('embed?archive=spotify-mars&title=x');
  await expect(page.locator('.notice')).toContainText('is not an archive');
});

test('Spotify daily jumps: the biggest rises of a region, marked when they follow a release', async ({ page }) => {
  await page.goto('archive?view=spotify&region=global&jump=rank');
  const jumps = page.locator('.spotify-jumps tbody tr');
  await expect(jumps.first()).toBeVisible({ timeout: 30_000 });
  expect(await jumps.count()).toBeGreaterThan(5);
  await expect(page.locator('.spotify-jumps select')).toHaveValue('rank');
  await page.locator('.spotify-jumps select').selectOption('ratio');
  await expect(page).not.toHaveURL(/jump=/);
  const first = jumps.first();
  await first.getByRole('button').click();
  await expect(page.locator('.archive-song .chart-legend')).toContainText('Spotify Top 200, global, daily');
});

test('typing a long archive search never floods the history (WebKit throws after 100 writes in 30 s)', async ({ page }) => {
  const errors = watchErrors(page);
  await limitHistoryLikeWebKit(page);
  await page.goto('archive');
  const search = page.getByLabel('Search every Hot 100 song since 1958');
  await expect(search).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.archive-progress[role=status]')).toHaveCount(0, { timeout: 20_000 });
  // 160 input events: typed and cleared twice, typed again, then the artist taken off.
  const words = 'running up that hill kate bush'; // 30 characters
  for (let round = 0; round < 2; round += 1) {
    await search.pressSequentially(words, { delay: 5 });
    for (let i = 0; i < words.length; i += 1) await search.press('Backspace');
  }
  await search.pressSequentially(words, { delay: 5 });
  for (let i = 0; i < ' kate bush'.length; i += 1) await search.press('Backspace');
  await expect(search).toHaveValue('running up that hill');
  await expect(page.locator('.archive-hit').first()).toContainText('Running Up That Hill');
  await expect(page).toHaveURL(/q=running\+up\+that\+hill$/);
  const writes = await page.evaluate(() => window.__historyWrites);
  expect(writes).toBeGreaterThan(0);
  expect(writes).toBeLessThan(20);
  await expect(page.locator('.broken')).toHaveCount(0); // no panic page
  expect(errors).toEqual([]);
});
