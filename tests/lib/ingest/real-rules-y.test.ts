import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round twenty-five: general rules from slice Y's misses (tests/fixtures/real, split `unchecked`, read only after its
 * blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('a document number before a title in its marks', () => {
  it('reads through inline pinyin (`寧政發(fā)〔2019〕35號《…》` over `《…》`, y211, a Traditional mirror)', () => {
    const page = `寧政發(fā)〔2019〕35號《南京市人民政府關(guān)于2018年度法治政府建設(shè)工作的報告》\n《南京市人民政府關(guān)于2018年度法治政府建設(shè)工作的報告》\n寧政發(fā)〔2019〕35號\n江蘇省人民政府:\n2018年是全面貫徹黨的十九大精神的開局之年。南京市各級政府及其部門堅持以習(xí)近平新時代中國特色社會主義思想為指引,深入推進依法行政。\n一、堅持黨的領(lǐng)導(dǎo)\n各級政府堅持以習(xí)近平法治思想為指導(dǎo),扎實推進法治政府建設(shè)各項工作。`;
    expect(published(ingest(page, 'http://per-better.com/1.html'))).toMatchObject({
      title: '南京市人民政府關(guān)于2018年度法治政府建設(shè)工作的報告',
      issuer: '南京市人民政府',
      docNumber: '寧政發(fā)〔2019〕35號',
      divisionCode: '320100',
    });
  });
  it('unwraps a title printed alone in its marks (`《…的报告》`)', () => {
    const page = `《南京市人民政府关于2018年度法治政府建设工作的报告》\n2018年,南京市坚持以习近平新时代中国特色社会主义思想为指引,${PROSE}\n一、坚持党的领导\n${PROSE}`;
    expect(published(ingest(page)).title).toBe('南京市人民政府关于2018年度法治政府建设工作的报告');
  });
});

describe('the lift to the report’s own level', () => {
  const page = (subject: string, tail: string) =>
    `2022年,在市委、市政府的正确领导和省司法厅的精心指导下,${subject}坚持以习近平新时代中国特色社会主义思想为指导,为建设更高水平的平安赣州、法治赣州提供坚强法治保障。现将工作情况报告如下。\n一、主要举措和成效\n${PROSE}${tail}${PROSE}`;
  it('reads the opening’s body by its level (`市司法局`) and the place above by its stem (`平安赣州`, y222)', () => {
    const report = published(
      ingest(page('市司法局', '南康区“法治赋能家具产业转型升级”入围示范创建项目。'), 'http://xyhnh.com/zfxxgk/1.shtml'),
    );
    expect(report).toMatchObject({ divisionCode: '360700', level: 'city' });
  });
  it('does not lift by a stem for a `全省` that speaks of the province (`为维护全省宗教领域安全稳定`, p212)', () => {
    const text = `2022年,在市委、市政府坚强领导下,我局以习近平法治思想为指导,为维护全省宗教领域安全稳定作出了积极贡献。天主教江西教区工作取得突破。乐安县金竹畲族乡徐庄畲族村被命名为示范单位。现将我局2022年法治政府建设情况报告如下:\n一、主要举措\n${PROSE}${PROSE}`;
    const report = published(ingest(text, 'http://iaands.org/art/2023/2/6/art_1.html'));
    expect(report.level).not.toBe('province');
  });
});
