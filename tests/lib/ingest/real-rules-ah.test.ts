import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

/**
 * Round thirty-four: general rules from slice AH's misses (tests/fixtures/real, split `unsounded`, read only after
 * its blind figure was taken). Each is tested on a piece of such a page (the file it comes from is named) and, where a
 * rule must not overreach, on the shape it must leave alone.
 */

describe('a county’s bureau titled by its city’s name and the county’s stem (ah112)', () => {
  const page = `您当前的位置:首页 > 政务公开 > 通知公告\n泉州市永春生态环境局关于2025年度法治政府建设情况的报告\n2026-02-26 15:48 阅读人数:1\n\n  2025年,永春生态环境局深入贯彻落实党的二十大及二十届历次全会精神,紧扣《永春县法治政府建设实施方案(2021-2025年)》相关要求,${PROSE}现将本年度推进法治建设工作情况报告如下:\n\n  一、坚持党的全面领导\n${PROSE}`;
  const url = 'https://www.fjyc.gov.cn/zwgk/tzgg/202602/t20260226_3269627.htm';
  it('is the county’s, and its date beside a view counter is the date published', () => {
    expect(published(ingest(page, url))).toMatchObject({
      divisionCode: '350525',
      level: 'county',
      publishedAt: '2026-02-26',
    });
  });
  it('is the city’s when the title names no county after it (泉州市生态环境局)', () => {
    const city = page.replace('泉州市永春生态环境局关于', '泉州市生态环境局关于').replace(/永春/gu, '');
    expect(published(ingest(city, 'https://www.quanzhou.gov.cn/1.htm'))).toMatchObject({ divisionCode: '350500' });
  });
});

describe('a province’s notice whose body opens its quoted title (ah210)', () => {
  const page = `签发人:李静\n按照《省委全面依法治省委员会办公室关于做好2021年法治政府建设年度报告的通知》(粤法治办〔2021〕36号)要求,现将我厅2021年度法治政府建设情况报告如下:\n一、2021年法治政府建设工作情况\n2021年是“十四五”规划开局之年,我厅深入学习贯彻习近平法治思想,认真落实省委省政府部署,${PROSE}`;
  it('places a province department’s report naming no place at the province its number abbreviates (粤)', () => {
    expect(
      published(ingest(page, 'https://m.hqtbz.com/td/zwgk_n/zfxxgk/channel3/content/post_3801361.html')),
    ).toMatchObject({ divisionCode: '440000', level: 'province', year: 2021 });
  });
  it('reads no city’s notice so (《市委…》 numbered 苏府办)', () => {
    const city = page
      .replace('《省委全面依法治省委员会办公室', '《市委全面依法治市委员会办公室')
      .replace('粤法治办', '苏府办');
    expect(ingest(city, 'https://m.hqtbz.com/td/1.html').status).toBe('rejected');
  });
});
