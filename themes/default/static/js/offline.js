// Registers the service worker that keeps the site readable offline
// (sw.js, written by lectern build). Only on http(s): the preview server
// (lectern serve) never loads this script, so that its pages always show
// the latest edit.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  var src = document.currentScript && document.currentScript.src;
  if (!src) return;
  var root = src.slice(0, src.lastIndexOf("js/offline.js"));
  navigator.serviceWorker.register(root + "sw.js", { scope: new URL(root).pathname }).catch(function () {});
})();
