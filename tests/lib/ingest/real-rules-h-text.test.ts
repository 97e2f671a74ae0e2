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
