import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = path.resolve('scripts/import.ts');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run import', () => {
  it('imports, prints a short summary and exits 0', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'ocop-cli-'));
    const result = await cli([
      '--input',
      'tests/fixtures/registry/small.csv',
      '--as-of',
      '2026-11-23',
      '--out',
      path.join(work, 'out'),
      '--report',
      path.join(work, 'report.json'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/5\s+published \(1 pending re-rating\)/);
    expect(result.stdout).toMatch(/4\s+quarantined/);
    expect(result.stdout.split('\n').length).toBeLessThan(25);
    expect(existsSync(path.join(work, 'out', 'products.json'))).toBe(true);
  });

  it('exits non-zero, naming the missing column, and writes nothing', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'ocop-cli-'));
    const input = path.join(work, 'no-province.csv');
    await writeFile(input, 'Tên sản phẩm,Chủ thể,Hạng sao,Số QĐ,Ngày QĐ,Nhóm\nChè,HTX A,4,1/QĐ,01/01/2026,Chè tươi\n');
    const result = await cli(['--input', input, '--as-of', '2026-11-23', '--out', path.join(work, 'out'), '--report', path.join(work, 'report.json')]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Tỉnh / Thành phố');
    expect(existsSync(path.join(work, 'out'))).toBe(false);
    expect(existsSync(path.join(work, 'report.json'))).toBe(false);
  });

  it('explains its usage when --input is missing', async () => {
    const result = await cli([]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('--input FILE');
  });
});
