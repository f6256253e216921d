// A static file server that behaves like GitHub Pages for a project site:
// files under BASE are served from DIST, a directory serves its index.html,
// anything else is a 404 whose body is DIST/404.html. No rewrites.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const dist = process.env.NEEDLEDROP_DIST;
const base = process.env.NEEDLEDROP_BASE || '/needledrop/';
const port = Number(process.env.PORT || 4173);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.gz': 'application/gzip',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const relative = decodeURIComponent(pathname.slice(base.length));
  const full = normalize(join(dist, relative));
  if (full !== normalize(dist) && !full.startsWith(normalize(dist) + sep)) return null;
  try {
    const info = await stat(full);
    if (info.isDirectory()) {
      // GitHub Pages redirects /repo to /repo/; serve the folder's index.
      const index = join(full, 'index.html');
      await stat(index);
      return index;
    }
    return full;
  } catch {
    return null;
  }
}

createServer(async (request, response) => {
  const url = new URL(request.url, `http://${request.headers.host}`);
  if (url.pathname === '/__health') {
    response.writeHead(200).end('ok');
    return;
  }
  if (url.pathname === '/__cut') {
    // Test hook: a JSON answer whose connection is cut half-way through the body.
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
    response.write('{"schema_version": 1, "sources": [');
    setTimeout(() => response.socket.destroy(), 100);
    return;
  }
  if (url.pathname === base.slice(0, -1)) {
    // Like GitHub Pages: the folder without its slash redirects, keeping the query.
    response.writeHead(301, { location: base + url.search }).end();
    return;
  }
  const file = await fileFor(url.pathname);
  if (file) {
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': types[extname(file)] || 'application/octet-stream',
      'cache-control': 'max-age=600',
      // GitHub Pages answers every file with this header; sandboxed embeds
      // (an opaque origin) need it to load the app's module and data.
      'access-control-allow-origin': '*',
    });
    response.end(body);
    return;
  }
  const notFound = await readFile(join(dist, '404.html')).catch(() => Buffer.from('Not Found'));
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  response.end(notFound);
}).listen(port, '127.0.0.1', () => {
  console.log(`pages-server: ${dist} at http://127.0.0.1:${port}${base}`);
});
