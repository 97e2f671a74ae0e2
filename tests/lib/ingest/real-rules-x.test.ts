import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round twenty-four: general rules from slice X's misses (tests/fixtures/real, split `unscored`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('a text that is no rule-of-law report', () => {
  const summary = (award: string) =>
    `2022年,长治市司法局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,履职尽责,积极作为,各项工作均取得了新进展新成效。${award}\n一、2022年工作情况\n(一)突出政治引领。一是加强政治建设。先后组织召开36次党组会议,确保了党的理论和路线方针政策贯彻落实。`;
  it('is a year-end summary whose only 法治 is a village’s `民主法治示范村` title (x216)', () => {
    const outcome = ingest(
      summary('平顺县龙溪镇龙镇村等4个村有望被司法部命名为第九批“全国民主法治示范村(社区)。'),
      'https://changzhi.gov.cn/xxgkml/1.shtml',
    );
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(/never names the rule of law/);
  });
  it('is still a report when it speaks of the rule of law besides (`深入推进全面依法治市`)', () => {
    expect(
      published(
        ingest(
          summary('全市深入推进全面依法治市,4个村被命名为“全国民主法治示范村(社区)”。'),
          'https://changzhi.gov.cn/xxgkml/1.shtml',
        ),
      ).divisionCode,
    ).toBe('140400');
  });
});

describe('metadata cells', () => {
  it('reads a glued row’s `公开形式` and `网站发布` cells (`发布机构:市司法局公开形式:主动公开…网站发布:2023-03-07`, x212)', () => {
    const page = `<<返回主站\n濮阳市人民政府关于2022年度法治政府建设情况的报告\n序号:1000005294发布机构:市司法局公开形式:主动公开公开时限:常年公开网站发布:2023-03-07\n2022年,在省委、省政府的坚强领导下,濮阳市深入践行习近平法治思想,${PROSE}\n一、主要举措\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'https://www.puyang.gov.cn/1.html'))).toMatchObject({
      sourceName: '市司法局',
      publishedAt: '2023-03-07',
    });
  });
  it('reads a document number whose closing bracket and 号 the copy lost, as printed (`遂府〔202310`, x220)', () => {
    const page = `遂宁市人民政府关于2022年度法治政府建设工作情况的报告\n来源:遂宁市人民政府 发布时间:2023-02-10 10:56\n遂府〔202310\n遂宁市人民政府\n关于2022年度法治政府建设\n工作情况的报告\n市人大常委会:\n2022年,在市委的坚强领导下,市政府认真贯彻落实党的二十大精神,${PROSE}现将有关情况报告如下。\n一、主要负责人履行推进法治建设第一责任人职责情况\n${PROSE}`;
    expect(published(ingest(page, 'http://www.macharness.com/1.html')).docNumber).toBe('遂府〔202310');
  });
  it('takes no number from a line that only opens with a bracketed year (`第〔2023〕`)', () => {
    const page = `遂宁市人民政府关于2022年度法治政府建设工作情况的报告\n来源:遂宁市人民政府 发布时间:2023-02-10 10:56\n编号〔2023\n2022年,在市委的坚强领导下,市政府认真贯彻落实党的二十大精神,${PROSE}现将有关情况报告如下。\n一、主要负责人履行职责情况\n${PROSE}`;
    expect(published(ingest(page, 'http://www.macharness.com/1.html')).docNumber).toBeUndefined();
  });
});
