// A missing or broken dataset ends in an error view that names the problem.
import { test, expect } from '@playwright/test';

test('a truncated dataset shows the error view with line and column', async ({ page }) => {
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "sources": [' }));
  await page.goto('./');
  const panel = page.getByRole('alert');
  await expect(panel.getByRole('heading')).toHaveText('The dataset is invalid');
  await expect(panel).toContainText('malformed at line 1, column 34');
});

test('a dataset with a wrong type names the field', async ({ page }) => {
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "sources": [], "shows": [{"id": 7}]}' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('shows[0].id');
  await expect(page.getByRole('alert')).toContainText('invalid type: integer `7`, expected a string');
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
