/**
 * Whether a process of this machine still runs, for the folders and locks named
 * after the process that made them: the nightly lock and the build's work
 * folders are taken over or removed only once their maker is gone.
 */

/** True while process `pid` exists, including one of another user (EPERM); false for a pid that is not a positive whole number. */
export function isProcessAlive(pid: number): boolean {
  // 0 and negative numbers name process groups: signal 0 to them would say nothing about one process.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
