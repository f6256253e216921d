// Deep links under the GitHub Pages sub-path, the not-found view, and navigation.
import { test, expect } from '@playwright/test';
import { watchErrors, appTookOver } from './helpers.mjs';

test('a direct load of a deep link under the sub-path renders the show', async ({ page }) => {
  const errors = watchErrors(page);
  const response = await page.goto('shows/stranger-things');
  // The dist build writes a page for every known route, so the static host answers 200.
  expect(response.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stranger Things');
  await expect(page).toHaveTitle('Stranger Things · Needledrop');
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('an unknown route shows the not-found view with the path', async ({ page }) => {
  await page.goto('no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('.not-found code')).toHaveText('/needledrop/no/such/page');
});

test('an unknown show id shows a helpful not-found view', async ({ page }) => {
  await page.goto('shows/not-a-show');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No show called “not-a-show”');
});

test('the header navigates between sections without reloading', async ({ page }) => {
  await page.goto('./');
  await appTookOver(page);
  await page.evaluate(() => { window.__stayed = true; });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
  await expect(page).toHaveURL(/\/needledrop\/data$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data and method');
  expect(await page.evaluate(() => window.__stayed)).toBe(true);
  await page.getByRole('link', { name: 'Stranger Things' }).first().waitFor({ state: 'detached' }).catch(() => {});
  await page.goBack();
  await expect(page.locator('table.comparison')).toBeVisible();
});

test('links in the comparison table open shows and songs without reloading', async ({ page }) => {
  await page.goto('./');
  await appTookOver(page);
  await page.evaluate(() => { window.__stayed = true; });
  await page.locator('table.comparison tbody th a', { hasText: 'Stranger Things' }).click();
  await expect(page).toHaveURL(/\/needledrop\/shows\/stranger-things$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stranger Things');
  await page.goBack();
  await page.locator('td[data-label="Best song peak"] .best-peak__what a', { hasText: 'Running Up That Hill' }).click();
  await expect(page).toHaveURL(/\/needledrop\/songs\/running-up-that-hill-kate-bush$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Running Up That Hill (A Deal With God)');
  expect(await page.evaluate(() => window.__stayed)).toBe(true);
});
