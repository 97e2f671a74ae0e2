import { createHash } from 'node:crypto';
import { loadGazetteer, type Gazetteer } from '../gazetteer/gazetteer.ts';
import { NATIONAL_DIVISION, nationalBodyOf } from '../gazetteer/national.ts';
import { resolveDivision, type Clue } from '../gazetteer/resolve.ts';
import { renderReport } from '../markdown/render.ts';
import { describeSchemaError, reportSchema, type IssuerType, type Report } from '../schema/report.ts';
import { UNSAFE_URL_REASON, safeHttpUrl } from '../schema/url.ts';
import { decodeCapture } from './decode.ts';
import { htmlToLines } from './html.ts';
import { findReportYear, issuerFromTitle, readPage, type PageFacts } from './page.ts';
import { deepenBySelfReference, placeByHost, selfReferenceOf } from './place.ts';
import { isTraditional, originalLines, originalOf, simplifiedReading, toSimplified } from '../chinese-script/script.ts';
import { classifySection, toMarkdown } from './structure.ts';
import { normalizeLines } from './text.ts';

/** One captured page and what came with it. */
export interface Capture {
  /** File name relative to the input folder. */
  file: string;
  bytes: Uint8Array;
  /** What `<name>.meta.json` said, as written there: checked here, never trusted. */
  sidecar?: { sourceUrl?: unknown; capturedAt?: unknown };
  /** A division code a person chose for this page (content/overrides.yaml, `places:`) when the page alone cannot say. */
  place?: string;
}

export type CaptureOutcome =
  | { status: 'ok' | 'warning'; reasons: string[]; report: Report; body: string }
  | { status: 'rejected'; reasons: string[] };

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Pages that look like these reports but are something else. */
const LOOK_ALIKES: Array<[RegExp, string]> = [
  [/政府信息公开.{0,6}年度报告/, 'a 政府信息公开工作年度报告 (government information disclosure report), not a rule-of-law report'],
  [/解读/, 'a policy interpretation (解读) page, not the report itself'],
  [/(实施方案|工作要点|工作计划)$/, 'a work plan (实施方案/工作要点), not an annual report'],
  [/20[xX×]{2}年|[*＊]{1,2}[区县市镇]/, 'a template page with placeholders (20xx年, *区), not a published report'],
  [/(召开|举行|举办|部署).{0,40}(会|会议|活动)$/, 'a news item about a report, not the report itself'],
  // Headlines only (a report's own prose says 召开党组会议研究…).
  [/^(?=.{0,60}$).*(?:(会议|常务会|党组会).{0,4}(审议|听取|研究)|(召开|主持).{0,20}(审议|听取))/, 'a news item about a meeting that reviewed a report, not the report itself'],
  [/^各(?:市|县|区|乡|镇|街道|省|州|盟|旗|有关|部门|单位|级).{0,60}[:：]$/, 'a notice addressed to subordinate governments (各…:), not a report'],
];

export function issuerTypeOf(issuer: string): IssuerType {
  if (/^中共|党委|党工委|党组|工作委员会$/.test(issuer)) return 'party';
  if (/人民政府|政府$|办事处$|管委会$|管理委员会$|行政公署/.test(issuer)) return 'government';
  if (/(局|厅|委|办|办公室|中心|所|院|署|处|委员会|部)$/.test(issuer)) return 'department';
  return 'other';
}

function reportId(divisionCode: string, year: number, issuer: string | undefined, issuerType: IssuerType): string {
  const base = `${divisionCode}-${year}`;
  // A department's report is a different report from its government's for the same place and year.
  return issuer && (issuerType === 'department' || issuerType === 'other') ? `${base}-${sha256(issuer).slice(0, 6)}` : base;
}

/** Extracts a report from one capture, or says plainly why it cannot. Pure: no file access. */
export function ingestCapture(capture: Capture, gazetteer: Gazetteer = loadGazetteer()): CaptureOutcome {
  const isHtml = /\.html?$/i.test(capture.file);
  if (!isHtml && !/\.(txt|text)$/i.test(capture.file)) {
    return { status: 'rejected', reasons: ['not a capture: expected a .txt or .html page capture'] };
  }
  const decoded = decodeCapture(capture.bytes);
  if (!decoded.ok) return { status: 'rejected', reasons: [decoded.reason] };

  const original = normalizeLines(isHtml ? htmlToLines(decoded.value.text).join('\n') : decoded.value.text);
  const traditional = isTraditional(original.join(''));
  // Read in Simplified; publish in the capture's own script.
  const lines = traditional ? simplifiedReading(original) : original;
  const page = readPage(lines);
  const own = (text: string | undefined) => (traditional && text ? originalOf(text, lines, original) : text);
  const ownBody = traditional ? originalLines(page.bodyLines, lines, original) : page.bodyLines;
  if (page.bodyLines.length === 0) return { status: 'rejected', reasons: ['no report text found in the capture'] };

  const firstLines = page.bodyLines.filter((l) => l !== '').slice(0, 3);
  const lookAlike = lookAlikeOf(page, firstLines[0]);
  if (lookAlike) return { status: 'rejected', reasons: [lookAlike] };

  const warnings: string[] = [];
  if (decoded.value.encoding !== 'utf-8') warnings.push(`decoded as ${decoded.value.encoding}`);
  if (decoded.value.truncated) warnings.push('the file ends in the middle of a character: the capture was cut short');
  const lastLine = page.bodyLines.filter((l) => l !== '').at(-1) ?? '';
  if (!page.signedAt && !page.issuer && !/[。！？；.!?;）)”」]$/.test(lastLine)) {
    warnings.push(`the text ends mid-sentence («…${lastLine.slice(-12)}»): the capture may be truncated`);
  }
  if (traditional) warnings.push('Traditional-script capture: read in Simplified, published as captured');

  const { year, from: yearFrom } = findReportYear(page.title, page.bodyLines, page.signedAt);
  if (!year) return { status: 'rejected', reasons: ['cannot tell which year the report covers (no year in title, statement or signature)'] };
  if (yearFrom === 'signature') warnings.push(`year ${year} inferred from the signature date only`);
  if (yearFrom === 'sentences') warnings.push(`year ${year} inferred from sentences that open with it, not from a title or statement`);

  // A link the site may not publish is dropped, not the report: the text is still the report.
  const sourceUrl = safeHttpUrl(capture.sidecar?.sourceUrl);
  if (capture.sidecar?.sourceUrl !== undefined && sourceUrl === undefined) {
    warnings.push(`sidecar sourceUrl ${JSON.stringify(String(capture.sidecar.sourceUrl).slice(0, 200))} dropped: ${UNSAFE_URL_REASON}`);
  }
  const capturedAt = typeof capture.sidecar?.capturedAt === 'string' ? capture.sidecar.capturedAt : undefined;
  if (capture.sidecar?.capturedAt !== undefined && capturedAt === undefined) warnings.push('sidecar capturedAt dropped: not a string');

  // A ministry's report belongs to the whole country, wherever the page is hosted or reprinted.
  const nationalBody = nationalBodyOf(page.title, firstLines[0]);
  const resolution: ReturnType<typeof resolveDivision> = nationalBody
    ? { ok: true, division: NATIONAL_DIVISION, evidence: [`${nationalBody} (national body)`], warnings: [] }
    : resolveDivision(
    placeClues(page, firstLines).map((clue) => ({ ...clue, text: withoutPinyin(clue.text) })),
    { fullText: withoutPinyin(lines.join('\n')), siteCode: page.siteCode, sourceHost: hostOf(sourceUrl) },
    gazetteer,
  );
  const self = selfReferenceOf(firstLines);
  const host = hostOf(sourceUrl);
  let division;
  if (resolution.ok) {
    warnings.push(...resolution.warnings);
    division = resolution.division;
    const deeper = nationalBody ? undefined : deepenBySelfReference(division, self, page.bodyLines.join('\n'), gazetteer);
    if (deeper) {
      warnings.push(`placed in ${deeper.name}: the report calls itself ${self!.word} and names ${deeper.name} inside ${division.name}`);
      division = deeper;
    }
  } else {
    const chosen = capture.place ? (capture.place === NATIONAL_DIVISION.code ? NATIONAL_DIVISION : gazetteer.byCode.get(capture.place)) : undefined;
    const byHost = resolution.candidates.length === 0 ? placeByHost(self, host, gazetteer) : undefined;
    if (chosen) {
      warnings.push(`placed by content/overrides.yaml (places): ${chosen.region.join('')}; the page alone says: ${resolution.reason}`);
      division = chosen;
    } else if (byHost) {
      warnings.push(`no place named in the page: it calls itself ${self!.word} and its portal ${host} is in ${byHost.name}`);
      division = byHost;
    } else {
      return { status: 'rejected', reasons: [`cannot place the report: ${resolution.reason}${overrideHint(capture.file, resolution.candidates)}`] };
    }
  }

  // Who signed it, else the body the title starts with, else a publisher that is the government itself.
  // Of a title's body and a publisher naming the same government, the fuller name (南昌县人民政府 over 南昌县政府).
  const named = [issuerFromTitle(page.title), page.publisherIssuer].filter((n): n is string => n !== undefined);
  const issuer = page.issuer ?? (named.length > 0 ? named.sort((a, b) => b.length - a.length)[0] : page.headerIssuer);
  const issuerType: IssuerType = issuer
    ? issuerTypeOf(issuer)
    : page.title && page.title.includes(division.name) && !/(局|委员会|办公室)/.test(page.title)
      ? 'government'
      : 'other';
  const body = toMarkdown(ownBody);
  const sections = renderReport(body)
    .headings.filter((h) => h.depth === 2)
    .map((h) => ({ id: h.slug, heading: h.text, kind: classifySection(toSimplified(h.text)) }));

  const candidate = {
    id: reportId(division.code, year, issuer, issuerType),
    title: own(page.title) ?? `${division.name}${year}年法治政府建设年度报告`,
    titleSynthesized: page.title ? undefined : true,
    jurisdiction: division.name,
    divisionCode: division.code,
    region: division.region,
    level: division.level,
    issuer: own(issuer),
    issuerType,
    year,
    publishedAt: page.publishedAt,
    indexNumber: own(page.indexNumber),
    docNumber: own(page.docNumber),
    signedAt: page.signedAt ?? page.writtenAt,
    sourceName: own(page.sourceName),
    sourceUrl,
    capturedAt,
    script: traditional ? ('traditional' as const) : undefined,
    sourceFile: capture.file,
    sourceSha256: sha256(capture.bytes),
    sections: sections.length > 0 ? sections : undefined,
  };
  const parsed = reportSchema.safeParse(candidate);
  if (!parsed.success) {
    return { status: 'rejected', reasons: describeSchemaError(parsed.error).map((m) => `invalid extracted metadata: ${m}`) };
  }
  return { status: warnings.length > 0 ? 'warning' : 'ok', reasons: warnings, report: parsed.data, body };
}

/** Why a page is not one of these reports, if it looks like something else. */
function lookAlikeOf(page: PageFacts, firstLine: string | undefined): string | undefined {
  // What the page calls itself: its title, else the lines above the text, else its first line.
  const names = page.title ? [page.title] : [...page.headerLines, firstLine ?? ''];
  for (const [pattern, what] of LOOK_ALIKES) {
    const named = names.find((line) => pattern.test(line));
    if (named) return `looks like ${what}: ${named}`;
  }
  return undefined;
}

/** Every place the page names, with where it names it. */
function placeClues(page: PageFacts, firstLines: string[]): Clue[] {
  const clues: Clue[] = [];
  if (page.title) clues.push({ field: 'title', text: page.title });
  if (page.issuer) clues.push({ field: 'issuer', text: page.issuer });
  if (page.sourceName) clues.push({ field: 'sourceName', text: page.sourceName });
  for (const line of page.headerLines) clues.push({ field: 'header', text: line });
  const subject = openingSubject(firstLines[0]);
  if (subject) clues.push({ field: 'subject', text: subject });
  for (const line of firstLines) clues.push({ field: 'statement', text: line });
  clues.push({ field: 'body', text: page.bodyLines.join('\n') });
  return clues;
}

/**
 * Who the opening sentence is about: `2023年,新县在市委…`, `2022年,白云区政府坚持…`. A report
 * that starts mid-page names its owner there, often by a short name (新县) that running text
 * elsewhere could not be trusted with.
 */
export function openingSubject(line: string | undefined): string | undefined {
  if (!line) return undefined;
  const match = /^(?:(?:19|20)\d{2}\s*年度?(?:以来)?[,，]\s*)?(?:在[^,，。]{2,30}下[,，]\s*)?([\u4e00-\u9fa5]{2,20}?)(?:坚持|在|认真|深入|全面|始终|以|紧紧|聚焦|围绕|持续|扎实|严格|积极|着力|紧扣|立足|锚定)/u.exec(line);
  return match?.[1];
}

/**
 * For a page whose place is ambiguous: the lines a person pastes into content/overrides.yaml
 * (under `places:`) to publish it, one per candidate, to keep the right one.
 */
export function overrideHint(file: string, candidates: Array<{ code: string; region: string[] }>): string {
  if (candidates.length < 2) return '';
  const lines = candidates.map((c) => `  ${JSON.stringify(file)}: "${c.code}"  # ${c.region.join('')}`);
  return `. To publish it, add under \`places:\` in content/overrides.yaml the line for the right place: ${lines.join(' | ')}`;
}

/** Inline pinyin some mirrors leave after characters (`區(qū)`), which splits place names. */
function withoutPinyin(text: string): string {
  return text.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/giu, '');
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
