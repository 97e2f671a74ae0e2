import { TABLE_ROW } from './chrome.ts';
import { SECTION_HEADING, SUBSECTION_HEADING } from './page.ts';
import type { SectionKind } from '../schema/report.ts';

/**
 * The report's own numbering becomes Markdown structure: 一、 → ##, (一) → ###, 1. / 1、 →
 * ordered list items that keep their printed numbers. Every character of the text is kept.
 */

const NUMBERED_ITEM = /^(\d{1,2})\s*[.、．](?!\d)\s*(.*)$/;
/** `--加强组织领导`, `•…`: bullets become list items; a run of three dashes (`---`) is text, not a bullet. */
const BULLET = /^(?:--(?!-)|——(?!—)|[•●▪◆])\s*(.+)$/;

/**
 * Backslash-escapes what Markdown would read as syntax, so captured text stays text. `&` too:
 * Markdown decodes entities, and a capture's `&lt;` is the four characters a reader saw (an
 * HTML capture's entities were already decoded once, when its markup was read).
 */
export function escapeMarkdown(text: string): string {
  let escaped = text.replace(/([\\`*_[\]<>|~&])/g, '\\$1');
  escaped = escaped.replace(/^(#{1,6}|[-+=>])/, '\\$1');
  // Only `1. ` / `1)` followed by a space or the line end would open a list; 12.4 stays as is.
  escaped = escaped.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  return escaped;
}

/** `(二)强化责任落实,进一步….一是开展…` — a heading run into its first sentence. */
function splitHeading(line: string): [heading: string, rest: string] {
  const stop = line.search(/[。！？]/);
  if (stop >= 0 && stop < line.length - 1) return [line.slice(0, stop + 1), line.slice(stop + 1).trim()];
  return [line, ''];
}

/** Cells of a `| a | b |` row; `\|` inside a cell is a literal bar. */
function cellsOf(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** Consecutive `|` rows as one Markdown table, the first row as its header. */
function tableMarkdown(rows: string[]): string {
  const cells = rows.map(cellsOf);
  const width = Math.max(...cells.map((r) => r.length));
  const line = (r: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => escapeMarkdown(r[i] ?? '')).join(' | ')} |`;
  return [line(cells[0]!), `|${' --- |'.repeat(width)}`, ...cells.slice(1).map(line)].join('\n');
}

export function toMarkdown(bodyLines: string[]): string {
  const blocks: string[] = [];
  let lastItem: number | undefined;
  let delimiter: '.' | ')' = '.';
  let table: string[] = [];
  const closeTable = () => {
    if (table.length > 0) blocks.push(tableMarkdown(table));
    table = [];
  };
  for (const line of bodyLines) {
    if (TABLE_ROW.test(line)) {
      table.push(line);
      continue;
    }
    closeTable();
    if (line === '') continue;
    if (SECTION_HEADING.test(line) || SUBSECTION_HEADING.test(line)) {
      const [heading, rest] = splitHeading(line);
      blocks.push(`${SECTION_HEADING.test(line) ? '##' : '###'} ${escapeMarkdown(heading)}`);
      if (rest) blocks.push(escapeMarkdown(rest));
      lastItem = undefined;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      blocks.push(`- ${escapeMarkdown(bullet[1]!)}`);
      lastItem = undefined;
      continue;
    }
    const item = NUMBERED_ITEM.exec(line);
    if (item?.[2]) {
      const number = Number(item[1]);
      // A number that does not continue the list starts a new one, so printed numbers survive.
      if (lastItem !== undefined && number !== lastItem + 1) delimiter = delimiter === '.' ? ')' : '.';
      blocks.push(`${number}${delimiter} ${escapeMarkdown(item[2])}`);
      lastItem = number;
      continue;
    }
    blocks.push(escapeMarkdown(line));
    lastItem = undefined;
  }
  closeTable();
  return `${blocks.join('\n\n')}\n`;
}

/** The standard parts of a report (2019 督察工作规定), recognised from a section heading. */
export function classifySection(heading: string): SectionKind {
  if (/其他|其它/.test(heading)) return 'other';
  if (/第一责任人|主要负责人|党政主要负责/.test(heading)) return 'leadership';
  if (/不足|问题|短板|差距|困难/.test(heading)) return 'shortcomings';
  if (/下一步|计划|打算|思路|安排|展望|重点工作|工作目标/.test(heading)) return 'plans';
  if (/举措|成效|成绩|主要工作|做法|开展|推进|落实|情况|工作/.test(heading)) return 'measures';
  return 'other';
}
