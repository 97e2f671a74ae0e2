import { createHash } from 'node:crypto';
import { loadGazetteer, type Division, type Gazetteer } from '../gazetteer/gazetteer.ts';
import { NATIONAL_DIVISION, nationalBodyOf } from '../gazetteer/national.ts';
import {
  BODY_ONLY,
  findPlaceNames,
  isBareIpHost,
  placesOfHost,
  resolveDivision,
  indexCodeOf,
  stemOf,
  type Clue,
} from '../gazetteer/resolve.ts';
import { renderReport } from '../markdown/render.ts';
import {
  IMAGE_LINK_PREFIX,
  describeSchemaError,
  reportSchema,
  type IssuerType,
  type Report,
} from '../schema/report.ts';
import { UNSAFE_URL_REASON, safeHttpUrl } from '../schema/url.ts';
import { decodeCapture } from './decode.ts';
import { parseFields } from './fields.ts';
import { IMAGE_MARK, imageText, plainLine, readHtml, type HtmlImage } from './html.ts';
import { resolveImageSource, type ArchiveResult, type ArchivedImage } from './images.ts';
import {
  findReportYear,
  issuerFromTitle,
  ownWordOf,
  readPage,
  reflowGluedPage,
  SECTION_HEADING,
  unglueTitle,
  type PageFacts,
} from './page.ts';
import {
  bareGovernmentOf,
  deepenByCitedTitles,
  deepenByHost,
  deepenByNearName,
  deepenByTownStem,
  callsItselfATown,
  commonDivisionFitting,
  deepenBySelfReference,
  fits,
  deepenByBranchOffice,
  deepenByZoneStem,
  placeZoneByCityStem,
  liftToSelfLevel,
  liftToOwnZone,
  liftToOpeningSubject,
  deepenByOpeningSubject,
  placeByBrand,
  placeByGovInitials,
  govInitialsOfKind,
  placeByOwnPortal,
  placeByHost,
  placeByProvinceNotice,
  selfReferenceOf,
  settleGovInitialsByStem,
  placeZoneOfGovInitials,
  placeZoneAtHostCity,
  liftToPortalCity,
  countyTitledAfterCity,
  speaksAsProvince,
  titleBodyBelowProvince,
} from './place.ts';
import {
  isTraditional,
  originalLines,
  originalOf,
  simplifiedLine,
  simplifiedReading,
  toSimplified,
} from '../chinese-script/script.ts';
import { classifySection, escapeMarkdown, toMarkdown } from './structure.ts';
import { foldWidth, normalizeLines, withoutPinyin } from './text.ts';

/** One captured page and what came with it. */
export interface Capture {
  /** File name relative to the input folder. */
  file: string;
  bytes: Uint8Array;
  /** What `<name>.meta.json` said, as written there: checked here, never trusted. */
  sidecar?: { sourceUrl?: unknown; capturedAt?: unknown };
  /** A division code a person chose for this page (content/overrides.yaml, `places:`) when the page alone cannot say. */
  place?: string;
  /** The capture's files folder, when it was saved with one, and its images as archived. */
  images?: CaptureImages;
}

export interface CaptureImages {
  /** Names of the files folders beside the capture (`page_files`, `page`). */
  folders: ReadonlySet<string>;
  /** An image file (by name in the input folder) as archived; undefined if it is not there. */
  archived(file: string): ArchiveResult | undefined;
}

export type CaptureOutcome =
  | { status: 'ok' | 'warning'; reasons: string[]; report: Report; body: string; images: ArchivedImage[] }
  | { status: 'rejected'; reasons: string[] };

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A reporter's byline opening a news item: `(记者 张鸿雨)`, `本报讯`, `本站讯(通讯员 …)`. */
const NEWS_BYLINE =
  /^[([【]?\s*(?:本报|本台|本网|本站)?(?:记者|通讯员)\s*[\u4e00-\u9fa5·]{2,}|^(?:本报讯|本台讯|本网讯|本站讯)/u;

/** An article's author line: a black square or `文/` before a body's name, alone on the line. */
const ARTICLE_BYLINE = /^(?:■|◆|文\s*[/／])\s*[\u4e00-\u9fa5]{2,20}(?:局|厅|委|委员会|办公室|政府|办事处)$/u;

/** Pages that look like these reports but are something else. */
const LOOK_ALIKES: Array<[RegExp, string]> = [
  [
    /政府信息公开.{0,6}年度报告/,
    'a 政府信息公开工作年度报告 (government information disclosure report), not a rule-of-law report',
  ],
  [/解读/, 'a policy interpretation (解读) page, not the report itself'],
  // The yearly report to the people's congress (`2022年正蓝旗人民政府工作报告(全文)`), not about 法治.
  [/^(?!.*法治).*政府工作报告/, 'a government work report (政府工作报告), not a rule-of-law report'],
  // `…局2022年法治政府建设工作总结和2023年度工作计划` (m121): a year's summary with the next year's
  // plan after it is that year's report, as `…总结和…计划的报告` is (l121).
  // `2025年法治工作要点的通知` (ai207, a notice issuing a plan, the head of its title lost): the plan's notice.
  [
    /^(?!.*总结(?:和|及|与|暨)).*(实施方案|工作要点|工作计划)(?:的通知)?$/,
    'a work plan (实施方案/工作要点), not an annual report',
  ],
  [/^(?:.{0,30}?关于)?印发.{2,60}的?通知$/, 'a notice issuing a document (关于印发…的通知), not a report'],
  [/20[xX×]{2}年|[*＊]{1,2}[区县市镇]/, 'a template page with placeholders (20xx年, *区), not a published report'],
  [/(召开|举行|举办|部署).{0,40}(会|会议|活动)$/, 'a news item about a report, not the report itself'],
  // `石泉县全面安排部署2022年全省法治政府建设评估评价工作` (m303): a headline of a body setting work in
  // motion; a report sums a year up and deploys nothing in its title.
  [/部署.{0,40}工作$/, 'a news item about work being set in motion (部署…工作), not a report'],
  // `——2023年省司法厅推进法治建设和司法行政工作综述` (d062): a newspaper's review of a year, not the report.
  // `關于第21項指標的情況說明` (i421): a note explaining one scoring indicator of an assessment.
  [/第\s*\d+\s*项指标.{0,4}(?:情况)?说明$/, 'a note on one assessment indicator (第N项指标的情况说明), not a report'],
  [/(?:工作|情况)?综述$/, 'a news review of the year (综述), not the report itself'],
  // `关于2019年度全市法治政府建设(依法行政)考核结果的通报` (f205): results sent down, not a report.
  [/^(?:.{0,30}?关于).{2,60}的通报$/, 'a notice of results (通报), not a report'],
  // Headlines only (a report's own prose says 召开党组会议研究…).
  [
    /^(?=.{0,60}$).*(?:(会议|常务会|常委会|党组会).{0,4}(审议|听取|研究)|(召开|主持).{0,20}(审议|听取))/,
    'a news item about a meeting that reviewed a report, not the report itself',
  ],
  // `…局2024年行政执法工作年度报告`: the yearly report on law enforcement alone (cases, the three enforcement
  // rules), a document of its own, not the rule-of-law report (p105, cut below such a title, is known by its
  // first section, ENFORCEMENT_REPORT_SECTION).
  [
    /^(?!.*法治).*行政执法(?:工作)?(?:年度报告|年报|情况报告)$/,
    'a 行政执法 annual report (law enforcement only), not a rule-of-law report',
  ],
  [
    /^各(?:市|县|区|乡|镇|街道|省|州|盟|旗|有关|部门|单位|级).{0,60}[:：]$/,
    'a notice addressed to subordinate governments (各…:), not a report',
  ],
];

/**
 * The government's line under the page title naming the same government as its publisher, in full
 * (`秀山土家族苗族自治县人民政府` under the title, `发布机构 秀山县人民政府`, i431): the fuller name.
 */
function fullerHeading(heading: string | undefined, publisher: string | undefined): string | undefined {
  if (!heading || !publisher || heading.length <= publisher.length) return undefined;
  // `黔江区邻鄂镇人民政府` under the title, `发布机构 黔江区邻鄂镇` (p130): a town or street named by its place,
  // its government or office in the heading.
  if (/(?:镇|乡|街道)$/u.test(publisher) && (heading === `${publisher}人民政府` || heading === `${publisher}办事处`))
    return heading;
  const stem = /^(.{2,}?)(?:自治县|县|市|区|旗)?人民政府$/u.exec(publisher)?.[1];
  return stem && /人民政府$/u.test(heading) && heading.startsWith(stem) ? heading : undefined;
}

export function issuerTypeOf(issuer: string): IssuerType {
  if (/^中共|党委|党工委|党组|工作委员会$/.test(issuer)) return 'party';
  if (/人民政府|政府$|办事处$|管委会$|管理委员会$|行政公署/.test(issuer)) return 'government';
  if (/(局|厅|委|办|办公室|中心|所|院|署|处|委员会|部)$/.test(issuer)) return 'department';
  return 'other';
}

function reportId(divisionCode: string, year: number, issuer: string | undefined, issuerType: IssuerType): string {
  const base = `${divisionCode}-${year}`;
  // A department's report is a different report from its government's for the same place and year.
  return issuer && (issuerType === 'department' || issuerType === 'other')
    ? `${base}-${sha256(issuer).slice(0, 6)}`
    : base;
}

/** Extracts a report from one capture, or says plainly why it cannot. Pure: no file access. */
export function ingestCapture(capture: Capture, gazetteer: Gazetteer = loadGazetteer()): CaptureOutcome {
  const isHtml = /\.html?$/i.test(capture.file);
  if (!isHtml && !/\.(txt|text)$/i.test(capture.file)) {
    return { status: 'rejected', reasons: ['not a capture: expected a .txt or .html page capture'] };
  }
  const decoded = decodeCapture(capture.bytes);
  if (!decoded.ok) return { status: 'rejected', reasons: [decoded.reason] };

  // An HTML capture is read with its images marked where they stand (see readHtml); the
  // metadata is read from the same lines with each image as its alt text. A page glued into one
  // paragraph (b001's mirror, as HTML) is cut again as a text capture is, images marked.
  const html = isHtml ? readHtml(decoded.value.text) : undefined;
  const marked = html ? reflowGluedCapture(normalizeLines(html.lines.join('\n'))) : undefined;
  const original = withoutListBullets(
    html && marked
      ? marked.map((line) => normalizeLines(plainLine(line, html.images))[0]!)
      : reflowGluedCapture(normalizeLines(decoded.value.text)),
  );
  const traditional = isTraditional(original.join(''));
  // Read in Simplified; publish in the capture's own script.
  const lines = traditional ? simplifiedReading(original) : original;
  const page = readPage(lines);
  const own = (text: string | undefined) => (traditional && text ? ownScript(text, lines, original) : text);
  const ownBody = traditional ? originalLines(page.bodyLines, lines, original) : page.bodyLines;
  if (page.bodyLines.length === 0) return { status: 'rejected', reasons: ['no report text found in the capture'] };

  const firstLines = page.bodyLines.filter((l) => l !== '').slice(0, 3);
  const lookAlike = lookAlikeOf(page, firstLines[0]);
  if (lookAlike) return { status: 'rejected', reasons: [lookAlike] };
  // A rule-of-law report names its subject: of the 748 real captures labelled in round seven, the 42 that
  // never print 法治 (40 of them none of 法治, 依法行政, 依法治) are all labelled look-alikes (b026,
  // a 绩效管理 review by 北京's 市卫生健康委 that its host places once `市` fits a municipality;
  // g020; a087).
  // `第九批“全国民主法治示范村(社区)` (x216, a 司法局's year-end work summary): a village's 民主法治 title is
  // no word of the rule of law the reports are about.
  if (!lines.some((line) => RULE_OF_LAW_WORD.test(line.replace(/民主法治/gu, ''))))
    return {
      status: 'rejected',
      reasons: ['looks like another kind of text: it never names the rule of law (法治, 依法行政, 依法治)'],
    };

  const warnings: string[] = [];
  if (decoded.value.encoding !== 'utf-8') warnings.push(`decoded as ${decoded.value.encoding}`);
  if (decoded.value.truncated) warnings.push('the file ends in the middle of a character: the capture was cut short');
  const lastLine = page.bodyLines.filter((l) => l !== '').at(-1) ?? '';
  if (!page.signedAt && !page.issuer && !/[。！？；.!?;）)”」]$/.test(lastLine)) {
    warnings.push(`the text ends mid-sentence («…${lastLine.slice(-12)}»): the capture may be truncated`);
  }
  if (traditional) warnings.push('Traditional-script capture: read in Simplified, published as captured');

  const { year, from: yearFrom } = findReportYear(page.title, page.bodyLines, page.signedAt, page.headerLines);
  if (!year)
    return {
      status: 'rejected',
      reasons: ['cannot tell which year the report covers (no year in title, statement or signature)'],
    };
  if (yearFrom === 'signature') warnings.push(`year ${year} inferred from the signature date only`);
  if (yearFrom === 'plan') warnings.push(`year ${year} inferred from the year's work plan the page cites only`);
  if (yearFrom === 'plenum')
    warnings.push(
      `year ${year} inferred from the latest Party plenum the page cites only (its year figures are missing)`,
    );
  if (yearFrom === 'sentences')
    warnings.push(`year ${year} inferred from sentences that open with it, not from a title or statement`);

  // A link the site may not publish is dropped, not the report: the text is still the report.
  const sourceUrl = safeHttpUrl(capture.sidecar?.sourceUrl);
  if (capture.sidecar?.sourceUrl !== undefined && sourceUrl === undefined) {
    warnings.push(
      `sidecar sourceUrl ${JSON.stringify(String(capture.sidecar.sourceUrl).slice(0, 200))} dropped: ${UNSAFE_URL_REASON}`,
    );
  }
  const capturedAt = typeof capture.sidecar?.capturedAt === 'string' ? capture.sidecar.capturedAt : undefined;
  if (capture.sidecar?.capturedAt !== undefined && capturedAt === undefined)
    warnings.push('sidecar capturedAt dropped: not a string');

  // A mirror on a host that spells no place may keep the portal's own path (`/xjbz/bzf/…`, f220):
  // its first segment is read as the portal's host name, as strictly as a host.
  const host = hostForPlace(sourceUrl, gazetteer);
  // A ministry's report belongs to the whole country, wherever the page is hosted or reprinted.
  const nationalBody = nationalBodyOf(page.title, firstLines[0]);
  // The statement a place and a voice are read from: the first lines up to the first numbered section.
  const opening = openingOf(firstLines);
  const resolution: ReturnType<typeof resolveDivision> = nationalBody
    ? { ok: true, division: NATIONAL_DIVISION, evidence: [`${nationalBody} (national body)`], warnings: [] }
    : resolveDivision(
        placeClues(page, firstLines, opening).map((clue) => ({
          ...clue,
          text: withoutUnitOwners(withoutAddresses(withoutPinyin(clue.text))),
        })),
        {
          fullText: withoutUnitOwners(withoutAddresses(withoutPinyin(lines.join('\n')))),
          siteCode: page.siteCode,
          sourceHost: host,
          indexCode: indexCodeOf(page.indexNumber),
        },
        gazetteer,
      );
  // `2023年在區(qū)委、區(qū)政府的堅強領導下` (ag203, a Traditional mirror that glosses characters in pinyin): the page's
  // words for its own level are read without the glosses, as its place names are.
  const self = selfReferenceOf(firstLines.map(withoutPinyin));
  // A report that names its own government by level only (`县委、县政府:`, `县教育局在县委、县政府…`)
  // gives its level as `我县` would (d035, d042: county bureaus placed at their province).
  // The title counts too: `区卫生健康委关于2025年…的报告` (e013) names its body by level only.
  // A title opening with its department by level alone (`市司法局关于…`, i221) outranks the opening's
  // `全省`, which there speaks of the province's meetings, not the report's voice.
  // The opening's subject when it is the body by its level alone (`2025年,市司法局在市委、市政府…`, t208) is the
  // report's voice, before a `全省` further down (`入选全省…十大优秀实践`), which speaks of the province.
  const subjectOfOpening = openingSubject(firstLines[0]);
  const openingVoice = bareGovernmentOf([subjectOfOpening ?? '']);
  const titleVoice = titleBodyBelowProvince(page.title);
  const bare =
    titleVoice ??
    openingVoice ??
    self ??
    bareGovernmentOf((page.title ? [page.title, ...firstLines] : firstLines).map(withoutPinyin));
  const text = page.bodyLines.join('\n');
  let division;
  if (resolution.ok) {
    warnings.push(...resolution.warnings);
    division = resolution.division;
    const deeper = nationalBody ? undefined : deepenBySelfReference(division, bare, text, gazetteer, !self);
    const cited = nationalBody || deeper ? undefined : deepenByCitedTitles(division, bare, text, gazetteer);
    const near = nationalBody || deeper || cited ? undefined : deepenByNearName(division, self, text, gazetteer);
    const hosted = nationalBody || deeper || cited || near ? undefined : deepenByHost(division, bare, host, gazetteer);
    const subject =
      nationalBody || deeper || cited || near || hosted
        ? undefined
        : deepenByOpeningSubject(division, subjectOfOpening, gazetteer);
    if (deeper) {
      warnings.push(
        `placed in ${deeper.name}: the report calls itself ${bare!.word} and names ${deeper.name} inside ${division.name}`,
      );
      division = deeper;
    } else if (cited) {
      warnings.push(
        `placed in ${cited.name}: the report calls itself ${bare!.word} and cites documents of ${cited.name} only, inside ${division.name}`,
      );
      division = cited;
    } else if (near) {
      warnings.push(
        `placed in ${near.name}: the report calls itself ${self!.word} and names ${near.name} one character short, inside ${division.name}`,
      );
      division = near;
    } else if (subject) {
      warnings.push(`placed in ${subject.name}: the report's opening names it as its subject, inside ${division.name}`);
      division = subject;
    } else if (hosted) {
      warnings.push(
        `placed in ${hosted.name}: the report calls itself ${bare!.word}, names no place of that level, and its portal ${host} is in ${hosted.name}`,
      );
      division = hosted;
    }
    const titledCounty = nationalBody ? undefined : countyTitledAfterCity(division, page.title, gazetteer);
    if (titledCounty) {
      warnings.push(
        `placed in ${titledCounty.name}: the title names it by its stem after its city (${division.name}${stemOf(titledCounty.name)}…)`,
      );
      division = titledCounty;
    }
    // `全市` with every place in the body (f237: `《景德镇市…》` and the example `浮梁县`): the
    // deepest named place is not the report's when it is below the report's own level.
    // So when the title and the first sentences name only the place above it (`《梧州市人民政府2018年度…》是…`
    // over `我市政府`, and `万秀区法制办获…` further on, q223).
    const headOfPage = [page.title ?? '', ...firstLines.map(firstSentenceOf)].join('\n');
    // `2022年,在市委、市政府的正确领导…下,市司法局坚持…` (y222): the opening's subject by its level gives it too,
    // and the place above may then be named by its stem (`平安赣州`).
    const openingWord = selfReferenceOf(opening);
    const ownLevel = openingWord ?? openingVoice;
    const lifted =
      !nationalBody && (resolution.warnings.includes(BODY_ONLY) || !headOfPage.includes(stemOf(division.name)))
        ? liftToSelfLevel(division, ownLevel, text, gazetteer, host, openingWord === undefined)
        : undefined;
    if (lifted) {
      warnings.push(
        `placed in ${lifted.name}: the report calls itself ${ownLevel!.word} and names ${division.name} only in its body, inside ${lifted.name}`,
      );
      division = lifted;
    }
    const ownZone =
      !nationalBody && !lifted && resolution.warnings.includes(BODY_ONLY)
        ? liftToOwnZone(division, subjectOfOpening, gazetteer)
        : undefined;
    if (ownZone) {
      warnings.push(
        `placed in ${ownZone.name}: the report calls itself by its zone's kind and names ${division.name} only in its body, inside ${ownZone.name}`,
      );
      division = ownZone;
    }
    // `2024年,在省委、省人民政府的坚强领导下,株洲深入贯彻…` with `茶陵县` in the body only (t203): the opening's
    // subject, a place above the one found, by its stem or name, is the report's.
    const ownPlace =
      !nationalBody && !lifted && !ownZone && resolution.warnings.includes(BODY_ONLY)
        ? liftToOpeningSubject(division, subjectOfOpening, gazetteer)
        : undefined;
    if (ownPlace) {
      warnings.push(
        `placed in ${ownPlace.name}: the report's opening names it as its subject and names ${division.name} only in its body`,
      );
      division = ownPlace;
    }
    const portalCity =
      !nationalBody && !lifted && !ownZone && !ownPlace && !headOfPage.includes(stemOf(division.name))
        ? liftToPortalCity(division, firstLines, host, gazetteer)
        : undefined;
    if (portalCity) {
      warnings.push(
        `placed in ${portalCity.name}: a department speaking as 我局 on ${portalCity.name}'s own portal ${host} names ${division.name} only after its opening's first sentence`,
      );
      division = portalCity;
    }
    // A province's report that names a city or district only as an example (not in its title,
    // issuer, heading or the subject of an opening line) is the province's (e130, e134).
    // (b048: `2023年,杭州市坚持…` under a salutation, with `杭州在全省…` after it, stays 杭州市.)
    const owner = [page.title, ownBodyOf(page), page.headerIssuer, ...firstLines.map(openingSubject)]
      .filter((t): t is string => Boolean(t))
      .join(' ');
    const province = division.ancestorCodes[0] ? gazetteer.byCode.get(division.ancestorCodes[0]) : undefined;
    if (
      !nationalBody &&
      province &&
      division.level !== 'province' &&
      !owner.includes(stemOf(division.name)) &&
      findPlaceNames(owner, gazetteer, true).length === 0 &&
      !titleVoice &&
      speaksAsProvince(firstLines)
    ) {
      warnings.push(
        `placed in ${province.name}: the report speaks as a province and names ${division.name} only as an example`,
      );
      division = province;
    }
    const zone = deepenByZoneStem(
      division,
      [page.title ?? '', firstLines[0] ?? ''].map((line) => withoutPinyin(line)),
      gazetteer,
    );
    if (zone) {
      warnings.push(`placed in ${zone.name}: the report's zone is named by ${zone.name}'s stem`);
      division = zone;
    }
    const zoneCity =
      !zone && !nationalBody && resolution.warnings.includes(BODY_ONLY)
        ? placeZoneByCityStem(
            division,
            [page.title ?? '', firstLines[0] ?? ''].map((line) => withoutPinyin(line)),
            gazetteer,
          )
        : undefined;
    if (zoneCity) {
      warnings.push(
        `placed in ${zoneCity.name}: the report's zone is named by ${zoneCity.name}'s stem; ${division.name} is named only in its body`,
      );
      division = zoneCity;
    }
    const branch = deepenByBranchOffice(division, page.title, gazetteer);
    if (branch) {
      warnings.push(`placed in ${branch.name}: the title names ${division.name}'s office for it by its stem`);
      division = branch;
    }
    const town =
      division.level === 'county' && callsItselfATown(self, firstLines)
        ? deepenByTownStem(division, text, gazetteer)
        : undefined;
    if (town) {
      warnings.push(`placed in ${town.name}: the report calls itself a town and names ${town.name} by its stem only`);
      division = town;
    }
    // `我镇` under a district that names no town of it: the town is unknown, and a county's
    // report it is not. A person who knows the town says so in content/overrides.yaml.
    // A title naming the place it was placed at (`宁津县市场监督管理局2019年…`) says whose report it
    // is, whatever town work the text describes.
    const titleNamesPlace = Boolean(page.title?.includes(division.name));
    // So with `全市` in a report placed at a province that is no municipality (f216: every place
    // masked `(略)` but 辽宁省): the city is unknown, and the province's report it is not.
    const aboveCity = self?.level === 'city' && division.level === 'province' && !fits(division, self);
    if (((self?.level === 'township' && division.level !== 'township') || aboveCity) && !titleNamesPlace) {
      const chosen = capture.place ? gazetteer.byCode.get(capture.place) : undefined;
      if (!chosen) {
        return {
          status: 'rejected',
          reasons: [
            `cannot place the report: it calls itself ${self.word} but names no ${self.word.slice(1)} inside ${division.region.join('')}. To publish it, add under \`places:\` in content/overrides.yaml the line ${JSON.stringify(capture.file)}: "<code of the ${self.word.slice(1)}>"`,
          ],
        };
      }
      warnings.push(
        `placed by content/overrides.yaml (places): ${chosen.region.join('')}; the page alone says only ${self.word} inside ${division.name}`,
      );
      division = chosen;
    }
  } else {
    // The gazetteer knows the country (100000) by code too.
    const chosen = capture.place ? gazetteer.byCode.get(capture.place) : undefined;
    // Each reading below asks what the portal spells; a scan of the gazetteer, done once here (4–11 ms a call).
    const hostPlaces = placesOfHost(host, gazetteer);
    // `为新时代现代化滨江新城建设` under `我县` on minhou.gov.cn (p104): a name two zones elsewhere share, neither
    // of them related to any place the portal spells, is the county's own phrase, not its place; the host decides
    // as if no place were named.
    const byHost =
      resolution.candidates.length === 0 || allApartFromHost(resolution.candidates, hostPlaces)
        ? placeByHost(bare, host, gazetteer, text)
        : undefined;
    // A town named only by its stem (`法治舒桥建设`, d005) inside the one county its portal spells.
    const hostCounties = hostPlaces.filter((place) => place.level === 'county');
    const byStem =
      !byHost && resolution.candidates.length === 0 && hostCounties.length === 1 && callsItselfATown(self, firstLines)
        ? deepenByTownStem(hostCounties[0]!, text, gazetteer)
        : undefined;
    const byCommon = commonDivisionFitting(resolution.candidates, bare, gazetteer);
    const byBrand =
      !byHost && !byStem && resolution.candidates.length === 0
        ? placeByBrand(bare, text, gazetteer, subjectOfOpening)
        : undefined;
    const byNotice =
      !byHost && !byStem && !byBrand && resolution.candidates.length === 0
        ? placeByProvinceNotice(bare, text, gazetteer)
        : undefined;
    const byPortal =
      !bare && resolution.candidates.length === 0 ? placeByOwnPortal(firstLines, host, gazetteer) : undefined;
    const byInitials =
      !byHost && resolution.candidates.length === 0 ? placeByGovInitials(bare, host, gazetteer) : undefined;
    const byInitialsStem =
      !byHost && !byInitials && resolution.candidates.length === 0
        ? settleGovInitialsByStem(govInitialsOfKind(bare, host, gazetteer), text)
        : undefined;
    const byInitialsZone =
      !byHost && !byInitials && !byInitialsStem && resolution.candidates.length === 0
        ? placeZoneOfGovInitials(host, text, gazetteer)
        : undefined;
    const byZoneHost =
      !byHost && !byInitials && !byInitialsStem && !byInitialsZone && resolution.candidates.length === 0
        ? placeZoneAtHostCity(firstLines[0], hostPlaces, text)
        : undefined;
    if (chosen) {
      warnings.push(
        `placed by content/overrides.yaml (places): ${chosen.region.join('')}; the page alone says: ${resolution.reason}`,
      );
      division = chosen;
    } else if (byCommon) {
      warnings.push(
        `placed in ${byCommon.name}: the report calls itself ${bare!.word} and the places it names (${resolution.reason}) are all inside ${byCommon.name}`,
      );
      division = byCommon;
    } else if (byBrand) {
      const stem = stemOf(byBrand.name);
      const where =
        byBrand.level === 'province'
          ? 'a province’s own phrases (法治…, 考察…重要讲话, 对…所作)'
          : subjectOfOpening === stem
            ? `the subject of its opening (${stem}…)`
            : `its brand 法治${stem}`;
      warnings.push(
        `placed in ${byBrand.name}: the report calls itself ${bare!.word} and names itself only as ${stem} in ${where}`,
      );
      division = byBrand;
    } else if (byNotice) {
      warnings.push(
        `placed in ${byNotice.name}: the report calls itself ${bare!.word}, names no place, and cites its province's own notice numbered by ${byNotice.name}'s abbreviation`,
      );
      division = byNotice;
    } else if (byStem) {
      warnings.push(
        `placed in ${byStem.name}: the report calls itself a town, names it by its stem only, and its portal ${host} is in ${hostCounties[0]!.name}`,
      );
      division = byStem;
    } else if (byPortal) {
      warnings.push(
        `no place named in the page: a department speaks of itself (我局) and its portal ${host} is ${byPortal.name}'s`,
      );
      division = byPortal;
    } else if (byHost) {
      warnings.push(
        `no place named in the page: it calls itself ${bare!.word} and its portal ${host} is in ${byHost.name}${hostPlaces.length > 1 ? ` (the host spells ${hostPlaces.length} places; the page's own brand 法治… or its word ${bare!.word} says which)` : ''}`,
      );
      division = byHost;
    } else if (byInitials) {
      warnings.push(
        `no place named in the page: it calls itself ${bare!.word} and its portal ${host} is the initials of one place of that kind, ${byInitials.name}`,
      );
      division = byInitials;
    } else if (byInitialsStem) {
      warnings.push(
        `no place named in the page: it calls itself ${bare!.word}, its portal ${host} is the initials of several places of that kind, and of them it writes only ${stemOf(byInitialsStem.name)} (${byInitialsStem.name})`,
      );
      division = byInitialsStem;
    } else if (byInitialsZone) {
      warnings.push(
        `no place named in the page: it names ${byInitialsZone.name} without its city's stem, and its portal ${host} is the initials of that city`,
      );
      division = byInitialsZone;
    } else if (byZoneHost) {
      warnings.push(
        `no place named in the page: a zone the gazetteer does not hold reports under its city's 市委 and 市政府, and its portal ${host} is ${byZoneHost.name}'s`,
      );
      division = byZoneHost;
    } else {
      // `市发展改革委` on pc.dl.gov.cn (h434): no place named, and the host's initials are two
      // places of the report's kind (大连市, 大理市); the reason names them, with their lines.
      const hostCandidates =
        resolution.candidates.length === 0 ? govInitialsOfKind(bare, host, gazetteer) : resolution.candidates;
      const hostNote =
        resolution.candidates.length === 0 && hostCandidates.length > 1
          ? `; its portal ${host} is the initials of ${hostCandidates.length} places of its kind (${hostCandidates.map((d) => d.region.join('')).join('、')}) and the page does not say which`
          : '';
      return {
        status: 'rejected',
        reasons: [
          `cannot place the report: ${resolution.reason}${hostNote}${overrideHint(capture.file, hostCandidates)}`,
        ],
      };
    }
  }

  // Who signed it, else the body the title starts with, else a publisher that is the government itself.
  // Of a title's body and a publisher naming the same government, the fuller name (南昌县人民政府 over 南昌县政府).
  // Two bodies the title glues (`中共醴陵市委醴陵市人民政府2021年度…`) and the heading prints on their own
  // lines (`中共醴陵市委` / `醴陵市人民政府`, j326): the same issuer, with the space the heading gives it.
  const titleBody = issuerFromTitle(page.title);
  const fromTitle =
    titleBody && page.headerIssuer?.includes(' ') && page.headerIssuer.replace(/\s+/gu, '') === titleBody
      ? page.headerIssuer
      : titleBody;
  // A publisher naming the title's body with its places before it (`发布单位:威海市环翠区卫生健康局`
  // over the title's `环翠区卫生健康局…`, f146) is the same body's fuller name, as for governments.
  const fullerPublisher =
    fromTitle && page.publisher && page.publisher.length > fromTitle.length && page.publisher.endsWith(fromTitle)
      ? page.publisher
      : undefined;
  // `济南市历城区2023年度法治政府建设情况报告` over an unlabelled `区司法局` (aa101, 济南's portal): a department
  // named by its level alone under a title that is its place's report published the report for its government.
  const headerIssuer =
    page.headerIssuer && !titleBody && page.title?.includes(division.name) && isOwnDepartment(page.headerIssuer)
      ? undefined
      : page.headerIssuer;
  // `2025年,县政府办公室在县委、县政府的坚强领导下…` under `发布机构 | 施甸县人民政府` (ac110): an opening that speaks
  // as one of the government's offices or bureaus is not the government's report, whoever published it.
  const publisherIssuer = subjectOfOpening && isOwnDepartment(subjectOfOpening) ? undefined : page.publisherIssuer;
  const named = [fromTitle, publisherIssuer, fullerPublisher, fullerHeading(headerIssuer, publisherIssuer)].filter(
    (n): n is string => n !== undefined,
  );
  // A title naming no body, a publisher that is a department, and an opening whose subject is
  // that department by its level (`发布机构 南县退役军人事务局`, `今年以来,县退役军人事务局…`, f127):
  // the publisher is the reporting body itself, as a town government's 发布机构 is (a021).
  const reportingPublisher =
    named.length === 0
      ? (publisherTitled(page.publisher, page.title) ??
        publisherOpening(
          page.publisher,
          firstLines.find((line) => !isAddresseeLine(line)),
        ))
      : undefined;
  if (reportingPublisher) named.push(reportingPublisher);
  const issuer = page.issuer ?? (named.length > 0 ? named.sort((a, b) => b.length - a.length)[0] : headerIssuer);
  const issuerType: IssuerType = issuer
    ? issuerTypeOf(issuer)
    : page.title && page.title.includes(division.name) && !/(局|委员会|办公室)/.test(page.title)
      ? 'government'
      : 'other';
  const pictured =
    html && marked ? withImages(page.bodyLines, lines, marked, ownBody, html.images, capture, warnings) : undefined;
  const body = pictured?.body ?? toMarkdown(ownBody);
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
    images:
      pictured && pictured.images.length > 0
        ? pictured.images.map(({ file, fallback, width, height, alt }) => ({ file, fallback, width, height, alt }))
        : undefined,
    mostlyImages: pictured?.mostlyImages || undefined,
  };
  const parsed = reportSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      status: 'rejected',
      reasons: describeSchemaError(parsed.error).map((m) => `invalid extracted metadata: ${m}`),
    };
  }
  return {
    status: warnings.length > 0 ? 'warning' : 'ok',
    reasons: warnings,
    report: parsed.data,
    body,
    images: pictured?.images ?? [],
  };
}

/**
 * Text characters per image below which a body is mostly images: a printed page of a report
 * holds 800–1,000 characters, so a scanned page with less than this in text beside it is the
 * report itself, not an illustration of it.
 */
const MOSTLY_IMAGES_TEXT_PER_IMAGE = 150;

/**
 * The Markdown body with the images of the report text archived and linked. Body lines are
 * found again in the marked lines by their place; images standing alone right after the
 * report's last line (scanned pages after a covering sentence) belong to it. An image that
 * cannot be archived is left as its alt text, with a warning naming it.
 */
function withImages(
  bodyLines: string[],
  lines: string[],
  marked: string[],
  ownBody: string[],
  images: HtmlImage[],
  capture: Capture,
  warnings: string[],
): { body: string; images: Array<ArchivedImage & { alt: string }>; mostlyImages: boolean } {
  let from = 0;
  let last = -1;
  const markedBody = bodyLines.map((line, k) => {
    const index = lines.indexOf(line, from);
    if (index < 0) return ownBody[k]!;
    from = index + 1;
    last = index;
    return marked[index]!;
  });
  const isImageOnly = (line: string) => line !== '' && line.replace(IMAGE_MARK, '').trim() === '';
  for (let i = last + 1; last >= 0 && i < marked.length && (marked[i] === '' || isImageOnly(marked[i]!)); i++) {
    if (marked[i] !== '') markedBody.push(marked[i]!);
  }

  const kept: Array<ArchivedImage & { alt: string }> = [];
  let shown = 0;
  const linkOf = (index: number): string => {
    const image = images[index]!;
    const asText = escapeMarkdown(imageText(image));
    const name = JSON.stringify(image.src.length > 80 ? `${image.src.slice(0, 80)}…` : image.src);
    const source = resolveImageSource(image.src, capture.file, capture.images?.folders ?? new Set());
    if (!source.ok) {
      // A local path on a page saved without its files: the file was never captured.
      const reason =
        capture.images || !source.reason.startsWith('not inside')
          ? source.reason
          : 'the page was saved without its files folder (page_files/ or page/)';
      warnings.push(`image ${name} not archived: ${reason}`);
      return asText;
    }
    const archived = capture.images?.archived(source.file);
    if (!archived) {
      warnings.push(`image ${name} not archived: ${source.file} is not in the capture's files folder`);
      return asText;
    }
    if (!archived.ok) {
      warnings.push(`image ${name} not archived: ${archived.reason}`);
      return asText;
    }
    shown++;
    if (!kept.some((k) => k.file === archived.image.file)) kept.push({ ...archived.image, alt: image.alt });
    // Alt text in brackets: markdown-it reads it as text, so it is escaped like any text.
    return `![${escapeMarkdown(image.alt)}](${IMAGE_LINK_PREFIX}${archived.image.file})`;
  };
  // An image with no alt text that is not archived leaves nothing: its paragraph goes too.
  const body = toMarkdown(markedBody)
    .replace(IMAGE_MARK, (_, index: string) => linkOf(Number(index)))
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');

  const textLength = markedBody
    .map((line) => line.replace(IMAGE_MARK, ''))
    .join('')
    .replace(/\s/g, '').length;
  const mostlyImages = shown >= 2 && textLength < shown * MOSTLY_IMAGES_TEXT_PER_IMAGE;
  if (mostlyImages) {
    warnings.push(
      `the report is mostly images (${shown} images, ${textLength} characters of text): scanned pages, published as images; its text cannot be searched`,
    );
  }
  return { body, images: kept, mostlyImages };
}

/** A list's bullet at the start of a line, with the space after it. */
const LINE_BULLET = /^[•●▪](?:[\s\u3000\u00a0]+|(?=[\u4e00-\u9fa5（(【\d]))/u;

/**
 * A mirror that renders every line as a list item (`•   2020年,在中央…`, `• 海南省人民政府…`, q205): the bullet
 * is its chrome, not the report's, and would hide a title, a statement or an opening from every reading. A
 * bulleted metadata row (`• 发布机构`, `• 文件标题 关于…`, m110, p130) keeps its bullet, which marks it as a row.
 */
function withoutListBullets(lines: string[]): string[] {
  // Rows are told by their labels read in Simplified (`• 發布機構`, a Traditional mirror of m110).
  return lines.map((line) =>
    LINE_BULLET.test(line) && parseFields(simplifiedLine(line)).length === 0 ? line.replace(LINE_BULLET, '') : line,
  );
}

/**
 * A value in the capture's own script. A title joined from two lines (`關于2025年…及2026年` /
 * `推進…的報告`, j126) stands in no one line of the reading: it is looked up across the line break
 * (the reading keeps each line's length, so the offsets match the original's).
 */
function ownScript(text: string, reading: string[], original: string[]): string {
  if (reading.join('\n').includes(text)) return originalOf(text, reading, original);
  const at = reading.join('').indexOf(text);
  if (at >= 0) return original.join('').slice(at, at + text.length);
  return withSpacesDropped(text, reading.join('\n'), original.join('\n')) ?? text;
}

/**
 * A value read with the page's stray spaces dropped (`瀘州市人民政府 2022年度…報告`, s204, titled without the
 * space): the original's characters at the places the reading matched the value's, the spaces between left out.
 */
function withSpacesDropped(text: string, reading: string, original: string): string | undefined {
  const units = text.split('');
  const pattern = new RegExp(units.map((c) => c.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('[\\s\\u3000]*'), 'u');
  const match = pattern.exec(reading);
  if (!match) return undefined;
  let kept = '';
  for (let i = 0, k = 0; i < match[0].length && k < units.length; i++)
    if (match[0][i] === units[k]) {
      kept += original[match.index + i];
      k++;
    }
  return kept;
}

/** Why a page is not one of these reports, if it looks like something else. */
function lookAlikeOf(page: PageFacts, firstLine: string | undefined): string | undefined {
  // What the page calls itself: its title, else the lines above the text, else its first line.
  const names = page.title ? [page.title] : [...page.headerHeadings, firstLine ?? ''];
  // `(记者 张鸿雨)3月20日上午,…`: a text that opens with a reporter's byline is news, whatever
  // its headline says (a wire reprint, `中新网 3月29日电 据司法部网站消息…`, is not a byline).
  if (firstLine && NEWS_BYLINE.test(foldWidth(firstLine)))
    return `looks like a news item (a reporter's byline opens the text), not the report itself: ${firstLine.slice(0, 40)}`;
  // `■ 哈爾濱市司法局` over `近年來,…` (h442): a magazine prints its article's author as a marked
  // byline line; a report names its body in its title or signature, never so.
  const pageFirst = [...page.headerLines, firstLine ?? ''].find((line) => line.trim() !== '');
  if (!page.title && pageFirst && ARTICLE_BYLINE.test(foldWidth(pageFirst).trim()))
    return `looks like an article (an author's byline opens the text), not the report itself: ${pageFirst.slice(0, 40)}`;
  for (const [pattern, what] of LOOK_ALIKES) {
    const named = names.find((line) => pattern.test(line));
    if (named) return `looks like ${what}: ${named}`;
  }
  const opening = page.bodyLines.filter((line) => line !== '').slice(0, 8);
  // A page that starts mid-title (`工作年度报告`, f002) or with no title at all (f109) still says
  // what it is in its opening: the disclosure report's statutory preamble and section list.
  // `一、总体情况` / `(一)主动公开方面。…` / `(二)依申请公开方面。…` (k330): the disclosure report's
  // fixed sections, printed without its preamble, in its opening lines.
  const disclosure =
    opening.slice(0, 3).find((line) => DISCLOSURE_PREAMBLE.test(line)) ??
    opening.find((line) => DISCLOSURE_SECTION.test(foldWidth(line)));
  if (disclosure)
    return `looks like a 政府信息公开工作年度报告 (government information disclosure report), not a rule-of-law report: ${disclosure.slice(0, 40)}`;
  // `一、2024年行政执法基本情况` (p105, a bureau's page cut below its title): the 行政执法 annual report's
  // first section; a rule-of-law report opens with its measures and results.
  const enforcement = opening.slice(0, 2).find((line) => ENFORCEMENT_REPORT_SECTION.test(foldWidth(line)));
  if (enforcement)
    return `looks like a 行政执法 annual report (law enforcement only), not a rule-of-law report: ${enforcement.slice(0, 40)}`;
  // `一、背景链接` / `二、深度解读` (f202): an explainer's own section headings.
  const explainer = opening.find((line) => EXPLAINER_HEADING.test(line));
  if (explainer) return `looks like a policy interpretation (解读) page, not the report itself: ${explainer}`;
  // `2020年,辽宁省法治政府建设综合示范创建…` / `<<In 2020,a total of 69 cities…` (c055): a text
  // printed with its English translation in its opening is a book's or a paper's abstract.
  const translated = opening.slice(0, 3).find(isEnglishParagraph);
  if (translated)
    return `looks like an abstract printed with its English translation, not the report itself: ${translated.slice(0, 40)}`;
  // `2023年、山西省統計局は…を堅持し、…` (h401): a machine translation into Japanese. Kana are in
  // no Chinese government's own text; a translation is someone else's rendering of the report.
  const kana = opening.slice(0, 3).find((line) => (line.match(KANA) ?? []).length >= 10);
  if (kana)
    return `looks like a translation into Japanese (kana in its text), not the report itself: ${kana.slice(0, 40)}`;
  // `2023年5月,云南省政府新闻发布会发布2022年度法治政府建设白皮书。` (c018): an opening that dates
  // the release of a report to its month is news of the release, not the report.
  // `国家卫生健康委日前发布《2020年度法治政府建设工作报告》(以下简称《报告》)` (j221): a text that opens
  // by saying a body recently released the report, by its quoted title, is news of the release.
  if (firstLine && (RELEASE_NEWS.test(foldWidth(firstLine)) || RECENT_RELEASE.test(foldWidth(firstLine))))
    return `looks like a news item about a report's release, not the report itself: ${firstLine.slice(0, 40)}`;
  // `近日,自治区党委全面依法治区委员会办公室印发《…的决定》,赤峰市被命名为…` (aa204): a text that opens on
  // something done lately is news; a report opens on its year or its period (of the 2,064 labelled pages, the six
  // with a line opening `近日,`, `日前,` or `近期,` are all look-alikes).
  if (firstLine && RECENT_NEWS_OPENING.test(foldWidth(firstLine).trim()))
    return `looks like a news item (it opens on what was done lately), not the report itself: ${firstLine.slice(0, 40)}`;
  // `各位代表:` / `现在,我代表…向大会作工作报告` (g020): an address delivered to an assembly.
  const address = opening.slice(0, 3).find((line) => ASSEMBLY_ADDRESS.test(foldWidth(line)));
  if (address)
    return `looks like a work report delivered to an assembly (it addresses 各位代表), not a rule-of-law report: ${address.slice(0, 40)}`;
  // `各开发区管委会,各区县(市)人民政府,市人民政府各部门,各有关单位:` over `…予以通报表扬` (s226): a notice to the
  // bodies below, where a report is addressed to those above it.
  const downward = opening.slice(0, 2).find((line) => DOWNWARD_ADDRESSEES.test(foldWidth(line).trim()));
  if (downward && !opening.some((line) => TRANSMITTED_REPORT.test(line)))
    return `looks like a notice to subordinate bodies, not a rule-of-law report: ${downward.slice(0, 40)}`;
  // `正在召开的省十三届人大常委会第三十次会议听取和审议了省人民政府2021年度法治政府建设情况报告` (i009):
  // a text that opens on a congress meeting hearing the report is news of the hearing.
  const hearing = opening.slice(0, 2).find((line) => CONGRESS_HEARING.test(foldWidth(line)));
  if (hearing)
    return `looks like a news item about a congress hearing the report, not the report itself: ${hearing.slice(0, 40)}`;
  // `4月24日上午,…召开新闻发布会` (g232): a news lede dated to the day, in the opening lines.
  // `4月25日,潍坊市政府新闻办召开新闻发布会,…` (ab214): the day alone, when the text opens on a meeting held.
  const lede =
    opening.slice(0, 5).find((line) => DAY_LEDE.test(foldWidth(line))) ??
    (firstLine && DAY_MEETING_LEDE.test(foldWidth(firstLine).trim()) ? firstLine : undefined);
  if (lede)
    return `looks like a news item (its opening is dated to the day), not the report itself: ${lede.slice(0, 40)}`;
  // `渑池县:法治护航绘就县域治理新图景` over `…该县严格落实重大行政决策程序…` (u110): a feature that calls its
  // subject 该县 from outside; a report speaks of itself as 我县 or by its name, never so.
  const thirdPerson = page.title ? undefined : opening.slice(0, 5).find((line) => THIRD_PERSON_SUBJECT.test(line));
  if (thirdPerson)
    return `looks like a news feature (it calls its subject ${THIRD_PERSON_SUBJECT.exec(thirdPerson)![1]} from outside), not the report itself: ${thirdPerson.slice(0, 40)}`;
  // `3月7日,合肥市司法局发布合肥市人民政府2023年法治政府建设情况报告。` over highlights (z207): with no title of the
  // report, a page that opens by announcing its release is news of it (a reprint under the report's title, r224, is not).
  const release = page.title
    ? undefined
    : opening.slice(0, 1).find((line) => NEWS_OF_RELEASE.test(foldWidth(withoutPinyin(line))));
  if (release) return `looks like news of a report's release, not the report itself: ${release.slice(0, 40)}`;
  // `2023年, (略) 认真贯彻…` (f216): an aggregator masked the reporting body's own name, so no
  // reader can say whose report it is (as `xx市`, b079).
  if (!page.title && firstLine && MASKED_SUBJECT.test(foldWidth(firstLine)))
    return `the reporting body's name is masked in the opening (${firstLine.slice(0, 20)}…): no reader can say whose report it is`;
  return undefined;
}

/** The words every rule-of-law report prints somewhere: 法治, 依法行政, 依法治(国|省|市|县…). */
const RULE_OF_LAW_WORD = /法治|依法行政|依法治/u;

/**
 * The fixed preamble of a 政府信息公开工作年度报告: `本年度报告根据《中华人民共和国政府信息公开条例》…编制`
 * (f109) or its section list `报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况…组成` (f002),
 * or the regulation cited first, then the report it makes (`根据《…政府信息公开条例》…编制本报告。`, q118).
 */
const DISCLOSURE_PREAMBLE =
  /(?:本年度报告|本报告|年度报告).{0,20}(?:政府信息公开条例)|报告由.{0,40}收到和处理政府信息公开申请|政府信息公开条例》.{0,150}?编制(?:本|此)(?:年度)?报告/u;
/** A disclosure report's own sections: `(一)主动公开方面`, `(二)依申请公开情况`. */
const DISCLOSURE_SECTION = /^[(（][一二三四五六][)）]\s*(?:主动公开|依申请公开)(?:方面|情况|政府信息)/u;
/** A salutation to delegates, or `我代表…向大会作工作报告`, that opens a speech (g020). */
const ASSEMBLY_ADDRESS = /^各位(?:代表|委员)[:：,，]?\s*$|我代表[^。]{0,30}向(?:大会|会议)作[^。]{0,10}报告/u;
/** `3月7日,合肥市司法局发布…报告。`: a dated sentence announcing that a report was released. */
const NEWS_OF_RELEASE = /^\s*\d{1,2}月\d{1,2}日[,，][^。]{2,40}?发布[^。]{0,60}?报告》?。/u;
/** A body or place named from outside as the sentence's subject: `该县严格落实…`, `该局积极…` (u110). */
const THIRD_PERSON_SUBJECT = /(?:^|[。；;，,])(该(?:县|市|区|镇|乡|街道|局|委))(?=[\u4e00-\u9fa5])/u;
/** `4月24日上午,…召开新闻发布会` (g232): a day and part of the day, then the event. */
const DAY_LEDE = /^\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚)[,，]/u;
/** `4月25日,…召开新闻发布会`, `6月8日,泸县召开2020年法治政府建设工作会。`: a day, then a meeting held. */
const DAY_MEETING_LEDE = /^\d{1,2}\s*月\s*\d{1,2}\s*日[,，][^。]{0,40}?(?:召开|举行|举办)[^。]{0,40}?会/u;
/** A congress standing committee's meeting that heard a government's report (`…常委会第三十次会议听取和审议了…报告`). */
const CONGRESS_HEARING = /常委会[^。;；]{0,20}会议[^。;；]{0,6}听取(?:和|并)?审议了?[^。;；]{0,60}报告/u;
/** Hiragana and katakana (not the ー or ・ marks Chinese pages borrow). */
const KANA = /[\u3041-\u3096\u30a1-\u30fa]/gu;
/** A paragraph in English: 150 or more Latin letters, and most of its characters Latin. */
function isEnglishParagraph(line: string): boolean {
  const latin = line.match(/[A-Za-z]/g)?.length ?? 0;
  const han = line.match(/[\u4e00-\u9fa5]/gu)?.length ?? 0;
  return latin >= 150 && latin > 4 * han;
}
/** `2023年5月,…发布2022年度…白皮书`: a release dated to its month, in the opening clause. */
const RELEASE_NEWS =
  /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[,，][^。,，;；]{0,30}(?:发布|公布|印发)[^。,，;；]{0,30}(?:白皮书|报告)/u;
/**
 * `国家卫生健康委日前发布《…报告》`: a body that recently (日前, 近日) released a report, named by its title; or
 * the time first (`日前,中国政法大学法治政府研究院…发布了法治政府建设蓝皮书《中国法治政府评估报告(2016)》`, q225).
 */
const RECENT_RELEASE =
  /^(?:[^。,，;；《]{2,30}(?:日前|近日|近期|今天|今日)|(?:日前|近日|近期)[,，][^。;；《]{2,60}?)(?:正式|公开)?(?:发布|公布|印发)了?[^。;；《]{0,20}《[^《》]{2,60}(?:报告|白皮书|蓝皮书)(?:[(（](?:19|20)\d{2}[)）])?》/u;
/** `近日,…`, `日前,…`: news of something done lately. */
const RECENT_NEWS_OPENING = /^(?:近日|日前|近期)[,，]/u;
/** A salutation listing the bodies below the writer, each opening with 各 (`各区县(市)人民政府,市政府各部门:`). */
const DOWNWARD_ADDRESSEES = /^各[^。；;:：]{2,60}(?:[,，、]\s*[^。；;:：]{2,40}){1,6}[:：]$/u;
/** A cover notice that passes a report on (`现将《…报告》印发给你们`): the report follows it. */
const TRANSMITTED_REPORT = /现将《[^》]{0,60}报告》(?:印发|转发|予以公布|公布)/u;
/** The first section of a 行政执法 annual report: `一、2024年行政执法基本情况`. */
const ENFORCEMENT_REPORT_SECTION = /^一\s*[、.．]\s*(?:(?:19|20)\d{2}\s*年度?)?行政执法(?:工作)?基本情况/u;
/** A top-level section heading that is an explainer's (`二、深度解读`, `一、背景链接`). */
const EXPLAINER_HEADING = /^[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?:(?:深度|政策|文字|图文|图解)?解读|背景链接)$/u;
/** An opening whose subject, after its year, is a mask: `2023年, (略) 认真…`, `2023年,**认真…`. */
const MASKED_SUBJECT = /^(?:(?:19|20)\d{2}\s*年度?(?:以来)?[,，]\s*)?(?:[(（]\s*略\s*[)）]|[*＊]{2,})/u;

/**
 * `(地址:天津市和平区建设路18号;邮编:…)`: a contact address says where an office sits, not
 * whose report it is (d067: 天津市人社局 was placed at 和平区). The address is dropped up to
 * the next separator before places are read.
 */
const ADDRESS = /(?:通讯地址|联系地址|办公地址|地址|地点)\s*[:：]\s*[^;；,，。)）\n]{0,60}/gu;

export function withoutAddresses(text: string): string {
  return text.replace(ADDRESS, '');
}

/**
 * `南沙街劳动人事争议调解中心…获评`, `唐家湾镇人民调解委员会…获评`: a town or street named as the
 * owner of one of its units (a mediation committee, a police station, a court) in a higher body's
 * list of honours is that unit's address, not the report's place (i238: 广州市人社局 was placed at
 * 南沙街道). The owner's name is dropped before places are read; the unit stays.
 */
const UNIT_OWNER =
  /[\u4e00-\u9fa5]{1,6}?(?:街道|街|镇|乡)(?=(?:人民|劳动人事争议|劳动争议|矛盾纠纷)?(?:调解委员会|调解中心|调解室|调解组织)|派出所|司法所|人民法庭|法庭)/gu;

export function withoutUnitOwners(text: string): string {
  return text.replace(UNIT_OWNER, '');
}

/** A department of the report's own government, named by that government's level alone (`区司法局`, `县政府办公室`). */
function isOwnDepartment(name: string): boolean {
  return issuerTypeOf(name) === 'department' && bareGovernmentOf([name]) !== undefined;
}

/** An opening's time or thanked leadership before its subject: `2024年`, `近年来`, `在县委、县政府的领导下`. */
const LEAD_IN = /^(?:(?:19|20)\d{2}\s*年度?(?:以来)?|近年来|今年以来|一年来|过去一年|在[^,，。]{2,30}下)$/u;

/**
 * The publisher when the report's opening sentence speaks as it: its department's name, without
 * the place before it, standing in the opening's first clause after a level word
 * (`县退役军人事务局`) or as `我局`'s full name.
 */
function publisherOpening(publisher: string | undefined, opening: string | undefined): string | undefined {
  // A province's department is a 厅 (`湖南省生态环境厅` speaking as `省生态环境厅…`, h403).
  if (!publisher || !opening || !/(局|厅|委员会|办公室)$/.test(publisher)) return undefined;
  const department = /^.*?[省市县区州旗盟]((?:(?![省市县区州旗盟]).){2,}?(?:局|厅|委员会|办公室))$/u.exec(
    publisher,
  )?.[1];
  // The subject after its time and the leadership it thanks (`近年来,在县委、县政府的领导下,宁县教育局党组坚持…`, q116).
  const clauses = opening.split(/[,，。;；]/u).filter((part) => !LEAD_IN.test(part.trim()));
  const clause = clauses.slice(0, 2).join(',');
  // `2020年是决胜…之年,也是…收官之年。今年以来,我局深入学习…` (ac217): a year's setting of two clauses before it.
  if (speaksAsItsKind(publisher, clauses.slice(0, 4).join(','))) return publisher;
  if (!department) return undefined;
  return new RegExp(`(?:^|[省市县区州旗盟])${department}`).test(clause) ? publisher : undefined;
}

/**
 * `2021年,我局按照县委…的要求` under `发布机构 | 南县民政局` (l137): an opening that speaks as a body of
 * the publisher's kind (我局 for a 局, 我厅, 我委, 我办) in its first clauses, as j222's heading is read.
 */
function speaksAsItsKind(publisher: string, clause: string): boolean {
  return /(局|厅|委员会|办公室)$/u.test(publisher) && clause.includes(ownWordOf(publisher));
}

/**
 * The publisher when the title opens with it as printed, its subject straight after
 * (`发文单位 市教育局党委 市教育局` over `市教育局党委 市教育局法治政府建设工作2019年度报告`, j207): the
 * title names its body though no `关于` or year stands after it for the title's own reading.
 */
function publisherTitled(publisher: string | undefined, title: string | undefined): string | undefined {
  if (!publisher || !title) return undefined;
  // `2023年天津经济技术开发区法治政府建设情况报告` (w121): the year may stand before the body; `东疆综合保税区2023年…`
  // under `发布机构: 天津东疆综合保税区` (w120): the title may name it without the city before it.
  // `关于开发区·铁山区2025年度…` under `发文单位开发区·铁山区` (ad108): or after 关于.
  const subject = title.replace(/^(?:关于)?(?:(?:19|20)\d{2}\s*年度?)?/u, '');
  const named = subject.startsWith(publisher)
    ? publisher
    : /^(.{5,30}?)(?=关于|法治|依法行政|(?:19|20)\d{2}\s*年)/u.exec(subject)?.[1];
  if (!named || !publisher.endsWith(named)) return undefined;
  const bodies = publisher.split(/\s+/u);
  // A zone's name stands for its committee (`发布机构: 天津滨海高新区` over `天津滨海高新区2021年…`, o101), a
  // district's or a county's for its government (`开发区·铁山区`, ad108).
  return bodies.every(
    (body) =>
      body.length >= 3 &&
      /(局|厅|委员会|委|办公室|党委|党组|人民政府|办事处|管委会|高新区|开发区|保税区|[区县旗])$/u.test(body),
  ) && /^\s*(?:关于|法治|依法行政|(?:19|20)\d{2}\s*年)/u.test(subject.slice(named.length))
    ? publisher
    : undefined;
}

/** Whether the portal spells a place and no candidate is it, inside it or above it. */
function allApartFromHost(candidates: Division[], hostPlaces: Division[]): boolean {
  const related = (a: Division, b: Division) =>
    a.code === b.code || a.ancestorCodes.includes(b.code) || b.ancestorCodes.includes(a.code);
  return hostPlaces.length > 0 && candidates.every((c) => !hostPlaces.some((h) => related(c, h)));
}

/** The body a page names as its author: its signature, else the publisher that is the government. */
function ownBodyOf(page: PageFacts): string | undefined {
  return page.issuer ?? page.publisherIssuer;
}

/** Every place the page names, with where it names it. */
function placeClues(page: PageFacts, firstLines: string[], opening: string[]): Clue[] {
  const clues: Clue[] = [];
  if (page.title) clues.push({ field: 'title', text: page.title });
  if (page.issuer) clues.push({ field: 'issuer', text: page.issuer });
  if (page.sourceName) clues.push({ field: 'sourceName', text: page.sourceName });
  for (const line of page.headerLines) clues.push({ field: 'header', text: line });
  // `城中区委全面依法治区委员会:` (f017) is whom the report is addressed to: the opening is the line after.
  const subject = openingSubject(firstLines.find((line) => !isAddresseeLine(line)));
  if (subject) clues.push({ field: 'subject', text: subject });
  for (const line of opening) clues.push({ field: 'statement', text: line });
  clues.push({ field: 'body', text: page.bodyLines.join('\n') });
  return clues;
}

/**
 * A line's first sentence, or its first two when the first only frames the year (`2025年是…的关键之年,…收官之年。一年来,
 * 梅县区坚持…`, af106): the sentence after it is the one the report opens in.
 */
function firstSentenceOf(line: string): string {
  const [first, second] = line.split('。');
  return /^(?:19|20)\d{2}\s*年是/u.test(first!) && second !== undefined ? `${first}。${second}` : first!;
}

/** A text capture with the page a mirror glued into a line or two cut again, its title first. */
function reflowGluedCapture(captured: string[]): string[] {
  return reflowGluedPage(unglueTitle(captured, simplifiedLine), simplifiedLine, captured);
}

/**
 * The opening of a page's first lines: up to its first numbered section (`一、…`). A line under
 * that is the body's work (`利津县汀罗镇前关村认定为…示范村`, k224; `被全省通报表扬`, i251), however
 * near the top a page with no title puts it.
 */
function openingOf(firstLines: string[]): string[] {
  const sectionAt = firstLines.findIndex((line) => SECTION_HEADING.test(line.trim()));
  return sectionAt < 0 ? firstLines : firstLines.slice(0, sectionAt);
}

/** `县委、县政府:`, `城中区委全面依法治区委员会:`: a line naming whom the report is addressed to. */
function isAddresseeLine(line: string): boolean {
  return /^[^。,，]{2,30}[:：]$/u.test(line.trim());
}

/**
 * Who the opening sentence is about: `2023年,新县在市委…`, `2022年,白云区政府坚持…`. A report
 * that starts mid-page names its owner there, often by a short name (新县) that running text
 * elsewhere could not be trusted with. A joint subject, `石家庄市委、市政府积极…` (f223), is read
 * by its first body.
 */
export function openingSubject(line: string | undefined): string | undefined {
  if (!line) return undefined;
  const match =
    /^(?:(?:19|20)\d{2}\s*年度?(?:以来)?[,，]\s*)?(?:在[^,，。]{2,30}下[,，]\s*)?([\u4e00-\u9fa5]{2,20}?)(?:、[\u4e00-\u9fa5]{1,3}?政府)?(?:坚持|在|认真|深入|全面|始终|以|紧紧|聚焦|围绕|持续|扎实|严格|积极|着力|紧扣|立足|锚定)/u.exec(
      line,
    );
  return match?.[1];
}

/**
 * For a page whose place is ambiguous: the lines a person pastes into content/overrides.yaml
 * (under `places:`) to publish it, one per candidate, to keep the right one.
 */
function overrideHint(file: string, candidates: Array<{ code: string; region: string[] }>): string {
  if (candidates.length < 2) return '';
  const lines = candidates.map((c) => `  ${JSON.stringify(file)}: "${c.code}"  # ${c.region.join('')}`);
  return `. To publish it, add under \`places:\` in content/overrides.yaml the line for the right place: ${lines.join(' | ')}`;
}

/**
 * The host whose name says whose portal a page is on: the URL's host, or, when that spells no
 * place and is no bare IP address (a mirror on an unrelated host), the first segment of its path
 * when it is a word of four letters or more (`www.feish-gz.com/xjbz/bzf/…` → `xjbz`).
 */
function hostForPlace(url: string | undefined, gazetteer: Gazetteer): string | undefined {
  const host = hostOf(url);
  if (!host || isBareIpHost(host) || placesOfHost(host, gazetteer).length > 0) return host;
  const segment = /^\/([a-z]{4,})\//i.exec(new URL(url!).pathname)?.[1];
  return segment && placesOfHost(segment, gazetteer).length > 0 ? segment : host;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
