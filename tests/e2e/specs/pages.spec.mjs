// Show, song and data pages: the facts a fan or an editor comes to check.
import { test, expect } from '@playwright/test';
import { appTookOver, bundledIndex } from './helpers.mjs';

test('the show page groups the soundtrack by season and episode with timestamps', async ({ page }) => {
  await page.goto('shows/stranger-things');
  const season = page.locator('.season-group', { hasText: 'Season 4 (volume 1: episodes 1-7)' });
  const episode = season.locator('.episode', { hasText: 'Episode 1: Chapter One: The Hellfire Club' });
  const ruth = episode.locator('.placement', { hasText: 'Running Up That Hill' });
  await expect(ruth.locator('.placement__time')).toHaveText('00:28:09');
  await expect(ruth.locator('.badge')).toHaveText('in the show');
  const links = ruth.locator('.song-links a');
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.href))) {
    expect(href).toMatch(/^https:\/\//);
  }
  const peaks = page.locator('#peaks tr', { hasText: 'Running Up That Hill' }).filter({ hasText: 'Billboard Hot 100' });
  await expect(peaks).toContainText('No. 3');
  await expect(peaks).toContainText('2022-07-30');
  await expect(peaks).toContainText('No. 3 (2022-07-30)');
  await expect(page.locator('#reported')).toContainText('Reported by');
});

test('a soundtrack entry without a time in its episode shows a gap that says why', async ({ page }) => {
  await page.goto('shows/wednesday');
  const untimed = bundledIndex().placements.filter((p) => p.show === 'wednesday' && !p.timestamp);
  expect(untimed.length).toBeGreaterThan(0);
  const time = page.locator('.placement', { hasText: 'Goo Goo Muck' }).locator('.placement__time .gap');
  await expect(time).toHaveAttribute('title', 'the source gives no time in the episode for this song');
  await expect(time.locator('.visually-hidden')).toHaveText('the source gives no time in the episode for this song');
  await expect(page.locator('.placement__time .gap')).toHaveCount(untimed.length);
});

test('a show whose songs our sources do not list says so, apart from a show whose listed songs never charted', async ({ page }) => {
  await page.goto('shows/dark');
  await expect(page.locator('#peaks')).toContainText("Our sources list none of this show's songs");
  await page.goto('shows/bridgerton');
  await expect(page.locator('#peaks')).toContainText("None of this show's songs appears in our chart data after its release.");
});

test('press figures read with grouped digits and ranks as positions, each with its own claim', async ({ page }) => {
  await page.goto('shows/stranger-things');
  const figures = bundledIndex().reported.filter((r) => r.show === 'stranger-things');
  const items = page.locator('#reported .reported');
  await expect(items).toHaveCount(figures.length);
  const billion = items.filter({ hasText: 'Spotify streams passed 1 billion' });
  await expect(billion.locator('strong')).toHaveText('1,000,000,000 streams (cumulative)');
  const airplay = items.filter({ hasText: 'radio airplay audience' });
  await expect(airplay.locator('strong')).toHaveText('41,000 → 422,000 (article: over) audience');
  const rank = items.filter({ hasText: 'Spotify US Top 50 position' });
  await expect(rank.locator('strong')).toHaveText('No. 2');
  await expect(items.filter({ hasText: 'change in on-demand streams (6-day windows)' }).locator('strong')).toHaveText('650.3 percent');
});

test('on a phone a data table keeps its row headings readable and in view while it scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('shows/stranger-things');
  const wrap = page.locator('.table-wrap', { has: page.locator('caption', { hasText: 'Seasons and Netflix release dates' }) });
  const heading = wrap.locator('tbody th', { hasText: 'Season 4 (volume 1: episodes 1-7)' });
  await expect(heading).toBeVisible();
  const before = await heading.boundingBox();
  // 8rem: the season's name wraps onto a few lines, not one word a line.
  expect(before.width).toBeGreaterThanOrEqual(128);
  const scrolls = await wrap.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(scrolls).toBe(true);
  await wrap.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
  await expect(wrap.locator('tbody tr').first().locator('a', { hasText: 'source' })).toBeInViewport();
  const after = await heading.boundingBox();
  expect(after.x).toBeCloseTo(before.x, 0);
  const column = wrap.locator('thead th').first();
  await expect(column).toHaveText('Season');
  expect((await column.boundingBox()).x).toBeCloseTo(before.x, 0);
});

test('a season without an episode list says so instead of leaving the cell empty', async ({ page }) => {
  await page.goto('shows/bridgerton');
  const row = page.locator('table.simple tbody tr', { hasText: 'Season 1' });
  const episodes = row.locator('td').nth(1);
  await expect(episodes.locator('.gap')).toHaveAttribute('title', "the season's episodes are not listed in our sources");
  await expect(episodes).toHaveText(/^—/);
  await page.goto('shows/stranger-things');
  await expect(page.locator('table.simple tbody tr', { hasText: 'Season 1' }).first().locator('td').nth(1)).toHaveText('8');
});

test('Wednesday shows Bloody Mary as fan edits only', async ({ page }) => {
  await page.goto('shows/wednesday');
  const bloody = page.locator('.placement', { hasText: 'Bloody Mary' });
  await expect(bloody.locator('.badge')).toHaveText('fan edits only');
  await expect(page).toHaveTitle('Wednesday · Needledrop');
});

/** Where the element with `id` sits below the sticky site header's bottom (null before it exists). */
async function belowHeader(page, id) {
  return page.evaluate((target) => {
    const header = document.querySelector('.site-header').getBoundingClientRect().bottom;
    const element = document.getElementById(target);
    return element ? Math.round(element.getBoundingClientRect().top - header) : null;
  }, id);
}

test('a soundtrack of several releases starts with a link to each, which brings it in view under the header', async ({ page }) => {
  await page.goto('shows/stranger-things');
  const jump = page.getByRole('navigation', { name: 'Releases in the soundtrack' }).getByRole('link');
  const seasons = bundledIndex().shows.find((show) => show.id === 'stranger-things').seasons;
  await expect(jump).toHaveText(seasons.map((season) => `Season ${season.label}`));
  await jump.filter({ hasText: 'volume 2' }).click();
  await expect(page).toHaveURL(/\/shows\/stranger-things#season-4-volume-2$/);
  await expect(page.locator('#season-4-volume-2 h3')).toHaveText(/^Season 4 \(volume 2: episodes 8-9\) · released 2022-07-01$/);
  await expect.poll(() => belowHeader(page, 'season-4-volume-2')).toBeGreaterThanOrEqual(0);
  expect(await belowHeader(page, 'season-4-volume-2')).toBeLessThanOrEqual(24);
  // On a phone too, under its taller header.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('shows/stranger-things');
  await jump.filter({ hasText: 'Season 3' }).click();
  await expect(page).toHaveURL(/#season-3$/);
  await expect.poll(() => belowHeader(page, 'season-3')).toBeGreaterThanOrEqual(0);
  expect(await belowHeader(page, 'season-3')).toBeLessThanOrEqual(24);
  // A show with one release has no such links.
  await page.goto('shows/wednesday');
  await expect(page.locator('#soundtrack .season-group')).toHaveCount(1);
  await expect(page.locator('.season-jump')).toHaveCount(0);
});

test('a link to a section of a page that renders later lands on it, and stays there as the page fills in', async ({ page }) => {
  // Straight from the address bar, on a desktop and on phones, whose
  // header is taller: its nav wraps under the name (two lines at 390 px,
  // three at 320 px).
  for (const [width, season] of [[1280, 'season-3'], [390, 'season-2'], [320, 'season-1']]) {
    await page.setViewportSize({ width, height: 800 });
    // A fresh load each time (from the same page, a new fragment alone would
    // only scroll).
    await page.goto('about:blank');
    await page.goto(`shows/stranger-things#${season}`);
    await expect.poll(() => belowHeader(page, season)).toBeGreaterThanOrEqual(0);
    expect(await belowHeader(page, season)).toBeLessThanOrEqual(24);
  }
  // A page laid out on a desktop, then narrowed to a phone's width (its
  // header wraps taller): a release link still clears the header.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('shows/stranger-things');
  await expect(page.locator('.season-jump')).toBeVisible();
  await page.setViewportSize({ width: 390, height: 800 });
  // The app has noted the taller header (on resize).
  await expect.poll(() => page.evaluate(() => Math.round(parseFloat(document.documentElement.style.getPropertyValue('--site-header-measured')))))
    .toBe(await page.evaluate(() => Math.round(document.querySelector('.site-header').getBoundingClientRect().height)));
  await page.locator('.season-jump a', { hasText: 'Season 3' }).evaluate((link) => link.click());
  await expect(page).toHaveURL(/#season-3$/);
  await expect.poll(() => belowHeader(page, 'season-3')).toBeGreaterThanOrEqual(0);
  expect(await belowHeader(page, 'season-3')).toBeLessThanOrEqual(24);
  await page.setViewportSize({ width: 1280, height: 800 });
  // From the home table's "and N more": the chart's statistics arrive after
  // the jump and push the soundtrack down; it is brought back into view.
  await page.goto('./');
  await appTookOver(page);
  await page.getByLabel('Search', { exact: true }).fill('the');
  await page.locator('tbody tr', { hasText: 'Stranger Things' }).locator('.found-songs li').last().getByRole('link').click();
  await expect(page).toHaveURL(/\/shows\/stranger-things#soundtrack$/);
  await expect(page.locator('.spike-stats__item').first()).toBeVisible();
  await page.waitForTimeout(1800);
  const offset = await belowHeader(page, 'soundtrack');
  expect(offset).toBeGreaterThanOrEqual(0);
  expect(offset).toBeLessThanOrEqual(24);
});

test("the song page lists a song's scenes under their own release and episode, in time order", async ({ page }) => {
  await page.goto('songs/running-up-that-hill-kate-bush');
  const shows = page.locator('#shows');
  await expect(shows.getByRole('heading', { level: 3 })).toHaveText(['Stranger Things']);
  // Both releases, each with its own episodes: volume 2's scenes are not under volume 1.
  await expect(shows.getByRole('heading', { level: 4 })).toHaveText([
    'Season 4 (volume 1: episodes 1-7) · released 2022-05-27',
    'Season 4 (volume 2: episodes 8-9) · released 2022-07-01',
  ]);
  const episodes = (release) => shows.locator('.season-group').nth(release).getByRole('heading', { level: 5 });
  await expect(episodes(0)).toHaveText([/^Episode 1: /, /^Episode 4: /, /^Episode 5: /, /^Episode 7: /]);
  await expect(episodes(1)).toHaveText([/^Episode 9: /]);
  // Every scene of the data, once, in time order within its episode; the
  // page names the song, so an entry does not repeat its title or links.
  const bundled = bundledIndex().placements.filter((p) => p.song === 'running-up-that-hill-kate-bush');
  await expect(shows.locator('.placement')).toHaveCount(bundled.length);
  const times = await shows.locator('.episode').evaluateAll((groups) =>
    groups.map((group) => [...group.querySelectorAll('.placement__time')].map((time) => time.textContent)));
  for (const group of times) expect(group).toEqual([...group].sort());
  expect(times.flat().sort()).toEqual(bundled.map((p) => p.timestamp).sort());
  await expect(shows.locator('.placement a')).toHaveCount(0);
  await expect(shows.locator('.placement .badge')).toHaveText(Array(bundled.length).fill('in the show'));
  // The badge starts the entry's line, in line with its note.
  const first = shows.locator('.placement').first();
  const [badge, note] = await Promise.all([first.locator('.badge').boundingBox(), first.locator('.placement__note').boundingBox()]);
  expect(Math.abs(badge.x - note.x)).toBeLessThan(1);
});

test('a song tied to a show by chart data alone names its release and says no source states the scene', async ({ page }) => {
  await page.goto('songs/back-to-you-selena-gomez');
  const shows = page.locator('#shows');
  await expect(shows.getByRole('heading', { level: 3 })).toHaveText(['13 Reasons Why']);
  await expect(shows.getByRole('heading', { level: 4 })).toHaveText([/^Season 2 · released \d{4}-\d{2}-\d{2}$/]);
  await expect(shows).toContainText('no source states the scene');
  await expect(shows.locator('.placement')).toHaveCount(0);
});

test('the song page lists every series with first, last and best', async ({ page }) => {
  await page.goto('songs/running-up-that-hill-kate-bush');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Running Up That Hill (A Deal With God)');
  const hot100 = page.locator('#chart tr', { hasText: 'Billboard Hot 100' });
  await expect(hot100).toContainText('1985-');
  await expect(hot100).toContainText('No. 3 (2022-07-30)');
  await expect(page.locator('#shows')).toContainText('Stranger Things');
  // First and last are dates, each on one line however narrow the column.
  const lines = await page.locator('#chart table.simple').evaluate((table) =>
    [...table.querySelectorAll('tbody tr:first-child td')].slice(3, 5).map((cell) => {
      const time = cell.querySelector('time');
      return time ? [time.getAttribute('datetime'), time.getClientRects().length] : [cell.textContent, null];
    }));
  expect(lines).toEqual([['1985-09-07', 1], ['2026-01-17', 1]]);
  // So are the release and peak days of the spike statistics, four cards wide.
  await expect(page.locator('.spike-stats__item')).toHaveCount(4);
  const statDays = await page.locator('.spike-stats time').evaluateAll((times) =>
    times.map((time) => `${time.textContent} ${time.getClientRects().length}`));
  expect(statDays).toContain('2022-07-30 1');
  expect(statDays).toHaveLength(8);
  expect(statDays.filter((day) => !day.endsWith(' 1'))).toEqual([]);
});

test('the data page lists sources with commits, caveats and downloads', async ({ page }) => {
  await page.goto('data?ref=newsletter');
  await expect(page.locator('.data-page .notice')).toContainText('ref: unknown parameter');
  await page.goto('data');
  await expect(page.locator('#caveats')).toBeVisible();
  await expect(page.locator('.notice')).toHaveCount(0);
  await expect(page.locator('#caveats')).toContainText('Absent means below the chart');
  await expect(page.locator('#caveats')).toContainText('No. 4');
  await expect(page.locator('#sources')).toContainText('fc20856963fbefefa1da7a6bdeb3f7919b71f21a');
  const download = page.locator('#downloads a', { hasText: 'index.json' });
  const response = await page.request.get(await download.getAttribute('href'));
  expect(response.status()).toBe(200);
  expect((await response.json()).schema_version).toBe(1);
  // The archive's manifest names files that are there, with their sizes.
  const manifestLink = page.locator('#downloads a', { hasText: 'archive/manifest.json' });
  const manifestUrl = new URL(await manifestLink.getAttribute('href'), page.url());
  const manifest = await (await page.request.get(manifestUrl.href)).json();
  expect(manifest.files.map((f) => f.kind).sort()).toEqual(['hot100', 'spotify']);
  for (const file of manifest.files) {
    const body = await (await page.request.get(new URL(file.name, manifestUrl).href)).body();
    expect(body.length).toBe(file.gzip_bytes);
  }
});
