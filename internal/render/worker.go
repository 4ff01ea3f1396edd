package render

import (
	"bytes"
	"encoding/json"
)

// writeWorker writes the service worker of the site at root (its path,
// "/" or "/conf/"): it precaches the urls in a cache named by the build's
// hash, deletes the caches of other builds of the same site when it
// activates, answers pages from the network first and the cache when
// offline, and other files from the cache first. Requests outside root,
// to other origins, or other than GET are left to the browser.
func writeWorker(buf *bytes.Buffer, root, hash string, urls []string) {
	list, _ := json.Marshal(urls)
	r, _ := json.Marshal(root)
	h, _ := json.Marshal(hash)
	buf.WriteString("// The service worker of a site built by lectern: offline copies of the\n// schedule, talk and speaker pages and the search index.\n")
	buf.WriteString("const ROOT = " + string(r) + ";\nconst BUILD = " + string(h) + ";\nconst PRECACHE = " + string(list) + ";\n")
	buf.WriteString(workerBody)
}

const workerBody = `const PREFIX = "lectern:" + ROOT + ":";
const CACHE = PREFIX + BUILD;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // One missing page must not stop the others from being kept.
    await Promise.all(PRECACHE.map((url) =>
      cache.add(new Request(url, { cache: "reload" })).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(ROOT)) return;
  const html = req.mode === "navigate" || (req.headers.get("accept") || "").includes("text/html");
  event.respondWith(html ? networkFirst(req) : cacheFirst(req));
});

// networkFirst answers a page from the network, keeping a copy, and from
// the cache when the network fails: the latest page online, the last one
// seen offline.
async function networkFirst(req) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(req);
    if (res.ok) cache.put(req, res.clone());
    return res;
  } catch (err) {
    const hit = await cache.match(req, { ignoreSearch: true });
    if (hit) return hit;
    const missing = await cache.match(ROOT + "404.html");
    if (missing) return missing;
    throw err;
  }
}

// cacheFirst answers a file of this build from the cache, fetching and
// keeping it the first time.
async function cacheFirst(req) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(req);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok) cache.put(req, res.clone());
  return res;
}
`

// retireWorker is sw.js in the preview (lectern serve): a page there
// must always show the latest edit, so no service worker may answer for
// the site. One installed by a build served earlier at the same address
// is replaced by this one, which deletes lectern's caches and unregisters
// itself.
const retireWorker = `// lectern serve: no offline copies in the preview.
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("lectern:")) await caches.delete(name);
    }
    await self.registration.unregister();
    for (const c of await self.clients.matchAll({ type: "window" })) c.navigate(c.url);
  })());
});
`
