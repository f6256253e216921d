// Accessibility: no serious or critical axe-core violations on the main views, light and dark.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const views = [
  { name: 'home', path: './', ready: '#app:not([data-prerendered]) table.comparison' },
  { name: 'show', path: 'shows/stranger-things', ready: '#soundtrack' },
  { name: 'song', path: 'songs/running-up-that-hill-kate-bush', ready: '#chart' },
  { name: 'data', path: 'data', ready: '#sources' },
  { name: 'archive song', path: 'archive?q=running+up&title=Running+Up+That+Hill+(A+Deal+With+God)&artist=Kate+Bush', ready: '.archive-song canvas' },
  { name: 'archive revivals', path: 'archive?view=revivals', ready: '.revival-table tbody tr' },
  { name: 'archive spotify', path: 'archive?view=spotify', ready: '.spotify-day tbody tr' },
];

for (const scheme of ['light', 'dark']) {
  for (const view of views) {
    test(`${view.name} has no serious accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(view.path);
      await expect(page.locator(view.ready).first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }
}
