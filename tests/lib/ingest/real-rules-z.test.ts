import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round twenty-six: general rules from slice Z's misses (tests/fixtures/real, split `unturned`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('a metadata block copied without colons (z110)', () => {
  const page = `当前位置:首页>政府信息公开>依法行政>沁县法治政府建设情况公开\n索引号000014349/2025-04796\n发文字号 著录时间2025-02-26\n发文机关沁县林业局 主题词\n标题沁县林业局关于2024年法治政府建设情况的报告\n主题分类其它 发布日期2025-02-26\n沁县林业局关于2024年法治政府建设情况的报告\n 时间:2017-08-20       大    中    小      来源:长治日报\n2024年,在县委、县政府的正确领导下,沁县林业局坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将我局2024年法治政府建设情况报告如下:\n一、主要举措\n${PROSE}`;
  it('reads `标题…` and `发文机关… 主题词` as their cells, and passes over a template’s stale `时间:2017-08-20 … 来源:长治日报`', () => {
    expect(published(ingest(page, 'http://www.qinxian.gov.cn/zwgk/1.shtml'))).toMatchObject({
      title: '沁县林业局关于2024年法治政府建设情况的报告',
      issuer: '沁县林业局',
      sourceName: '沁县林业局',
      publishedAt: '2025-02-26',
      indexNumber: '000014349/2025-04796',
    });
  });
  it('keeps a 来源 dated in the page’s own years (`时间:2025-02-20 … 来源:长治日报`)', () => {
    const current = page.replace('时间:2017-08-20', '时间:2025-02-20');
    expect(published(ingest(current, 'http://www.qinxian.gov.cn/zwgk/1.shtml')).sourceName).toBe('长治日报');
  });
});

describe('news of a report’s release', () => {
  it('is a page with no report title that opens by announcing the release (`3月7日,合肥市司法局发(fā)布…报告。`, z207)', () => {
    const page = `3月7日,合肥市司法局發(fā)布合肥市人民政府2023年法治政府建設情況報告。\n去年,全市深入開展道路交通安全和運輸執(zhí)法領域突出問題專項整治行動,辦結率達100%。\n行政村農村學法用法示範戶達82%\n2023年,合肥市開展重點領域專項普法活動2656場。${PROSE}`;
    const outcome = ingest(page, 'http://dingqianjf.com/1.html');
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/news of a report's release/);
  });
  it('is not a reprint under the report’s own title with the same lede (r224)', () => {
    const page = `陕西省人民政府关于2020年法治政府建设情况的报告\n3月30日,陕西省人民政府发布关于2020年法治政府建设情况的报告。\n2020年,陕西省政府坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}\n一、主要举措\n${PROSE}`;
    expect(published(ingest(page, 'https://www.jiemian.com/article/1.html'))).toMatchObject({
      divisionCode: '610000',
      year: 2020,
    });
  });
});
