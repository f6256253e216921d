// The bench's static server. One origin serves:
//   /needledrop/…        the app's release build (like GitHub Pages: a folder
//                        answers its index.html, anything else is 404.html)
//   /bench/…             the baseline pages of bench/baselines/
//   /bench/vendor/…      uPlot from node_modules (bench-only)
//   /bench/synthetic/…   the synthetic CSV series, generated in memory
//   /bench/vanilla-table.html  with the stylesheet dist/index.html carries
//                        inline written into it the same way, so the vanilla
//                        table is styled, and its style delivered, alike
// Like GitHub Pages, text, JSON and wasm go out gzip-compressed to clients
// that accept it (compressed once per file and kept).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hot100JsonBody } from './hot100.mjs';
import { SYNTHETIC, syntheticCsv } from './synthetic.mjs';

/** Content types of what the bench serves; text types are UTF-8. */
const TEXT = { '.html': 'html', '.js': 'javascript', '.mjs': 'javascript', '.css': 'css', '.csv': 'csv' };
const typeOf = (ext) => (TEXT[ext] ? `text/${TEXT[ext]}; charset=utf-8`
  : { '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' }[ext] || 'application/octet-stream');

/** What GitHub Pages compresses; already-compressed files (`.gz`) go out as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.csv', '.json', '.wasm', '.svg']);
const gzipped = new Map();

/** Sends `body` for `file`, gzip-compressed when the client accepts it and the type compresses. */
function send(request, response, status, headers, file, body) {
  const accepts = /\bgzip\b/.test(request.headers['accept-encoding'] || '');
  if (!accepts || !COMPRESSIBLE.has(extname(file))) {
    response.writeHead(status, headers).end(body);
    return;
  }
  // Files do not change while the bench runs: each is compressed once.
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
  response.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipped.get(file));
}

/** The file under `folder` for a URL path below a prefix, or null (never outside the folder). */
async function fileIn(folder, relative) {
  const full = normalize(join(folder, decodeURIComponent(relative)));
  if (full !== normalize(folder) && !full.startsWith(normalize(folder) + sep)) return null;
  try {
    const info = await stat(full);
    if (!info.isDirectory()) return full;
    const index = join(full, 'index.html');
    await stat(index);
    return index;
  } catch {
    return null;
  }
}

/**
 * Starts the server on a free port of 127.0.0.1 and resolves to
 * `{ origin, close }`. `dist` is the app build, `bench` the bench folder.
 */
export async function startServer({ dist, bench }) {
  const synthetic = new Map(
    Object.entries(SYNTHETIC).map(([name, spec]) => [`${name}.csv`, Buffer.from(syntheticCsv(spec))]),
  );
  const shell = await readFile(join(dist, 'index.html'), 'utf8');
  const appStyle = shell.match(/<style>[^]*?<\/style>/)?.[0];
  if (!appStyle) throw new Error(`${join(dist, 'index.html')} carries no <style>: is it a build of cargo xtask dist?`);
  const styleLink = '<link rel="stylesheet" href="/bench/app.css">';
  const vanillaSource = await readFile(join(bench, 'baselines', 'vanilla-table.html'), 'utf8');
  if (!vanillaSource.includes(styleLink)) throw new Error(`vanilla-table.html has no ${styleLink} to put the app's stylesheet in`);
  const vanillaTable = vanillaSource.replace(styleLink, () => appStyle);
  const mounts = [
    ['/bench/vendor/', join(bench, 'node_modules', 'uplot', 'dist')],
    ['/bench/', join(bench, 'baselines')],
    ['/needledrop/', dist],
  ];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const headers = (file) => ({
      'content-type': typeOf(extname(file)),
      'cache-control': 'max-age=600',
      'access-control-allow-origin': '*',
    });
    if (url.pathname === '/bench/hot100.json') {
      send(request, response, 200, headers('hot100.json'), 'hot100.json', hot100JsonBody(join(bench, '..')));
      return;
    }
    if (url.pathname === '/bench/vanilla-table.html') {
      // Keyed by the build it was written from: the compressed copies are shared by every server of the process.
      send(request, response, 200, headers('vanilla-table.html'), join(dist, 'bench:vanilla-table.html'), vanillaTable);
      return;
    }
    if (url.pathname.startsWith('/bench/synthetic/')) {
      const body = synthetic.get(url.pathname.slice('/bench/synthetic/'.length));
      if (body) {
        send(request, response, 200, headers('series.csv'), url.pathname, body);
        return;
      }
    }
    if (url.pathname === '/needledrop') {
      response.writeHead(301, { location: `/needledrop/${url.search}` }).end();
      return;
    }
    for (const [prefix, folder] of mounts) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = await fileIn(folder, url.pathname.slice(prefix.length));
      if (file) {
        send(request, response, 200, headers(file), file, await readFile(file));
        return;
      }
      break;
    }
    const notFound = await readFile(join(dist, '404.html')).catch(() => Buffer.from('Not Found'));
    send(request, response, 404, { 'content-type': 'text/html; charset=utf-8' }, join(dist, '404.html'), notFound);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(resolve);
    }),
  };
}
