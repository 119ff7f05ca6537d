/**
 * A row with personal data typed into a published cell does not refuse the night:
 * the import removes the value and warns, the release checks pass, the rest
 * publishes (fake build, as in nightly-faults.test.ts: the publishing is under test).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNightly } from '../../src/publish/run-nightly.ts';
import { SAMPLE, writeExport } from '../support/exports.ts';
import { fakeSteps } from '../support/nightly-fakes.ts';

const work = await mkdtemp(path.join(tmpdir(), 'ocop-nightly-pd-'));
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("personal data in one row of tonight's export", () => {
  it('publishes the release with the value removed from that row, and every other row', async () => {
    const text = (await readFile(SAMPLE, 'utf8')).replaceAll('Bánh gai Tứ Kỳ', 'Bánh gai Tứ Kỳ Zalo0987654321');
    const input = await writeExport(work, 'with-phone.csv', text);
    const publishDir = path.join(work, 'publish');
    const result = await runNightly({ input, asOf: '2026-11-23', publishDir, log: () => {} }, fakeSteps);
    expect(result.provenance.counts.quarantined).toBe(6); // the sample's own bad rows, no more
    const page = await readFile(path.join(publishDir, 'current', 'site', 'san-pham', 'banh-gai-tu-ky-hd-001', 'index.html'), 'utf8');
    expect(page).toContain('<h1>Bánh gai Tứ Kỳ</h1>');
    const report = JSON.parse(await readFile(path.join(publishDir, 'current', '_data', 'import-report.json'), 'utf8'));
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'personal-data-removed' }));
    const products = await readFile(path.join(publishDir, 'current', '_data', 'products.json'), 'utf8');
    expect(products).toContain('"Bánh gai Tứ Kỳ"');
    expect(products).not.toContain('0987654321');
  });
});
