// Screenshots of key views at desktop and phone widths, light and dark, saved as artifacts.
import { test, expect } from '@playwright/test';

const sizes = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
];
const views = [
  { name: 'home', path: './', ready: '#app:not([data-prerendered]) table.comparison' },
  { name: 'show', path: 'shows/stranger-things', ready: 'h1' },
];

for (const scheme of ['light', 'dark']) {
  for (const size of sizes) {
    for (const view of views) {
      test(`${view.name} at ${size.name} width, ${scheme}`, async ({ page }, info) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(view.path);
        await expect(page.locator(view.ready).first()).toBeVisible();
        // Nothing may overflow the viewport horizontally (responsive down to 320 px).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: info.outputPath(`${view.name}-${size.name}-${scheme}.png`),
          fullPage: true,
        });
      });
    }
  }
}
