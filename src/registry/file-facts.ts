/**
 * Facts given once for a whole list. A decision annex names its decision in the
 * title ("Kèm theo Quyết định số 3981/QĐ-UBND ngày 05/08/2026 của UBND tỉnh Lâm
 * Đồng") instead of on every row, and often its province ("DANH SÁCH SẢN PHẨM OCOP
 * TỈNH LÂM ĐỒNG"); a heading above a group of rows names their district, stars or
 * decision; the operator can pass them on the command line. A row that leaves a
 * field empty takes it from the most specific of these: the heading above it, then
 * the title, then the command line. The report says where each came from.
 */
import { readDecisionReference, type DecisionReference } from './decision-text.ts';
import { readHeading } from './headings.ts';
import type { SectionFacts, Table } from './layout.ts';

export type FactField = 'province' | 'district' | 'stars' | 'category' | 'decisionNumber' | 'decisionDate' | 'issuer';

export interface Fact {
  value: string;
  /** Where it came from, in words for the report: "the heading on row 14", "the title (row 2)", "--decision". */
  source: string;
}

export type Facts = Partial<Record<FactField, Fact>>;

/**
 * The facts the title lines give every row of the table, over those the operator
 * passed (`--decision`, `--decision-date`, `--issuer`, `--province` or
 * `OCOP_PROVINCE`, each with its source named).
 */
export function fileFacts(table: Pick<Table, 'titleLines'>, commandLine: Facts = {}): Facts {
  const facts: Facts = {};
  const set = (field: FactField, value: string | undefined, source: string): void => {
    if (value && !facts[field]) facts[field] = { value, source };
  };
  for (const line of table.titleLines) {
    const source = `the title (row ${line.row})`;
    const decision = readDecisionReference(line.text);
    if (decision) setDecision(set, decision, source);
    set('province', readHeading(line.text).province, source);
  }
  for (const [field, fact] of Object.entries(commandLine) as Array<[FactField, Fact]>) set(field, fact.value, fact.source);
  return facts;
}

/** The facts for one row: its headings' over the file's. */
export function rowFacts(section: SectionFacts, file: Facts): Facts {
  const facts: Facts = {};
  const fromHeading = (field: FactField, value: string | undefined, row: number | undefined): void => {
    if (value && row !== undefined) facts[field] = { value, source: `the heading on row ${row}` };
  };
  fromHeading('province', section.province?.value, section.province?.row);
  fromHeading('district', section.district?.value, section.district?.row);
  fromHeading('stars', section.stars?.value, section.stars?.row);
  fromHeading('category', section.category?.value, section.category?.row);
  const decision = section.decision;
  if (decision) {
    fromHeading('decisionNumber', decision.value.number, decision.row);
    fromHeading('decisionDate', decision.value.date, decision.row);
    fromHeading('issuer', decision.value.issuer, decision.row);
  }
  // What the headings leave unsaid comes from the title and the command line; but a
  // heading that names its own decision is another decision than the title's, so
  // the title's date and issuer are not its.
  const ownDecision = decision?.value.number !== undefined;
  for (const [field, fact] of Object.entries(file) as Array<[FactField, Fact]>) {
    if (ownDecision && (field === 'decisionDate' || field === 'issuer')) continue;
    if (!facts[field]) facts[field] = fact;
  }
  return facts;
}

function setDecision(set: (field: FactField, value: string | undefined, source: string) => void, decision: DecisionReference, source: string): void {
  set('decisionNumber', decision.number, source);
  set('decisionDate', decision.date, source);
  set('issuer', decision.issuer, source);
}
