// Mend's service worker: one job, a calm page when there is no connection. It caches exactly one
// file, /offline.html, which holds nothing about anyone. Pages, signed in or not, are never stored:
// every navigation goes to the network, and only when that fails is the offline page shown.
const CACHE = "mend-offline-v1";
const OFFLINE = "/offline.html";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(new Request(OFFLINE, { cache: "reload" })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  // Older versions of this cache go; nothing else was ever stored.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  if (event.request.mode !== "navigate") return;
  event.respondWith(fetch(event.request).catch(async () => (await caches.match(OFFLINE, { cacheName: CACHE })) ?? Response.error()));
});
