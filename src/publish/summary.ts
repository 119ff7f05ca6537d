/** The plain-words summary printed at the end of a nightly run and kept as `summary.txt`. */
import type { Changes } from './changes.ts';
import type { GuardVerdict } from './guard.ts';
import type { Provenance } from './provenance.ts';

const MAX_LISTED = 10;

function list<T>(items: T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, MAX_LISTED).map((item) => `    ${line(item)}`);
  if (items.length > MAX_LISTED) lines.push(`    … and ${items.length - MAX_LISTED} more (see changes.json)`);
  return lines;
}

const WHY = {
  expired: 'certificate expired',
  revoked: 'certificate revoked',
  'removed-from-export': 'no longer in the export',
} as const;

export function formatSummary(input: {
  release: string;
  provenance: Provenance;
  changes: Changes;
  guard: GuardVerdict;
  seconds: number;
  fixWorkbook?: string;
}): string {
  const { release, provenance: p, changes, guard } = input;
  const c = p.counts;
  const lines = [
    `Published release ${release}: ${p.source.file} (${p.source.rows} rows), data as of ${p.asOf}, code ${p.code.commit.slice(0, 12)}.`,
    `${c.published} products show their stars; ${c.expired} expired and ${c.revoked} revoked keep a page without stars; ${c.quarantined} rows quarantined.`,
  ];
  const changed = changes.added.length + changes.updated.length + changes.withdrawn.length;
  if (changes.since === null) lines.push('First release: nothing to compare with.');
  else if (changed === 0) lines.push(`No changes since release ${changes.since}.`);
  else {
    lines.push(`Since release ${changes.since}: ${changes.added.length} added, ${changes.updated.length} updated, ${changes.withdrawn.length} withdrawn.`);
    if (changes.added.length) lines.push('  Added:', ...list(changes.added, (a) => `${a.name} (${a.id})`));
    if (changes.updated.length) lines.push('  Updated:', ...list(changes.updated, (u) => `${u.name} (${u.id}): ${u.fields.join(', ')}`));
    if (changes.withdrawn.length) {
      lines.push('  Withdrawn:', ...list(changes.withdrawn, (w) => `${w.name} (${w.id}): ${WHY[w.reason]}${w.since ? ` since ${w.since}` : ''}`));
    }
  }
  if (changes.quarantined.length) {
    lines.push(`  Quarantined rows (fix them in the registry):`, ...list(changes.quarantined, (q) => `row ${q.row}, ${q.column}: ${q.reason}`));
  }
  if (input.fixWorkbook) lines.push(`Rows to fix and warnings, for the office, in Excel: ${input.fixWorkbook}`);
  if (guard.acceptedShrink) {
    const s = guard.acceptedShrink;
    lines.push(`Shrink accepted by hand: ${s.lost} products lost (allowed up to ${s.count}); reason: ${s.reason}`);
  }
  lines.push(`Took ${input.seconds.toFixed(1)} s.`);
  return lines.join('\n');
}
