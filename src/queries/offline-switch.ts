/**
 * Whether this build works offline: a service worker after the build
 * (src/pipeline/service-worker.ts) and its registration on every page.
 * `OCOP_OFFLINE=off` builds without either (development, tests that want a
 * plain site); a live site that had a worker keeps serving the last one it
 * installed until `OCOP_OFFLINE=remove` ships one that removes itself
 * (docs/operations.md).
 */
export type OfflineMode = 'on' | 'off' | 'remove';

export function offlineMode(env: Record<string, string | undefined> = process.env): OfflineMode {
  const value = env.OCOP_OFFLINE?.trim() || 'on';
  if (value === 'on' || value === 'off' || value === 'remove') return value;
  throw new Error(`OCOP_OFFLINE must be "on", "off" or "remove"; got "${value}"`);
}
