import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../../src/lib/ingest/html.ts';
import { ingestCapture } from '../../../src/lib/ingest/ingest.ts';
import { renderReport } from '../../../src/lib/markdown/render.ts';
import { ROOT } from '../../helpers/paths.ts';

describe('htmlToLines', () => {
  it('lays out blocks as lines and never lets scripts, styles or the head through', () => {
    const lines = htmlToLines(
      '<html><head><title>标题</title><style>p{}</style></head><body><script>alert("x")</script><div>甲<span>乙</span></div><p>丙<br>丁</p><noscript>请启用</noscript></body></html>',
    );
    expect(lines.filter(Boolean)).toEqual(['甲乙', '丙', '丁']);
  });
  it('turns tables into | rows, keeping bars inside cells literal', () => {
    const lines = htmlToLines(
      '<table><tr><th>类别</th><th>说明</th></tr><tr><td>A|B</td><td>x&amp;y</td></tr></table>',
    );
    expect(lines.filter(Boolean)).toEqual(['| 类别 | 说明 |', '| A\\|B | x&y |']);
  });
  it('keeps lists as lists: bullets for <ul>, printed numbers for <ol>', () => {
    const lines = htmlToLines(
      '<ul><li>甲项</li><li>乙项</li></ul><ol start="3"><li>丙项</li><li>丁项</li></ol>',
    ).filter(Boolean);
    expect(lines).toEqual(['• 甲项', '• 乙项', '3. 丙项', '4. 丁项']);
  });
  it('keeps images as their alt text only', () => {
    expect(htmlToLines('<p>图：<img src="http://example.gov.cn/a.jpg" alt="宣传现场"></p>').filter(Boolean)).toEqual([
      '图：（图片：宣传现场）',
    ]);
  });
});

describe('an HTML capture (GBK, with chrome, a table and an image)', () => {
  const outcome = ingestCapture({
    file: 'html-gbk-table.html',
    bytes: readFileSync(join(ROOT, 'tests/fixtures/captures/html-gbk-table.html')),
  });

  it('is ingested with its metadata', () => {
    expect(outcome.status).not.toBe('rejected');
    if (outcome.status === 'rejected') return;
    expect(outcome.report).toMatchObject({
      title: '宣化区2023年法治政府建设年度报告',
      divisionCode: '130705',
      level: 'county',
      year: 2023,
      publishedAt: '2024-03-15',
      signedAt: '2024-03-10',
      issuer: '张家口市宣化区人民政府',
      sourceName: '宣化区司法局',
    });
  });

  it('keeps the text, the table and the image description, and nothing of the page around it', () => {
    if (outcome.status === 'rejected') throw new Error(outcome.reasons.join());
    const html = renderReport(outcome.body).html;
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>类别<\/th>\s*<th>件数<\/th>/);
    expect(html).toContain('<td>行政诉讼</td>');
    expect(outcome.body).toContain('（图片：法治宣传活动现场）');
    expect(outcome.body).toContain('全年审查重大行政决策事项12件');
    expect(outcome.body).not.toMatch(/alert|_hmt|广告|example\.gov\.cn|无障碍浏览|首页|浏览次数|ICP|主办单位/);
  });
});

describe('| rows in a text capture', () => {
  it('become a Markdown table', () => {
    const text = [
      '和县2022年法治政府建设年度报告',
      '2022年，和县深入推进依法行政，全面建设法治政府，现将有关情况报告如下：',
      '一、主要成效',
      '|类别|件数|',
      '|行政复议|5|',
      '二、存在的不足',
      '一是法治宣传的针对性不强，二是执法队伍建设有待加强。',
    ].join('\n');
    const outcome = ingestCapture({ file: 'rows.txt', bytes: Buffer.from(text) });
    if (outcome.status === 'rejected') throw new Error(outcome.reasons.join());
    expect(outcome.body).toContain('| 类别 | 件数 |\n| --- | --- |\n| 行政复议 | 5 |');
  });
});
