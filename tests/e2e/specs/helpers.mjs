// Shared helpers for the journeys: reading source CSVs, collecting page errors.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Parses RFC 4180 CSV text (quoted fields, doubled quotes, commas inside quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Rows of a CSV file under data/sources/. */
export function sourceCsv(name) {
  return parseCsv(readFileSync(join(repo, 'data', 'sources', name), 'utf8'));
}

/** The bundled dataset index, as committed. */
export function bundledIndex() {
  return JSON.parse(readFileSync(join(repo, 'public', 'data', 'index.json'), 'utf8'));
}

/** Records uncaught page errors and console errors so a test can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Waits until the app has taken over the prerendered home page (its HTML
 * holds a static table until then, which does not sort or filter yet).
 */
export async function appTookOver(page) {
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.locator('#app-live')).toHaveCount(0);
  await expect(page.locator('#app')).toHaveCount(1);
}

/**
 * Makes `history.pushState` and `replaceState` behave as in WebKit, which
 * throws a SecurityError after 100 calls in 30 seconds; counts the calls in
 * `window.__historyWrites`.
 */
export async function limitHistoryLikeWebKit(page) {
  await page.addInitScript(() => {
    const calls = [];
    window.__historyWrites = 0;
    for (const name of ['pushState', 'replaceState']) {
      const original = History.prototype[name];
      History.prototype[name] = function (...args) {
        const now = performance.now();
        while (calls.length && now - calls[0] > 30_000) calls.shift();
        if (calls.length >= 100) {
          throw new DOMException(`Attempt to use history.${name}() more than 100 times per 30 seconds`, 'SecurityError');
        }
        calls.push(now);
        window.__historyWrites += 1;
        return original.apply(this, args);
      };
    }
  });
}
