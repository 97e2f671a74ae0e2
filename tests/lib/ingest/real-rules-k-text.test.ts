import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/** Slice K's text-field misses (round eleven): each rule with a piece of the real page's shape. */

describe('slice K text rules: chrome', () => {
  it('reads a portal greeting over the page as chrome, not the first sentence (k115 `欢迎访问…网站! 今天是:`)', () => {
    const report = published(
      ingest(
        [
          '欢迎访问枣庄市市中区人民政府网站! 今天是:',
          '',
          '无障碍| 繁体 | 简体| 设为首页 | 收藏本站',
          '',
          '  • 索 引 号:3704023704020008/2025-00418',
          '  • 发布机构:科学技术局',
          '  • 成文时间:2025年02月14日',
          '  • 标  题:市中区科学技术局2024年度法治政府建设报告',
          '',
          '市中区科学技术局2024年度法治政府建设报告',
          '',
          `2024年,市中区科技局${PROSE}现将我局2024年度法治政府建设情况报告如下:`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.title).toBe('市中区科学技术局2024年度法治政府建设报告');
    expect(report.indexNumber).toBe('3704023704020008/2025-00418');
    expect(report.signedAt).toBe('2025-02-14');
    expect(report.sourceName).toBe('科学技术局');
  });
});

describe('slice K text rules: issuers', () => {
  it('reads a fire and rescue brigade opening the title as the issuer (k131 `…消防救援大队2024年…`)', () => {
    const report = published(
      ingest(
        [
          '韶关市浈江区消防救援大队2024年法治政府建设年度报告',
          `2024年,韶关市浈江区消防救援大队${PROSE}现将2024年度大队法治政府建设情况报告如下:`,
          '一、2024年法治政府建设主要举措',
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.issuer).toBe('韶关市浈江区消防救援大队');
  });
});

describe('slice K text rules: titles', () => {
  it('reads a table whose labels lost their heads (k119 `称: …报告`, `号: 550191614/202403-00002`)', () => {
    const report = published(
      ingest(
        [
          '首页 > 杜集区投资促进局 > 规划计划 > 计划总结',
          '号: 550191614/202403-00002 信息分类: 计划总结',
          '内容分类: 综合政务 发布日期: 2024-03-11',
          '发布机构: 杜集区投资促进局 生成日期: 2024-03-11',
          '称: 杜集区投资促进局关于2023年法治政府建设情况的报告',
          '号: 词:',
          '',
          `2023年以来,区投资促进局${PROSE}现将我局2023年法治政府建设工作情况报告如下:`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.title).toBe('杜集区投资促进局关于2023年法治政府建设情况的报告');
    expect(report.issuer).toBe('杜集区投资促进局');
    expect(report.indexNumber).toBe('550191614/202403-00002');
  });

  it('reads a title printed on its metadata row before the first label (k123 `…情况报告 信息来源: 发布时间:…`)', () => {
    const report = published(
      ingest(
        [
          '奉贤区档案局2023年度法治政府建设情况报告 信息来源: 发布时间:2024-01-02',
          '',
          `2023年,在区委、区政府的正确领导下,奉贤区档案局${PROSE}现将有关情况报告如下:`,
          '',
          '一、2023年推进法治政府建设的主要举措和成效',
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.title).toBe('奉贤区档案局2023年度法治政府建设情况报告');
    expect(report.issuer).toBe('奉贤区档案局');
    expect(report.publishedAt).toBe('2024-01-02');
  });
});

describe('slice K text rules: document numbers', () => {
  it('reads a colon-less 文号 cell whose value is a document number (k339 `备注/文号 拱政发〔2025〕04号 公开时限 长期公开`)', () => {
    const report = published(
      ingest(
        [
          '信息索引号 K1493206-6/2025-32587 公开方式 主动公开',
          '发布机构 区府办 公开范围 面向全社会',
          '备注/文号 拱政发〔2025〕04号 公开时限 长期公开',
          '生成日期 2025-02-07 发布日期 2025-02-07',
          '杭州市拱墅区人民政府关于2024年度法治政府建设情况的报告',
          '',
          `2024年,拱墅区${PROSE}`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.docNumber).toBe('拱政发〔2025〕04号');
  });
});

describe('slice K text rules: index numbers', () => {
  it('reads an unlabelled index number with a seven-digit serial (k348 `3701030006/2025-6637169`)', () => {
    const report = published(
      ingest(
        [
          '无障碍阅读 关怀版 返回首页',
          '政府信息公开',
          '济南市市中区2024年度法治政府建设情况报告',
          '3701030006/2025-6637169',
          '济南市市中区人民政府',
          '2025-02-28',
          '',
          '济南市市中区2024年度法治政府建设情况报告',
          '',
          `2024年,市中区${PROSE}现将有关情况报告如下。`,
          PROSE.repeat(4),
        ].join('\n'),
      ),
    );
    expect(report.indexNumber).toBe('3701030006/2025-6637169');
  });
});

describe('slice K text rules: look-alikes', () => {
  it('rejects a disclosure report printed without its preamble, by its own sections (k330 `(一)主动公开方面`)', () => {
    const outcome = ingest(
      [
        '一、总体情况',
        '2025年,番禺区坚持以习近平新时代中国特色社会主义思想为指导,严格落实《中华人民共和国政府信息公开条例》要求,规范政务信息公开,助力数字、法治政府建设提质增效。',
        '(一)主动公开方面。深化主动公开,提升政务信息实效。构建“门户网站+政务新媒体”多元公开体系。',
        '(二)依申请公开方面。优化网上申请、信函提交等渠道接收工作,健全跨部门会商机制。',
        PROSE.repeat(4),
      ].join('\n'),
    );
    expect(outcome.status).toBe('rejected');
  });
});

describe('a cover letter signed to the month', () => {
  const page = (date: string) =>
    `玄武区人民政府关于2020年度法治政府建设工作情况的报告\n\n市政府:\n现将我区2020年度法治政府建设情况予以报告,请审示。\n\n南京市玄武区人民政府\n${date}\n\n玄武区2020年度法治政府建设工作报告\n根据市全面推进依法行政工作领导小组办公室下发的通知要求,现将我区2020年推进法治政府建设工作情况报告如下:\n一、推进法治政府建设的主要举措和成效\n${PROSE}${PROSE}`;
  const url = 'http://www.njxw.gov.cn/xxgk/art/2021/1/13/art_1.html';
  it('takes its signature, the fuller name, as the issuer under `2021年1月` (k349)', () => {
    const report = published(ingest(page('2021年1月'), url));
    expect(report).toMatchObject({ issuer: '南京市玄武区人民政府', year: 2020 });
    expect(report.signedAt).toBeUndefined();
  });
  it('signs it to the day when the letter gives the day', () => {
    expect(published(ingest(page('2021年1月13日'), url))).toMatchObject({
      issuer: '南京市玄武区人民政府',
      signedAt: '2021-01-13',
    });
  });
});

describe('a body’s name as the page’s one heading, its statement naming it short', () => {
  const page = (statement: string) =>
    `杭州市人力资源和社会保障局\n时间:2021-03-22 16:48 来源:杭州市人民政府门户网站 浏览次数:\n\n按照《法治政府建设与责任落实督察工作规定》规定,${statement}\n\n一、2020年度推进法治政府建设的主要举措和成效\n\n${PROSE}${PROSE}`;
  const url = 'http://credit.xhgjzx.net/art/2021/3/22/art_1229514497_59034067.html';
  it('takes the heading as the issuer under `现将杭州市人力社保局2020年…报告如下` (k208)', () => {
    expect(
      published(ingest(page('现将杭州市人力社保局2020年法治政府建设年度工作开展情况报告如下。'), url)),
    ).toMatchObject({ issuer: '杭州市人力资源和社会保障局', year: 2020 });
  });
  it('leaves the issuer empty when the statement names a body of another place', () => {
    expect(
      published(ingest(page('现将西湖区人力社保局2020年法治政府建设年度工作开展情况报告如下。'), url)).issuer,
    ).toBeUndefined();
  });
});
