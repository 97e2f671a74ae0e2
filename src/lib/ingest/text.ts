/** Small text helpers shared by the ingest steps. */

/** Line endings unified, invisible characters removed, edges of each line trimmed. */
export function normalizeLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .split('\n')
    .map((line) => line.replace(/[\s\u3000\u00a0]+$/u, '').replace(/^[\s\u3000\u00a0]+/u, ''));
}

/** Full-width ASCII variants (：（）０-９) folded to ASCII, for matching only: never for the text of record. */
export function foldWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Ends a sentence or clause: a line with one of these reads as prose, not as a label or menu. */
export const SENTENCE_PUNCTUATION = /[，。；！？,;!?]/;

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  o: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二〇二一 → 2021; 一零六 → 106; 十二 → 12; 二十八 → 28. Returns NaN for anything else. */
export function chineseNumberToInt(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if ((text.length === 3 || text.length === 4) && [...text].every((ch) => ch in CHINESE_DIGITS)) {
    return Number([...text].map((ch) => CHINESE_DIGITS[ch]).join(''));
  }
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return Number.NaN;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? CHINESE_DIGITS[tens]! : Number.NaN;
  return (tens ? CHINESE_DIGITS[tens]! : 1) * 10 + (ones ? CHINESE_DIGITS[ones]! : 0);
}

function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

const NUMERIC_DATE = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?/;
const CHINESE_DATE = /([〇零一二三四五六七八九Oo]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

/**
 * `20191118` under a cover letter's signature (o215): a date printed without separators, as document
 * systems export it. Read only as a whole line: inside text eight digits are an index or a count.
 */
const COMPACT_DATE = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;

/** The first date written in a piece of text, as YYYY-MM-DD (2021-03-29, 2021/3/29, 2021年3月29日, 二〇二一年三月二十九日). */
export function findDate(text: string): string | undefined {
  const folded = foldWidth(text);
  const compact = COMPACT_DATE.exec(folded.trim());
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const numeric = NUMERIC_DATE.exec(folded);
  if (numeric) return isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const chinese = CHINESE_DATE.exec(folded);
  if (chinese) {
    return isoDate(chineseNumberToInt(chinese[1]!), chineseNumberToInt(chinese[2]!), chineseNumberToInt(chinese[3]!));
  }
  return undefined;
}

/** A line that is nothing but a date (a signature date, or a date printed under a title). */
export function isDateOnlyLine(line: string): boolean {
  const folded = foldWidth(line).replace(/[\s()（）]/g, '');
  return (
    /^\d{4}(?:[-/.]|年)\d{1,2}(?:[-/.]|月)\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?$/.test(folded) ||
    (COMPACT_DATE.test(folded) && findDate(folded) !== undefined) ||
    new RegExp(`^${CHINESE_DATE.source}$`).test(folded)
  );
}

/**
 * A date stamp as a portal prints it under a title, read as a plain date line: a list bullet
 * before it and a time in 时/分 after it (`• 2023年03月30日 09时24分` → `2023年03月30日 09:24`).
 */
export function plainDateStamp(line: string): string {
  return foldWidth(line)
    .replace(/^[•·●▪■◆\-\s]+/u, '')
    .replace(/(\d{1,2})\s*时\s*(\d{1,2})\s*分(?:\s*(\d{1,2})\s*秒)?$/u, (_, h: string, m: string, s?: string) =>
      s ? `${h}:${m}:${s}` : `${h}:${m}`,
    );
}

/** Inline pinyin some mirrors leave after characters (`區(qū)`, `關(guān)於`), one syllable in brackets. */
export const INLINE_PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/giu;

/** Text without inline pinyin, which splits place names and words (`區(qū)` → `區`). */
export function withoutPinyin(text: string): string {
  return text.replace(INLINE_PINYIN, '');
}
