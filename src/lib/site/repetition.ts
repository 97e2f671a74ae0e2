import { SECTION_KINDS, type Report, type SectionKind } from '../schema/report.ts';
import { percent } from './bar-chart.ts';

/**
 * Sentences an annual report repeats word for word from the year before, per section kind:
 * "the shortcomings of 2024 repeat 2023's" is measurable. Pure functions over the Markdown body.
 */

export interface Sentence {
  text: string;
  /** Set when the same sentence (ignoring spaces) is in the earlier report. */
  repeated: boolean;
}

export interface SectionText {
  kind: SectionKind | 'preamble';
  heading?: string;
  /** Paragraphs, each a list of sentences. */
  paragraphs: string[][];
}

/**
 * A sentence ends at 。！？； (and their ASCII forms) or at the end of a line; the ending mark
 * stays with its sentence, and so does a closing quote or bracket right after it.
 */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const re = /[^。！？；!?;]*(?:[。！？；!?;]+[”’」』）)]*|$)/gu;
  for (const match of paragraph.matchAll(re)) {
    const sentence = match[0].trim();
    if (sentence) out.push(sentence);
    if (match[0] === '') re.lastIndex++;
  }
  return out;
}

/** Spaces and Markdown escapes do not make a sentence different. */
function sentenceKey(sentence: string): string {
  return sentence.replace(/\\(.)/g, '$1').replace(/\s+/gu, '');
}

/**
 * Sentences shorter than this (in characters, spaces ignored) are not counted as repeated:
 * "现报告如下。" or "一是强化思想引领。" recur in every report of every place.
 */
export const MIN_REPEATED_LENGTH = 12;

/** Markdown body → its sections: the text before the first level-2 heading, then one per heading. */
export function sectionsOf(body: string, sections: Report['sections']): SectionText[] {
  const out: SectionText[] = [{ kind: 'preamble', paragraphs: [] }];
  let headingIndex = 0;
  for (const block of body.split(/\n{2,}/)) {
    const text = block.trim();
    if (!text) continue;
    const heading = /^##\s+(.*)$/.exec(text);
    if (heading && !text.startsWith('###')) {
      headingIndex++;
      const declared = sections?.find((s) => s.id === `s-${headingIndex}`);
      out.push({ kind: declared?.kind ?? 'other', heading: heading[1]!.replace(/\\(.)/g, '$1'), paragraphs: [] });
      continue;
    }
    const plain = text
      .replace(/^#{3,6}\s+/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
      .replace(/\\(.)/g, '$1')
      .replace(/\n/g, '');
    out.at(-1)!.paragraphs.push(splitSentences(plain));
  }
  return out.filter((s) => s.kind !== 'preamble' || s.paragraphs.length > 0);
}

export interface ComparedSection {
  kind: SectionKind | 'preamble';
  earlier: SectionText[];
  later: Array<Omit<SectionText, 'paragraphs'> & { paragraphs: Sentence[][] }>;
  /** Characters of the later year's sentences repeated from the earlier year, over all its characters. */
  repeatedShare: number;
  repeatedChars: number;
  totalChars: number;
}

const KIND_ORDER: Array<SectionKind | 'preamble'> = ['preamble', ...SECTION_KINDS];

/**
 * The later report's sections, each with the earlier report's sections of the same kind beside
 * it, its sentences marked when the earlier report (anywhere in it) has them word for word,
 * and the share of repeated text. Kinds present in only one report are kept (one side empty).
 */
export function compareReports(earlier: SectionText[], later: SectionText[]): ComparedSection[] {
  const earlierKeys = new Set(
    earlier
      .flatMap((s) => s.paragraphs.flat())
      .map(sentenceKey)
      .filter((k) => k.length >= MIN_REPEATED_LENGTH),
  );
  const out: ComparedSection[] = [];
  for (const kind of KIND_ORDER) {
    const before = earlier.filter((s) => s.kind === kind);
    const after = later.filter((s) => s.kind === kind);
    if (before.length === 0 && after.length === 0) continue;
    let repeatedChars = 0;
    let totalChars = 0;
    const marked = after.map((section) => ({
      kind: section.kind,
      heading: section.heading,
      paragraphs: section.paragraphs.map((sentences) =>
        sentences.map((text) => {
          const key = sentenceKey(text);
          const repeated = key.length >= MIN_REPEATED_LENGTH && earlierKeys.has(key);
          totalChars += key.length;
          if (repeated) repeatedChars += key.length;
          return { text, repeated };
        }),
      ),
    }));
    out.push({
      kind,
      earlier: before,
      later: marked,
      repeatedChars,
      totalChars,
      repeatedShare: totalChars ? repeatedChars / totalChars : 0,
    });
  }
  return out;
}

/** The share of the whole later report repeated from the earlier one. */
export function overallShare(sections: ComparedSection[]): number {
  const total = sections.reduce((n, s) => n + s.totalChars, 0);
  return total ? sections.reduce((n, s) => n + s.repeatedChars, 0) / total : 0;
}

/** 0.4567 → "45.7%", as every share on the site is printed. */
export const formatShare = percent;
