/**
 * Runs before `npm test` (npm's `pretest`): the browser tests drive Chromium at
 * $OCOP_CHROMIUM, by default Debian's /usr/bin/chromium. When it is missing, Debian's
 * package is installed (as root, or with sudo when it needs no password); when it
 * cannot be, this stops at once with one line saying what to do.
 */
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.OCOP_CHROMIUM || '/usr/bin/chromium';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function stop(line: string): never {
  console.error(line);
  process.exit(1);
}

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
}

if (!executable(chromium)) {
  const how = 'install Chromium (Debian: apt-get install -y chromium) or set OCOP_CHROMIUM to a Chromium executable, then run the tests again';
  if (process.env.OCOP_CHROMIUM) stop(`OCOP_CHROMIUM is ${chromium}, which is not an executable file: ${how}`);
  if (!succeeds('sh', ['-c', 'command -v apt-get'])) stop(`The browser tests need Chromium at ${chromium}, and this machine has no apt-get: ${how}`);
  const root = process.getuid?.() === 0;
  if (!root && !succeeds('sudo', ['-n', 'true']))
    stop(`The browser tests need Chromium at ${chromium}; installing it needs root: run \`sudo apt-get install -y chromium\`, then the tests again`);
  const asAdmin = (args: string[]): boolean => (root ? succeeds(args[0]!, args.slice(1)) : succeeds('sudo', ['-n', ...args]));
  console.error(`Chromium is missing at ${chromium}: installing Debian's chromium package…`);
  const installed = asAdmin(['apt-get', 'update', '-qq']) && asAdmin(['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium']);
  if (!installed || !executable(chromium)) stop(`Installing Debian's chromium package did not give ${chromium}: ${how}`);
}
