// Needledrop embed host script: sizes <iframe data-needledrop-embed> to the
// height the embedded chart reports. Plain script, no dependencies.
//
// The embed posts {type: 'needledrop:resize', height} and
// {type: 'needledrop:status', status: 'ready' | 'error', message?}.
// A message is used only when it comes from one of those iframes' own window
// (event.source), has the right shape, and its height is clamped; the embed
// is never sent anything. Works cross-origin and with sandbox="allow-scripts".
(function () {
  'use strict';
  if (window.__needledropEmbedHost) return; // the snippet may be pasted more than once
  window.__needledropEmbedHost = true;
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 4000;

  function frameOf(source) {
    if (!source) return null;
    var frames = document.querySelectorAll('iframe[data-needledrop-embed]');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    var frame = frameOf(event.source);
    if (!frame) return;
    if (data.type === 'needledrop:resize') {
      var height = data.height;
      if (typeof height !== 'number' || !isFinite(height)) return;
      height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
      frame.style.height = height + 'px';
    } else if (data.type === 'needledrop:status') {
      if (data.status === 'ready' || data.status === 'error') {
        frame.setAttribute('data-needledrop-status', data.status);
      }
    }
  });
})();
