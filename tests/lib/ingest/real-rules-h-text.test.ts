import { describe, expect, it } from 'vitest';
import { ingest, PROSE, published } from './real-page.ts';

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
