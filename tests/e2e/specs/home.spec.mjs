// The home page: the comparison table with the article's figures, exactly as in the source CSV.
import { test, expect } from '@playwright/test';
import { appTookOver, sourceCsv, bundledIndex, watchErrors } from './helpers.mjs';

/** Holds every wasm request until `release()` is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  return () => release();
}

/**
 * The page's main content as lines of element (tag and attributes) and
 * text, in document order, with adjacent text merged and spaces collapsed:
 * what the reader and assistive technology get, independent of how the
 * text nodes were split. Checkbox state is read as a property.
 */
function contentShape() {
  const lines = [];
  const walk = (node, depth) => {
    let text = '';
    const flush = () => {
      const t = text.replace(/\s+/g, ' ').trim();
      if (t) lines.push(`${depth} "${t}"`);
      text = '';
    };
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) { text += child.textContent; continue; }
      if (child.nodeType !== Node.ELEMENT_NODE || child.tagName === 'NOSCRIPT') continue;
      flush();
      const attrs = [...child.attributes]
        .filter((a) => a.name !== 'elementtiming' && a.name !== 'checked' && !(a.name === 'class' && !a.value.trim()))
        .map((a) => `${a.name}=${a.value}`).sort();
      if (child.type === 'checkbox') attrs.push(`checked:${child.checked}`);
      lines.push(`${depth} <${child.tagName.toLowerCase()} ${attrs.join(' ')}>`);
      walk(child, depth + 1);
    }
    flush();
  };
  walk(document.querySelector('main'), 0);
  return lines;
}

test('the home table is on screen before the app starts, from the same data', async ({ page }) => {
  await page.route('**/*.wasm', () => {}); // never answer: only the static page can paint
  await page.goto('./');
  await expect(page.locator('.site-header .brand')).toHaveText(/Needledrop/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the music of streaming shows did to the charts');
  await expect(page.locator('[data-prerendered="home"]')).toHaveCount(1);
  await expectTableMatchesSources(page);
  await expect(page.locator('.result-count')).toHaveText(`${bundledIndex().shows.length} of ${bundledIndex().shows.length} shows`);
  await expect(page.locator('svg.sparkline path').first()).toHaveAttribute('d', /^M/);
});

test('the static home page sets no italic text, so its first paint loads no italic face', async ({ page }) => {
  await page.route('**/*.wasm', () => {}); // never answer: only the static page
  await page.goto('./');
  await expect(page.locator('[data-prerendered="home"]')).toHaveCount(1);
  const slanted = await page.evaluate(() => [...document.body.querySelectorAll('*')]
    .filter((element) => element.textContent.trim() !== '' && getComputedStyle(element).fontStyle !== 'normal')
    .map((element) => element.tagName.toLowerCase()));
  expect(slanted).toEqual([]);
  // The article's title is still marked up as the cited work.
  await expect(page.locator('.source-note cite')).toHaveCount(1);
});

/** Each `<time>` in the table's peak details and the source line: its date and line boxes. */
const tableDates = (page) => page.locator('#main').evaluate((main) =>
  [...main.querySelectorAll('.best-peak__detail time, .source-note time')].map((time) =>
    `${time.getAttribute('datetime')} ${time.getClientRects().length}`));

test('dates in the table and its source line never break at a hyphen, before and after the app starts', async ({ page }) => {
  await page.setViewportSize({ width: 1350, height: 900 });
  const release = await holdWasm(page);
  await page.goto('./');
  await expect(page.locator('[data-prerendered="home"]')).toHaveCount(1);
  const peaks = bundledIndex().shows.length; // at most one best peak per show
  const before = await tableDates(page);
  // Stranger Things' best peak, No. 1 on 2022-06-18, and the article's date.
  expect(before).toContain('2022-06-18 1');
  expect(before.length).toBeGreaterThan(2);
  expect(before.length).toBeLessThanOrEqual(peaks + 1);
  expect(before.filter((date) => !/^\d{4}-\d{2}-\d{2} 1$/.test(date))).toEqual([]);
  release();
  await appTookOver(page);
  expect(await tableDates(page)).toEqual(before);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home table is complete and the page says what needs JavaScript', async ({ page, request }) => {
    await page.goto('./');
    await expectTableMatchesSources(page);
    // Chromium with scripts disabled by the test still parses <noscript> as
    // text, so its line is checked in the HTML as served.
    const html = await (await request.get('./')).text();
    expect(html).toMatch(/<noscript id="home-end"><p class="status">The table above is complete; sorting, filtering, search and the charts need JavaScript and WebAssembly turned on\.<\/p><\/noscript>/);
  });
});

test('the views build from the dataset in a task after the parse, not in the same long task', async ({ page }) => {
  // At the parse's mark, look again one task later: the live table must not be built yet.
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, ...rest) => {
      if (name === 'dataset-parsed') {
        setTimeout(() => {
          window.liveTablesOneTaskLater = [...document.querySelectorAll('table.comparison')]
            .filter((table) => !table.closest('[data-prerendered]')).length;
        }, 0);
      }
      return mark(name, ...rest);
    };
  });
  await page.goto('./');
  await appTookOver(page);
  await expect(page.locator('table.comparison')).toHaveCount(1);
  expect(await page.evaluate(() => window.liveTablesOneTaskLater)).toBe(0);
});

test('the live table is built a few rows per task out of sight, and swapped in only once every row is built', async ({ page }) => {
  // The live table's row count after each batch of changes to the page
  // (each slice is a task of its own), and the count the swap shows.
  await page.addInitScript(() => {
    window.liveRows = [];
    window.rowsAtSwap = null;
    new MutationObserver(() => {
      const live = document.getElementById('app-live');
      if (live) {
        const rows = live.querySelectorAll('table.comparison tbody tr').length;
        if (rows > 0 && window.liveRows.at(-1) !== rows) window.liveRows.push(rows);
      } else if (window.liveRows.length > 0 && window.rowsAtSwap === null) {
        window.rowsAtSwap = document.querySelectorAll('#app table.comparison tbody tr').length;
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./');
  await appTookOver(page);
  const shows = bundledIndex().shows.length;
  const { liveRows, rowsAtSwap } = await page.evaluate(() => ({ liveRows: window.liveRows, rowsAtSwap: window.rowsAtSwap }));
  expect(liveRows.length).toBeGreaterThan(2);
  expect(liveRows[0]).toBeLessThan(shows);
  expect(liveRows).toEqual([...liveRows].sort((a, b) => a - b));
  expect(liveRows.at(-1)).toBe(shows);
  expect(rowsAtSwap).toBe(shows);
  // Built in the order the table shows, then kept: every show once.
  const names = await page.locator('table.comparison tbody th a').allTextContents();
  expect(new Set(names).size).toBe(shows);
});

test('on a desktop the site header keeps the height the stylesheet gives it, not written again over the whole page', async ({ page }) => {
  // Writing the measured height on <html> restyles every element, in the
  // frame that swaps the app in: where the nav fits on one line the
  // stylesheet's height is already the header's.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await appTookOver(page);
  await page.waitForFunction(() => performance.getEntriesByName('table-painted').length > 0);
  const header = await page.evaluate(() => ({
    written: document.documentElement.style.getPropertyValue('--site-header-measured'),
    inUse: parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--site-header-height')),
    measured: document.querySelector('.site-header').getBoundingClientRect().height,
  }));
  expect(header.written).toBe('');
  expect(header.measured).toBeGreaterThan(40);
  expect(Math.abs(header.inUse - header.measured)).toBeLessThan(0.5);
});

test('the app takes over the static home page with the very same content in the same place', async ({ page }) => {
  const errors = watchErrors(page);
  const release = await holdWasm(page);
  await page.goto('./');
  await expect(page.locator('table.comparison tbody tr')).toHaveCount(bundledIndex().shows.length);
  const sparklines = await page.locator('svg.sparkline path').count();
  expect(sparklines).toBeGreaterThan(0);
  const before = await page.evaluate(contentShape);
  const boxes = async () => Promise.all(['h1', '.table-controls', 'table.comparison', 'main > .source-note >> nth=-1']
    .map((selector) => page.locator(selector).boundingBox()));
  const boxesBefore = await boxes();
  release();
  await appTookOver(page);
  // Once the app's own sparklines are drawn (until their series arrive, the
  // prerendered lines stand in for them, unlabelled).
  await expect(page.locator('svg.sparkline[role=img] path')).toHaveCount(sparklines);
  const after = await page.evaluate(contentShape);
  expect(after.length).toBeGreaterThan(200);
  expect(after).toEqual(before);
  expect(await boxes()).toEqual(boxesBefore);
  // And the live table works.
  await page.locator('thead th', { hasText: 'Peak chart position' }).getByRole('button').click();
  await expect(page).toHaveURL(/\?sort=peak$/);
  expect(errors).toEqual([]);
});

test('the sparklines keep their lines in every frame while the app takes over, even when their series come late', async ({ page }) => {
  // The app's own sparklines need their series files: hold those back, so
  // the app takes over well before they arrive.
  await page.route('**/data/series/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__frames = [];
    const sample = () => {
      window.__frames.push({
        live: performance.getEntriesByName('table-painted').length > 0,
        lines: document.querySelectorAll('#app table.comparison svg.sparkline path').length,
        own: document.querySelectorAll('#app table.comparison svg.sparkline[role=img]:not([data-prerendered]) path').length,
        named: document.querySelectorAll('#app table.comparison svg.sparkline[role=img][aria-label^="Rank history"]:has(> title) path').length,
      });
      if (window.__frames.length < 600) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  // As many lines as the static page draws.
  const expected = ((await (await page.request.get('./')).text()).match(/<svg class="sparkline"[^>]*><title>[^<]*<\/title><path d=/g) || []).length;
  expect(expected).toBeGreaterThan(0);
  await page.goto('./');
  await appTookOver(page);
  // Until every one of the app's own lines is drawn.
  await expect.poll(() => page.evaluate(() => window.__frames.at(-1).own)).toBe(expected);
  const frames = await page.evaluate(() => window.__frames);
  const taken = frames.filter((frame) => frame.live);
  expect(taken.length).toBeGreaterThan(3);
  expect(taken.filter((frame) => frame.lines !== expected)).toEqual([]);
  // And named for screen readers in every frame, as on the static page.
  expect(taken.filter((frame) => frame.named !== expected)).toEqual([]);
  expect(taken.some((frame) => frame.own < expected)).toBe(true);
});

test('what the reader typed before the app started is kept, with the open columns menu and the focus', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  await page.locator('summary', { hasText: 'Columns' }).click();
  const search = page.getByLabel('Search', { exact: true });
  await search.fill('vitamin');
  release();
  await appTookOver(page);
  await expect(search).toHaveValue('vitamin');
  await expect(search).toBeFocused();
  await expect(page.locator('details.columns-menu')).toHaveAttribute('open', '');
  await expect(page.locator('table.comparison tbody th:visible > a')).toHaveText(['Bridgerton']);
  await expect(page).toHaveURL(/q=vitamin/);
});

test('a link with table state replaces the static table with the asked-for one', async ({ page }) => {
  await page.goto('./?genre=Jazz');
  await appTookOver(page);
  await expect(page.locator('table.comparison tbody th:visible > a')).toHaveText(["The Queen's Gambit"]);
  await expect(page.getByLabel('Genre', { exact: true })).toHaveValue('Jazz');
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
    // The page's HTML arrives slowly, in pieces, as on a poor connection
    // (the browser may paint between them); the rest at full speed.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: 48 * 1024, uploadThroughput: -1 });
    await page.goto('./', { waitUntil: 'domcontentloaded' });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await appTookOver(page);
    await expect(page.locator('svg.sparkline path').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(() => window.__shifts);
    const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
    // Web vitals call 0.1 good; the page should come close to none at all.
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
  });
}

/** The table lists every show, and the article's rows are exactly as in the source CSV. */
async function expectTableMatchesSources(page) {
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
}

test('home lists every show of the dataset and the article rows match the source CSV', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await appTookOver(page);
  await expectTableMatchesSources(page);
  await expect(page).toHaveTitle(/Needledrop/);
  expect(errors).toEqual([]);
});

test('the article source line links to its entry on the data page', async ({ page }) => {
  await page.goto('./');
  await page.locator('.source-note a', { hasText: 'About this source' }).first().click();
  await expect(page).toHaveURL(/\/needledrop\/data#source-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data and method');
});
