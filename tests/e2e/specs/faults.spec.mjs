// A missing or broken dataset ends in an error view that names the problem.
import { test, expect } from '@playwright/test';
import { appTookOver, bundledIndex } from './helpers.mjs';

test('a truncated dataset shows the error view with line and column', async ({ page }) => {
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "sources": [' }));
  await page.goto('./');
  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading')).toHaveText('The dataset is invalid');
  await expect(panel).toContainText('malformed at line 1, column 35: the data ends where a value was expected');
});

test('a dataset with a wrong type names the field', async ({ page }) => {
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "sources": [], "shows": [{"id": 7}]}' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('shows[0].id');
  await expect(page.getByRole('alert')).toContainText('invalid type: the number 7, expected a string');
});

test('a missing dataset names the status, and retry recovers', async ({ page }) => {
  let failures = 1;
  await page.route('**/data/index.json', (route) => {
    if (failures > 0) {
      failures -= 1;
      return route.fulfill({ status: 404, body: 'gone' });
    }
    return route.continue();
  });
  await page.goto('./');
  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading')).toHaveText('The dataset could not be loaded');
  await expect(panel).toContainText('404');
  await panel.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('table.comparison')).toBeVisible();
});

test('a server error names the status', async ({ page }) => {
  await page.route('**/data/index.json', (route) => route.fulfill({ status: 500, body: 'boom' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('The server answered 500');
});

test('an HTML page served instead of the data says so', async ({ page }) => {
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><body>Login</body></html>' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('received an HTML page instead of JSON data');
});

test('a connection cut mid-body is reported as cut off', async ({ page }) => {
  await page.route('**/data/index.json', (route) => route.continue({ url: new URL('/__cut', page.url()).href }));
  await page.goto('./');
  await expect(page.getByRole('alert').getByRole('heading')).toHaveText('The download was cut off');
});

test('a request that never answers is aborted with a timeout message', async ({ page }) => {
  await page.clock.install();
  await page.route('**/data/index.json', () => { /* never answer */ });
  await page.goto('./');
  // While the dataset does not come, the app waits out of sight and the static table stays readable.
  await expect(page.locator('#app-live')).toHaveCount(1);
  await expect(page.locator('[data-prerendered] table.comparison')).toBeVisible();
  await page.clock.runFor(21_000);
  await expect(page.getByRole('alert').getByRole('heading')).toHaveText('The dataset is taking too long');
  await expect(page.getByRole('alert')).toContainText('did not arrive within 20 seconds');
});

test('offline gets its own message, and retry works once back online', async ({ page, context }) => {
  let fail = true;
  await page.route('**/data/index.json', (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert').getByRole('heading')).toHaveText('You are offline');
  await context.setOffline(false);
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('table.comparison')).toBeVisible();
});

test('a wasm file missing after a deploy reloads the page once, then works', async ({ page }) => {
  let misses = 1;
  let loads = 0;
  page.on('load', () => { loads += 1; });
  await page.route('**/*_bg.wasm', (route) => {
    if (misses > 0) { misses -= 1; return route.fulfill({ status: 404, body: 'gone' }); }
    return route.continue();
  });
  await page.goto('./');
  await appTookOver(page);
  await expect(page.locator('table.comparison')).toBeVisible();
  expect(loads).toBe(2);
  // Once started, the reload is forgotten, so a later failed deploy may reload once again.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('needledrop-start-reload'))).toBeNull();
});

test('a wasm file that stays missing shows a message and never loops', async ({ page }) => {
  let loads = 0;
  page.on('load', () => { loads += 1; });
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('./');
  await expect(page.getByRole('alert').getByRole('heading')).toHaveText('Needledrop could not start');
  // The prerendered table stays readable under the message.
  await expect(page.getByRole('alert')).toContainText('The table below can still be read');
  await expect(page.locator('table.comparison tbody tr')).toHaveCount(bundledIndex().shows.length);
  await page.waitForTimeout(1500);
  expect(loads).toBe(2);
});

// The same faults on a view's data= link: each has its own message, the
// bundled songs stay, and "Try again" fetches again.
const LINKED = 'https://example.org/team/streams.csv';
const CORS = { 'access-control-allow-origin': '*' };
const linkedView = (address = LINKED) => `compare?songs=running-up-that-hill-kate-bush&data=${encodeURIComponent(address)}`;

for (const [name, answer, message] of [
  ['a server error', (route) => route.fulfill({ status: 500, body: 'boom', headers: CORS }), 'The server answered 500'],
  ['an HTML page', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><p>Sign in</p>', headers: CORS }), 'this is a web page (HTML), not CSV or JSON data'],
  ['an unreachable host', (route) => route.abort('connectionrefused'), 'the server could not be reached'],
]) {
  test(`data= link: ${name} is named, and the bundled chart stays`, async ({ page }) => {
    await page.route(LINKED, answer);
    await page.goto(linkedView());
    const status = page.locator('.linked-status[role=alert]');
    await expect(status).toContainText(message);
    await expect(status).not.toContainText('Err(');
    await expect(page.locator('.chart-legend')).toContainText('Billboard Hot 100');
  });
}

test('data= link: a connection cut mid-body is reported as cut off', async ({ page }) => {
  await page.goto('compare');
  const cut = new URL('/__cut', page.url()).href;
  await page.goto(linkedView(cut));
  await expect(page.locator('.linked-status[role=alert]')).toContainText('The connection was cut');
});

test('data= link: no answer is aborted after 20 s, offline is said, and retry succeeds', async ({ page, context }) => {
  await page.clock.install();
  let mode = 'hang';
  await page.route(LINKED, (route) => {
    if (mode === 'hang') return undefined;
    if (mode === 'offline') return route.abort('internetdisconnected');
    return route.fulfill({ status: 200, contentType: 'text/csv', body: 'date,streams\n2024-01-01,5\n2024-01-02,9\n', headers: CORS });
  });
  await page.goto(linkedView());
  await expect(page.locator('.linked-status[role=status]')).toContainText('Loading series from https://example.org/team/streams.csv');
  await page.clock.runFor(21_000);
  const status = page.locator('.linked-status[role=alert]');
  await expect(status).toContainText('did not arrive within 20 seconds');
  mode = 'offline';
  await context.setOffline(true);
  await status.getByRole('button', { name: 'Try again' }).click();
  await expect(status).toContainText('You are offline');
  await context.setOffline(false);
  mode = 'ok';
  await status.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.linked-status')).toHaveCount(0);
});
