import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';

/**
 * Text as SVG paths, drawn from Noto Sans SC (the OTFs of @embedpdf/fonts-sc, SIL Open Font
 * License). The share cards and icons never ask the system for a font: a build machine with no
 * CJK font (this one, CI) would otherwise rasterize boxes.
 */

export type Weight = 'Regular' | 'Bold';

const fonts = new Map<Weight, Font>();

export function loadFont(weight: Weight): Font {
  let font = fonts.get(weight);
  if (!font) {
    // The package exports only its file list (dist/); the fonts sit beside it in fonts/.
    const main = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
    font = create(readFileSync(join(dirname(main), '..', 'fonts', `NotoSansHans-${weight}.otf`))) as Font;
    fonts.set(weight, font);
  }
  return font;
}

/** Characters the font has no glyph for (drawn as its empty .notdef box otherwise). */
export function missingCharacters(text: string, font: Font): string[] {
  return [...new Set([...text].filter((ch) => !/\s/u.test(ch) && font.glyphForCodePoint(ch.codePointAt(0)!).id === 0))];
}

/** Advance width of a text in pixels at a font size. */
export function measure(text: string, font: Font, size: number): number {
  let units = 0;
  for (const ch of text) units += font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth;
  return (units * size) / font.unitsPerEm;
}

/**
 * One line of text as an SVG path: `x, baseline` in pixels. Glyphs are placed by their advance
 * widths (no kerning or shaping: Chinese needs none, and titles are Chinese).
 */
export function textPath(text: string, font: Font, size: number, x: number, baseline: number): string {
  const scale = size / font.unitsPerEm;
  const parts: string[] = [];
  let pen = x;
  for (const ch of text) {
    const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
    const d = outline(font, glyph.id, () => glyph.path.toSVG());
    // Font units have y up; SVG has y down: flip around the baseline.
    if (d)
      parts.push(
        `<path transform="translate(${round(pen)} ${round(baseline)}) scale(${round(scale, 5)} ${round(-scale, 5)})" d="${d}"/>`,
      );
    pen += glyph.advanceWidth * scale;
  }
  return parts.join('');
}

/** A glyph's outline as path data, kept per font: a title's characters recur on thousands of cards. */
const outlines = new WeakMap<Font, Map<number, string>>();
function outline(font: Font, id: number, draw: () => string): string {
  let perFont = outlines.get(font);
  if (!perFont) outlines.set(font, (perFont = new Map()));
  let d = perFont.get(id);
  if (d === undefined) perFont.set(id, (d = draw()));
  return d;
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Breaks text into at most `maxLines` lines no wider than `maxWidth`, at any character (Chinese
 * has no spaces), keeping closing punctuation off a line's start; the last line ends in … when
 * text is left over.
 */
export function wrapText(text: string, font: Font, size: number, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const chars = [...text.trim()];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (line && measure(line + ch, font, size) > maxWidth && !/[，。、；：！？）」』”’,.;:!?)]/u.test(ch)) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) {
        let last = lines.pop()!;
        while (last && measure(`${last}…`, font, size) > maxWidth) last = [...last].slice(0, -1).join('');
        lines.push(`${last}…`);
        return lines;
      }
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}
