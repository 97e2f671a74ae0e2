import { describe, expect, it } from 'vitest';
import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round twenty-seven: general rules from slice AA's misses (tests/fixtures/real, split `unmarked`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('a metadata list with a rule’s validity dates, over a heading in two lines (aa105)', () => {
  const page = `• 发文机关:威海市文登区人民政府\n  • 文件所属单位:威海市文登区司法局\n  • 文件发文字号:威文政发〔2023〕2号\n  • 公文种类:报告\n  • 文件成文日期:2023-01-10\n  • 文件公开发布日期:2023-01-10\n  • 文件开始实施的时间: 2023-01-10\n  • 文件状态:\n  • 文件废止时间:\n  • 文件失效时间:\n\n威海市文登区人民政府\n\n2022年度法治政府建设情况报告\n\n威文政发〔2023〕2号\n\n\n市政府:\n\n今年以来,威海市文登区人民政府在市委、市政府的坚强领导下,${PROSE}现将有关情况报告如下:\n一、主要举措\n${PROSE}`;
  it('reads `开始实施的时间`, `废止时间` and `失效时间` as validity cells, not the date published', () => {
    expect(parseFields('• 文件失效时间:')).toEqual([{ kind: 'ignored', label: '失效时间', value: '' }]);
    expect(parseFields('• 文件开始实施的时间: 2023-01-10')[0]).toMatchObject({ kind: 'ignored' });
  });
  it('joins the body and the subject under the list into the title', () => {
    expect(published(ingest(page, 'http://www.wendeng.gov.cn/art/2023/1/10/art_1.html'))).toMatchObject({
      title: '威海市文登区人民政府2022年度法治政府建设情况报告',
      issuer: '威海市文登区人民政府',
      publishedAt: '2023-01-10',
      docNumber: '威文政发〔2023〕2号',
      divisionCode: '371003',
      year: 2022,
    });
  });
  it('gives an empty date’s label no value but a date: the body’s name under `发布时间:` stays a line of its own', () => {
    const dated = page.replace('  • 文件失效时间:\n', '  • 文件失效时间:\n  • 发布时间:\n');
    const unknown = dated.replace(/文件废止时间|文件失效时间|文件开始实施的时间/gu, '状态');
    expect(published(ingest(unknown, 'http://www.wendeng.gov.cn/art/2023/1/10/art_1.html')).title).toBe(
      '威海市文登区人民政府2022年度法治政府建设情况报告',
    );
  });
});

describe('news of something done lately (aa204)', () => {
  it('is a text that opens `近日,` (an award named by a decision)', () => {
    const page = `近日,自治区党委全面依法治区委员会办公室印发《关于确实第二批全区法治政府建设示范地区和单位的决定》,赤峰市被命名为“全区法治政府建设示范市”。近年来,赤峰市委市政府认真贯彻落实习近平总书记全面依法治国新理念新思想新战略,${PROSE}\n强化组织领导,健全完善保障机制。${PROSE}`;
    const outcome = ingest(page, 'http://www.fzdy.org.cn/1.html');
    expect(outcome.status === 'rejected' && outcome.reasons[0]).toMatch(
      /news item \(it opens on what was done lately\)/,
    );
  });
  it('is not a report that opens on its period (`今年以来,`)', () => {
    const page = `今年以来,赤峰市委市政府认真贯彻落实习近平法治思想,${PROSE}现将2020年法治政府建设情况报告如下:\n一、主要举措\n${PROSE}`;
    expect(published(ingest(page, 'http://www.chifeng.gov.cn/1.html'))).toMatchObject({ divisionCode: '150400' });
  });
});

describe('a department by its level alone under a place’s report (aa101, 济南’s portal)', () => {
  const page = `无障碍阅读 关怀版 返回首页\n政府信息公开\n济南市历城区2023年度法治政府建设情况报告\n11370112004203454A/2024-6548321\n区司法局\n2024-03-08\n\n济南市历城区2023年度法治政府建设情况报告\n\n2023年,历城区坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将全年工作情况报告如下。\n一、主要举措\n${PROSE}`;
  it('is not the issuer: it published the district’s report', () => {
    const report = published(ingest(page, 'http://www.licheng.gov.cn/art/2024/3/8/art_1.html'));
    expect(report).toMatchObject({ divisionCode: '370112', publishedAt: '2024-03-08', sourceName: '区司法局' });
    expect(report.issuer).toBeUndefined();
  });
  it('still names the government its line names in full (`济南市莱芜区人民政府`, p117)', () => {
    const government = page.replace('\n区司法局\n', '\n济南市历城区人民政府\n');
    expect(published(ingest(government, 'http://www.licheng.gov.cn/art/2024/3/8/art_1.html')).issuer).toBe(
      '济南市历城区人民政府',
    );
  });
});
