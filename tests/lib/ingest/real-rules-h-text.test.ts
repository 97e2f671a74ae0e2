import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/** Slice H's text-field misses (round eight): each rule with a piece of the real page's shape. */

describe('slice H text rules: a cover page before the report', () => {
  const coverPage = [
    '上海市民防办公室关于2020年度法治政府建设工作的情况报告 ( 2021年02月10日 )',
    '沪民防〔2021〕28号 签发人:钟杰',
    '市政府:',
    `根据《关于做好2020年法治政府建设年度报告工作的通知》要求,市民防办${PROSE}现将有关情况报告如下:`,
    `一、2020年推进法治政府建设工作主要举措和成效`,
    PROSE.repeat(4),
  ].join('\n');

  it('takes a date in spaced brackets after the title for the publication date (h428)', () => {
    const report = published(ingest(coverPage, 'https://mfb.sh.gov.cn/a/1.html'));
    expect(report.title).toBe('上海市民防办公室关于2020年度法治政府建设工作的情况报告');
    expect(report.publishedAt).toBe('2021-02-10');
  });

  it('reads the document number printed beside 签发人 (h428)', () => {
    const report = published(ingest(coverPage, 'https://mfb.sh.gov.cn/a/1.html'));
    expect(report.docNumber).toBe('沪民防〔2021〕28号');
  });
});

describe('slice H text rules: a mirror names itself after the title', () => {
  it('drops a spam site name after a dash once the title has ended (h416 `…的报告-和记娱乐国际`)', () => {
    const report = published(
      ingest(
        [
          '金华市教育局关于2023年法治政府建设工作情况的报告-和记娱乐国际',
          '朗读',
          '金华市教育局关于2023年法治政府',
          '建设工作情况的报告',
          `2023年,在市委市政府的正确领导下,市教育局${PROSE}现将具体情况报告如下:`,
          '一、2023年主要工作举措与成效',
          PROSE.repeat(4),
        ].join('\n'),
        'https://p1598.example.com/a/1.html',
      ),
    );
    expect(report.title).toBe('金华市教育局关于2023年法治政府建设工作情况的报告');
    expect(report.issuer).toBe('金华市教育局');
  });
});
