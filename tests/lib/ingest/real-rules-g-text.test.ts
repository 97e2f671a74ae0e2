import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

import { parseFields } from '../../../src/lib/ingest/fields.ts';
import { joinSplitDates, readPage, withoutInjectedWords } from '../../../src/lib/ingest/page.ts';

const sourceOf = (line: string) => parseFields(line).find((f) => f.kind === 'source')?.value;

describe('slice G text rules: source names', () => {
  it('ends a source at the widget cells printed after it (g106 文字大小/背景色, g109 浏览数)', () => {
    expect(sourceOf('发布时间:2023-02-20 17:06信息来源:寿县人民政府文字大小:[    ] 背景色:')).toBe('寿县人民政府');
    expect(sourceOf('作者:     发布时间:2024-03-29     信息来源: 安化县教育局     浏览数:')).toBe('安化县教育局');
  });

  it('drops the closing bracket of its own cell (g230 `[来源:法规与标准处]`)', () => {
    expect(sourceOf('[发布时间:2024-02-18 11:26:36] [来源:法规与标准处] [点击量:] [关闭]')).toBe('法规与标准处');
  });

  it('reads an unclosed opening bracket as the next cell, not the source (g222 `【信息来源:【信息时间:`)', () => {
    expect(sourceOf('【信息来源:【信息时间:2024-03-29  阅读次数: 】【字号 】【我要打印】【关闭')).toBe('');
  });

  it('keeps a bracket the name itself opens and closes', () => {
    expect(sourceOf('来源:某县人民政府[转载]')).toBe('某县人民政府[转载]');
  });
});

describe('slice G text rules: a label glued to its value', () => {
  it('reads an index or publisher line printed without colon or space (g018)', () => {
    expect(parseFields('索引号pbxxhxrmzf/2026-00001')).toEqual([
      { kind: 'index', label: '索引号', value: 'pbxxhxrmzf/2026-00001' },
    ]);
    expect(parseFields('发布机构屏边县新华乡人民政府')).toEqual([
      { kind: 'publisher', label: '发布机构', value: '屏边县新华乡人民政府' },
    ]);
  });

  it('leaves prose that opens with such a word alone', () => {
    expect(parseFields('发布机构应当及时公开政府信息，接受监督。')).toEqual([]);
  });
});

describe("slice G text rules: a mirror's injected word run", () => {
  const lines = [
    '威廉希尔中文 沙园街道办事处2021年法治政府建设年度报告',
    '2021年,街道落实《威廉希尔中文 法治政府建设实施纲要(2021-2025年)》的总体要求,圆满完成了年度各项工作任务。现将有关情况汇报如下:',
    '一、高度重视,严密组织',
  ];

  it('takes the run out of the title (g026)', () => {
    expect(readPage(lines).title).toBe('沙园街道办事处2021年法治政府建设年度报告');
  });

  it('keeps a spaced word seen only once', () => {
    expect(withoutInjectedWords(['《中华人民共和国 行政许可法》'])).toEqual(['《中华人民共和国 行政许可法》']);
  });
});

describe('slice G text rules: a date printed as stacked cells', () => {
  it('reads `2024` over `04/07` as the publication date (g209)', () => {
    const page = readPage([
      '2024',
      '04/07',
      '19:20',
      '来源:',
      '新疆政府网',
      '2023年,新疆维吾尔自治区人民政府坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神。现将有关情况报告如下:',
      '一、主要举措',
    ]);
    expect(page.publishedAt).toBe('2024-04-07');
  });

  it('leaves a lone year line alone', () => {
    expect(joinSplitDates(['2024', '法治政府建设年度报告'])).toEqual(['2024', '法治政府建设年度报告']);
  });
});

describe('slice G look-alikes', () => {
  const outcomeOf = (text: string) => {
    const outcome = ingest(text);
    return outcome.status === 'rejected' ? outcome.reasons.join(' ') : 'published';
  };

  it('rejects a work report delivered to an assembly (g020 `各位代表:` / `我代表…向大会作工作报告`)', () => {
    expect(
      outcomeOf(
        `塘桥街道2024年社代会报告\n各位代表:\n现在,我代表塘桥街道办事处向大会作工作报告,请予审议。\n一、2023年工作回顾\n${PROSE}`,
      ),
    ).toMatch(/assembly/);
  });

  it('rejects a news lede dated to the day (g232 `4月24日上午,…召开新闻发布会`)', () => {
    expect(
      outcomeOf(
        `4月24日上午,广西南宁市人民政府新闻办召开新闻发布会,介绍2024年南宁市法治政府建设情况。\n2024年,南宁市将法治政府建设视为全面依法治市的关键。\n${PROSE}`,
      ),
    ).toMatch(/news item/);
  });

  it('still publishes a report that opens with its year', () => {
    expect(
      outcomeOf(
        `南宁市人民政府2024年法治政府建设年度报告\n2024年,南宁市将法治政府建设视为全面依法治市的关键。\n${PROSE}`,
      ),
    ).toBe('published');
  });
  it('rejects an abstract printed with its English translation (c055: a 蓝皮书 chapter’s abstract)', () => {
    const outcome = ingest(
      `2020年,辽宁省法治政府建设综合示范创建共有69个市县申请参加。经过第一阶段书面评查,共有35个市县进入第二阶段实地核查阶段。评估发现,辽宁省各市县政府政务服务水平持续提升,行政执法规范性进一步增强,依法行政水平显著提高。\n<<In 2020,a total of 69 cities and counties applied to be included in the comprehensive demonstration program for the building of a law-based government in Liaoning Province. After the written assessments in the first phase,35 cities and counties entered the second phase of on-site evaluations.`,
    );
    expect(outcome.status).toBe('rejected');
    expect(outcome.reasons.join(' ')).toMatch(/English translation/);
  });
  it('still publishes a report with a short English name or link in its opening', () => {
    const outcome = ingest(
      `辽宁省人民政府2020年法治政府建设情况报告\nLiaoning Provincial People's Government\n2020年,辽宁省${PROSE}\n一、主要举措和成效\n${PROSE}`,
    );
    expect(published(outcome).year).toBe(2020);
  });
});
