import { describe, expect, it } from 'vitest';
import { workerPool } from '../../../src/util/worker-pool.ts';

const HALVE = new URL('../../fixtures/workers/halve.ts', import.meta.url);

describe('workerPool', () => {
  it('answers every task from its threads, spread over as many as it may start', async () => {
    const pool = workerPool<number, { half: number; thread: number }>(HALVE, 2);
    try {
      const answers = await Promise.all([2, 4, 6, 8, 10, 12].map((n) => pool.run(n)));
      expect(answers.map((a) => a.half)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(new Set(answers.map((a) => a.thread)).size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('rejects a task whose handler throws, with its message, and goes on with the others', async () => {
    const pool = workerPool<number, { half: number }>(HALVE, 1);
    try {
      const [odd, even] = await Promise.allSettled([pool.run(3), pool.run(4)]);
      expect(odd.status).toBe('rejected');
      expect(String((odd as PromiseRejectedResult).reason)).toContain('3 is odd');
      expect(even).toEqual({ status: 'fulfilled', value: expect.objectContaining({ half: 2 }) });
    } finally {
      await pool.close();
    }
  });

  it('starts no thread until a task comes, and closes without one', async () => {
    const pool = workerPool<number, unknown>(new URL('../../fixtures/workers/no-such-module.ts', import.meta.url));
    await expect(pool.close()).resolves.toBeUndefined();
  });
});
