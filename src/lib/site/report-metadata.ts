import { LEVEL_LABELS, type Report } from '../schema/report.ts';
import { responsibleParty } from './citation.ts';
import { reportPath } from './catalog.ts';
import { safeHttpUrl } from '../schema/url.ts';

/**
 * What a report page tells machines: its permalink, a description, schema.org JSON-LD, Dublin
 * Core and Highwire Press `citation_*` tags (the ones Zotero and Google Scholar read). Every
 * value comes from the frontmatter; a fact the report does not state is left out, not guessed.
 */

/** A division of the report's place, outermost first (province … the place itself). */
export interface PlacePart {
  code: string;
  name: string;
}

export interface MetaTag {
  name: string;
  content: string;
}

export function permalink(site: string | URL, id: string): string {
  return new URL(reportPath(id), site).href;
}

export function reportDescription(report: Report): string {
  const by = report.issuer ? `${report.issuer}发布的` : '';
  const date = report.publishedAt ? `，${report.publishedAt}发布` : '';
  return `${by}${report.region.join('')}${report.year}年度法治政府建设报告《${report.title}》全文（${LEVEL_LABELS[report.level]}${date}），附来源、校验值、引用格式和下载。`;
}

/** `YYYY-MM-DD` as Highwire tags write dates (`YYYY/MM/DD`). */
const slashed = (iso: string) => iso.replaceAll('-', '/');

export function reportJsonLd(
  report: Report,
  url: string,
  place: PlacePart[],
  site: string | URL,
  /** The archive's configured name (the WebSite the report is part of). */
  siteName: string,
): Record<string, unknown> {
  const organization = (name: string) => ({ '@type': 'GovernmentOrganization', name });
  // The place as nested schema.org areas: the report's own division, inside its county, city, province.
  const area = place.reduce<Record<string, unknown> | undefined>(
    (outer, part) => ({
      '@type': 'AdministrativeArea',
      name: part.name,
      identifier: part.code,
      ...(outer ? { containedInPlace: outer } : {}),
    }),
    undefined,
  );
  const original = safeHttpUrl(report.sourceUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': url,
    url,
    name: report.title,
    headline: report.title,
    genre: '法治政府建设年度报告',
    inLanguage: report.script === 'traditional' ? 'zh-Hant' : 'zh-CN',
    ...(report.indexNumber ? { reportNumber: report.indexNumber } : {}),
    ...(report.issuer ? { author: organization(report.issuer) } : {}),
    publisher: organization(report.sourceName ?? responsibleParty(report)),
    ...(report.publishedAt ? { datePublished: report.publishedAt } : {}),
    ...(report.signedAt ? { dateCreated: report.signedAt } : {}),
    temporalCoverage: String(report.year),
    ...(area ? { spatialCoverage: area } : {}),
    ...(original ? { isBasedOn: original } : {}),
    isPartOf: { '@type': 'WebSite', name: siteName, url: new URL('/', site).href },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped so that a title
 * from a capture holding `</script>` cannot close the element, and the two line separators
 * some parsers take for line ends.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function dublinCoreTags(report: Report, url: string): MetaTag[] {
  const tags: Array<[string, string | undefined]> = [
    ['DC.title', report.title],
    ['DC.creator', report.issuer],
    ['DC.publisher', report.sourceName],
    ['DC.date', report.publishedAt ?? report.signedAt],
    ['DC.type', 'Text'],
    ['DC.format', 'text/html'],
    ['DC.identifier', url],
    ['DC.language', report.script === 'traditional' ? 'zh-Hant' : 'zh-CN'],
    ['DC.source', safeHttpUrl(report.sourceUrl)],
    ['DC.coverage', report.region.join('')],
    ['DCTERMS.spatial', `${report.region.join('')}（${report.divisionCode}）`],
    ['DCTERMS.temporal', String(report.year)],
    ['DCTERMS.issued', report.publishedAt],
    ['DCTERMS.created', report.signedAt],
  ];
  return tags.flatMap(([name, content]) => (content ? [{ name, content }] : []));
}

export function highwireTags(report: Report, url: string): MetaTag[] {
  const date = report.publishedAt ?? report.signedAt;
  const tags: Array<[string, string | undefined]> = [
    ['citation_title', report.title],
    // The issuer is an institution, not a person: Zotero files a report under it.
    ['citation_author', responsibleParty(report)],
    ['citation_technical_report_institution', report.issuer],
    ['citation_technical_report_number', report.indexNumber],
    ['citation_publisher', report.sourceName],
    ['citation_publication_date', date ? slashed(date) : undefined],
    ['citation_language', 'zh'],
    ['citation_keywords', [...report.region, '法治政府建设', `${report.year}年度`].join('; ')],
    ['citation_public_url', url],
    ['citation_fulltext_html_url', url],
  ];
  return tags.flatMap(([name, content]) => (content ? [{ name, content }] : []));
}
