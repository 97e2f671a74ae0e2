import { describe, expect, it } from 'vitest';
import { reflowGluedPage } from '../../../src/lib/ingest/page.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round twenty: a page glued into one line, its line breaks printed as spaces, read as the page it copies, its
 * metadata included; then general rules from slice T's misses (tests/fixtures/real, split `untouched`, read only
 * after its blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and,
 * where a rule must not overreach, on the shape it must leave alone.
 */

/** What a reader takes from a page: the fields the corpus labels. */
function fieldsOf(text: string, sourceUrl: string) {
  const report = published(ingest(text, sourceUrl));
  const { title, divisionCode, level, issuer, year, publishedAt, signedAt, indexNumber, sourceName, docNumber } =
    report;
  return { title, divisionCode, level, issuer, year, publishedAt, signedAt, indexNumber, sourceName, docNumber };
}

const BODY = [
  '2025年,在县委、县政府的坚强领导下,深入学习贯彻习近平法治思想,现将有关情况报告如下:',
  '一、党政主要负责人履行推进法治建设第一责任人职责情况',
  `${PROSE}${PROSE}${PROSE}`,
  '二、存在的不足',
  `${PROSE}${PROSE}`,
];

/** Each page read with its lines, then glued (a probe gluing every labelled page: 120 of 1,475 read otherwise before
 * this round, 57 after). */
const SHAPES: Array<[string, string[], string]> = [
  [
    'bracketed cells, two a row (`[ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]`, d016)',
    [
      '[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]',
      '[ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告',
      '[ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]',
      '[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10',
      '丰都县栗子乡人民政府2025年法治政府建设情况报告',
    ],
    'http://www.cqfd.gov.cn/a/1.html',
  ],
  [
    'a table of pipes (`| 发文日期: | 2026-01-06 | 发布机构: | 临淄区皇城镇人民政府 |`, c044)',
    [
      '| 标题: | 皇城镇人民政府2025年度法治政府建设情况报告 | ||',
      '|---|---|---|---|',
      '| 索引号: | 1137030500421943XY/2026-5561816 | 文号: | |',
      '| 发文日期: | 2026-01-06 | 发布机构: | 临淄区皇城镇人民政府 |',
    ],
    'http://www.linzi.gov.cn/a/1.html',
  ],
  [
    'colon-less labels and their values on one row (`索引号 4309… 发布机构 南县退役军人事务局 发文日期 …`, f127)',
    [
      '2023年法治政府建设年度工作报告',
      '索引号 4309210010/2023-1876101 发布机构 南县退役军人事务局 发文日期 2023-12-19',
      '信息类别 综合政务 公开范围 全部公开 公开方式 政府网站',
    ],
    'http://www.nanxian.gov.cn/a/1.html',
  ],
  [
    'labels and values apart (`发布日期: 2025-02-24`, `文       号:遂安委〔2025〕14号`), a joint title (a076)',
    [
      '政府信息公开',
      '  •  索 引 号:115108037/2025-00427',
      '  • 发布机构:安居区',
      '  • 文       号:遂安委〔2025〕14号',
      '  • 成文日期: 2025-02-24',
      '  • 发布日期: 2025-02-24',
      '中共遂宁市安居区委 遂宁市安居区人民政府关于2024年度法治政府建设工作的报告',
      '来源:安居区 发布时间:2025-02-24 15:21 浏览次数: 字体: [ ] 打印',
      '市委、市政府:',
    ],
    'http://www.scanju.gov.cn/a/1.html',
  ],
  [
    'a letter-spaced body over its title (`青 海 省 卫 生 健 康 委`, b025)',
    ['青 海 省 卫 生 健 康 委', '2023年法治政府建设工作总结'],
    'https://wsjkw.qinghai.gov.cn/a/1.html',
  ],
];

describe('a page glued into one line, its metadata read as on the page it copies', () => {
  it.each(SHAPES)('%s', (_shape, head, sourceUrl) => {
    const lines = [
      ...head,
      ...BODY.map((line) => line.replace('2025年,', `${head.join('').match(/20\d\d(?=年)/u)![0]}年,`)),
    ];
    const page = fieldsOf(lines.join('\n'), sourceUrl);
    expect(page.title).not.toBe('');
    expect(fieldsOf(lines.map((line) => line.trim()).join(' '), sourceUrl)).toEqual(page);
  });

  it('finds a title with inline pinyin in the glued line (`關(guān)于`, c024)', () => {
    const title = '廣州市海珠區(qū)人民政府關(guān)于2023年度法治政府建設(shè)情況的報(bào)告';
    const glued = `${title}2023年,在市委、市政府的堅強領導下,海珠區堅持以習近平法治思想為指導,現將有關情況報告如下:一、${'堅持以習近平新時代中國特色社會主義思想為指導,深入學習貫徹習近平法治思想,紮實推進法治政府建設,各項工作取得新成效。'.repeat(6)} 二、存在的不足`;
    expect(published(ingest(glued, 'https://qhpw.example.com/a/1.html'))).toMatchObject({
      title,
      divisionCode: '440105',
      year: 2023,
    });
  });

  it('leaves a page of long paragraphs without spaces as it is (`■ 哈爾濱市司法局` over them, h442)', () => {
    const lines = ['■ 哈爾濱市司法局', `近年來,${PROSE.repeat(12)}`, PROSE.repeat(12)];
    expect(reflowGluedPage(lines)).toEqual(lines);
  });
});
