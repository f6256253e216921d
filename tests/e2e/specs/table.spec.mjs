// The comparison table: sorting, filtering, searching and column toggles, all kept in the URL.
import { test, expect } from '@playwright/test';
import { appTookOver, bundledIndex, limitHistoryLikeWebKit, watchErrors } from './helpers.mjs';

// Rows a filter leaves out stay in the table, hidden: only the visible ones count.
// The show names (a row's heading also lists the songs a search found).
const showColumn = (page) => page.locator('table.comparison tbody th:visible > a');

test('clicking a heading sorts ascending then descending, with aria-sort', async ({ page }) => {
  await page.goto('./');
  await appTookOver(page);
  const heading = page.locator('thead th', { hasText: 'Peak chart position' });
  await expect(heading).toHaveAttribute('aria-sort', 'none');
  await heading.getByRole('button').click();
  await expect(page).toHaveURL(/\?sort=peak$/);
  await expect(heading).toHaveAttribute('aria-sort', 'ascending');
  // Article peaks: Bridgerton 5, Stranger Things 10, 13 Reasons Why 12, Money Heist 15, Queen's Gambit 20; gaps last.
  await expect(showColumn(page).nth(0)).toHaveText('Bridgerton');
  await expect(showColumn(page).nth(4)).toHaveText("The Queen's Gambit");
  await heading.getByRole('button').click();
  await expect(page).toHaveURL(/\?sort=peak:desc$/);
  await expect(heading).toHaveAttribute('aria-sort', 'descending');
  await expect(showColumn(page).nth(0)).toHaveText("The Queen's Gambit");
  await expect(showColumn(page).nth(4)).toHaveText('Bridgerton');
});

test('sorting works from the keyboard', async ({ page }) => {
  await page.goto('./');
  await appTookOver(page);
  const button = page.locator('thead th', { hasText: 'Show' }).getByRole('button');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?sort=show$/);
  const titles = bundledIndex().shows.map((s) => s.title).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  await expect(showColumn(page)).toHaveText(titles);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?sort=show:desc$/);
  await expect(showColumn(page)).toHaveText([...titles].reverse());
});

test('the best song peak column is measured from the charts and links to the song', async ({ page }) => {
  await page.goto('./?sort=best');
  await appTookOver(page);
  const first = page.locator('table.comparison tbody tr').first();
  const best = first.locator('td[data-label="Best song peak"]');
  await expect(best.locator('.peak__rank')).toHaveText('No. 1');
  // Ties on rank go by date: Arcane's Enemy (2022-02-12) before Stranger Things (2022-06-18).
  await expect(first.locator('th')).toHaveText('Arcane');
  await expect(best.locator('a').first()).toHaveText('Enemy');
  await expect(best).toContainText('Billboard Alternative Airplay · 2022-02-12');
  const wednesday = page.locator('tr', { has: page.locator('th', { hasText: 'Wednesday' }) });
  await expect(wednesday.locator('td[data-label="Best song peak"]')).toContainText('fan edits, not in the show');
  // Dark: our sources list none of its songs, so its count is a gap that says so, not a 0.
  const dark = page.locator('tr', { has: page.locator('th', { hasText: 'Dark' }) }).locator('td[data-label="Charting songs"] .gap');
  await expect(dark).toHaveAttribute('title', "our sources list none of this show's songs");
  // Bridgerton: six songs listed, none charted: a measured 0.
  await expect(page.locator('tr', { has: page.locator('th', { hasText: 'Bridgerton' }) }).locator('td[data-label="Charting songs"]')).toHaveText('0');
});

test('genre filter and search narrow the rows and update the count', async ({ page }) => {
  await page.goto('./');
  await appTookOver(page);
  const total = bundledIndex().shows.length;
  await expect(page.locator('.result-count')).toHaveText(`${total} of ${total} shows`);
  await page.getByLabel('Genre', { exact: true }).selectOption('Jazz');
  await expect(page).toHaveURL(/genre=Jazz/);
  await expect(showColumn(page)).toHaveText(["The Queen's Gambit"]);
  await expect(page.locator('.result-count')).toHaveText(`1 of ${total} shows`);
  await page.getByLabel('Genre', { exact: true }).selectOption('');
  await page.getByLabel('Search', { exact: true }).fill('master of puppets');
  await expect(showColumn(page)).toHaveText(['Stranger Things']);
  await expect(page).toHaveURL(/q=master\+of\+puppets/);
  await page.getByLabel('Search', { exact: true }).fill('zzz no such thing');
  await expect(page.getByText('No show matches.')).toBeVisible();
});

test('filtering hides rows and clearing it shows the very same rows again, not rebuilt ones', async ({ page }) => {
  await page.goto('./');
  await appTookOver(page);
  const total = bundledIndex().shows.length;
  const rows = page.locator('table.comparison tbody tr');
  await expect(rows).toHaveCount(total);
  await expect(page.locator('svg.sparkline').first()).toBeVisible();
  // Tag every row element; a rebuilt row would come back without the tag.
  await rows.evaluateAll((trs) => trs.forEach((tr, i) => { tr.dataset.probe = String(i); }));
  await page.getByLabel('Genre', { exact: true }).selectOption('Jazz');
  await expect(showColumn(page)).toHaveText(["The Queen's Gambit"]);
  await expect(rows.filter({ visible: false })).toHaveCount(total - 1);
  await page.getByLabel('Search', { exact: true }).fill('');
  await page.getByLabel('Genre', { exact: true }).selectOption('');
  await expect(showColumn(page)).toHaveCount(total);
  const probes = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.probe));
  expect(probes).toEqual([...Array(total).keys()].map(String));
  // Hidden rows are out of the accessibility tree too.
  await page.getByLabel('Search', { exact: true }).fill('vitamin');
  await expect(page.getByRole('row')).toHaveCount(2); // the heading row and Bridgerton
});

test('state in the URL survives reload and back/forward', async ({ page }) => {
  await page.goto('./?q=vitamin&sort=show:desc');
  await appTookOver(page);
  await expect(showColumn(page)).toHaveText(['Bridgerton']);
  await expect(page.getByLabel('Search', { exact: true })).toHaveValue('vitamin');
  await page.reload();
  await appTookOver(page);
  await expect(showColumn(page)).toHaveText(['Bridgerton']);
  await page.getByLabel('Search', { exact: true }).fill('');
  await page.locator('thead th', { hasText: 'Charting songs' }).getByRole('button').click();
  await expect(page).toHaveURL(/\?sort=songs$/);
  await page.goBack();
  await expect(page).toHaveURL(/sort=show:desc/);
  await expect(page.locator('thead th', { hasText: 'Show' })).toHaveAttribute('aria-sort', 'descending');
});

test('a choice shows at once and reaches the URL after the paint; the newest of quick choices wins', async ({ page }) => {
  await page.goto('./');
  await appTookOver(page);
  const titles = bundledIndex().shows.map((s) => s.title).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  // Two clicks in one task: the rows follow both before the URL has changed.
  const during = await page.evaluate(() => {
    const button = [...document.querySelectorAll('thead .sort-button')].find((b) => b.textContent.startsWith('Show'));
    button.click();
    button.click();
    // The next frame, before it is painted: rows and heading already follow.
    return new Promise((resolve) => requestAnimationFrame(() => resolve({
      url: location.search,
      first: document.querySelector('table.comparison tbody th > a').textContent,
      sort: button.parentElement.getAttribute('aria-sort'),
    })));
  });
  expect(during).toEqual({ url: '', first: titles[titles.length - 1], sort: 'descending' });
  await expect(page).toHaveURL(/\?sort=show:desc$/);
  await expect(showColumn(page)).toHaveText([...titles].reverse());
  await expect(page.locator('thead th', { hasText: 'Show' })).toHaveAttribute('aria-sort', 'descending');
  // Only the newest pending choice is written: one history entry.
  await page.goBack();
  await expect(page).toHaveURL(/\/needledrop\/$/);
  await expect(showColumn(page)).toHaveText(bundledIndex().shows.map((s) => s.title));
});

test('typing a long search never floods the history (WebKit throws after 100 writes in 30 s)', async ({ page }) => {
  const errors = watchErrors(page);
  await limitHistoryLikeWebKit(page);
  await page.goto('./');
  await appTookOver(page);
  const search = page.getByLabel('Search', { exact: true });
  const text = 'stranger things '.repeat(8).trim(); // 127 characters, one input event each
  await search.pressSequentially(text, { delay: 5 });
  await expect(showColumn(page)).toHaveText(['Stranger Things']);
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(text).replace(/%20/g, '\\+')}$`));
  const writes = await page.evaluate(() => window.__historyWrites);
  expect(writes).toBeGreaterThan(0);
  expect(writes).toBeLessThan(20);
  await expect(page.locator('.broken')).toHaveCount(0); // no panic page
  expect(errors).toEqual([]);
});

test('leaving the page right after a choice goes where the reader went', async ({ page }) => {
  await page.goto('./');
  await appTookOver(page);
  await page.evaluate(() => {
    document.querySelector('thead .sort-button').click();
    document.querySelector('table.comparison tbody th a').click();
  });
  await expect(page).toHaveURL(/\/shows\/[a-z0-9-]+$/);
  await expect(page.locator('h1')).not.toHaveText(/What the music/);
  // The pending table choice was not written over the show page.
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/shows\/[a-z0-9-]+$/);
});

test('columns can be hidden and the choice is in the URL', async ({ page }) => {
  await page.goto('./');
  await appTookOver(page);
  await page.locator('summary', { hasText: 'Columns' }).click();
  await page.getByLabel('Fan engagement highlights').uncheck();
  await expect(page).toHaveURL(/hide=engagement/);
  await expect(page.locator('thead th', { hasText: 'Fan engagement' })).toBeHidden();
  await expect(page.locator('td[data-label="Fan engagement highlights"]').first()).toBeHidden();
  await page.reload();
  await appTookOver(page);
  await expect(page.locator('thead th', { hasText: 'Fan engagement' })).toBeHidden();
});

test('the controls follow the table state however it changes: headings, menus, back and forward', async ({ page }) => {
  await page.goto('./');
  await appTookOver(page);
  const sort = page.locator('#table-sort');
  const genre = page.locator('#table-genre');
  const engagement = page.getByLabel('Fan engagement highlights');
  await expect(sort).toHaveValue('');
  // A heading's click shows in the sort menu, and the menu's choice in the headings.
  await page.locator('thead th', { hasText: 'Show' }).getByRole('button').click();
  await expect(sort).toHaveValue('show');
  await page.locator('thead th', { hasText: 'Show' }).getByRole('button').click();
  await expect(sort).toHaveValue('show:desc');
  // The sort menu is the phones' (the card layout hides the headings).
  await page.setViewportSize({ width: 375, height: 800 });
  await sort.selectOption('peak');
  await expect(page).toHaveURL(/sort=peak(&|$)/);
  await expect(page.locator('thead th', { hasText: 'Peak chart position' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.locator('thead th', { hasText: 'Show' })).toHaveAttribute('aria-sort', 'none');
  await genre.selectOption('Jazz');
  await expect(page).toHaveURL(/genre=Jazz/);
  await page.locator('summary', { hasText: 'Columns' }).click();
  await engagement.uncheck();
  await expect(page).toHaveURL(/hide=engagement/);
  // Back through each choice: every control shows the state of its entry.
  await page.goBack();
  await expect(page).not.toHaveURL(/hide=/);
  await expect(engagement).toBeChecked();
  await expect(genre).toHaveValue('Jazz');
  await page.goBack();
  await expect(page).not.toHaveURL(/genre=/);
  await expect(genre).toHaveValue('');
  await expect(sort).toHaveValue('peak');
  await page.goBack();
  await expect(sort).toHaveValue('show:desc');
  await expect(page.locator('thead th', { hasText: 'Show' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('thead th', { hasText: 'Peak chart position' })).toHaveAttribute('aria-sort', 'none');
  await page.goForward();
  await page.goForward();
  await expect(genre).toHaveValue('Jazz');
  await expect(sort).toHaveValue('peak');
  await expect(showColumn(page)).toHaveText(["The Queen's Gambit"]);
});

test('unknown parameters are ignored with a visible notice', async ({ page }) => {
  await page.goto('./?sort=popularity&utm_source=x');
  await appTookOver(page);
  await expect(page.getByRole('status').filter({ hasText: 'ignored' })).toContainText('“popularity” is not a column to sort by');
  await expect(page.locator('table.comparison tbody tr')).toHaveCount(bundledIndex().shows.length);
});

test('a genre in the link is read as the menu spells it; one no show has is dropped with a notice', async ({ page }) => {
  const shows = bundledIndex().shows;
  const jazz = shows.filter((show) => show.genres.some((genre) => genre.toLowerCase() === 'jazz'));
  expect(jazz.length).toBeGreaterThan(0);
  await page.goto('./?genre=JAZZ');
  await appTookOver(page);
  await expect(showColumn(page)).toHaveText(jazz.map((show) => show.title));
  await expect(page.getByLabel('Genre', { exact: true })).toHaveValue('Jazz');
  await expect(page.getByRole('status').filter({ hasText: 'ignored' })).toHaveCount(0);
  await page.goto('./?genre=Polka&q=');
  await appTookOver(page);
  await expect(page.getByRole('status').filter({ hasText: 'ignored' })).toContainText('genre: “Polka” is not the genre of any show');
  await expect(showColumn(page)).toHaveCount(shows.length);
  await expect(page.getByText(`${shows.length} of ${shows.length} shows`)).toBeVisible();
  await expect(page.getByLabel('Genre', { exact: true })).toHaveValue('');
});

test('on a phone the table becomes labelled cards with a sort menu', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./');
  await appTookOver(page);
  const cell = page.locator('tbody tr').first().locator('td[data-label="Music genre"]');
  const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
  expect(label).toBe('"Music genre"');
  await page.getByLabel('Sort', { exact: true }).selectOption('peak');
  await expect(showColumn(page).first()).toHaveText('Bridgerton');
});

test('on a phone only the cards near the screen are laid out and painted, the others once scrolled to', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('./');
  await appTookOver(page);
  // Whether a card's content is rendered, or skipped while far off screen.
  const rendered = () => page.locator('table.comparison tbody tr').evaluateAll((rows) => rows
    .map((row) => row.querySelector('td').checkVisibility({ contentVisibilityAuto: true })));
  const before = await rendered();
  expect(before[0]).toBe(true);
  expect(before.at(-1)).toBe(false);
  expect(before.filter(Boolean).length).toBeLessThan(before.length / 2);
  // Scrolled to, the last card is laid out and readable like the first.
  const last = page.locator('table.comparison tbody tr').last();
  await last.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await rendered()).at(-1)).toBe(true);
  await expect(last.locator('td[data-label="Music genre"]')).toBeVisible();
  // On a desktop the rows are a table, all laid out.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(async () => (await rendered()).every(Boolean)).toBe(true);
});

test('on a phone the controls pair up, so the table starts sooner, and the column menu opens on screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./');
  await appTookOver(page);
  const box = (selector) => page.locator(selector).first().boundingBox();
  const search = await box('.field--search');
  const genre = await box('#table-genre');
  const sort = await box('#table-sort');
  const columns = await box('.columns-menu summary');
  const count = await box('.result-count');
  // Search across the width; genre and sort side by side; the menu and the count side by side.
  expect(search.width).toBeGreaterThan(300);
  expect(Math.abs(genre.y - sort.y)).toBeLessThan(2);
  expect(sort.x).toBeGreaterThan(genre.x + genre.width);
  expect(Math.abs((columns.y + columns.height / 2) - (count.y + count.height / 2))).toBeLessThan(4);
  expect(sort.x + sort.width).toBeLessThanOrEqual(375);
  await page.locator('.columns-menu summary').click();
  const panel = await box('.columns-menu fieldset');
  expect(panel.x).toBeGreaterThanOrEqual(0);
  expect(panel.x + panel.width).toBeLessThanOrEqual(375);
});

test('on a 1280 px screen the whole table fits, every column in view without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await appTookOver(page);
  const wrap = page.locator('.table-wrap');
  const { client, scroll, right } = await wrap.evaluate((el) => ({
    client: el.clientWidth, scroll: el.scrollWidth, right: el.getBoundingClientRect().right,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
  const headings = page.locator('.comparison thead th');
  await expect(headings).toHaveCount(8);
  for (const box of await headings.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().right))) {
    expect(box).toBeLessThanOrEqual(right);
  }
});

test('a search that finds songs lists them under their show, linked to their pages', async ({ page }) => {
  await page.goto('./');
  await appTookOver(page);
  await page.getByLabel('Search', { exact: true }).fill('clash');
  const rows = page.locator('tbody tr:not(.filtered-out)');
  await expect(rows).toHaveCount(1);
  const found = rows.first().locator('th .found-songs li');
  await expect(found).toHaveCount(1);
  await expect(found).toHaveText('Should I Stay or Should I Go — The Clash');
  // Matching the show's own name lists no song.
  await page.getByLabel('Search', { exact: true }).fill('stranger');
  await expect(page.locator('.found-songs')).toHaveCount(0);
  // Many songs: three, then a link to the rest of the soundtrack.
  await page.getByLabel('Search', { exact: true }).fill('the');
  const many = page.locator('tbody tr', { hasText: 'Stranger Things' }).locator('.found-songs li');
  await expect(many).toHaveCount(4);
  await expect(many.last().getByRole('link')).toHaveAttribute('href', /\/shows\/stranger-things#soundtrack$/);
  await expect(many.last()).toHaveText(/^and \d+ more$/);
  await page.getByLabel('Search', { exact: true }).fill('clash');
  await found.getByRole('link').click();
  await expect(page).toHaveURL(/\/songs\/should-i-stay-or-should-i-go-the-clash$/);
  await expect(page.locator('h1')).toHaveText('Should I Stay or Should I Go');
});

test('the table keeps its heading row and its show column in view while it scrolls both ways', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('./');
  await appTookOver(page);
  const wrap = page.locator('.table-wrap');
  // At 1024 px the table is both taller and wider than its panel.
  const size = await wrap.evaluate((el) => ({ tall: el.scrollHeight > el.clientHeight, wide: el.scrollWidth > el.clientWidth }));
  expect(size).toEqual({ tall: true, wide: true });
  await wrap.scrollIntoViewIfNeeded();
  await wrap.evaluate((el) => { el.scrollTop = 500; el.scrollLeft = el.scrollWidth; });
  // What is painted at the panel's top-left, top-right and left middle.
  const seen = await wrap.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const at = (x, y) => {
      const cell = document.elementFromPoint(x, y)?.closest('th, td');
      return cell ? { inHead: !!cell.closest('thead'), isRowHeading: cell.matches('tbody th'), text: cell.textContent.trim() } : null;
    };
    return {
      topLeft: at(box.left + 20, box.top + 10),
      topRight: at(box.right - 30, box.top + 10),
      leftMiddle: at(box.left + 20, box.top + box.height / 2),
      scrolled: { top: el.scrollTop, left: el.scrollLeft },
    };
  });
  expect(seen.scrolled.top).toBeGreaterThan(0);
  expect(seen.scrolled.left).toBeGreaterThan(0);
  expect(seen.topLeft).toMatchObject({ inHead: true, text: expect.stringMatching(/^Show/) });
  expect(seen.topRight).toMatchObject({ inHead: true, text: expect.stringMatching(/^Biggest lift/) });
  expect(seen.leftMiddle).toMatchObject({ isRowHeading: true });
  const titles = bundledIndex().shows.map((show) => show.title);
  expect(titles).toContain(seen.leftMiddle.text.split('\n')[0]);
});

test('from 1280 px the table scrolls with the page and its heading row sticks under the site header', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 800 });
  await page.goto('./');
  await appTookOver(page);
  const wrap = page.locator('.table-wrap');
  // The whole table fits its panel, so the panel is no scroll box of its own.
  const box = await wrap.evaluate((el) => ({ tall: el.scrollHeight > el.clientHeight, wide: el.scrollWidth > el.clientWidth, overflow: getComputedStyle(el).overflowY }));
  expect(box).toEqual({ tall: false, wide: false, overflow: 'visible' });
  // A wheel over the table scrolls the page.
  await wrap.hover();
  await page.mouse.wheel(0, 900);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
  const seen = await page.evaluate(() => {
    const header = document.querySelector('.site-header').getBoundingClientRect();
    const heading = document.querySelector('table.comparison thead th').getBoundingClientRect();
    const table = document.querySelector('table.comparison').getBoundingClientRect();
    return { headerBottom: header.bottom, headingTop: heading.top, tableTop: table.top, tableLeft: table.left };
  });
  // The table's top has gone under the header; its heading row has not.
  expect(seen.tableTop).toBeLessThan(seen.headerBottom);
  expect(Math.abs(seen.headingTop - seen.headerBottom)).toBeLessThan(1);
  const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x + 20, y + 8)?.closest('th')?.textContent.trim(), { x: seen.tableLeft, y: seen.headerBottom });
  expect(under).toMatch(/^Show/);
  // Every word in the table sits on one line: no column is squeezed until
  // its words break (a word may still break after a hyphen or a slash).
  const broken = await page.evaluate(() => {
    const table = document.querySelector('table.comparison');
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    const split = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.checkVisibility()) continue;
      for (const match of node.data.matchAll(/[^\s\-\/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) split.push(match[0]);
      }
    }
    return split;
  });
  expect(broken).toEqual([]);
});
