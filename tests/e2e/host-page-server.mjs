// A page on another origin that embeds Needledrop charts, as an article would.
// Started by the embed journeys on 127.0.0.2 (the app is on 127.0.0.1, so the
// iframe is cross-origin). GET /host?embed=<url>&script=<url>[&sandbox=...]
// [&width=<px>][&spoof=1] answers an article with the iframe (marked
// data-needledrop-embed) and the host script; spoof=1 adds a second frame that
// posts a forged resize message to the page.
import { createServer } from 'node:http';

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function hostPage(params) {
  const sandbox = params.get('sandbox');
  const width = Number(params.get('width') || 900);
  const spoof = params.get('spoof') === '1'
    ? '<iframe id="spoofer" src="/spoofer" title="Another frame" style="width:200px;height:160px;border:0"></iframe>'
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title>
<style>body { margin: 0; font-family: sans-serif; } #column { width: ${width}px; }</style></head>
<body>
<h1>An article about needle drops</h1>
<div id="column">
<iframe id="chart" src="${escape(params.get('embed'))}" title="Chart: a Needledrop chart" data-needledrop-embed
  style="width:100%;height:300px;border:0"${sandbox ? ` sandbox="${escape(sandbox)}"` : ''}></iframe>
</div>
${spoof}
<script>
  window.__messages = [];
  addEventListener('message', function (event) {
    if (event.source === document.getElementById('chart').contentWindow) window.__messages.push(event.data);
  });
</script>
<script src="${escape(params.get('script'))}" async></script>
</body></html>`;
}

const spoofer = `<!doctype html><html><head><meta charset="utf-8"><title>spoofer</title></head><body>
<p>Not a chart.</p>
<script>
  function forge() { parent.postMessage({ type: 'needledrop:resize', height: 3999 }, '*'); }
  forge(); setInterval(forge, 100);
</script></body></html>`;

/** Starts the host page server on 127.0.0.2 and an ephemeral port. */
export function startHostPage() {
  return new Promise((resolve, reject) => {
    const server = createServer((request, response) => {
      const url = new URL(request.url, 'http://127.0.0.2');
      const body = url.pathname === '/host' ? hostPage(url.searchParams)
        : url.pathname === '/spoofer' ? spoofer : null;
      if (body === null) {
        response.writeHead(404).end('not found');
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body);
    });
    server.on('error', reject);
    server.listen(0, '127.0.0.2', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.2:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
