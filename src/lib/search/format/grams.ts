/**
 * The pieces of folded text the index stores (grams) and how a gram finds its bucket file: the
 * same functions cut and hash grams when the index is built and when a query is looked up.
 */

/** Whitespace separates: no indexed piece spans it, and queries are split on it. */
export function isSeparator(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0x2028 || code === 0x2029;
}

/**
 * The pieces the index stores: every character, every pair and every triple of characters
 * without whitespace (a triple with its neighbours and positions). A term of up to five
 * characters is read from one piece; a longer one is covered by triples at known offsets and
 * confirmed by their positions.
 */
export const GRAM = 3;

/**
 * Zones: where a frequent triple first occurs in a report, for excerpts, in pieces of ZONE_CHARS
 * characters from the text's start (zone 15: from 15 × ZONE_CHARS on). Counted from the start,
 * not as a share of the text, so that a reader can read the zone with the report's row still
 * on its way: a zone as a sixteenth of the text needed the row's text length first, one more
 * round of requests before the first results (≈ 60–80 ms at 10,000 reports).
 */
export const ZONE_CHARS = 1024;
export const LAST_ZONE = 15;
export const zoneAt = (offset: number) => Math.min(LAST_ZONE, Math.floor(offset / ZONE_CHARS));

/** Numeric key of the gram of `length` code units starting at `at` (fits in 48 bits). */
export function gramKey(units: ArrayLike<number>, at: number, length: number): number {
  let key = 0;
  for (let i = 0; i < length; i++) key = key * 0x10000 + units[at + i]!;
  return key;
}

export function gramUnits(key: number, length: number): number[] {
  const units: number[] = [];
  let k = key;
  for (let i = 0; i < length; i++) {
    units.unshift(k % 0x10000);
    k = Math.floor(k / 0x10000);
  }
  return units;
}

/** FNV-1a over the gram's code units: decides which bucket file holds it. */
export function gramHash(units: ArrayLike<number>): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < units.length; i++) {
    hash ^= units[i]! & 0xff;
    hash = Math.imul(hash, 0x01000193);
    hash ^= units[i]! >>> 8;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function bucketOf(hash: number, bits: number): number {
  return bits === 0 ? 0 : hash >>> (32 - bits);
}

/**
 * The offsets of the triples that cover a term of `length` ≥ 3 units: every third unit, and
 * the last triple so that the end is covered too (行政诉讼 → 行政诉 at 0, 政诉讼 at 1).
 */
export function coveringOffsets(length: number): number[] {
  const offsets: number[] = [];
  for (let at = 0; at + GRAM <= length; at += GRAM) offsets.push(at);
  if (offsets[offsets.length - 1] !== length - GRAM) offsets.push(length - GRAM);
  return offsets;
}
