import * as OpenCC from 'opencc-js/t2cn';

/**
 * Traditional-script captures (Big5 gateways, converting mirrors) are read in Simplified, so
 * the gazetteer, the title shapes and the labels match, while the text of record keeps the
 * script it came in. Conversion is used only where it keeps each line's length, so every
 * position found in the Simplified reading points at the same characters in the original.
 */

const toCn = OpenCC.Converter({ from: 't', to: 'cn' });

/**
 * Forms the Traditional converter keeps that Simplified text writes otherwise. Hong Kong's: the characters where
 * OpenCC's `hk`→`cn` reads differently from its `t`→`cn` (a mirror converted for Hong Kong prints 中衞市, 敍永縣,
 * 北京市衞生健康委員會, and 衞 was left in place). And the old forms a converter gives two places' names (浚县 →
 * 濬縣, 澄江市 → 澂江市), which the gazetteer holds only in Simplified. One character for one, so lengths are kept;
 * a map rather than the `hk` converter, which measured about twice as slow (116 µs against 60 µs a 1,000 characters).
 */
const KEPT_FORMS: Record<string, string> = {
  衞: '卫',
  敍: '叙',
  衹: '只',
  枱: '台',
  粧: '妆',
  糭: '粽',
  濬: '浚',
  澂: '澄',
};
const KEPT_FORM = new RegExp(`[${Object.keys(KEPT_FORMS).join('')}]`, 'gu');

export function toSimplified(text: string): string {
  return toCn(text).replace(KEPT_FORM, (form) => KEPT_FORMS[form]!);
}

/** A capture is Traditional when a noticeable share of its Han characters convert. */
export function isTraditional(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  if (han.length === 0) return false;
  const sample = han.slice(0, 1000).join('');
  const converted = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== converted[i]) changed++;
  return changed / sample.length > 0.03;
}

/** A line in Simplified, or unchanged where conversion would change its length. */
export function simplifiedLine(line: string): string {
  const converted = toSimplified(line);
  return converted.length === line.length ? converted : line;
}

/** Each line in Simplified, or unchanged where conversion would change its length. */
export function simplifiedReading(lines: string[]): string[] {
  return lines.map(simplifiedLine);
}

/** The original characters at the place a string occupies in the Simplified reading. */
export function originalOf(found: string, reading: string[], original: string[]): string {
  const readingText = reading.join('\n');
  const at = readingText.indexOf(found);
  return at < 0 ? found : original.join('\n').slice(at, at + found.length);
}

/** The original lines for lines taken, in order, from the Simplified reading. */
export function originalLines(taken: string[], reading: string[], original: string[]): string[] {
  let from = 0;
  return taken.map((line) => {
    if (line === '') return '';
    const index = reading.indexOf(line, from);
    if (index < 0) return line;
    from = index + 1;
    return original[index]!;
  });
}

/**
 * Whether two report texts are the same report in either script: equal once read in
 * Simplified, but for the odd character converters disagree on (着/著, 于/於); at most one
 * character in a hundred may differ, and none may be added or lost.
 */
export function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const x = toSimplified(a);
  const y = toSimplified(b);
  let differing = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && ++differing > x.length / 100) return false;
  return true;
}

/** The characters of GB2312, the Simplified standard set: read from the GB18030 decoder. */
function gb2312Characters(): Set<string> {
  const decoder = new TextDecoder('gb18030');
  const chars = new Set<string>();
  for (let high = 0xb0; high <= 0xf7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) chars.add(decoder.decode(new Uint8Array([high, low])));
  }
  return chars;
}

/**
 * Character map from Traditional-only characters to Simplified, for turning a reader's
 * Traditional query into the Simplified text the index holds. Characters that are also
 * Simplified (乾, 著, 於 in GB2312) are left alone, so no Simplified query is ever changed.
 */
export function traditionalCharacterMap(): { from: string; to: string } {
  const simplified = gb2312Characters();
  let from = '';
  let to = '';
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    if (simplified.has(char)) continue;
    const converted = toSimplified(char);
    if (converted !== char && converted.length === 1) {
      from += char;
      to += converted;
    }
  }
  return { from, to };
}
