import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadFont, type Weight } from '../../src/lib/share-card/glyphs.ts';
import { ROOT } from './paths.ts';

/**
 * Reading back what Chromium printed. The machines (this one, CI) have no CJK system font, so
 * the browser is given Noto Sans SC (the share cards' font) through a fontconfig file of its own,
 * as `npm run shots` does; without it every Chinese character prints as an empty box.
 *
 * Chromium's PDF maps each glyph back to text through the font's character map, choosing the
 * lowest code point drawn with that glyph: 文 and 页 come out as the radicals ⽂ (U+2F42) and
 * ⻚ (U+2EDA), which share their glyphs in this font. The text is mapped back to the ideographs
 * through the same font, so assertions can use ordinary Chinese.
 */

/** Environment for launchChromium: the Noto Sans SC fonts added to the system's fontconfig. */
export function cjkFontEnv(): NodeJS.ProcessEnv {
  const file = join(mkdtempSync(join(tmpdir(), 'print-fonts-')), 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${resolve(ROOT, 'node_modules/@embedpdf/fonts-sc/fonts')}</dir></fontconfig>`,
  );
  return { ...process.env, FONTCONFIG_FILE: file };
}

let radicals: Map<string, string> | undefined;

/** Radical → the CJK ideograph the font draws with the same glyph. */
function radicalMap(): Map<string, string> {
  if (radicals) return radicals;
  radicals = new Map();
  for (const weight of ['Regular', 'Bold'] as Weight[]) {
    const font = loadFont(weight);
    const ideographOfGlyph = new Map<number, number>();
    for (const codePoint of font.characterSet) {
      if (codePoint < 0x3400 || codePoint > 0x9fff) continue;
      const id = font.glyphForCodePoint(codePoint).id;
      if (!ideographOfGlyph.has(id)) ideographOfGlyph.set(id, codePoint);
    }
    for (let codePoint = 0x2e80; codePoint <= 0x2fdf; codePoint++) {
      const ideograph = ideographOfGlyph.get(font.glyphForCodePoint(codePoint).id);
      if (ideograph !== undefined) radicals.set(String.fromCodePoint(codePoint), String.fromCodePoint(ideograph));
    }
  }
  return radicals;
}

const unradical = (text: string) => text.replace(/[\u2e80-\u2fdf]/g, (ch) => radicalMap().get(ch) ?? ch);

export interface PdfPage {
  /** The text runs as the PDF holds them (page numbers are one run: "2 / 5"). */
  runs: string[];
  /** All the page's text with no white space, for finding words and addresses broken across lines. */
  text: string;
}

export async function pdfPages(pdf: Uint8Array): Promise<PdfPage[]> {
  const task = getDocument({ data: pdf, useSystemFonts: false });
  const pdfDocument = await task.promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= pdfDocument.numPages; number++) {
    const content = await (await pdfDocument.getPage(number)).getTextContent();
    const runs = content.items.map((item) => ('str' in item ? unradical(item.str) : ''));
    pages.push({ runs, text: compact(runs.join('')) });
  }
  await task.destroy();
  return pages;
}

/** Text without white space, as pdfPages gives it. */
export const compact = (text: string) => text.replace(/\s+/g, '');
