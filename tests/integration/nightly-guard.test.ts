/**
 * The guard against mass loss, through the real import, against a live release
 * published from the whole sample (fake build: the guard is what is under test).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { runNightly } from '../../src/publish/run-nightly.ts';
import { EXIT_CODES, StepError } from '../../src/publish/step-error.ts';
import { sampleCopy, withoutRows, writeExport, SAMPLE } from '../support/exports.ts';
import { fakeSteps, hashCurrent } from '../support/nightly-fakes.ts';

const AS_OF = '2026-11-23';
const work = await mkdtemp(path.join(tmpdir(), 'ocop-nightly-guard-'));
let publishDir: string;
let run = 0;

beforeEach(async () => {
  publishDir = path.join(work, `publish-${++run}`);
  await runNightly({ input: await sampleCopy(path.join(work, 'sample')), asOf: AS_OF, publishDir, log: () => {} }, fakeSteps);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function refusal(input: string, extra: Partial<Parameters<typeof runNightly>[0]> = {}): Promise<StepError> {
  const before = await hashCurrent(publishDir);
  const error = await runNightly({ input, asOf: AS_OF, publishDir, log: () => {}, ...extra }, fakeSteps).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof StepError)) throw new Error(`expected a refusal, got ${String(error)}`);
  expect(await hashCurrent(publishDir)).toBe(before);
  return error;
}

/** Sơn La's sample rows (codes SL-…): all of one province, about 6% of the whole. */
const dropProvince = (prefix: string) => (line: string) => line.split(',')[1]?.startsWith(`${prefix}-`) ?? false;

describe('the guard against mass loss', () => {
  it('refuses an export in which one province loses more than 30% of its products, even though the total barely moves', async () => {
    const input = await withoutRows(path.join(work, 'sl'), dropProvince('SL'));
    const error = await refusal(input);
    expect(error.exitCode).toBe(EXIT_CODES.guardRefused);
    expect(error.step).toBe('guard');
    expect(error.message).toMatch(/province 14 would lose (\d+) of its \1 published products \(100%\)/);
    expect(error.details.join('\n')).toMatch(/lost: .+ \(.+-sl-\d{3}, province 14\)/);
  });

  it('publishes the same shrink when a person accepts it with --allow-shrink and records the reason', async () => {
    const input = await withoutRows(path.join(work, 'sl-accepted'), dropProvince('SL'));
    const reason = 'Sơn La sends its own export from next month';
    const result = await runNightly({ input, asOf: AS_OF, publishDir, allowShrink: { count: 8, reason }, log: () => {} }, fakeSteps);
    const removed = result.changes.withdrawn.filter((w) => w.reason === 'removed-from-export');
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.every((w) => w.id.includes('-sl-'))).toBe(true);
    expect(result.guard.acceptedShrink).toEqual({ count: 8, lost: removed.length, reason });
    const provenance = JSON.parse(await readFile(path.join(publishDir, 'current', 'provenance.json'), 'utf8'));
    expect(provenance.acceptedShrink.reason).toBe(reason);
    expect(result.summary).toContain(`reason: ${reason}`);
  });

  it('refuses when --allow-shrink accepts fewer products than are lost', async () => {
    const input = await withoutRows(path.join(work, 'sl-short'), dropProvince('SL'));
    const error = await refusal(input, { allowShrink: { count: 1, reason: 'one product only' } });
    expect(error.exitCode).toBe(EXIT_CODES.guardRefused);
    expect(error.details.join('\n')).toMatch(/--allow-shrink 1 does not cover the \d+ products lost/);
  });

  it('refuses an export in which more than 20% of the rows are quarantined', async () => {
    const text = await readFile(SAMPLE, 'utf8');
    let n = 0;
    // Every third row gets an impossible decision date: a third of the rows quarantined.
    const broken = text.replace(/^(.*?,)(\d{1,2}\/\d{1,2}\/\d{4})(,)/gm, (all, head: string, _date: string, comma: string) =>
      ++n % 3 === 0 ? `${head}31/02/2025${comma}` : all,
    );
    const input = await writeExport(path.join(work, 'quarantine'), 'quarantine.csv', broken);
    const error = await refusal(input);
    expect(error.message).toMatch(/rows \(\d+(\.\d+)?%\) are quarantined, more than 20%/);
  });

  it('reports certificates that lapse as expected change and publishes them without stars', async () => {
    // Three years later most certificates have lapsed: expected, not blocked.
    const result = await runNightly({ input: await sampleCopy(path.join(work, 'later')), asOf: '2029-12-31', publishDir, log: () => {} }, fakeSteps);
    expect(result.guard.lost).toEqual([]);
    expect(result.guard.expected.length).toBeGreaterThan(10);
    expect(result.changes.withdrawn.length).toBe(result.guard.expected.length);
    expect(result.changes.withdrawn.every((w) => w.reason === 'expired' || w.reason === 'revoked')).toBe(true);
    expect(result.summary).toMatch(/Withdrawn:\n.+: certificate expired since \d{4}-\d{2}-\d{2}/);
  });
});
