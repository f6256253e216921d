import { chromium } from 'playwright';
import { startServer } from './lib/server.mjs';
import { resolve } from 'node:path';
const server = await startServer({ dist: '/tmp/wa/after-dist', bench: resolve('.') });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const [w, scheme] of [[1280, 'light'], [390, 'dark']]) {
  const context = await browser.newContext({ viewport: { width: w, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(`${server.origin}/needledrop/compare`);
  await page.locator('.dropzone input[type=file]').waitFor({ state: 'attached' });
  const bad = '[{"date": "2024-01-01", "value": 1}, {"date": "2024-01-02", "value": true},\n {"date": "2024-01-03", "value": 5, "extra": [[[1]]]}]';
  await page.locator('.dropzone input[type=file]').setInputFiles({ name: 'plays.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await page.waitForTimeout(800);
  const alert = page.locator('[role=alert]').first();
  console.log(w, await alert.innerText().catch(() => 'no alert'));
  await alert.scrollIntoViewIfNeeded().catch(() => {});
  await page.screenshot({ path: `/tmp/wa/import-${w}.png` });
  const good = '[{"date": "2024-01-01", "value": 10, "series": "Mine", "note": "x"}, {"date": "2024-01-08", "value": 4, "series": "Mine"}]';
  await page.locator('.dropzone input[type=file]').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await page.waitForTimeout(1000);
  await page.reload();
  await page.waitForTimeout(1500);
  console.log(w, 'after reload kept:', await page.locator('text=Mine').count(), (await page.evaluate(() => localStorage.getItem(Object.keys(localStorage)[0])))?.slice(0, 200));
  await page.screenshot({ path: `/tmp/wa/import-kept-${w}.png` });
  await context.close();
}
await browser.close();
process.exit(0);
