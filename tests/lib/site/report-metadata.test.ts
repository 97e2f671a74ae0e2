import { describe, expect, it } from 'vitest';
import { dublinCoreTags, highwireTags, jsonForScript, reportJsonLd } from '../../../src/lib/site/report-metadata.ts';
import { anning, SITE, url, yinhang } from './sample-reports.ts';

describe('report metadata for machines', () => {
  const place = [
    { code: '530000', name: '云南省' },
    { code: '530100', name: '昆明市' },
    { code: '530181', name: '安宁市' },
    { code: '530181003', name: '八街街道' },
  ];
  it('JSON-LD: a schema.org Report by a government organization, about a nested place, with dates and url', () => {
    const ld = reportJsonLd(
      { ...anning.data, sourceUrl: 'https://www.anning.gov.cn/a.html' },
      url,
      place,
      SITE,
      '某市报告库',
    );
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
      // The archive's name is the configured one, passed in (a deployment may rename the archive).
      isPartOf: { '@type': 'WebSite', name: '某市报告库', url: `${SITE}/` },
      spatialCoverage: {
        '@type': 'AdministrativeArea',
        name: '八街街道',
        identifier: '530181003',
        containedInPlace: {
          name: '安宁市',
          containedInPlace: { name: '昆明市', containedInPlace: { name: '云南省' } },
        },
      },
    });
    expect(
      reportJsonLd({ ...anning.data, sourceUrl: 'javascript:alert(1)' }, url, place, SITE, '某市报告库'),
    ).not.toHaveProperty('isBasedOn');
  });
  it('JSON for a script element cannot close the element, and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>&\u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(json)).toEqual(value);
  });
  it('Dublin Core and Highwire tags name title, issuer, place, dates and permalink, and omit what is unknown', () => {
    const dc = Object.fromEntries(dublinCoreTags(anning.data, url).map((t) => [t.name, t.content]));
    expect(dc).toMatchObject({
      'DC.title': anning.data.title,
      'DC.creator': '安宁市人民政府八街街道办事处',
      'DC.date': '2022-01-20',
      'DC.identifier': url,
      'DC.language': 'zh-CN',
      'DCTERMS.spatial': '云南省昆明市安宁市八街街道（530181003）',
    });
    expect(dc).not.toHaveProperty('DC.source');
    // A report kept in Traditional characters says so.
    expect(
      dublinCoreTags({ ...anning.data, script: 'traditional' }, url).find((t) => t.name === 'DC.language')?.content,
    ).toBe('zh-Hant');
    const hw = Object.fromEntries(highwireTags(anning.data, url).map((t) => [t.name, t.content]));
    expect(hw).toMatchObject({
      citation_title: anning.data.title,
      citation_author: '安宁市人民政府八街街道办事处',
      citation_publication_date: '2022/01/20',
      citation_public_url: url,
    });
    const none = highwireTags({ ...yinhang.data, publishedAt: undefined }, url).map((t) => t.name);
    expect(none).not.toContain('citation_publication_date');
    expect(none).not.toContain('citation_technical_report_institution');
  });
});
