import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round thirty-two: general rules from slice AF's misses (tests/fixtures/real, split `uncharted`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('a host that spells two cities, and the page names a county of one of them (af205)', () => {
  const page = `2023年,我局深入践行习近平法治思想,强化执法监督,以高水平安全服务保障全市经济社会高质量发展。现将我局2023年度法治政府建设工作情况报告如下:\n一、基本情况\n${PROSE}6月20日在兴业海螺开展了应急管理和安全生产相关法律法规知识宣讲。${PROSE}`;
  const url = 'http://yjglj.yulin.gov.cn/xxgk/xxgknb/t17925969.shtml';
  it('places the page in the city whose county it names (兴业县 of 玉林, not 榆林)', () => {
    expect(published(ingest(page, url))).toMatchObject({ divisionCode: '450900', level: 'city' });
  });
  it('settles nothing when the page names a county of each (神木 of 榆林 too)', () => {
    const both = page.replace('6月20日在兴业海螺', '6月20日在兴业海螺和神木');
    expect(ingest(both, url).status).toBe('rejected');
  });
  it('settles nothing by a name that is its own stem (城区)', () => {
    expect(ingest(page.replace('兴业海螺', '城区企业'), url).status).toBe('rejected');
  });
});

describe('a zone the dataset does not hold, on its city’s portal (af115)', () => {
  const page = `2025年,湄洲岛国家旅游度假区党工委、管委会坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕市委、市政府法治政府建设工作部署,${PROSE}现将全年工作情况报告如下:\n一、坚持党的全面领导\n${PROSE}带动全区各级党组织开展专题学习100余场次。${PROSE}`;
  const url = 'https://mzd.putian.gov.cn/xxgk/tzgg/202602/t20260213_2163165.htm';
  it('is placed at the one city the host spells', () => {
    expect(published(ingest(page, url))).toMatchObject({ divisionCode: '350300', jurisdiction: '莆田市', year: 2025 });
  });
  it('is not placed when the page follows no city’s 市委 or 市政府', () => {
    expect(ingest(page.replace('市委、市政府', '上级'), url).status).toBe('rejected');
  });
  it('is not placed by a host that spells no place', () => {
    expect(ingest(page, 'https://www.example.com/xxgk/1.htm').status).toBe('rejected');
  });
});

describe('a report that opens by framing its year, then speaks (af106)', () => {
  const page = `2025年是全面贯彻党的二十大和二十届历次全会精神、进一步全面深化改革的关键之年,也是深入实施“十四五”规划的收官之年。一年来,梅县区坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}区政务服务和数据管理局在全市率先实现“大厅之外无分厅”;区市场监督管理局发出全市首张跨县区“一照多址”营业执照;梅州市兴缘农业发展有限公司生产的梅州金柚成为全市首个获得“湾区认证”证书的产品。\n一、主要举措\n${PROSE}`;
  const url = 'http://www.gdmx.gov.cn/zwgk/ztzl/fzzfjs/fzzfjsndbg/2025/content/post_2866111.html';
  it('is the report of the place its second sentence names, not of the city it ranks itself in (全市率先)', () => {
    expect(published(ingest(page, url))).toMatchObject({ divisionCode: '441403', level: 'county' });
  });
  it('reads no second sentence after a first that does not frame the year', () => {
    const city = page
      .replace('2025年是全面贯彻', '2025年,全市全面贯彻')
      .replace('一年来,梅县区坚持', '一年来,蕉岭县坚持');
    expect(published(ingest(city, 'http://www.meizhou.gov.cn/1.html'))).toMatchObject({ level: 'city' });
  });
});

describe('a signer’s name spaced out beside the document number (af211)', () => {
  const page = `当前位置:首页 > 政务公开 > 通知公告\n梅州市关于2022年度法治政府建设情况的报告\n来源:本网  时间:2023-01-11 11:39:23  浏览:-\n字号:\n\n梅市委〔2023〕4号         签发人:马正勇  王  晖\n\n梅州市关于2022年度法治政府建设情况的报告\n\n\n中共广东省委、广东省人民政府:\n\n  2022年,我市坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将有关情况报告如下:\n\n  一、深入学习贯彻党的二十大精神\n${PROSE}`;
  it('reads the number before its signers', () => {
    expect(published(ingest(page, 'https://www.meizhou.gov.cn/zwgk/tzgg/content/post_2444583.html'))).toMatchObject({
      docNumber: '梅市委〔2023〕4号',
      divisionCode: '441400',
      sourceName: '本网',
    });
  });
});

describe('the font widget asking to choose, after a source (af105)', () => {
  it('is no part of the source', () => {
    const page = `攀枝花市东区人民政府 关于2024年度法治政府建设工作情况的报告\nwww.panzhihua.gov.cn 发布时间:2025-03-17 来源:攀枝花市东区人民政府办公室 选择阅读字号:[ 大 中 小 ] 阅读次数:\n2024年度,东区始终坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}\n一、主要举措\n${PROSE}`;
    expect(published(ingest(page, 'http://www.scdongqu.gov.cn/1.html')).sourceName).toBe('攀枝花市东区人民政府办公室');
  });
});
