// Pages for the scenarios: a fresh browser context per page (cold HTTP
// cache), the same viewport everywhere, and an instrumentation script that
// runs before any page script.

/** Viewport of every bench page (CSS px, device pixel ratio 1). */
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Runs in the page before its own scripts (so in the app and the baselines
 * alike): after each `chart-drawn` and `hover-painted` mark it adds
 * `<name>:painted` once the next frame is painted (a timeout queued in
 * requestAnimationFrame runs after that frame); it records long tasks, the
 * wasm memory trunk's loader announces, and the last pointer move (its input
 * time stamp and when the page got it); `waitFor` resolves with the first
 * entry of a name after a time.
 */
export function instrument() {
  const original = performance.mark.bind(performance);
  const painted = new Set(['chart-drawn', 'hover-painted']);
  performance.mark = (name, options) => {
    const entry = original(name, options);
    if (painted.has(name)) requestAnimationFrame(() => setTimeout(() => original(`${name}:painted`), 0));
    return entry;
  };
  const bench = { longTasks: [], wasmMemory: null, lastMove: { input: 0, dispatched: 0 } };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the count stays empty.
  }
  addEventListener('TrunkApplicationStarted', (event) => {
    bench.wasmMemory = event.detail?.wasm?.memory ?? null;
  });
  addEventListener('pointermove', (event) => {
    bench.lastMove = { input: event.timeStamp, dispatched: performance.now() };
  }, { capture: true, passive: true });
  bench.waitFor = (name, after = -1, timeout = 60_000) => new Promise((resolve, reject) => {
    const find = () => performance.getEntriesByName(name).find((entry) => entry.startTime > after);
    const found = find();
    if (found) return resolve(found.toJSON());
    const observer = new PerformanceObserver(() => {
      const entry = find();
      if (!entry) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(entry.toJSON());
    });
    observer.observe({ entryTypes: ['mark', 'measure', 'paint'] });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no "${name}" within ${timeout} ms`));
    }, timeout);
  });
  bench.frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Opens `url` in a fresh context; resolves to `{ page, close }`. */
export async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  return { page, close: () => context.close() };
}

/** Opens `url` in a fresh context and runs `work(page)`, closing the context after. */
export async function withPage(browser, url, work) {
  const { page, close } = await openPage(browser, url);
  try {
    return await work(page);
  } finally {
    await close();
  }
}

/** The first entry named `name` after `after` (ms since navigation start), waited for in the page. */
export function waitFor(page, name, after = -1, timeout = 60_000) {
  return page.evaluate(([n, a, t]) => window.__bench.waitFor(n, a, t), [name, after, timeout]);
}

/** A short description of what the page shows instead of a chart or table (for "unavailable" reasons). */
export function pageProblem(page) {
  return page.evaluate(() => {
    const alert = document.querySelector('[role=alert], .status--error, .error-panel, .notice');
    const text = (alert || document.querySelector('main') || document.body)?.innerText || '';
    return text.replace(/\s+/g, ' ').trim().slice(0, 240);
  }).catch((error) => String(error.message || error));
}
