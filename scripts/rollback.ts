/**
 * npm run rollback [-- --publish-dir DIR]
 *
 * Switches the live site back to the previous published release, atomically.
 * Run it again to go back further. The release rolled back from stays on disk
 * (until it ages out of the last ten), so nothing is lost.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { acquireLock } from '../src/publish/lock.ts';
import { layoutOf, liveRelease, previousRelease, switchCurrent } from '../src/publish/releases.ts';
import { EXIT_CODES } from '../src/publish/step-error.ts';

async function main(): Promise<number> {
  let publishDir: string;
  try {
    const { values } = parseArgs({ options: { 'publish-dir': { type: 'string' } } });
    publishDir = values['publish-dir'] ?? process.env.OCOP_PUBLISH_DIR ?? 'publish';
  } catch (error) {
    return console.error(`${(error as Error).message}\nusage: npm run rollback [-- --publish-dir DIR]`), EXIT_CODES.usage;
  }
  const layout = layoutOf(publishDir);
  const unlock = await acquireLock(layout.root);
  try {
    const live = await liveRelease(layout);
    if (!live) return console.error(`step rollback failed: nothing is published in ${publishDir}`), EXIT_CODES.unexpected;
    const previous = await previousRelease(layout);
    if (!previous) return console.error(`step rollback failed: ${path.basename(live)} is the oldest published release kept`), EXIT_CODES.unexpected;
    await switchCurrent(layout, previous);
    console.log(`Rolled back: current is now ${path.basename(previous)} (was ${path.basename(live)}).`);
    return EXIT_CODES.ok;
  } finally {
    await unlock();
  }
}

process.exitCode = await main();
