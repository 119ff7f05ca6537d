/**
 * The code's hash on a small code folder of its own: the same files give the
 * same hash, and a change to a template, a dictionary, the config, the
 * lockfile, a public file or the Node version gives another. Files outside the
 * rendering inputs (tests, docs) do not count.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeHash } from '../../../src/pipeline/code-hash.ts';

let code: string;
beforeEach(async () => {
  code = await mkdtemp(path.join(os.tmpdir(), 'ocop-code-hash-'));
  for (const [file, text] of Object.entries({
    'src/components/pages/ProductPage.astro': '<h1>{name}</h1>',
    'src/i18n/vi/site.ts': "export default { home: 'Trang chủ' };",
    'public/favicon.svg': '<svg/>',
    'astro.config.mjs': 'export default {};',
    'package-lock.json': '{"lockfileVersion":3}',
    'tests/unit/a.test.ts': 'test',
    'docs/site.md': '# Site',
  })) {
    await mkdir(path.dirname(path.join(code, file)), { recursive: true });
    await writeFile(path.join(code, file), text);
  }
});
afterEach(async () => {
  await rm(code, { recursive: true, force: true });
});

describe('the code hash', () => {
  it('is the same for the same files and the same Node', async () => {
    expect(await codeHash(code, 'v24.0.0')).toBe(await codeHash(code, 'v24.0.0'));
  });

  it.each(['src/components/pages/ProductPage.astro', 'src/i18n/vi/site.ts', 'public/favicon.svg', 'astro.config.mjs', 'package-lock.json'])(
    'changes when %s changes',
    async (file) => {
      const before = await codeHash(code, 'v24.0.0');
      await writeFile(path.join(code, file), 'changed', { flag: 'a' });
      expect(await codeHash(code, 'v24.0.0')).not.toBe(before);
    },
  );

  it('changes when a source file is added or renamed, and with the Node version', async () => {
    const before = await codeHash(code, 'v24.0.0');
    expect(await codeHash(code, 'v24.1.0')).not.toBe(before);
    await writeFile(path.join(code, 'src/components/pages/New.astro'), '');
    expect(await codeHash(code, 'v24.0.0')).not.toBe(before);
  });

  it('leaves out tests and docs', async () => {
    const before = await codeHash(code, 'v24.0.0');
    await writeFile(path.join(code, 'tests/unit/a.test.ts'), 'changed');
    await writeFile(path.join(code, 'docs/site.md'), 'changed');
    expect(await codeHash(code, 'v24.0.0')).toBe(before);
  });
});
