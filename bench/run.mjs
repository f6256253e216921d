// Needledrop's benchmark runner, started by `cargo xtask bench`.
//
//   node run.mjs --dist <folder> --out <results.json> [--quick] [--only S3,S6]
//
// Serves the app build and the baseline pages on one localhost origin, runs
// the browser scenarios in headless Chromium (CHROMIUM, default
// /usr/bin/chromium; no browser download) and writes every raw sample as
// JSON. The xtask turns that into BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { startServer } from './lib/server.mjs';
import { archive, chartCold, hover, lighthouse, loads, memoryCycles, tableInteractions } from './lib/scenarios.mjs';

const bench = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const quick = args.includes('--quick');
const dist = resolve(option('--dist') || resolve(bench, '..', 'dist'));
const out = resolve(option('--out') || resolve(bench, 'results.json'));
const only = option('--only')?.split(',');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

/** Each scenario: the ids it reports and how to run it. */
const SCENARIOS = [
  [['S2', 'S7'], (ctx) => loads(ctx)],
  [['S3'], (ctx) => tableInteractions(ctx)],
  [['S4'], (ctx) => chartCold(ctx, { id: 'S4', file: 'points-166650', points: 166_650, reps: ctx.reps })],
  [['S5'], (ctx) => chartCold(ctx, { id: 'S5', file: 'points-1000000', points: 1_000_000, reps: Math.min(ctx.reps, 5) })],
  [['S6'], (ctx) => hover(ctx)],
  [['S8'], (ctx) => archive(ctx)],
  [['S9'], (ctx) => memoryCycles(ctx)],
  [['S10'], (ctx) => lighthouse(ctx)],
];

const server = await startServer({ dist, bench });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const ctx = {
  browser,
  origin: server.origin,
  dist,
  bench,
  chromium: chromiumPath,
  quick,
  reps: quick ? 3 : 10,
  warmup: quick ? 1 : 2,
};
const results = {
  started: new Date().toISOString(),
  browser: `Chromium ${browser.version()}`,
  quick,
  reps: ctx.reps,
  warmup: ctx.warmup,
  scenarios: [],
};
try {
  for (const [ids, run] of SCENARIOS) {
    if (only && !ids.some((id) => only.includes(id))) continue;
    const began = Date.now();
    console.error(`bench: ${ids.join(' + ')} …`);
    try {
      const outcome = await run(ctx);
      results.scenarios.push(...[outcome].flat());
    } catch (error) {
      // A broken scenario is reported, not fatal: the others still run.
      for (const id of ids) {
        results.scenarios.push({ id, title: id, status: 'failed', reason: `harness error: ${error.message.split('\n')[0]}`, rows: [], notes: [] });
      }
    }
    console.error(`bench: ${ids.join(' + ')} done in ${((Date.now() - began) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
  await server.close();
}
results.finished = new Date().toISOString();
writeFileSync(out, JSON.stringify(results, null, 2));
console.error(`bench: raw samples in ${out}`);
