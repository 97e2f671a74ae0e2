import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import type { Report } from '../../../src/lib/schema/report.ts';
import { atomFeed, FEED_ENTRY_LIMIT } from '../../../src/lib/site/feeds.ts';
import { anning, SITE, url, yinhang } from './sample-reports.ts';

describe('Atom feed', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => name === 'entry' || name === 'link',
  });
  it('is Atom 1.0 that parses back: newest first, permalinks, dates from the reports, capture text escaped', () => {
    const nasty: Report = {
      ...anning.data,
      id: '530181003-2020',
      year: 2020,
      publishedAt: '2021-02-01',
      title: '<img src=x onerror=alert(1)>]]>报告',
    };
    const xml = atomFeed(
      { path: '/feeds/all.xml', title: '全部报告', pagePath: '/', siteName: '某市报告库' },
      [anning.data, yinhang.data, nasty],
      SITE,
    );
    const { feed } = parser.parse(xml);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${SITE}/feeds/all.xml`);
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(`${SITE}/feeds/all.xml`);
    expect(feed.updated).toBe('2025-02-28T00:00:00.000Z');
    expect(feed.generator).toBe('某市报告库');
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      `${SITE}/reports/310110016-2024/`,
      url,
      `${SITE}/reports/530181003-2020/`,
    ]);
    // type="html": the reader decodes the HTML, and must get the title as text, not an element.
    expect(feed.entry[2].title['#text']).toBe('&#60;img src=x onerror=alert(1)&#62;]]&#62;报告');
    expect(xml).not.toContain('<img');
  });
  it(`lists the newest ${FEED_ENTRY_LIMIT} reports`, () => {
    const many = Array.from({ length: FEED_ENTRY_LIMIT + 5 }, (_, i) => ({
      ...anning.data,
      id: `530181003-${1991 + i}`,
      year: 1991 + i,
      publishedAt: undefined,
      signedAt: undefined,
    }));
    const { feed } = parser.parse(
      atomFeed({ path: '/feeds/x.xml', title: 'x', pagePath: '/', siteName: 'x' }, many, SITE),
    );
    expect(feed.entry).toHaveLength(FEED_ENTRY_LIMIT);
    expect(feed.entry[0].id).toBe(`${SITE}/reports/530181003-${1991 + FEED_ENTRY_LIMIT + 4}/`);
    expect(feed.entry[0].updated).toBe(`${1991 + FEED_ENTRY_LIMIT + 4}-12-31T00:00:00.000Z`);
  });
});
