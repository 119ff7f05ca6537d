/**
 * The worker a build with `OCOP_OFFLINE=remove` ships at /sw.js in place of the
 * real one (docs/operations.md): a visitor's browser finds it at its next update
 * check, installs it, and it deletes the site's caches and unregisters itself,
 * so the site is read from the network alone again.
 */
import { parseCacheName } from '../../domain/offline-caches.ts';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
declare const self: {
  registration: { unregister(): Promise<boolean> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
};

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (parseCacheName(name)) await caches.delete(name);
      await self.registration.unregister();
    })(),
  );
});
