import { describe, expect, it } from 'vitest';
import { isProcessAlive } from '../../../src/util/process-alive.ts';

describe('whether a process still runs', () => {
  it('is true for this process and false for one that has ended', async () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => child.on('exit', done));
    expect(isProcessAlive(child.pid!)).toBe(false);
  });

  it('is false for numbers that name no single process (0, negatives, NaN), never signalling a group', () => {
    for (const pid of [0, -1, Number.NaN, 1.5]) expect(isProcessAlive(pid)).toBe(false);
  });
});
