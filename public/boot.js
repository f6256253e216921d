// Start-up watchdog. A cached index.html can point at a wasm or JS file that
// a newer deploy removed; the app then never starts. If loading the app fails,
// reload once (remembered in sessionStorage) and, if it fails again, say so
// instead of looping. Plain script, no dependencies; storage may throw in
// sandboxed iframes, in which case we never reload automatically.
(function () {
  'use strict';
  var KEY = 'needledrop-start-reload';
  var started = false;
  var handled = false;

  function remember() {
    try { sessionStorage.setItem(KEY, String(Date.now())); return true; } catch (e) { return false; }
  }
  function alreadyReloaded() {
    try { return sessionStorage.getItem(KEY) !== null; } catch (e) { return true; }
  }
  function forget() {
    try { sessionStorage.removeItem(KEY); } catch (e) { /* storage unavailable */ }
  }
  function showFailure() {
    var main = document.getElementById('main');
    if (!main) return;
    // A prerendered page (the home table) stays readable under the message.
    var prerendered = document.querySelector('[data-prerendered]') !== null;
    if (!prerendered) main.textContent = '';
    var panel = document.createElement('section');
    panel.className = 'error-panel';
    panel.setAttribute('role', 'alert');
    var title = document.createElement('h1');
    title.textContent = 'Needledrop could not start';
    var text = document.createElement('p');
    text.textContent = 'Part of the app did not load, perhaps because the site was just updated. Reload the page to try again.' +
      (prerendered ? ' The table below can still be read, but sorting, filtering and charts need the app.' : '');
    var link = document.createElement('a');
    link.className = 'button';
    link.href = location.href;
    link.textContent = 'Reload';
    panel.appendChild(title);
    panel.appendChild(text);
    panel.appendChild(link);
    main.insertBefore(panel, main.firstChild);
    try { parent.postMessage({ type: 'needledrop:status', status: 'error', message: 'start failed' }, '*'); } catch (e) { /* not embedded */ }
  }
  function failed() {
    if (started || handled) return;
    handled = true;
    if (!alreadyReloaded() && remember()) {
      location.reload();
    } else {
      showFailure();
    }
  }

  addEventListener('TrunkApplicationStarted', function () {
    started = true;
    // The first use of storage in a page can hold the main thread for about a
    // millisecond, while the app is fetching its data: forget once idle. Once
    // started, nothing here reloads, so the key waiting a moment is harmless.
    if (window.requestIdleCallback) requestIdleCallback(forget, { timeout: 3000 });
    else setTimeout(forget, 1000);
  });
  // Resource errors do not bubble: listen in the capture phase.
  addEventListener('error', function (event) {
    var target = event.target;
    var uncaught = target === window; // e.g. the loader's top-level await rejected
    if (uncaught || (target && (target.tagName === 'SCRIPT' || (target.tagName === 'LINK' && target.rel === 'modulepreload')))) failed();
  }, true);
  // A missing or corrupt wasm makes the loader's init() reject.
  addEventListener('unhandledrejection', function () { failed(); });
})();
