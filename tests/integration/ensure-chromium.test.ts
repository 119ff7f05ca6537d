/**
 * The step npm test runs first (scripts/ensure-chromium.ts): it lets the tests go on
 * when the browser is there, and otherwise installs it or stops with one line
 * saying how, never a screen of failing browser tests.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

function ensure(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return promisify(execFile)(process.execPath, ['scripts/ensure-chromium.ts'], { env: { ...process.env, ...env } }).then(
    ({ stderr }) => ({ code: 0, stderr }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
}

describe('before the tests, the browser', () => {
  it('lets the tests go on, saying nothing, when OCOP_CHROMIUM is an executable', async () => {
    expect(await ensure({ OCOP_CHROMIUM: process.execPath })).toEqual({ code: 0, stderr: '' });
  });

  it('stops at once with one line saying how, when OCOP_CHROMIUM names no executable', async () => {
    const result = await ensure({ OCOP_CHROMIUM: '/nonexistent/chromium' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'OCOP_CHROMIUM is /nonexistent/chromium, which is not an executable file: install Chromium (Debian: apt-get install -y chromium) or set OCOP_CHROMIUM to a Chromium executable, then run the tests again',
    ]);
  });
});
