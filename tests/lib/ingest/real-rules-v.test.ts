import { describe, expect, it } from 'vitest';
import { aliasesOf } from '../../../src/lib/gazetteer/gazetteer.ts';
import { selfReferenceOf } from '../../../src/lib/ingest/place.ts';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round twenty-two: general rules from slice V's misses (tests/fixtures/real, split `unread`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

const OPENING = (subject: string) =>
  `2022年,${subject}坚持以习近平新时代中国特色社会主义思想为指导,${PROSE}现将有关情况报告如下:`;

describe('a heading broken over lines', () => {
  it('joins a body’s name over its subject broken in two (`互助土族自治县人民政府` / `关于2023年…工作` / `开展情况的报告`, v105)', () => {
    const page = `互政〔2023〕64号\n互助土族自治县人民政府\n关于2023年互助县法治政府建设工作\n开展情况的报告\n海东市人民政府:\n${OPENING('互助县')}\n一、主要举措\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://110.166.81.53/xxgk/1.html'))).toMatchObject({
      title: '互助土族自治县人民政府关于2023年互助县法治政府建设工作开展情况的报告',
      issuer: '互助土族自治县人民政府',
      divisionCode: '630223',
    });
  });
  it('reads the last word letter-spaced (`…工作情况的` / `报 告`, v206)', () => {
    const page = `驻马店市人民政府\n关于2024年度法治政府建设工作情况的\n报 告\n驻政文〔2025〕3号\n市人大常委会:\n${OPENING('市政府')}\n一、加强组织领导\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'https://www.zhumadian.gov.cn/1.html'))).toMatchObject({
      title: '驻马店市人民政府关于2024年度法治政府建设工作情况的报告',
      issuer: '驻马店市人民政府',
      docNumber: '驻政文〔2025〕3号',
    });
  });
});

describe('the issuer printed beside the title', () => {
  it('takes a joint report’s bodies on one line under the title, with one space (`中共孝感市委  孝感市人民政府`, v215)', () => {
    const page = `关于2022年孝感市法治政府建设情况的报告\n信息来源:市委依法治市办 发布日期:2023-02-09\n关于2022年孝感市法治政府建设情况的报告\n中共孝感市委  孝感市人民政府\n${OPENING('孝感市')}\n一、2022年主要工作情况\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'https://www.xiaogan.gov.cn/c/www/1.jhtml'))).toMatchObject({
      title: '关于2022年孝感市法治政府建设情况的报告',
      issuer: '中共孝感市委 孝感市人民政府',
    });
  });
  const beside = (line: string) =>
    `当前位置: 首页 > 公开 > 信息公开年度报告\n${line}\n发布日期:2018-12-25 17:24 来源:西乡塘区政府办\n一、2018年法治政府建设的主要措施和成效\n${PROSE}${PROSE}`;
  it('splits `南宁市西乡塘区人民政府 西乡塘区2018年度…报告` into the issuer and a subject naming its own place (v122)', () => {
    expect(
      published(
        ingest(
          beside('南宁市西乡塘区人民政府 西乡塘区2018年度法治政府建设工作情况报告'),
          'http://www.xxtq.gov.cn/1.html',
        ),
      ),
    ).toMatchObject({
      title: '西乡塘区2018年度法治政府建设工作情况报告',
      issuer: '南宁市西乡塘区人民政府',
      divisionCode: '450107',
    });
  });
  it('keeps `陵川县教育局 2025年…` whole: a subject opening with its year runs on from the body (d036)', () => {
    expect(published(ingest(beside('陵川县教育局 2025年法治政府建设年度报告')))).toMatchObject({
      title: '陵川县教育局2025年法治政府建设年度报告',
      issuer: '陵川县教育局',
    });
  });
  it('takes no issuer from a portal’s banner above the metadata table (`阳城县人民政府`, v101)', () => {
    const page = `阳城县人民政府\n索  引 号: 11140522K03478216C409/2023-00027 主题分类:\n发布机构: 县司法局 成文日期:\n标      题: 阳城县2022年法治政府建设工作情况的报告\n阳城县2022年法治政府建设工作情况的报告\n发布日期: 2023-02-08 发布机构: 县司法局\n2022年,在县委的坚强领导下,我县坚持以习近平新时代中国特色社会主义思想为引领,${PROSE}\n一、党政主要负责人履行职责情况\n${PROSE}`;
    const report = published(ingest(page, 'http://www.yczf.gov.cn/1.shtml'));
    expect(report).toMatchObject({ divisionCode: '140522', title: '阳城县2022年法治政府建设工作情况的报告' });
    expect(report.issuer).toBeUndefined();
  });
  it('still takes the bodies on the line just above a title naming none (`中共石鼻镇委员会 石鼻镇人民政府`, f014)', () => {
    const page = `中共石鼻镇委员会 石鼻镇人民政府\n石鼻镇2024年法治政府建设年度报告\n${OPENING('石鼻镇')}\n一、主要举措\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://www.wugong.gov.cn/1.html')).issuer).toBe('中共石鼻镇委员会 石鼻镇人民政府');
  });
  it('drops a column’s longer name in brackets (`【省政府法治建设报告】湖北省人民政府关于…`, v223)', () => {
    const page = `【省政府法治建设报告】湖北省人民政府关于2022年度法治政府建设情况的报告\n${OPENING('省政府')}\n一、深学笃行习近平法治思想\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://sft.hubei.gov.cn/1.shtml'))).toMatchObject({
      title: '湖北省人民政府关于2022年度法治政府建设情况的报告',
      issuer: '湖北省人民政府',
    });
  });
});

describe('metadata cells', () => {
  it('reads `发布者:` as the publisher (`发布者:和平区人民政府`, v114)', () => {
    const page = `丨 网站无障碍 丨 关怀版\n和平区2022年法治政府建设情况报告\n发布日期:2023-01-13    发布者:和平区人民政府\n${OPENING('和平区')}\n一、主要举措和成效\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://www.tjhp.gov.cn/zw/1.html'))).toMatchObject({
      divisionCode: '120101',
      issuer: '和平区人民政府',
      sourceName: '和平区人民政府',
      publishedAt: '2023-01-13',
    });
  });
  it('ends a value at `公文时效` (`发布机构:互助县人民政府 | 公文时效:是 |`, v105)', () => {
    const page = `索 引 号:hzx/2023-00008 | 发文字号: |\n发布机构:互助县人民政府 | 公文时效:是 |\n主题分类:司法 | 发布日期:2023-12-27 |\n互助县2023年法治政府建设工作开展情况的报告\n${OPENING('互助县')}\n一、主要举措\n${PROSE}${PROSE}`;
    expect(published(ingest(page, 'http://110.166.81.53/xxgk/1.html')).sourceName).toBe('互助县人民政府');
  });
});

describe('a place by the name its reports use', () => {
  it('knows a banner by the first character of each part of its name (`东乌旗`, `科左中旗`, `察右前旗`)', () => {
    expect(aliasesOf('东乌珠穆沁旗', 'county')).toEqual(['东乌旗']);
    expect(aliasesOf('科尔沁左翼中旗', 'county')).toEqual(['科左中旗']);
    expect(aliasesOf('察哈尔右翼前旗', 'county')).toEqual(['察右前旗']);
    expect(aliasesOf('鄂托克前旗', 'county')).toEqual([]);
  });
  it('places `东乌旗人民政府关于2015-2020年度…的报告` at 东乌珠穆沁旗 (v103)', () => {
    const page = `东乌旗人民政府关于2015-2020年度法治政府建设有关情况的报告\n发布日期:2021-03-30 00:00\n东乌旗人民政府坚持以习近平新时代中国特色社会主义思想为统领,认真贯彻落实《内蒙古自治区党委自治区人民政府贯彻落实<法治政府建设实施纲要(2015-2020年)>实施方案》,${PROSE}\n一、强化组织领导\n${PROSE}`;
    expect(published(ingest(page, 'http://www.dwq.gov.cn/zwgk/1.html'))).toMatchObject({
      divisionCode: '152525',
      level: 'county',
      year: 2020,
    });
  });
});

describe('the voice of a city in 内蒙古', () => {
  const page = (award: string) =>
    `2023年,鄂尔多斯市深入贯彻习近平法治思想,全面落实党中央、自治区党委政府、市委关于法治政府建设的部署要求,${PROSE}\n一、深入贯彻习近平法治思想,加快建设人民满意的法治政府\n(一)强化统筹部署。${award}${PROSE}\n(二)推动责任落实。${PROSE}开展2轮全市法治政府督察,听取各旗区法治政府建设工作汇报。\n(三)示范创建。东胜区、达拉特旗、准格尔旗被自治区命名为“全区法治政府建设示范地区”,鄂托克前旗4个单项项目命名为“全区法治政府建设示范项目”。${PROSE}`;
  it('is not an award’s `全区` in quotes or after `全国、` (v214)', () => {
    const report = published(
      ingest(page('市政府加快创建全国、全区法治政府建设示范市工作步伐。'), 'https://ordoszxqy.org.cn/policy/info/3386'),
    );
    expect(report).toMatchObject({ divisionCode: '150600', level: 'city' });
  });
  it('a `全区` of its own still speaks as a district; only the award’s title and its levels are passed over', () => {
    expect(selfReferenceOf(['加快创建全国、全区法治政府建设示范市,命名为“全区法治政府建设示范项目”'])).toBeUndefined();
    expect(selfReferenceOf(['全区各级行政机关加快建设法治政府'])).toEqual({ word: '全区', level: 'county' });
    expect(selfReferenceOf(['创建“枫桥式”派出所,全县各级…'])).toEqual({ word: '全县', level: 'county' });
  });
});
