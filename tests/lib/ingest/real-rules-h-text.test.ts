import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';
import { issuerFromTitle } from '../../../src/lib/ingest/page.ts';

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

describe('slice H look-alikes', () => {
  it('rejects a machine translation into Japanese of a report (h401: kana in the opening)', () => {
    const outcome = ingest(
      [
        '2023年、山西省統計局は習近平新時代の中国の特色ある社会主義思想を指導とすることを堅持し、党の二十大精神を深く学び、貫徹し、法治政府の建設を推進した。',
        '一、法治政府建設の推進における主な措置と成果',
        PROSE.repeat(4),
      ].join('\n'),
      'https://tjj.shanxi.gov.cn/a/1.html',
    );
    expect(outcome.status).toBe('rejected');
    if (outcome.status === 'rejected') expect(outcome.reasons.join(' ')).toContain('Japanese');
  });

  it('keeps a Chinese report that borrows a katakana-like mark (・) in a name', () => {
    const report = published(
      ingest(
        `2023年,山西省统计局${PROSE}现将有关情况报告如下:\n一、主要举措\n与“李・某”座谈。${PROSE.repeat(3)}`,
        'https://tjj.shanxi.gov.cn/a/1.html',
      ),
    );
    expect(report.year).toBe(2023);
  });
});

describe('slice H look-alikes: a journal article', () => {
  it('rejects a text opened by an author byline `■ 哈爾濱市司法局` (h442)', () => {
    const outcome = ingest(
      [
        '■ 哈爾濱市司法局',
        `近年來,哈爾濱市委、市政府認真貫徹落實黨中央、國務院關于法治政府建設的部署要求,${PROSE}2020年,哈爾濱市榮膺全省首批法治政府建設示范市。`,
        PROSE.repeat(4),
      ].join('\n'),
      'https://handmsg.example.com/a/1.html',
    );
    expect(outcome.status).toBe('rejected');
    if (outcome.status === 'rejected') expect(outcome.reasons.join(' ')).toContain('byline');
  });
});

describe('slice H text rules: titles printed twice or broken', () => {
  it('keeps the page title printed whole over a heading split after its body (h323)', () => {
    const report = published(
      ingest(
        [
          '您当前的位置:法治政府建设年度报告',
          '',
          '重庆市渝北区古路镇人民政府关于2024年法治政府建设情况的报告',
          '',
          '日期:2025-03-11',
          '',
          '重庆市渝北区古路镇人民政府',
          '',
          '关于2024年度法治政府建设情况的报告',
          '',
          '区人民政府:',
          '',
          `按照有关规定,现将我镇2024年度法治政府建设推进情况报告如下:`,
          '',
          '一、2024年推进法治政府建设的主要举措和成效',
          '',
          PROSE.repeat(4),
        ].join('\n'),
        'https://www.ybq.gov.cn/a/1.html',
      ),
    );
    expect(report.title).toBe('重庆市渝北区古路镇人民政府关于2024年法治政府建设情况的报告');
    expect(report.issuer).toBe('重庆市渝北区古路镇人民政府');
  });

  it('joins a report-sending title broken after 关于报送 (h101)', () => {
    const report = published(
      ingest(
        [
          '您当前的位置 : 兰州新区门户网站 >> 政府信息公开 >> 政策 >>',
          '',
          '兰州新区管理委员会关于报送',
          '《兰州新区2022年度法治政府建设情况》的报告',
          '',
          ' 2023/01/12/ 09:27 来源:兰州新区管理委员会',
          '',
          '省政府:',
          '',
          '  现将《兰州新区2022年度法治政府建设情况》随文呈报,请审阅。',
          '',
          '  兰州新区管理委员会',
          '',
          '  2023年1月12日',
          '',
          '兰州新区2022年度法治政府建设情况',
          '',
          `  2022年,兰州新区${PROSE}`,
          PROSE.repeat(4),
        ].join('\n'),
        'http://www.lzxq.gov.cn/a/1.html',
      ),
    );
    expect(report.title).toBe('兰州新区管理委员会关于报送《兰州新区2022年度法治政府建设情况》的报告');
  });
});

describe('slice H text rules: issuers', () => {
  it('takes a province department (厅) publisher the opening speaks as for the issuer (h403)', () => {
    const report = published(
      ingest(
        [
          '关于2023年度法治政府建设情况的报告',
          '- 索引号:430S00/2024-016955',
          '- 发布机构: 湖南省生态环境厅',
          '- 发文日期: 2024-02-29 20:13',
          '- 名称: 关于2023年度法治政府建设情况的报告',
          `2023年,省生态环境厅${PROSE}`,
          '一、工作开展情况',
          PROSE.repeat(4),
        ].join('\n'),
        'https://sthjt.hunan.gov.cn/a/1.html',
      ),
    );
    expect(report.issuer).toBe('湖南省生态环境厅');
  });
});

describe('slice H text rules: a metadata table printed one cell a line', () => {
  const table = [
    '政府信息公开',
    '索引号',
    '文  号',
    '2025',
    '来 源',
    '虎跳峡镇',
    '公开日期',
    '2026-02-05',
    '虎跳峡镇人民政府2025年法治政府建设工作报告',
    '发布时间:2026-02-05 10:19     浏览次数:311   ',
    `2025年,虎跳峡镇在市委、市政府的坚强领导下,${PROSE}`,
    '一、2025年度法治政府建设主要举措和成效',
    PROSE.repeat(4),
  ].join('\n');

  it('reads a colon-less label and its value on the next line (h340 `来 源` / `虎跳峡镇`)', () => {
    const report = published(ingest(table, 'https://www.xianggelila.gov.cn/a/1.html'));
    expect(report.sourceName).toBe('虎跳峡镇');
  });

  it('takes no bare year in the 文号 cell for a document number (h340)', () => {
    const report = published(ingest(table, 'https://www.xianggelila.gov.cn/a/1.html'));
    expect(report.docNumber).toBeUndefined();
  });
});

describe('slice H text rules: a cover letter on the first line', () => {
  it("signs the report with the cover letter whose salutation is the page's first line (h436)", () => {
    const report = published(
      ingest(
        [
          '生态环境部:',
          `2021年,在上海市委、市政府坚强领导下,在生态环境部指导下,我局${PROSE}`,
          `根据《法治政府建设与责任落实督察工作规定》中关于“年度报告”的要求,我局${PROSE}`,
          '现将《上海市生态环境局关于2021年度法治政府建设情况的报告》报上,请审阅。',
          '上海市生态环境局',
          '2022年1月21日',
          '附件',
          '上海市生态环境局关于2021年度法治政府建设情况的报告',
          `2021年,在市委、市政府坚强领导下,上海市生态环境局${PROSE}`,
          '一、2021年推进法治政府建设主要举措和成效',
          PROSE.repeat(4),
        ].join('\n'),
        'https://sthj.sh.gov.cn/a/1.html',
      ),
    );
    expect(report.title).toBe('上海市生态环境局关于2021年度法治政府建设情况的报告');
    expect(report.signedAt).toBe('2022-01-21');
  });
});

describe('slice H text rules: a zone committee', () => {
  it('reads a 管委会 that starts the title as its issuer (h112)', () => {
    expect(issuerFromTitle('麻章区森工产业园区管委会2021年法治政府建设年度报告')).toBe('麻章区森工产业园区管委会');
  });
});

describe('slice H text rules: a development zone', () => {
  it('reads a 开发区 that starts the title as its issuer (h103)', () => {
    expect(issuerFromTitle('经济开发区2024年度法治政府建设情况报告')).toBe('经济开发区');
  });
});
