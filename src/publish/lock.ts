/**
 * One nightly run (or rollback) at a time per publish directory: two runs racing
 * would compare against, and switch, the same `current`. A lock left by a killed
 * run is taken over once its process is gone.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

export async function acquireLock(publishRoot: string): Promise<() => Promise<void>> {
  await mkdir(publishRoot, { recursive: true });
  const file = path.join(publishRoot, '.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (holder && isAlive(holder)) throw new Error(`another run (process ${holder}) is publishing to ${publishRoot}`);
      await rm(file, { force: true });
    }
  }
  throw new Error(`cannot take the lock ${file}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
