/**
 * One address written in one cell, split into its administrative parts:
 * "Thôn 3, xã Thuận Hà, huyện Đắk Song, tỉnh Đắk Nông" → street "Thôn 3", commune
 * "xã Thuận Hà", district "huyện Đắk Song", province "tỉnh Đắk Nông". Exports
 * write it with or without unit words, abbreviated (TP.HCM, H.Đắk Song,
 * X.Thuận Hà), in capitals or without diacritics, separated by commas, dashes or
 * semicolons. The text is read right to left, as addresses nest: the last part
 * naming a province is the province; before it an old district of that province
 * and a commune; everything before is the street part (thôn, số nhà, đường). A
 * part is a unit when its unit word says so or the tables know it there ("Trường
 * Xuân" in Đắk Song); a unit word inside a street name ("đường Phường Sài",
 * "Tỉnh lộ 725") does not make it one. Nothing is resolved here: the parts go to
 * `resolveAddress` (admin-units.ts) as written.
 */
import {
  findCommunes,
  findDistricts,
  resolveProvince,
  scopeOf,
  scopeOfOldProvince,
  type LegacyDistrict,
  type ProvinceMatch,
  type UnitScope,
} from './admin-units.ts';
import { KIND_LEVELS, foldText, unitNameAt, unitWordAt, type FoldedText, type UnitKind, type UnitLevel, type UnitName } from './unit-words.ts';

export interface AddressParts {
  /** Thôn, số nhà, đường: whatever comes before the units, as written. May be a household's home: never publish it as the place. */
  street?: string;
  /** As written, with its unit word when it has one: "xã Thuận Hà". */
  commune?: string;
  district?: string;
  province?: string;
}

export interface AddressContext {
  /** The province the row is known to be in (a column, a section heading, the deployment), for a text that names none. */
  province?: string | undefined;
  /** An old district known from elsewhere (a section heading), for a text that names none. */
  district?: string | undefined;
  /**
   * Whether a unit written without its unit word ("Trường Xuân, Đắk Song, Đắk
   * Nông") is recognised; true unless told. A caller that has the commune from a
   * column of its own turns it off, so a street that happens to share a name
   * with a unit ("Số 5, Lê Lợi", "Tổ 3, Long An") stays whole.
   */
  bareNames?: boolean | undefined;
}

/** Where reading goes on leftwards: the end of what is still unread, within one segment. */
interface Cursor {
  segment: number;
  end: number;
}

/** A candidate for one part, ending at the cursor. */
interface Span {
  start: number;
  end: number;
  /** Begins at a unit word inside a segment ("Thôn 3 xã Thuận Hà") or joins two segments across a dash: taken only if the tables know it. */
  tentative: boolean;
  /** Joins two segments across a dash ("Phường Xuân Hương - Đà Lạt"). */
  joined: boolean;
  /** Begins at a unit word right after another one ("quan" in "xa quan son"): the name of the first, most likely. */
  weak: boolean;
  /** Where reading goes on once this span is taken; null when nothing is left before it. */
  next: Cursor | null;
}

interface Segment {
  start: number;
  end: number;
  /** Separated from the segment before by a dash only, so the two may be one name. */
  dashBefore: boolean;
  /** Where a unit word begins inside the segment: places it may be cut, in a text written without commas. */
  cuts: Cut[];
}

interface Cut {
  at: number;
  /** Right after another unit word ("huyen quan hoa"): more likely part of a name, so tried last. */
  weak: boolean;
}

// Commas, semicolons and line breaks; a dash with a space on at least one side
// (a hyphen inside a name, "Phan Rang-Tháp Chàm", is no separator).
const SEPARATOR = /[,;\n\r]+|\s+[-–—]+|[–—]+|-+\s/g;
const COUNTRY = new Set(['viet nam', 'vietnam', 'vn', 'nuoc chxhcn viet nam']);
// A unit word after these, when they begin the segment or follow a house number,
// is part of a street name: "Số 5 đường Phường Sài", "Đường Huyện 12".
const STREET_WORD = new Set(['duong', 'pho', 'ngo', 'ngach', 'hem', 'kiet']);

/** Splits one address text into its parts; what the tables cannot place stays in the street part. */
export function splitAddress(text: string, context: AddressContext = {}): AddressParts {
  return new AddressReader(foldText(text), context).parts();
}

class AddressReader {
  private readonly text: FoldedText;
  private readonly segments: Segment[];
  private readonly context: AddressContext;

  constructor(text: FoldedText, context: AddressContext) {
    this.text = text;
    this.context = context;
    this.segments = segmentsOf(text);
  }

  parts(): AddressParts {
    const { segments } = this;
    const parts: AddressParts = {};
    if (segments.length === 0) return parts;
    let last = segments.length - 1;
    while (last >= 0 && this.isNoise(segments[last]!)) last--;
    let cursor: Cursor | null = last >= 0 ? { segment: last, end: segments[last]!.end } : null;
    // Until a part is read, the street part is the whole text (the country included).
    let streetEnd: Cursor | null = { segment: segments.length - 1, end: segments[segments.length - 1]!.end };

    // 1. The province: the last part that names one.
    let scope: UnitScope | undefined;
    let oldNamesOnly = false;
    const province = this.readProvince(cursor);
    if (province) {
      parts.province = this.written(province.span);
      ({ scope, oldNamesOnly } = scopeFor(province.match));
      streetEnd = cursor = province.span.next;
    } else if (this.context.province) {
      const match = resolveProvince(this.context.province);
      if (match) ({ scope, oldNamesOnly } = scopeFor(match));
    }

    // 2. An old district of that province.
    let districts: LegacyDistrict[] = [];
    const district = this.readDistrict(cursor, scope, oldNamesOnly);
    if (district) {
      parts.district = this.written(district.span);
      districts = district.found;
      scope ??= scopeOfDistricts(districts);
      streetEnd = cursor = district.span.next;
    } else if (this.context.district) {
      districts = findDistricts(this.context.district, scope);
    }

    // 3. A commune (of that district, when there is one).
    const commune = this.readCommune(cursor, scope, districts);
    if (commune) {
      parts.commune = this.written(commune.span);
      streetEnd = commune.span.next;
    }

    // 4. Everything before is the street part.
    if (streetEnd) {
      const street = this.text.source.slice(segments[0]!.start, streetEnd.end).trim();
      if (street) parts.street = street;
    }
    return parts;
  }

  private readProvince(cursor: Cursor | null): { span: Span; match: ProvinceMatch } | null {
    for (const span of this.spansAt(cursor)) {
      const word = this.unitWord(span);
      if (word && !word.levels.includes('province')) continue;
      if (!word && this.context.bareNames === false) continue;
      const match = resolveProvince(this.name(span, 'province'));
      if (!match) continue; // "Tỉnh lộ 725" is a road
      // "TP Bến Tre" is the old district-level city, not the province (never a city).
      if (word?.kind === 'thanh pho' && !match.isCity && findDistricts(this.name(span, 'district')).length > 0) continue;
      return { span, match };
    }
    return null;
  }

  private readDistrict(cursor: Cursor | null, scope: UnitScope | undefined, oldNamesOnly: boolean): { span: Span; found: LegacyDistrict[] } | null {
    // "Phường Xuân Hương - Đà Lạt" is one ward, not a ward before the district Đà Lạt.
    if (cursor && this.segments[cursor.segment]!.dashBefore) {
      const joinedCommune = this.readCommune(cursor, scope, []);
      if (joinedCommune?.span.joined && joinedCommune.known) return null;
    }
    for (const span of this.spansAt(cursor)) {
      const word = this.unitWord(span);
      if (word && !word.levels.includes('district')) continue;
      const found = findDistricts(this.name(span, 'district'), scope);
      if ((span.tentative || !word) && found.length === 0) continue;
      if (!word && this.context.bareNames === false) continue;
      if (span.weak) {
        // "xa quan son": Xã Quan Sơn, not xã + Huyện Quan Sơn, when the tables know the commune.
        const commune = this.readCommune(cursor, scope, []);
        if (commune?.known && commune.span.start < span.start) return null;
      }
      if (word) return { span, found };
      // A bare name ("Đắk Song"): a district when a commune stands before it, or
      // when it is no commune name (or the address uses old names only).
      const communeBefore = this.readCommune(span.next, scope ?? scopeOfDistricts(found), found);
      if (communeBefore && (communeBefore.known || communeBefore.worded)) return { span, found };
      if (!scope) continue; // nationally, a bare name is a district only beside its commune
      const alsoCommune = findCommunes(this.name(span, 'commune'), scope);
      if (oldNamesOnly || (alsoCommune.current.length === 0 && alsoCommune.legacy.length === 0)) return { span, found };
    }
    return null;
  }

  private readCommune(
    cursor: Cursor | null,
    scope: UnitScope | undefined,
    districts: LegacyDistrict[],
  ): { span: Span; known: boolean; worded: boolean } | null {
    const located = scope !== undefined || districts.length > 0;
    for (const span of this.spansAt(cursor)) {
      const word = this.unitWord(span);
      if (word && !word.levels.includes('commune')) continue;
      const name = this.name(span, 'commune');
      const matches = located ? findCommunes(name, scope, districts) : { current: [], legacy: [] };
      const known = matches.current.length > 0 || matches.legacy.length > 0;
      if (word) {
        if (known || !span.tentative) return { span, known, worded: true };
        continue;
      }
      // A bare name is a commune only where the tables place it, and never a bare number ("Thôn 7" is no "Phường 7").
      if (known && this.context.bareNames !== false && !/^[\d ]+$/.test(name.keys[0] ?? '')) return { span, known, worded: false };
    }
    return null;
  }

  /**
   * The candidates ending at the cursor, in the order they are tried: the segment
   * joined with the one before across a dash, the shortest stretches that begin at
   * a unit word inside it, then the segment (what is left of it) alone.
   */
  private spansAt(cursor: Cursor | null): Span[] {
    if (!cursor) return [];
    const segment = this.segments[cursor.segment]!;
    const before = (index: number): Cursor | null => (index >= 0 ? { segment: index, end: this.segments[index]!.end } : null);
    const spans: Span[] = [];
    const previous = this.segments[cursor.segment - 1];
    if (segment.dashBefore && previous) {
      for (const { at } of [...previous.cuts].reverse())
        spans.push({ start: at, end: cursor.end, tentative: true, joined: true, weak: false, next: this.cursorBefore(cursor.segment - 1, at) });
      spans.push({ start: previous.start, end: cursor.end, tentative: true, joined: true, weak: false, next: before(cursor.segment - 2) });
    }
    const cuts = segment.cuts.filter(({ at }) => at < cursor.end).reverse();
    const atCut = ({ at, weak }: Cut): Span => ({
      start: at,
      end: cursor.end,
      tentative: true,
      joined: false,
      weak,
      next: this.cursorBefore(cursor.segment, at),
    });
    spans.push(...cuts.filter((cut) => !cut.weak).map(atCut));
    spans.push({ start: segment.start, end: cursor.end, tentative: false, joined: false, weak: false, next: before(cursor.segment - 1) });
    spans.push(...cuts.filter((cut) => cut.weak).map(atCut));
    return spans;
  }

  /** The cursor just before a cut inside a segment (or before the segment, when nothing precedes the cut in it). */
  private cursorBefore(index: number, cut: number): Cursor | null {
    const segment = this.segments[index]!;
    let end = cut;
    while (end > segment.start && this.text.folded[end - 1] === ' ') end--;
    if (end > segment.start) return { segment: index, end };
    return index > 0 ? { segment: index - 1, end: this.segments[index - 1]!.end } : null;
  }

  /** The unit word a span begins with, when it is surely one (not "Phương" in "Phương Sài"). */
  private unitWord(span: Span): { kind: UnitKind; levels: readonly UnitLevel[] } | null {
    const word = unitWordAt(this.text, span.start, span.end);
    if (!word?.certain) return null;
    return { kind: word.kind, levels: KIND_LEVELS[word.kind] };
  }

  private name(span: Span, level: UnitLevel): UnitName {
    return unitNameAt(this.text, span.start, span.end, level);
  }

  private written(span: { start: number; end: number }): string {
    return this.text.source.slice(span.start, span.end);
  }

  /** A part that is no place: the country, a number with no words (a phone number, a postcode). */
  private isNoise(segment: Segment): boolean {
    const folded = this.text.folded.slice(segment.start, segment.end);
    if (!/[a-z]/.test(folded)) return !/\p{L}/u.test(folded);
    return COUNTRY.has(folded.replace(/[^a-z]+/g, ' ').trim());
  }
}

function scopeFor(match: ProvinceMatch): { scope: UnitScope; oldNamesOnly: boolean } {
  return { scope: scopeOf(match), oldNamesOnly: !match.isCurrentName };
}

/** The scope of the old province the districts found lie in, when they all lie in one. */
function scopeOfDistricts(districts: LegacyDistrict[]): UnitScope | undefined {
  const oldCodes = new Set(districts.map((d) => d.oldProvinceCode));
  return oldCodes.size === 1 ? scopeOfOldProvince([...oldCodes][0]!) : undefined;
}

/** The text between separators, trimmed, each segment with the places a unit word begins inside it. */
function segmentsOf(text: FoldedText): Segment[] {
  const { source } = text;
  const segments: Segment[] = [];
  let from = 0;
  let gap = '';
  const push = (to: number): void => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(source[start]!)) start++;
    while (end > start && /[\s.]/.test(source[end - 1]!)) end--;
    if (start === end) return;
    segments.push({ start, end, dashBefore: segments.length > 0 && !/[,;\n\r]/.test(gap), cuts: cutsOf(text, start, end) });
    gap = '';
  };
  for (const separator of source.matchAll(SEPARATOR)) {
    push(separator.index);
    gap += separator[0];
    from = separator.index + separator[0].length;
  }
  push(source.length);
  return segments;
}

/**
 * Where a unit word begins inside a segment: not at its start, not inside a unit
 * word ("xã" in "thị xã"), not in a road's name ("Số 5 đường Phường Sài",
 * "Tỉnh lộ 725"); weak right after one ("huyen quan hoa" is Huyện Quan Hóa).
 */
function cutsOf(text: FoldedText, start: number, end: number): Cut[] {
  const { folded, lower } = text;
  const cuts: Cut[] = [];
  let skipUntil = start;
  let namesSinceUnit = 0;
  let index = 0;
  let previous = '';
  let beforePrevious = '';
  for (let at = start; at < end; index++) {
    let wordEnd = at;
    while (wordEnd < end && folded[wordEnd] !== ' ') wordEnd++;
    if (at >= skipUntil) {
      const word = unitWordAt(text, at, end);
      if (!word?.certain) namesSinceUnit++;
      else {
        skipUntil = at + word.length;
        const streetName = index > 0 && STREET_WORD.has(previous) && (index === 1 || /^\d/.test(beforePrevious));
        let nextEnd = skipUntil;
        while (nextEnd < end && folded[nextEnd] !== ' ') nextEnd++;
        const next = lower.slice(skipUntil, nextEnd);
        const road = (word.kind === 'tinh' || word.kind === 'huyen') && (next === 'lộ' || (text.unaccented && next === 'lo'));
        if (index > 0 && !streetName && !road) cuts.push({ at, weak: namesSinceUnit === 0 });
        namesSinceUnit = 0;
      }
    }
    beforePrevious = previous;
    previous = folded.slice(at, wordEnd).replace(/[^a-z0-9]/g, '');
    at = wordEnd;
    while (at < end && folded[at] === ' ') at++;
  }
  return cuts;
}
