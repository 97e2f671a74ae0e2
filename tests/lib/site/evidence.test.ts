import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/lib/gazetteer/gazetteer.ts';
import { readReportFile } from '../../../src/lib/ingest/report-file.ts';
import { reportSchema, type Report } from '../../../src/lib/schema/report.ts';
import { gbtReference, localIsoDate, referenceParts } from '../../../src/lib/site/citation.ts';
import { atomFeed, FEED_ENTRY_LIMIT } from '../../../src/lib/site/feeds.ts';
import { safeHttpUrl } from '../../../src/lib/site/links.ts';
import { COLUMNS, placeByLevel, reportsCsv, reportsJsonLine } from '../../../src/lib/site/open-data.ts';
import { formatKilobytes, reportJson, reportText } from '../../../src/lib/site/report-downloads.ts';
import { dublinCoreTags, highwireTags, jsonForScript, reportJsonLd } from '../../../src/lib/site/report-metadata.ts';
import { ROOT } from '../../helpers/paths.ts';

const SITE = 'https://archive.example.org';
const sample = (file: string) => readReportFile(join(ROOT, 'content', 'reports', file));
const anning = sample('云南省/530181003-2021.md');
const yinhang = sample('上海市/310110016-2024.md');
const url = `${SITE}/reports/530181003-2021/`;

describe('safeHttpUrl', () => {
  it('keeps http and https addresses and refuses every other scheme', () => {
    expect(safeHttpUrl('https://www.anning.gov.cn/a.html')).toBe('https://www.anning.gov.cn/a.html');
    expect(safeHttpUrl('http://example.gov.cn/')).toBe('http://example.gov.cn/');
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>', 'ftp://x/', 'vbscript:x', '/relative', '', undefined]) {
      expect(safeHttpUrl(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('GB/T 7714-2015 reference', () => {
  it('writes 责任者. 题名[EB/OL]. (发布日期)[引用日期]. 网址.', () => {
    expect(gbtReference(anning.data, url, '2026-11-27')).toBe(
      `安宁市人民政府八街街道办事处. 八街街道办事处2021年度法治政府建设工作报告[EB/OL]. (2022-01-20)[2026-11-27]. ${url}.`,
    );
  });
  it('falls back to the place when no issuer or source is stated, and leaves out an unknown date', () => {
    const undated = { ...yinhang.data, publishedAt: undefined };
    expect(gbtReference(undated, url, '2026-11-27')).toBe(`上海市杨浦区殷行街道. 2024年度殷行街道法治政府建设工作情况报告[EB/OL]. [2026-11-27]. ${url}.`);
    const { before, after } = referenceParts(anning.data, url);
    expect(before.endsWith('(2022-01-20)[')).toBe(true);
    expect(after).toBe(`]. ${url}.`);
  });
  it('dates the citation in the reader’s calendar, not UTC', () => {
    // 23:30 local on 31 December is still that day wherever the test runs.
    expect(localIsoDate(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
    expect(localIsoDate(new Date(2027, 0, 2, 0, 5))).toBe('2027-01-02');
  });
});

describe('report metadata for machines', () => {
  const place = [
    { code: '530000', name: '云南省' },
    { code: '530100', name: '昆明市' },
    { code: '530181', name: '安宁市' },
    { code: '530181003', name: '八街街道' },
  ];
  it('JSON-LD: a schema.org Report by a government organization, about a nested place, with dates and url', () => {
    const ld = reportJsonLd({ ...anning.data, sourceUrl: 'https://www.anning.gov.cn/a.html' }, url, place, SITE);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      url,
      name: '八街街道办事处2021年度法治政府建设工作报告',
      author: { '@type': 'GovernmentOrganization', name: '安宁市人民政府八街街道办事处' },
      publisher: { '@type': 'GovernmentOrganization', name: '安宁市人民政府' },
      datePublished: '2022-01-20',
      dateCreated: '2022-01-20',
      temporalCoverage: '2021',
      isBasedOn: 'https://www.anning.gov.cn/a.html',
      spatialCoverage: { '@type': 'AdministrativeArea', name: '八街街道', identifier: '530181003', containedInPlace: { name: '安宁市', containedInPlace: { name: '昆明市', containedInPlace: { name: '云南省' } } } },
    });
    expect(reportJsonLd({ ...anning.data, sourceUrl: 'javascript:alert(1)' }, url, place, SITE)).not.toHaveProperty('isBasedOn');
  });
  it('JSON for a script element cannot close the element, and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>&\u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(json)).toEqual(value);
  });
  it('Dublin Core and Highwire tags name title, issuer, place, dates and permalink, and omit what is unknown', () => {
    const dc = Object.fromEntries(dublinCoreTags(anning.data, url).map((t) => [t.name, t.content]));
    expect(dc).toMatchObject({ 'DC.title': anning.data.title, 'DC.creator': '安宁市人民政府八街街道办事处', 'DC.date': '2022-01-20', 'DC.identifier': url, 'DC.language': 'zh-CN', 'DCTERMS.spatial': '云南省昆明市安宁市八街街道（530181003）' });
    expect(dc).not.toHaveProperty('DC.source');
    const hw = Object.fromEntries(highwireTags(anning.data, url).map((t) => [t.name, t.content]));
    expect(hw).toMatchObject({ citation_title: anning.data.title, citation_author: '安宁市人民政府八街街道办事处', citation_publication_date: '2022/01/20', citation_public_url: url });
    const none = highwireTags({ ...yinhang.data, publishedAt: undefined }, url).map((t) => t.name);
    expect(none).not.toContain('citation_publication_date');
    expect(none).not.toContain('citation_technical_report_institution');
  });
});

describe('report downloads', () => {
  it('JSON: metadata, each section with its kind and its own text, the preamble and the whole text', () => {
    const json = reportJson(anning.data, anning.body, url);
    expect(json.metadata).toEqual(anning.data);
    expect(json.sections.map((s) => [s.id, s.kind])).toEqual([['s-1', 'measures'], ['s-2', 'shortcomings'], ['s-3', 'plans']]);
    expect(json.sections[0]!.heading).toBe('一、2021年度法治政府建设的主要举措和成效');
    // A subsection stays in its section; the next section's heading does not.
    expect(json.sections[0]!.text).toContain('(一)严格履行推进法治建设第一责任人职责。');
    expect(json.sections[0]!.text).not.toContain('二、存在问题');
    expect(json.preamble).toMatch(/^2021年八街街道以习近平新时代中国特色社会主义思想为指导/);
    const rebuilt = [json.preamble, ...json.sections.flatMap((s) => [s.heading, s.text])].join('\n');
    expect(rebuilt).toBe(json.text);
    expect(json.text).not.toMatch(/^#/m);
  });
  it('plain text: title, a short header with the permalink, the text without Markdown syntax', () => {
    const text = reportText(anning.data, anning.body, url);
    expect(text.split('\n').slice(0, 2)).toEqual(['八街街道办事处2021年度法治政府建设工作报告', '地区：云南省昆明市安宁市八街街道']);
    expect(text).toContain(`本站网址：${url}`);
    expect(text).toContain('\n一、2021年度法治政府建设的主要举措和成效\n');
    expect(text).not.toMatch(/^#+ /m);
  });
  it('sizes in KB of 1,024 bytes', () => {
    expect(formatKilobytes(0)).toBe('0.0 KB');
    expect(formatKilobytes(1536)).toBe('1.5 KB');
  });
});

describe('open data', () => {
  const gazetteer = loadGazetteer();
  const rows = [anning, yinhang].map(({ data }) => ({ report: data, permalink: `${SITE}/reports/${data.id}/`, place: placeByLevel(data, gazetteer) }));
  it('splits the place into province, city, county and township names and codes (a municipality has no city)', () => {
    expect(rows[0]!.place).toEqual({
      province: { name: '云南省', code: '530000' },
      city: { name: '昆明市', code: '530100' },
      county: { name: '安宁市', code: '530181' },
      township: { name: '八街街道', code: '530181003' },
    });
    expect(rows[1]!.place.city).toBeUndefined();
    expect(rows[1]!.place.county).toEqual({ name: '杨浦区', code: '310110' });
  });
  it('CSV parses back, with a byte-order mark, one row per report and every frontmatter field', () => {
    const tricky: Report = { ...anning.data, title: '=HYPERLINK("x"),"引号",\n换行', corrections: [{ field: 'title', extracted: '旧', corrected: '新' }] };
    const csv = reportsCsv([...rows, { ...rows[0]!, report: tricky }]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const records = parseCsv(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(3);
    for (const field of Object.keys(reportSchema.shape)) expect(Object.keys(records[0]!), field).toContain(field);
    expect(records[0]).toMatchObject({ id: '530181003-2021', provinceName: '云南省', cityCode: '530100', countyName: '安宁市', townshipCode: '530181003', year: '2021', region: '云南省/昆明市/安宁市/八街街道' });
    expect(JSON.parse(records[0]!.sections!)).toEqual(anning.data.sections);
    expect(records[1]).toMatchObject({ cityName: '', cityCode: '', countyName: '杨浦区' });
    // Quotes, commas and line breaks survive; a cell a spreadsheet would run as a formula is defused.
    expect(records[2]!.title).toBe(`'${tricky.title}`);
    expect(JSON.parse(records[2]!.corrections!)).toEqual(tricky.corrections);
    expect(COLUMNS.every((c) => c.description.length > 0)).toBe(true);
  });
  it('JSON Lines: one object per line with metadata, place and full text', () => {
    const line = reportsJsonLine(rows[0]!, anning.body);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    const back = JSON.parse(line);
    expect(back.metadata).toEqual(anning.data);
    expect(back.place.county.code).toBe('530181');
    expect(back.text).toContain('现将2021年法治政府建设情况报告如下');
  });
});

describe('Atom feed', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' });
  it('is Atom 1.0 that parses back: newest first, permalinks, dates from the reports, capture text escaped', () => {
    const nasty: Report = { ...anning.data, id: '530181003-2020', year: 2020, publishedAt: '2021-02-01', title: '<img src=x onerror=alert(1)>]]>报告' };
    const xml = atomFeed({ path: '/feeds/all.xml', title: '全部报告', pagePath: '/' }, [anning.data, yinhang.data, nasty], SITE);
    const { feed } = parser.parse(xml);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${SITE}/feeds/all.xml`);
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(`${SITE}/feeds/all.xml`);
    expect(feed.updated).toBe('2025-02-28T00:00:00.000Z');
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([`${SITE}/reports/310110016-2024/`, url, `${SITE}/reports/530181003-2020/`]);
    // type="html": the reader decodes the HTML, and must get the title as text, not an element.
    expect(feed.entry[2].title['#text']).toBe('&#60;img src=x onerror=alert(1)&#62;]]&#62;报告');
    expect(xml).not.toContain('<img');
  });
  it(`lists the newest ${FEED_ENTRY_LIMIT} reports`, () => {
    const many = Array.from({ length: FEED_ENTRY_LIMIT + 5 }, (_, i) => ({ ...anning.data, id: `530181003-${1991 + i}`, year: 1991 + i, publishedAt: undefined, signedAt: undefined }));
    const { feed } = parser.parse(atomFeed({ path: '/feeds/x.xml', title: 'x', pagePath: '/' }, many, SITE));
    expect(feed.entry).toHaveLength(FEED_ENTRY_LIMIT);
    expect(feed.entry[0].id).toBe(`${SITE}/reports/530181003-${1991 + FEED_ENTRY_LIMIT + 4}/`);
    expect(feed.entry[0].updated).toBe(`${1991 + FEED_ENTRY_LIMIT + 4}-12-31T00:00:00.000Z`);
  });
});
