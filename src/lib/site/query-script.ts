/** A reader's query in Simplified: Traditional-only characters replaced one by one. */
export function simplifyQuery(query: string, map: { from: string; to: string }): string {
  const from = [...map.from];
  const to = [...map.to];
  const table = new Map(from.map((char, i) => [char, to[i]!]));
  return [...query].map((char) => table.get(char) ?? char).join('');
}

/**
 * The terms sent to Pagefind for a query. Its Chinese matching finds a word only where the
 * index's segmentation (jieba) made a word starting with it, and the browser keeps a phrase
 * like 行政诉讼 as one word: reports segmented 行政/诉讼 were missed (1,069 of 1,229 found on
 * the 2,000-report bench corpus). Runs of three or more Han characters are therefore sent as
 * their overlapping two-character pieces (行政 政诉 诉讼), which found all 1,229, while
 * shorter runs, digits and Latin words go as they are.
 */
export function searchTerms(query: string): string {
  return query
    .replace(/["“”「」『』]/g, ' ')
    .replace(/\p{Script=Han}{3,}/gu, (run) => {
      const chars = [...run];
      return ` ${chars.slice(0, -1).map((char, i) => char + chars[i + 1]).join(' ')} `;
    })
    .replace(/([0-9A-Za-z]+)/g, ' $1 ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The phrase of a quoted query (“…”, "…", 「…」): such a query asks for the words verbatim. */
export function quotedPhrase(query: string): string | undefined {
  const match = /^\s*["“「『](.+?)["”」』]\s*$/u.exec(query);
  return match?.[1]?.trim() || undefined;
}

/** Where a phrase occurs in indexed text, ignoring the spaces the index puts between blocks. */
export function findPhrase(text: string, phrase: string): { index: number; length: number } | undefined {
  const chars = [...phrase.replace(/\s+/g, '')];
  if (chars.length === 0) return undefined;
  const pattern = new RegExp(chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'iu');
  const match = pattern.exec(text);
  return match ? { index: match.index, length: match[0].length } : undefined;
}
