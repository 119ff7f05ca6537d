/** Runs a command as a child process with extra environment (and optionally another working folder); rejects with its exit code. */
import { spawn } from 'node:child_process';

export function run(command: string, args: string[], env: Record<string, string | undefined> = {}, options: { cwd?: string } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, ...(options.cwd ? { cwd: options.cwd } : {}) });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} ${signal ? `was killed (${signal})` : `exited with code ${code}`}`));
    });
  });
}
