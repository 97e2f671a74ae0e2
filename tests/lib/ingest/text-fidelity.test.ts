import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCapture } from '../../../src/lib/ingest/ingest.ts';
import { readReportFile, serializeReport } from '../../../src/lib/report-file/report-file.ts';
import { renderReport } from '../../../src/lib/markdown/render.ts';
import { reportPlainText } from '../../../src/lib/search/build/document.ts';
import { reportSchema } from '../../../src/lib/schema/report.ts';
import { RAW_SAMPLE } from '../../helpers/paths.ts';

const SEED = readFileSync(join(RAW_SAMPLE, '004_76eef8faab654823.txt'), 'utf8');
const ANCHOR = '  一、主要举措';

/** A seed capture with lines put before its first section, ingested, written, read back and rendered. */
function roundTrip(file: string, lines: string[], wrap: (text: string) => string = (t) => t) {
  const text = wrap(SEED.replace(ANCHOR, `${lines.join('\n\n')}\n\n${ANCHOR}`));
  const outcome = ingestCapture({ file, bytes: Buffer.from(text, 'utf8') });
  if (outcome.status === 'rejected') throw new Error(outcome.reasons.join('; '));
  const onDisk = readReportFile('x.md', 'x.md', serializeReport(outcome.report, outcome.body));
  const rendered = renderReport(onDisk.body).html;
  return { report: onDisk.data, rendered, plain: reportPlainText(onDisk.body).text };
}

/** What a reader sees of an HTML fragment: tags gone, entities decoded once, as a browser does. */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!);

describe('text fidelity from capture to page', () => {
  it('keeps entity-like text of a .txt capture as written: &lt; stays &lt;', () => {
    const line = '比较符号写作&lt;与&amp;，编号&#106;，原文如此。';
    const { rendered, plain } = roundTrip('a.txt', [line]);
    expect(visible(rendered)).toContain(line);
    expect(plain).toContain(line);
  });

  it('decodes an HTML capture’s entities exactly once: &amp;lt; is the text &lt;', () => {
    const wrap = (text: string) =>
      `<html><body>${text
        .split('\n')
        .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
        .join('')}</body></html>`;
    // The page's source says &amp;lt; (escaped once more by wrap): a reader of the page saw "&lt;".
    const { rendered, plain } = roundTrip('a.html', ['页面上写的是&lt;和&quot;字样。'], wrap);
    expect(visible(rendered)).toContain('页面上写的是&lt;和&quot;字样。');
    expect(plain).toContain('页面上写的是&lt;和&quot;字样。');
  });

  it('keeps a line of dashes in the body as that line, not a rule or a list', () => {
    const { rendered, plain } = roundTrip('a.txt', ['---', '***', '___', '--- 分隔 ---', '# 不是标题', '> 不是引文']);
    for (const line of ['---', '***', '___', '--- 分隔 ---', '# 不是标题', '> 不是引文'])
      expect(plain.split('\n')).toContain(line);
    expect(rendered).not.toMatch(/<hr|<ul|<h1|<blockquote/);
  });

  it('keeps titles with ": ", "#", quotes and dashes exactly through the YAML frontmatter', () => {
    const base = reportSchema.parse({
      id: '440304008-2020',
      title: 'x',
      jurisdiction: '莲花街道',
      divisionCode: '440304008',
      region: ['广东省', '深圳市', '福田区', '莲花街道'],
      level: 'township',
      issuerType: 'government',
      year: 2020,
      sourceFile: 'a.txt',
      sourceSha256: 'a'.repeat(64),
    });
    for (const title of [
      '报告: 2020年',
      '莲花街道 #1 报告',
      '"莲花街道"2020年报告',
      "'单引号' 报告",
      '--- 报告',
      '---',
      '报告 ---\n---',
      '- 报告',
      '? 报告',
      '& 报告 *',
      '!报告',
      '%报告',
      '@报告',
      '`报告`',
      '报告 # 注释?',
      'null',
      'true',
      '2020',
    ]) {
      const text = serializeReport({ ...base, title }, '正文。\n');
      const read = readReportFile('x.md', 'x.md', text);
      expect(read.data.title, JSON.stringify(title)).toBe(title);
      expect(read.body).toBe('正文。\n');
    }
  });
});
