import { describe, expect, it } from 'vitest';
import { reflowGluedPage } from '../../../src/lib/ingest/page.ts';
import { asParagraphs, ingest, ingestHtml, PROSE, published } from './real-page.ts';

/**
 * Round thirty-one: general rules from slice AE's misses (tests/fixtures/real, split `unmapped`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('a broken document number with its signer beside it (ae210)', () => {
  const page = `娄底市人民政府2016年度法治政府建设工作报告\n\n  • 发布时间:2017-01-26 16:10\n\n娄政〔20178                       签发人:杨懿文\n\n省人民政府:\n\n2016年,在省委、省政府的正确领导下,我市${PROSE}现将我市2016年度法治政府建设工作报告如下:\n\n一、以强化组织领导为抓手\n${PROSE}`;
  it('reads the number as printed, without its signer', () => {
    expect(published(ingest(page, 'http://www.hnloudi.gov.cn/1.html'))).toMatchObject({
      docNumber: '娄政〔20178',
      divisionCode: '431300',
      year: 2016,
    });
  });
  it('reads no number from a signer beside words that are none', () => {
    const other = page.replace('娄政〔20178', '娄底市人民政府');
    expect(published(ingest(other, 'http://www.hnloudi.gov.cn/1.html')).docNumber).toBeUndefined();
  });
});

describe('an HTML capture reads as its text does (the corpus served one paragraph a line)', () => {
  // f229: a cover letter, its signature, then the report's heading broken over two paragraphs. As HTML each line is
  // a paragraph, read with a blank line between: the letter's signature and the heading are still found across it.
  const letter = `索引号: | 002564301/2025-00062 | 成文日期: | 2025-01-27 |\n公开方式: | 主动公开 | 公开时限: | 长期公开 |\n文件编号: | 发布机构: | 湖州市交通运输局 |\n中共湖州市委、湖州市人民政府:\n根据市委依法治市办《关于做好2024年度法治政府建设总结工作的通知》要求,现将我局《2024年度交通运输法治政府建设工作总结》随文上报。\n特此报告。\n湖州市交通运输局\n2025年1月15日\n2024年度交通运输法治政府建设\n工作总结\n2024年湖州市交通运输局在市委、市政府的坚强领导下,${PROSE}\n一、主要工作\n${PROSE}`;
  const url = 'http://jtysj.huzhou.gov.cn/art/2025/1/27/art_1229513003_3998284.html';
  it('joins a heading broken over two paragraphs and reads the letter’s signature (f229)', () => {
    const expected = {
      title: '2024年度交通运输法治政府建设工作总结',
      issuer: '湖州市交通运输局',
      signedAt: '2025-01-15',
      divisionCode: '330500',
    };
    expect(published(ingest(letter, url))).toMatchObject(expected);
    expect(published(ingestHtml(asParagraphs(letter), url))).toMatchObject(expected);
  });
  it('does not join a heading to a paragraph that is prose', () => {
    const prose = letter.replace('\n工作总结\n', '\n工作总结,现将有关情况报告如下。\n');
    expect(published(ingestHtml(asParagraphs(prose), url)).title).not.toBe('2024年度交通运输法治政府建设工作总结');
  });
  // f015: a mirror that glued the page into one paragraph, its line breaks printed as spaces.
  const glued = `中共黄湾镇委员会黄湾镇人民政府关于报送2024年度法治政府建设的报告 中共海宁市委、海宁市人民政府: 2024年,在市委市政府的坚强领导下,黄湾镇扎实开展法治政府建设,${PROSE}现将黄湾镇2024年度法治政府建设工作情况汇报如下: 一、主要措施和成效 (一)强化组织引领,夯实法治根基。${PROSE.repeat(6)}`;
  it('cuts a page glued into one paragraph again, as a glued text capture is (f015)', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>正文</title></head><body><p>${glued}</p></body></html>`;
    const expected = {
      title: '中共黄湾镇委员会黄湾镇人民政府关于报送2024年度法治政府建设的报告',
      divisionCode: '330481108',
      year: 2024,
    };
    expect(published(ingest(glued, 'https://www.haining.gov.cn/art/2025/2/24/art_1688422_177740.html'))).toMatchObject(
      expected,
    );
    expect(
      published(ingestHtml(html, 'https://www.haining.gov.cn/art/2025/2/24/art_1688422_177740.html')),
    ).toMatchObject(expected);
  });
});

describe('a report glued into one line on a page that keeps its other lines (p107, j325, l113)', () => {
  // p107: a catalogue's header, then the report glued into one line, its line breaks printed as spaces.
  const report = `2022年,永嘉县司法局在县委、县政府的正确领导和市司法局的关心指导下,以“法助共富 法护平安”专项行动为抓手,${PROSE}现将我局2022年法治政府建设工作报告如下: 一、2022年推进法治政府建设的主要举措和成效 (一)法治政府建设水平稳中向好。${PROSE.repeat(3)} (二)依法行政能力持续提升。${PROSE.repeat(2)}`;
  const page = ['信息公开元数据', '|', '||||||||', '索引号: | 001/2023-00001 | 发布机构: | 永嘉县司法局 |', report];
  it('cuts that line at the line breaks before its numbered sections, and no other line', () => {
    const cut = reflowGluedPage(page);
    expect(cut.slice(0, 4)).toEqual(page.slice(0, 4));
    expect(cut.slice(4).map((line) => line.slice(0, 8))).toEqual([
      '2022年,永嘉',
      '一、2022年推',
      '(一)法治政府建',
      '(二)依法行政能',
    ]);
  });
  it('keeps a slogan’s space inside its quotation marks', () => {
    expect(reflowGluedPage(page)[4]).toContain('以“法助共富 法护平安”专项行动为抓手');
    // The page glued whole (ad212 quotes `“云浮市立足基层 务实创新 探索…”`, a case's title, so).
    expect(reflowGluedPage([report])[0]).toContain('以“法助共富 法护平安”专项行动为抓手');
  });
  it('leaves a long paragraph with a space or two and no numbered section after one (a002)', () => {
    const paragraph = `深入贯彻落实中央、市委和市政府关于法治政府建设的决策部署和工作要求, 严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》,${PROSE.repeat(6)}`;
    const plain = [
      '天津市静海区人民政府',
      '2023年度法治政府建设情况报告',
      '发布时间:2024-03-01',
      '一、主要举措',
      paragraph,
    ];
    expect(reflowGluedPage(plain)).toEqual(plain);
  });
});
