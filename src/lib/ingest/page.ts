import { isChromeLine, isTrailingNoise } from './chrome.ts';
import { COUNTERS, isMasked, parseFields, type Field, type FieldKind } from './fields.ts';
import {
  INLINE_PINYIN,
  SENTENCE_PUNCTUATION,
  findDate,
  foldWidth,
  isDateOnlyLine,
  plainDateStamp,
  withoutPinyin,
} from './text.ts';

/**
 * Reads a captured page the way a careful person does: where the report starts and ends,
 * which lines are the portal's, and what the header, footer and signature state.
 */

export interface PageFacts {
  title?: string;
  publishedAt?: string;
  writtenAt?: string;
  sourceName?: string;
  indexNumber?: string;
  siteCode?: string;
  /** 发文字号 as printed (浙卫〔2024〕3号). */
  docNumber?: string;
  /** 发布机构/机构名称 when it names a government itself (古镛镇人民政府), not an office of it. */
  publisherIssuer?: string;
  /** 发布机构/发布单位 as printed, whatever body it names. */
  publisher?: string;
  /** A body's name standing alone under the title (`杭州市人民政府`), as reports to a 人大 print it. */
  headerIssuer?: string;
  issuer?: string;
  signedAt?: string;
  /** Lines of the report itself, signature included, as printed. */
  bodyLines: string[];
  /** Lines above the report that are neither chrome nor metadata (column names, subtitles). */
  headerLines: string[];
  /** The same lines with a heading printed over two lines joined (`关于印发…建设` / `工作安排的通知`). */
  headerHeadings: string[];
}

const CN_NUM = '[一二三四五六七八九十]{1,3}';
export const SECTION_HEADING = new RegExp(`^${CN_NUM}\\s*[、.．]`);
export const SUBSECTION_HEADING = new RegExp(`^(?:[(（]\\s*${CN_NUM}\\s*[)）]|${CN_NUM}[)）])`);
/** `一、2021年推进法治政府建设的…`: a first heading that names the year. */
const YEAR_HEADING = new RegExp(`${SECTION_HEADING.source}\\s*((?:19|20)\\d{2})\\s*年`);

/** A report title names the work (法治/依法行政) and the kind of document (报告/总结/情况). */
const TITLE_SHAPE = /(法治|依法行政|法制).*(报告|总结|情况|汇报|年报)$/;
/**
 * Covering documents that carry a report upward (…报送…报告的函, 通知, 请示) are not its title. A
 * report titled as sent up (`…关于报送2024年度法治政府建设的报告`, f015) is the report itself.
 */
const COVER_DOCUMENT = /报送.{0,40}(?:报告|总结)的(?:函|报告)$|(的函|通知|请示|批复)$/;
const TITLE_WORDS = /(法治|依法行政|法制)/;

/** How a title's subject opens, after its body or alone: `关于…` or its year (`2023年度…`). */
const SUBJECT_OPENING = /^(?:关于|(?:19|20)\d{2}\s*年)/u;

/** A line that could be a title by its form: short, no sentences in it, not a covering document. */
function hasTitleForm(text: string, maxLength: number): boolean {
  return (
    text.length >= 6 &&
    text.length <= maxLength &&
    !SENTENCE_PUNCTUATION.test(text.replace(/[,，]/g, '')) &&
    !COVER_DOCUMENT.test(text)
  );
}
/** Organisation names as signed under a report. */
// `永州市冷水滩区残疾人联合会` (ac101): a people's organisation (残联, 妇联, 工商联) reports as a department does.
export const ORGANISATION =
  /(人民政府|政府|办事处|委员会|联合会|工委|党委|党组|局|厅|办公室|街道|镇|乡|委|管委会|管理委员会|中心|司法所)$/;
/** `现将我镇2021年…情况报告如下`: the report's own statement of its year. */
const YEAR_STATEMENT = /(?:现将|现就|现对|特此).{0,30}?((?:19|20)\d{2})\s*年/;
/**
 * `认真总结我局2024年法治政府建设工作开展情况,现将…` (d037): the year of the work summed up in
 * the clause just before the statement; the statement may be `现报告如下` with nothing between
 * (`认真梳理总结2025年度法治政府建设情况,现报告如下。`, i319).
 */
const YEAR_BEFORE_STATEMENT =
  /((?:19|20)\d{2})\s*年度?(?:法治政府|依法行政|法治)[^。；;,，]{0,20}[,，]\s*(?:现将|现就|现对|特此|现(?:报告|汇报)如下)/;
/**
 * `本报告旨在总结我局2024年度法治政府建设工作的经验和不足` (k116): an opening that says which year's work
 * the report sums up, on a page cut to its opening with no title, statement or signature.
 */
const YEAR_SUMMED_UP =
  /本报告[^。；;\d]{0,10}?总结[^。；;\d]{0,10}?((?:19|20)\d{2})\s*年度?(?:法治政府|依法行政|法治)/u;
/**
 * `根据《…关于做好2024年度法治政府建设情况报告报送的通知》(…),现将…如下。` (ad110): a statement that answers the
 * notice asking for one year's report, that year's report.
 */
const YEAR_OF_NOTICE_ANSWERED =
  /^根据《[^《》]{0,40}?关于(?:做好|报送|开展|编报)?((?:19|20)\d{2})\s*年度?法治政府建设(?:工作)?(?:情况|年度)?报告[^《》]{0,12}通知》[^。]{0,30}?(?:现将|现就|特此)/u;
/** `2024年,在区委…`, `2023年在工委…的正确领导下` (d029): a report opening with its year. */
// `2024年香格里拉市坚持…` (u104): the year before its subject, a place or a body, with no comma between.
// `2024年惠阳区法治政府建设,坚持以…` (ag119): the place's rule-of-law work as the subject, then its verb.
const YEAR_OPENING =
  /^((?:19|20)\d{2})\s*年(?:度)?(?:[,，以来是]|在[^。；;]{2,40}?(?:领导|指导)下|[\u4e00-\u9fa5]{1,12}?(?:市|县|区|旗|镇|乡|街道|局|委|办|政府)(?:法治(?:政府)?建设(?:工作)?[,，]?)?(?:坚持|深入|认真|全面|始终|紧紧|聚焦|围绕|持续|扎实|严格|积极|着力))/u;
/**
 * `2022年西城区坚持…取得积极成效。现将有关情况报告如下:` (e060): an opening that starts with its
 * year and ends in the report's statement, with no other year between, whatever follows the year.
 */
const YEAR_OPENING_STATEMENT =
  /^((?:19|20)\d{2})\s*年度?[^\d]{0,300}?(?:现将|现就|现对)[^。；;\d]{0,20}(?:报告|汇报)如下/u;
/** `??2022年,全市…` (e139, e140): indent characters a mirror lost, printed as question marks. */
const LOST_INDENT = /^[?？]+/u;
/**
 * `中共嘉兴市委、嘉兴市人民政府: 2020年,海宁市以…现将有关情况报告如下:` (j322, j324): a capture that lost
 * its line breaks glues the addressee (a salutation line, isSalutation) to the opening, which then
 * no longer starts with its year. Dropped only when the year follows it at once.
 */
const GLUED_ADDRESSEE = /^[^。；;:：,，\d]{2,30}?(?:委|政府|领导|同志|办)[:：]\s*(?=(?:19|20)\d{2}\s*年)/u;
/** `《2019年重庆市教育政策法治工作要点》`: a cited work plan of one year. */
const YEAR_PLAN = /《[^《》]{0,30}?((?:19|20)\d{2})\s*年[^《》]{0,30}?工作(?:要点|计划)》/gu;
/** `。2021年,党组召开…`: a sentence that opens with its year. */
const SENTENCE_YEAR = /(?:^|[。；;])\s*((?:19|20)\d{2})\s*年度?[,，]/g;
/** `。2022年动态调整本部门主管的行政许可…` (l115): a sentence that opens with its year, with no comma after it. */
const SENTENCE_YEAR_UNMARKED = /(?:^|[。；;])\s*((?:19|20)\d{2})\s*年(?![份底末前初])/gu;

function isProse(line: string): boolean {
  return line.length >= 25 && SENTENCE_PUNCTUATION.test(line);
}

function isHeadingLine(line: string): boolean {
  return SECTION_HEADING.test(line) || SUBSECTION_HEADING.test(line);
}

/** `县委、县政府:` — a report submitted upward starts by addressing its readers. */
function isSalutation(line: string): boolean {
  return (
    line.length <= 30 && /[:：]$/.test(line) && /(委|政府|领导|同志|办)/.test(line) && parseFields(line).length === 0
  );
}

/** Dates shown by a site header for today, not for the page. */
function isTodayWidget(line: string): boolean {
  return /星期|今天是|农历|礼拜/.test(line);
}

function stripTrailingDate(line: string): { text: string; date?: string } {
  const match =
    /^(.*?)[\s(（]*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?:\s*[)）])?$/.exec(
      foldWidth(line),
    );
  if (!match || match[1]!.trim() === '') return { text: line };
  return { text: line.slice(0, match[1]!.trimEnd().length), date: findDate(match[2]!) };
}

/**
 * The page's headline as its breadcrumb ends (`当前位置:网站首页> 体育知识 > 全国青少年普法网登录(法治政府
 * 建设情况如何?安徽省政府发布报告)`, f211): a line that repeats it is the headline, even with a
 * question mark in it, not the report's first sentence.
 */
function breadcrumbHeadline(lines: string[]): string | undefined {
  const crumbs = lines.slice(0, 10).find((line) => isChromeLine(line) && /[>＞›»]/u.test(line));
  const last = crumbs
    ?.split(/[>＞›»]/u)
    .at(-1)
    ?.trim();
  return last && last.length >= 6 ? last : undefined;
}

function firstBodyIndex(lines: string[], from = 0): number {
  const headline = breadcrumbHeadline(lines);
  const index = lines.findIndex(
    (line, i) =>
      i >= from &&
      line !== '' &&
      line.trim() !== headline &&
      !isChromeLine(line) &&
      parseFields(line).length === 0 &&
      (isProse(line) || isHeadingLine(line) || isSalutation(line)),
  );
  const header = index >= 0 ? headerAfterBanner(lines, index) : undefined;
  return header === undefined ? index : firstBodyIndex(lines, header);
}

/**
 * A one-sentence banner over a portal's page (`• 高举…旗帜,…而团结奋斗。`) is prose, but the
 * report starts below it when a title and its labelled metadata row (or its date) follow
 * within a few lines: the index just past that row, else undefined.
 */
function headerAfterBanner(lines: string[], index: number): number | undefined {
  const line = lines[index]!;
  if ((line.match(/[。！？!?]/g) ?? []).length > 1) return undefined;
  const next: number[] = [];
  for (let i = index + 1; i < lines.length && next.length < 5; i++) if (lines[i] !== '') next.push(i);
  for (let k = 0; k + 1 < next.length; k++) {
    const candidate = lines[next[k]!]!;
    if (isProse(candidate) || isHeadingLine(candidate)) return undefined;
    const below = lines[next[k + 1]!]!;
    // Under the title, its labelled metadata row or its date alone (`(2024-03-01)`, f214).
    if (
      hasTitleForm(candidate, 80) &&
      TITLE_SHAPE.test(candidate) &&
      (parseFields(below).length > 0 || isDateOnlyLine(below))
    )
      return next[k + 1]! + 1;
  }
  return undefined;
}

interface Signature {
  /** Index of the first line of the signature block. */
  start: number;
  /** Index just past the signature date. */
  end: number;
  issuer?: string;
  /** Absent when the date lost characters in extraction (`2025730日`). */
  signedAt?: string;
}

/** A signature date that lost characters in extraction: still the end of the report. */
function isBrokenDateLine(line: string): boolean {
  return /^\d{4}年?\d{2,4}日$|^\d{4}年\d{1,2}月?\d{0,2}日?$/.test(foldWidth(line)) && findDate(line) === undefined;
}

/**
 * The signature block: organisation name(s) and a date, or a date alone, closing the report.
 * Scans up from the end over footer lines (chrome, link lists) to the last dated line whose
 * lines above are organisation names and then the report's last prose.
 */
function findSignature(lines: string[], bodyStart: number): Signature | undefined {
  for (let i = lines.length - 1; i > bodyStart; i--) {
    const line = lines[i]!;
    if (line === '' || isChromeLine(line)) continue;
    const inline = /^(.{2,40}?)\s+(\S+)$/.exec(line);
    if (
      inline &&
      ORGANISATION.test(inline[1]!) &&
      isDateOnlyLine(inline[2]!) &&
      closesText(lastLineBefore(lines, bodyStart, i))
    ) {
      return { start: i, end: i + 1, issuer: inline[1]!, signedAt: findDate(inline[2]!)! };
    }
    if (isDateOnlyLine(line) || isBrokenDateLine(line)) {
      const signedAt = findDate(line);
      const orgs: number[] = [];
      for (let j = i - 1; j > bodyStart && orgs.length < 3; j--) {
        const above = lines[j]!;
        if (above === '') continue;
        if (isOrganisationLine(above)) {
          orgs.unshift(j);
          continue;
        }
        break;
      }
      const start = orgs[0] ?? i;
      if ((signedAt || orgs.length > 0) && closesText(lastLineBefore(lines, bodyStart, start))) {
        return {
          start,
          end: i + 1,
          issuer: orgs.length > 0 ? orgs.map((j) => lines[j]).join('、') : undefined,
          signedAt,
        };
      }
      continue; // a date in a footer (an update time under a link list): keep looking upward
    }
    if (isProse(line) || isHeadingLine(line)) return undefined; // reached the report's text: unsigned
  }
  return undefined;
}

/**
 * A page cut before the report's own signature that opens with a cover letter (`省委、省政府:`,
 * a paragraph presenting the report, the body's name and a date): that date signs the document
 * as sent, as the 成文日期 of a portal's metadata does.
 */
function coverLetter(lines: string[], bodyStart: number): { issuer: string; signedAt?: string } | undefined {
  // `生态环境部:` as the page's first line (h436) is read as its header: the letter opens there.
  let at = bodyStart;
  while (at > 0 && lines[at - 1] === '') at--;
  // A ministry or province department addressed (`生态环境部:`, h436) opens a cover letter too; it is
  // not taken for a salutation elsewhere, where the opening would then read the ministry as its author.
  const addressed = (line: string) => isSalutation(line) || /^[^,，、各]{2,12}(?:部|厅)[:：]$/u.test(line);
  const salutationAt = isSalutation(lines[bodyStart] ?? '')
    ? bodyStart
    : at > 0 && addressed(lines[at - 1]!)
      ? at - 1
      : -1;
  if (salutationAt < 0) return undefined;
  // Counted in filled lines: an HTML capture prints the letter's paragraphs with blank lines between.
  const next = lines
    .slice(salutationAt + 1)
    .filter((line) => line !== '')
    .slice(0, 7);
  for (let i = 1; i + 1 < next.length && i <= 4; i++) {
    if (
      isOrganisationLine(next[i]!) &&
      (isDateOnlyLine(next[i + 1]!) || isMonthOnlyLine(next[i + 1]!)) &&
      next.slice(0, i).every((line, k) => isProse(line) || (k > 0 && CLOSING_FORMULA.test(line)))
    )
      return { issuer: next[i]!, signedAt: findDate(next[i + 1]!) };
  }
  return undefined;
}

/**
 * `2021年1月` under a cover letter's signature (k349): a date to the month, as letters are often
 * dated. It closes the letter; it signs nothing to the day.
 */
function isMonthOnlyLine(line: string): boolean {
  return /^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*$/u.test(line);
}

/** `特此报告。`: the formula that closes a cover letter before its signature (f229). */
const CLOSING_FORMULA = /^特此(?:报告|汇报|报送|函告)[。.]?$/u;

/** The report's text before a signature ends a sentence (`无。` counts), unlike a link list. */
function closesText(line: string): boolean {
  return isProse(line) || /[。！？；.!?;]$/.test(line);
}

function isOrganisationLine(line: string): boolean {
  return line.length <= 40 && !SENTENCE_PUNCTUATION.test(line) && ORGANISATION.test(line) && !isHeadingLine(line);
}

function lastLineBefore(lines: string[], from: number, index: number): string {
  for (let j = index - 1; j >= from; j--) if (lines[j] !== '') return lines[j]!;
  return '';
}

/** A 发文字号 as printed: issuer's abbreviation, the year in 〔〕 (or [ ] ( )), a serial and 号. */
// `寧政發(fā)〔2019〕35號` (y211, a Traditional mirror): the issuer's abbreviation may carry inline pinyin.
export const DOC_NUMBER =
  /(?:[\u4e00-\u9fa5](?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）])?){1,12}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号/u;
// `沪民防〔2021〕28号 签发人:钟杰` (h428): a cover page prints who signed beside the number.
// `惠委〔2026〕17号 签发人:庄稼祥 黄育奇` (i407): a joint document has one signer per body.
// `梅市委〔2023〕4号         签发人:马正勇  王  晖` (af211): a two-character name is often spaced out to three.
const SIGNERS_BESIDE = `(?:\\s+签发人\\s*[:：]\\s*[\u4e00-\u9fa5·](?:[\\s、,，]*[\u4e00-\u9fa5·]){1,31})?`;
const DOC_NUMBER_LINE = new RegExp(`^(${DOC_NUMBER.source})${SIGNERS_BESIDE}$`, 'u');
/**
 * `遂府〔202310` alone on a line (x220): a number whose closing bracket and 号 the copy lost, read as printed; its
 * signer may stand beside it as beside a whole number (`娄政〔20178   签发人:杨懿文`, ae210).
 */
const BROKEN_DOC_NUMBER_LINE = new RegExp(`^([\u4e00-\u9fa5]{1,12}〔(?:19|20)\\d{2}\\d{1,4})${SIGNERS_BESIDE}$`, 'u');
/** `浙卫〔2024〕3号《浙江省卫生健康委关于…的报告》`: a title cited after its document number. */
const NUMBERED_TITLE = new RegExp(`^(${DOC_NUMBER.source})\\s*《(.+)》$`, 'u');

/** `长政发〔2021〕1号长海县2020年度…报告` (d076): a title glued to its document number. */
const GLUED_NUMBER_TITLE = new RegExp(`^(${DOC_NUMBER.source})\\s*([^《》\\s].+)$`, 'u');

/** `[天政发〔2026〕7号]天水市人民政府关于…` (e122): the number in brackets before the title. */
const BRACKETED_NUMBER_TITLE = new RegExp(`^[\\[［【(（]\\s*(${DOC_NUMBER.source})\\s*[\\]］】)）]\\s*(.+)$`, 'u');
/** `…工作報告(潭縣自然資字〔2025〕79號)` (e007): the number in brackets after the title. */
const TITLE_THEN_NUMBER = new RegExp(`^(.+?)\\s*[(（\\[［]\\s*(${DOC_NUMBER.source})\\s*[)）\\]］]$`, 'u');
/** `…建设情况的报告惠府〔2023〕6号` (ac218, a mirror that glued its page): the number straight after the title's last word. */
const TITLE_GLUED_NUMBER = new RegExp(`^(.+?(?:报告|总结))\\s*(${DOC_NUMBER.source})$`, 'u');

/** The title without a document number printed before it, and that number. */
export function splitDocNumber(line: string): { text: string; docNumber?: string } {
  const match = NUMBERED_TITLE.exec(line);
  if (match) return { text: match[2]!, docNumber: match[1]! };
  const bracketed = BRACKETED_NUMBER_TITLE.exec(line);
  if (bracketed && TITLE_SHAPE.test(bracketed[2]!)) return { text: bracketed[2]!, docNumber: bracketed[1]! };
  const after = TITLE_THEN_NUMBER.exec(line) ?? TITLE_GLUED_NUMBER.exec(line);
  if (after && TITLE_SHAPE.test(after[1]!)) return { text: after[1]!, docNumber: after[2]! };
  const glued = GLUED_NUMBER_TITLE.exec(line);
  return glued && TITLE_SHAPE.test(glued[2]!) ? { text: glued[2]!, docNumber: glued[1]! } : { text: line };
}

/**
 * How aggregators dress a title they reprint: `《民政部2021年法治政府建设年度报告》(全文)`
 * (d047, d048) and a list bullet when the title is the last item of a metadata list
 * (`• 郑州市人民政府2024年度…报告`, d073). The title is what stands inside.
 */
export function unwrapTitle(line: string): string {
  const wrapped = /^《([^《》]+)》\s*[(（](?:全文|全文发布|附全文)[)）]$/u.exec(line.trim());
  if (wrapped) return wrapped[1]!;
  // `《南京市人民政府關(guān)于2018年度…的報告》` alone under `寧政發(fā)〔2019〕35號《…》` (y211): the title in its marks.
  const quoted = /^《([^《》]+)》$/u.exec(line.trim());
  if (quoted && TITLE_SHAPE.test(quoted[1]!)) return quoted[1]!;
  // `【工作总结】六安市公安局关于…的报告` (e124), `【2022年】州生态环境局2022年度…` (i217): a site's column tag
  // before the title, a word or a year; `【省政府法治建设报告】湖北省人民政府关于…` (v223): a column's longer name.
  const tagged = /^【(?:[^【】\d]{2,12}|(?:19|20)\d{2}年度?)】\s*(.+)$/u.exec(line.trim());
  if (tagged && TITLE_SHAPE.test(tagged[1]!)) return tagged[1]!;
  // `…情况的报告-和记娱乐国际` (h416): a mirror's own name after a dash, once the report's title has
  // ended with its kind of document; the title is what stands before it.
  const suffixed = /^(.+?)\s*[-—–]\s*([^-—–《》\s]{2,16})$/u.exec(line.trim());
  if (suffixed && TITLE_SHAPE.test(suffixed[1]!) && !/(法治|报告|总结|\d)/u.test(suffixed[2]!)) return suffixed[1]!;
  // `…工作情况的报告 - 规划计划 - 宁乡市政府门户网站` (j114): a browser title, the page's column and
  // the site's name after it, each after a spaced dash; the title is what stands before them.
  const sited = /^(.+?)\s+[-—–]\s+(?:[^-—–《》\s]{2,16}\s+[-—–]\s+)*[^-—–《》\s]{2,20}(?:网|网站|门户)$/u.exec(
    line.trim(),
  );
  if (sited && TITLE_SHAPE.test(sited[1]!)) return sited[1]!;
  // `名称 江苏省文化和旅游厅关于…的报告` (i208): a metadata cell's label printed without its colon,
  // a space before the value; the title is the value.
  // `标题沁县林业局关于2024年…的报告` (z110): the label may be glued to its value.
  const labelled = /^(?:名\s*称|标\s*题|题\s*名)\s*([^\s:：].+)$/u.exec(line.trim());
  if (labelled && TITLE_SHAPE.test(labelled[1]!)) return labelled[1]!;
  // `| 天津市滨海新区应急管理局2025年度…报告 |` (i346, i323): a table printed as text keeps its
  // cell bars around the title; the title is the one cell's text.
  const celled = /^\|?\s*([^|]+?)\s*\|$|^\|\s*([^|]+?)\s*$/u.exec(line.trim());
  if (celled && TITLE_SHAPE.test(celled[1] ?? celled[2]!)) return (celled[1] ?? celled[2])!;
  return line.replace(/^[•·●▪◆■]\s*/u, '');
}

/**
 * `上海市统计局2019年度法治政府建设情况报告 上海市统计局 2020-06-08` (j201): the title, then the body and
 * the date printed beside it as a byline (the date already taken off): the title is what stands before it.
 * Only with the date: a body after a title with no date beside it is left as printed.
 */
function withoutByline(text: string): string {
  const match = /^(.+?)\s+([\u4e00-\u9fa5]{3,30})$/u.exec(text);
  return match && TITLE_SHAPE.test(match[1]!) && BODY_NAME.test(match[2]!) ? match[1]! : text;
}

function pickTitle(candidates: string[]): { title?: string; date?: string; docNumber?: string } {
  const shaped = candidates
    .map((line) => {
      const numbered = splitDocNumber(unwrapTitle(line));
      const dated = stripTrailingDate(numbered.text);
      return { ...dated, text: dated.date ? withoutByline(dated.text) : dated.text, docNumber: numbered.docNumber };
    })
    .filter(({ text }) => hasTitleForm(text, 80))
    // `现将市人力资源和社会保障局2019年度法治政府建设工作报告如下:` alone at the top (q219), or any line that ends so
    // (ab212), is the statement, not a title.
    .filter(({ text }) => !STATEMENT_END.test(foldWidth(text)))
    .filter(({ text }) => TITLE_SHAPE.test(text) || (TITLE_WORDS.test(text) && /(19|20)\d{2}/.test(text)));
  if (shaped.length === 0) return {};
  // Several shaped lines (page title and in-body heading, or a column name): the most specific.
  const best = shaped.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  return {
    title: best.text,
    date: shaped.find((s) => s.date)?.date,
    docNumber: shaped.find((s) => s.docNumber)?.docNumber,
  };
}

/**
 * A title broken inside its phrase (`昌吉州人民政府2024年度法治政府` / `建设情况报告`): a line
 * that names the work but not the kind of document, then a short line that ends with the kind.
 */
function isBrokenTitle(head: string, tail: string | undefined): boolean {
  return (
    (isBrokenHeading(head, tail) || isBrokenCoordination(head, tail) || isBrokenAfterYear(head, tail)) &&
    /(报告|总结|情况|汇报|年报)$/.test(tail) &&
    TITLE_SHAPE.test(head + tail)
  );
}

/**
 * A title broken after a coordinating word, the second subject's year with it (`关于2025年法治政府建设情况及2026年`
 * / `推进法治政府建设工作要点的报告`, j126): the head cannot end a title, so the tail may run longer than
 * the short tails of a title broken inside its phrase.
 */
function isBrokenCoordination(head: string, tail: string | undefined): tail is string {
  return (
    tail !== undefined &&
    tail.length <= 30 &&
    /(?:及|和|与|暨)(?:(?:19|20)\d{2}\s*年度?)?$/u.test(head) &&
    hasTitleForm(head, 60) &&
    !SENTENCE_PUNCTUATION.test(tail) &&
    TITLE_WORDS.test(head) &&
    !TITLE_SHAPE.test(head)
  );
}

/**
 * A title broken after its year (`上海市生态环境局关于2022年度` / `法治政府建设情况的报告`, o225): a body's
 * name, `关于` and the year, then the whole subject from 法治 on.
 */
function isBrokenAfterYear(head: string, tail: string | undefined): tail is string {
  const body = /^(.{2,40}?)\s*(?:关于)?\s*(?:19|20)\d{2}\s*年度?$/u.exec(head)?.[1];
  return (
    body !== undefined &&
    BODY_NAME.test(body) &&
    tail !== undefined &&
    /^(?:法治|依法行政)/u.test(tail) &&
    hasTitleForm(tail, 60) &&
    TITLE_SHAPE.test(tail)
  );
}

/**
 * A line naming the work but not yet the kind of document, then a short line with no sentence in it.
 * Not a statement that ends in a colon over the first section's heading (`…现将市司法局2019年法治政府建设
 * 情况报告如下:` / `一、工作总结`, p223): a title neither ends in a colon nor runs on into a numbered heading.
 */
function isBrokenHeading(head: string, tail: string | undefined): tail is string {
  return (
    tail !== undefined &&
    tail.length <= 12 &&
    !/[:：]$/u.test(head) &&
    !isHeadingLine(tail) &&
    hasTitleForm(head, 60) &&
    !SENTENCE_PUNCTUATION.test(tail) &&
    TITLE_WORDS.test(head) &&
    !TITLE_SHAPE.test(head)
  );
}

/**
 * The heading of another kind of document broken the same way (`关于印发西平县2020年度法治政府建设`
 * / `工作安排的通知`): joined, its fragment is not taken for a report's title and the whole
 * heading says what the page is.
 */
function isBrokenDocumentTitle(head: string, tail: string | undefined): boolean {
  if (isBrokenHeading(head, tail) && /(通知|意见|方案|安排|计划|要点|规划|办法|决定|的函|请示|批复)$/.test(tail))
    return true;
  // `关于2019年度全市法治政府` / `建设(依法行政)考核结果的通报` (f205): a notice of assessment
  // results, whose second line runs longer than a title's tail.
  return (
    tail !== undefined &&
    /^关于/.test(head) &&
    hasTitleForm(head, 60) &&
    TITLE_WORDS.test(head) &&
    !TITLE_SHAPE.test(head) &&
    tail.length <= 24 &&
    !SENTENCE_PUNCTUATION.test(tail) &&
    /的通报$/.test(tail)
  );
}

/**
 * A page title printed above that already ends with the subject (`永嘉镇2019年法治政府建设工作报告`
 * over `中共重庆市铜梁区永嘉镇委员会` / `2019年法治政府建设工作报告`, d024): the page title is the
 * title (as a038, c014 label it), and the body's line under it names the issuer.
 */
function titledAbove(above: string[], subject: string): boolean {
  // The heading may open its subject with `关于` where the page title runs on from the place
  // (`宁乡市夏铎铺镇2020年度…的报告` over `关于夏铎铺镇2020年度…的报告`, j114).
  // A subject its glued copy prints with a line break's space (`关于长沙市2020年法治政府建设 情况的报告`, ac204 glued)
  // is the same subject.
  const bare = subject.replace(/^关于/u, '').replace(/\s+/gu, '');
  return above.some(
    (line) => line.length > bare.length && line.replace(/\s+/gu, '').endsWith(bare) && TITLE_SHAPE.test(line),
  );
}

/**
 * A title broken after its `关于` (`长春市人民政府关于` / `2023年度法治政府建设情况的报告`, f238): a
 * body's name ending in `关于`, then a subject line that opens with the year and ends with the
 * kind of document.
 */
function isBrokenAfterAbout(head: string, tail: string | undefined): boolean {
  // `兰州新区管理委员会关于报送` / `《兰州新区2022年度法治政府建设情况》的报告` (h101): a report sent
  // up, broken after its verb, its subject a cited title.
  const sent = /^(.{2,40}?)\s*关于报送$/u.exec(head)?.[1];
  if (sent !== undefined)
    return (
      BODY_NAME.test(sent) && tail !== undefined && /^《[^《》]+》的?(报告|情况)$/u.test(tail) && TITLE_WORDS.test(tail)
    );
  const body = /^(.{2,40}?)\s*关于$/u.exec(head)?.[1];
  return (
    body !== undefined &&
    BODY_NAME.test(body) &&
    tail !== undefined &&
    /^(?:19|20)\d{2}\s*年/.test(tail) &&
    hasTitleForm(tail, 60) &&
    TITLE_SHAPE.test(tail)
  );
}

/**
 * The page title printed whole above a heading split after its body (`重庆市渝北区古路镇人民政府关于2024年…的报告`
 * over `重庆市渝北区古路镇人民政府` / `关于2024年度…的报告`, h323): the page title is the title (the a038,
 * c014, d024 convention), even where the heading words its subject a little differently.
 */
function printedWholeAbove(above: string[], body: string, subject: string): boolean {
  // The page title may name the place where the heading names its government (`秀山土家族苗族自治县2020年度…`
  // over `秀山土家族苗族自治县人民政府` / `关于2020年度…`, i431): the same report when it has the subject's year.
  const place = body.replace(/(人民政府|政府)$/u, '');
  const year = /(?:19|20)\d{2}/u.exec(subject)?.[0];
  return above.some(
    (line) =>
      TITLE_SHAPE.test(line) &&
      ((line.length > body.length + 8 && line.startsWith(body)) ||
        (place !== body && place.length >= 2 && year !== undefined && line.startsWith(place + year))),
  );
}

/**
 * The page title printed whole above the same title broken inside its phrase (`城口县2021年度法治政府建设情况报告`
 * over `城口县2021年度法治政府建设` / `情况的报告`, i429): the page title is the title, as above.
 */
function brokenUnderWhole(above: string[], head: string): boolean {
  return above.some((line) => line.length > head.length && line.startsWith(head) && TITLE_SHAPE.test(line));
}

/** Joins a title split over two lines (`XX镇人民政府` / `关于2023年度法治政府建设情况的报告`). */
function joinSplitTitles(lines: string[]): string[] {
  const joined: string[] = [];
  const isBody = (line: string | undefined): boolean =>
    line !== undefined && ORGANISATION.test(line) && line.length <= 30;
  // A subject the page also prints alone (its page title) is the title; the body above its repeat is a byline.
  const isSubject = (line: string | undefined) =>
    line !== undefined &&
    SUBJECT_OPENING.test(line) &&
    TITLE_SHAPE.test(line) &&
    lines.every((l, j) => l !== line || isBody(lines[j - 1]));
  // The subject itself broken after its year (`关于航空港经济综合实验区2022年度` / `法治政府建设情况的报告`, t107).
  const brokenSubject = (k: number): string | undefined =>
    lines[k] !== undefined &&
    /^关于.{0,30}(?:19|20)\d{2}\s*年度?$/u.test(lines[k]!) &&
    /^(?:法治|依法行政)/u.test(lines[k + 1] ?? '') &&
    hasTitleForm(lines[k + 1]!, 60)
      ? lines[k]! + lines[k + 1]!
      : undefined;
  // A body's name over its subject broken in two (`互助土族自治县人民政府` / `关于2023年互助县法治政府建设工作` /
  // `开展情况的报告`, v105), its last word letter-spaced too (`…工作情况的` / `报 告`, v206).
  const brokenUnderBody = (k: number): string | undefined => {
    const [head, tail] = [lines[k], lines[k + 1]?.replace(/^([\u4e00-\u9fa5])\s+([\u4e00-\u9fa5])$/u, '$1$2')];
    if (head === undefined || !SUBJECT_OPENING.test(head) || !isBrokenTitle(head, tail)) return undefined;
    const subject = head + tail;
    return TITLE_SHAPE.test(subject) && !lines.includes(subject) ? subject : undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const broken = isBody(line) && isBody(lines[i + 1]) ? brokenSubject(i + 2) : undefined;
    const underBody = isBody(line) ? brokenUnderBody(i + 1) : undefined;
    // The same under two bodies (`中共汨罗市委` / `汨罗市人民政府` / `关于…工作情况的` / `报 告`, w131).
    const underBodies = isBody(line) && isBody(lines[i + 1]) ? brokenUnderBody(i + 2) : undefined;
    // Not when the page title above already prints the whole title (`中共醴陵市委醴陵市人民政府2021年度…报告`
    // over `中共醴陵市委` / `醴陵市人民政府` / `2021年度…报告`, j326): the bodies are the heading's byline.
    if (isBody(line) && isBody(lines[i + 1]) && isSubject(lines[i + 2]) && !titledAbove(joined, lines[i + 2]!)) {
      // Two issuing bodies on their own lines, then the subject: printed on one line elsewhere with a space.
      joined.push(`${line} ${lines[i + 1]}${lines[i + 2]}`);
      i += 2;
    } else if (broken !== undefined && TITLE_SHAPE.test(broken) && !titledAbove(joined, broken)) {
      joined.push(`${line} ${lines[i + 1]}${broken}`);
      i += 3;
    } else if (
      isBody(line) &&
      isSubject(lines[i + 1]) &&
      !titledAbove(joined, lines[i + 1]!) &&
      !printedWholeAbove(joined, line, lines[i + 1]!)
    ) {
      joined.push(line + lines[i + 1]);
      i++;
    } else if (underBodies !== undefined && !titledAbove(joined, underBodies)) {
      joined.push(`${line} ${lines[i + 1]}${underBodies}`);
      i += 3;
    } else if (
      underBody !== undefined &&
      !titledAbove(joined, underBody) &&
      !printedWholeAbove(joined, line, underBody)
    ) {
      joined.push(line + underBody);
      i += 2;
    } else if (isBrokenAfterAbout(line, lines[i + 1])) {
      joined.push(line + lines[i + 1]);
      i++;
    } else if (
      (isBrokenTitle(line, lines[i + 1]) || isBrokenDocumentTitle(line, lines[i + 1])) &&
      !brokenUnderWhole(joined, line)
    ) {
      joined.push(line + lines[i + 1]);
      i++;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/**
 * A title as the report prints it: without a site's suffix (`…报告_街镇园区文件_…门户网站`),
 * letter-spacing (`青 海 省 卫 生 健 康 委`) or a space inside one phrase (`…局 关于…`); the
 * one space between two issuing bodies (`中共X委 X人民政府关于…`) stays.
 */
export function cleanTitle(title: string): string {
  // `称: 杜集区投资促进局关于…` (k119): the 名称 cell whose label lost its head in the copy (the
  // same table prints `号: 550191614/…` for 索引号); the tail of a label is no part of the title.
  let text = title.replace(/^(?:称|题)\s*[:：]\s*/u, '');
  // `地方报告|广东省…的报告` (l223): a column's name printed before the title with a bar (a short run
  // naming neither the work nor a body) is the site's filing, no part of the title.
  text = text.replace(/^([\u4e00-\u9fa5]{2,8})\s*[｜|]\s*/u, (head, name: string) =>
    TITLE_WORDS.test(name) || BODY_NAME.test(name) ? head : '',
  );
  text = text.replace(/[_｜|].*$/u, (tail) => (/(网|门户)/.test(tail) ? '' : tail));
  // `…情况的报告 | ||||` (u201): a table's empty cells after the title.
  text = text.replace(/[\s|｜]+$/u, '');
  text = text.replace(/(?:[\u4e00-\u9fa5] ){2,}[\u4e00-\u9fa5]/gu, (run) => run.replace(/ /g, ''));
  text = bodyBeforeOwnSubject(text)?.subject ?? text;
  return text.replace(/\s+/g, (space, offset: number) => {
    const before = text.slice(0, offset);
    const after = text.slice(offset + space.length);
    // `陵川县教育局 2025年…` (d036): a space before the year is a stray one, as before 关于.
    return BODY_NAME.test(before) &&
      !SUBJECT_OPENING.test(after) &&
      /^.{2,40}?(人民政府|政府|办事处|委员会|委|局|厅|部)/.test(after)
      ? ' '
      : '';
  });
}

/**
 * `南宁市西乡塘区人民政府 西乡塘区2018年度法治政府建设工作情况报告` (v122): a body's name, a space, and a subject
 * that opens with the place the body ends in and its year: the subject is the title, the body its issuer. A subject
 * that opens with its year (`陵川县教育局 2025年…`, d036) runs on from the body and is read whole.
 */
function bodyBeforeOwnSubject(line: string): { body: string; subject: string } | undefined {
  const match = /^(\S{3,30})\s+(\S{2,10}?(?:区|县|市|旗|镇|乡|街道))((?:19|20)\d{2}\s*年\S*)$/u.exec(line.trim());
  if (!match) return undefined;
  const [, body, place, rest] = match as unknown as [string, string, string, string];
  return BODY_NAME.test(body) && body.includes(place) && hasTitleForm(rest, 60) && TITLE_WORDS.test(rest)
    ? { body, subject: place + rest }
    : undefined;
}

/**
 * `索引号：` on one line and its value on the next: one field. The value may run on before the
 * next label (`发文机关:` / `双牌县教育局 发文日期:…`, `名称:` / `<title> - 文号:`, d039), so a
 * line that opens with text before its own first label is joined too, and so on down the list.
 */
function joinDanglingLabels(header: string[]): string[] {
  const joined: string[] = [];
  let current: string | undefined;
  for (let i = 0; i < header.length; i++) {
    const line = current ?? header[i]!;
    current = undefined;
    const fields = parseFields(line);
    const next = header[i + 1];
    const dangling =
      fields.length > 0 &&
      fields.at(-1)!.value === '' &&
      // A widget label left empty (`【字体:` once its `打印` link is dropped) takes no value.
      fields.at(-1)!.kind !== 'ignored' &&
      // A table row closed after the label (`| 文号 : | |||`, f103) holds an empty cell, not a
      // value carried to the next line: the line under it is the page's own.
      !CLOSED_ROW.test(line) &&
      next !== undefined;
    const nextFields = dangling ? parseFields(next) : [];
    // An empty date's label takes only a date (`文件失效时间:` over the heading's `威海市文登区人民政府`, aa105), an
    // empty number's only a number (`发文字号:` over the heading's `绍兴市人民政府`, ab213).
    const wrongValue = dangling && !fitsLabel(fields.at(-1)!.kind, next);
    if (dangling && !wrongValue && nextFields.length === 0 && !TITLE_SHAPE.test(next)) {
      // `来 源` / `虎跳峡镇` (h340), `发文单位` / `区人民政府` (s106): a label printed without its colon is
      // given one, so its value is read as the cell it is, never glued to the label.
      joined.push(/[:：]\s*$/u.test(line) ? `${line}${next}` : `${line}: ${next}`);
      i++;
    } else if (dangling && nextFields.length > 0 && nextFields[0]!.label !== '' && opensWithValue(next)) {
      current = `${line}${next}`;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/** Whether a line can be the value of an empty label of this kind carried to it. */
function fitsLabel(kind: FieldKind, line: string): boolean {
  if (kind === 'published' || kind === 'written') return findDate(line) !== undefined;
  if (kind === 'docNumber') return /[〔[［(（【]\s*(?:19|20)\d{2}|号/u.test(line);
  return true;
}

/** A `|` table row that ends in its cell separator: every cell it opens is closed. */
const CLOSED_ROW = /[|｜]\s*$/u;

/** A line that prints a value before its first label (`双牌县教育局 发文日期:…`). */
function opensWithValue(line: string): boolean {
  const first = parseFields(line)[0];
  if (!first) return false;
  const at = foldWidth(line).search(new RegExp([...first.label].join('\\s*')));
  return at > 0 && /[\u4e00-\u9fa5]{2}/u.test(line.slice(0, at));
}

/** A view counter after a date (`2026-02-26 15:48 阅读人数:1`), its number given or not. */
const VIEW_COUNTER_AFTER = new RegExp(`(?<=\\d)\\s+(?:${COUNTERS.join('|')})\\s*[:：]\\s*\\d*$`, 'u');

/** `政策法规科 2023-12-29`, `2025-04-27 10:14 黑龙江省人民政府网`: an unlabelled byline with the page's date. */
// `2026-01-20 17:01  |  武汉市水务局` (e108): the name may stand after a bar.
const BYLINE =
  /^(?:[^\s,，。:：]{1,20}\s+)?(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:[|｜丨]\s*)?[^\s,，。:：|｜丨]{1,20})?$/u;

/** `(2025年4月29日在杭州市第十四届人民代表大会常务委员会第十七次会议上)`: where a report was delivered. */
const DELIVERY_LINE = /^[(（][^()（）]{4,80}(?:会议|大会|会)上[)）]$/u;

/**
 * The one line below the title that is only a body's name: the reporting body. A page with
 * no title that prints where the report was delivered (to a 人大常委会) names it below that.
 */
function bodyUnderTitle(header: string[], title: string | undefined): string | undefined {
  const at = title
    ? header.findIndex((line) => line.includes(title))
    : header.findIndex((line) => DELIVERY_LINE.test(line));
  if (at < 0) return undefined;
  const isBody = (line: string) =>
    line.length <= 30 &&
    !/\s/.test(line) &&
    !SENTENCE_PUNCTUATION.test(line) &&
    BODY_NAME.test(line) &&
    !isChromeLine(line) &&
    parseFields(line).length === 0;
  // `中共孝感市委  孝感市人民政府` (v215): a joint report's Party committee and government on one line, kept with
  // one space between them (as a076, b096 print them).
  const joint = (line: string) => {
    const parts = line.trim().split(/\s+/u);
    return parts.length === 2 && /^中共/u.test(parts[0]!) && parts.every(isBody) ? parts.join(' ') : undefined;
  };
  const bodies = header
    .slice(at + 1)
    .map((line) => (isBody(line) ? line : joint(line)))
    .filter((line): line is string => line !== undefined);
  if (bodies.length === 1) return bodies[0];
  // Two bodies on consecutive lines (`中共醴陵市委` / `醴陵市人民政府`, j326): a joint report's
  // reporting bodies, kept with one space between them (as a076, b096 print them on one line).
  const first = bodies.length === 2 ? header.indexOf(bodies[0]!, at + 1) : -1;
  return first >= 0 && header[first + 1] === bodies[1] ? `${bodies[0]} ${bodies[1]}` : undefined;
}

/**
 * `新晃县退役军人事务局` / `(2025年2月20日)` under the title (f129): a date printed alone under the
 * reporting body's name dates the document as its signature does, when the page's publication
 * date has its own label (else it is that date, e142).
 */
function dateUnderBody(header: string[], body: string | undefined): string | undefined {
  if (!body) return undefined;
  const at = header.lastIndexOf(body);
  const next = at >= 0 ? header[at + 1] : undefined;
  return next && isDateOnlyLine(next) ? findDate(next) : undefined;
}

/**
 * The line just above a title that names no body, when it is only bodies' names (`中共石鼻镇委员会
 * 石鼻镇人民政府` over `石鼻镇2024年…报告`, f014): the reporting bodies, as a body printed on its own
 * line under a title is (b071), two of them kept with their space (as b096).
 */
function bodiesAboveTitle(header: string[], full: string[], title: string | undefined): string | undefined {
  if (!title || issuerFromTitle(title)) return undefined;
  const at = header.findIndex((line) => line.includes(title));
  const above = at > 0 ? header[at - 1]!.trim() : undefined;
  if (!above || above.length > 40 || SENTENCE_PUNCTUATION.test(above) || isChromeLine(above)) return undefined;
  if (parseFields(above).length > 0) return undefined;
  // `禄丰市人民政府` (the portal's banner) over `中村乡2020年度…报告` (i322): a title that opens with a
  // place the line above does not name is not that body's report.
  const place = TITLE_SUBJECT.exec(title)?.[1]?.trim();
  if (place && place.length >= 2 && !above.includes(place)) return undefined;
  const bodies = above.split(/\s+/);
  // `阳城县人民政府` (the portal's banner) over the metadata table, then the title (v101): a body above the
  // page's labelled rows is the site's, not the title's.
  const adjacent = full.some((line, i) => i > 0 && line.includes(title) && full[i - 1]!.trim() === above);
  return adjacent && bodies.every((body) => body.length >= 3 && BODY_NAME.test(body)) ? bodies.join(' ') : undefined;
}

/**
 * A page with no title whose one heading is a body's name (`杭州市市场监管局` above `2020年,我局深入贯彻…`,
 * j222): the reporting body, when the opening speaks as a body of its kind (我局 for a 局).
 */
// So under a title that names no body (`兰州市交通运输委员会` / `jtw.lanzhou.gov.cn` over `2020年法治政府建设工作报告`
// and `现将我委2020年…报告如下`, k233), the portal's own host and the title's and date's lines aside.
function bodyHeading(header: string[], title: string | undefined, body: string[]): string | undefined {
  if (title && issuerFromTitle(title)) return undefined;
  const lines = header.filter(
    (line) =>
      !isChromeLine(line) &&
      !HOST_LINE.test(line.trim()) &&
      (!title || !line.includes(title)) &&
      parseFields(line).length === 0 &&
      !isDateOnlyLine(line),
  );
  const only = lines.length === 1 ? lines[0]!.trim() : undefined;
  if (!only || only.length > 30 || /\s/u.test(only) || !BODY_NAME.test(only)) return undefined;
  const sentence = (body.find((line) => line.trim() !== '') ?? '').split(/[。；;]/u)[0]!;
  if (sentence.includes(ownWordOf(only))) return only;
  // `现将杭州市人力社保局2020年…报告如下` under `杭州市人力资源和社会保障局` (k208): the statement names
  // the body by a short name, with the heading's place and kind.
  const named = /现[将就对]([\u4e00-\u9fa5]{3,15}?[局委厅办])(?:(?:19|20)\d{2}|关于)/u.exec(sentence)?.[1];
  return named && named.at(-1) === only.at(-1) && named.slice(0, 2) === only.slice(0, 2) ? only : undefined;
}

/** How a body speaks of itself: `我局` for a 局, `我委` for a 委员会, `我办` for an 办公室. */
export function ownWordOf(body: string): string {
  return `我${body.endsWith('委员会') ? '委' : body.endsWith('办公室') ? '办' : body.at(-1)}`;
}

/** A portal's host printed as a line of its banner (`jtw.lanzhou.gov.cn`). */
const HOST_LINE = /^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?$/iu;

/** A publisher that is a government or a street/town itself, not one of its offices. */
function governmentNamed(value: string | undefined): string | undefined {
  return value && /(人民政府|政府|办事处|街道|镇|乡)$/.test(value) && !/办公室|办$/.test(value) ? value : undefined;
}

/** Bodies that close an issuer's name: governments, offices, departments, Party committees, a zone's 管委会 (h112) or the zone itself (`经济开发区2024年度…`, h103; measured: no page of another slice changed). */
// `区政府办2025年度…报告` (j117): the government's office by its short name (政府办, 府办) is a body.
// `韶关市浈江区消防救援大队2024年…` (k131): a fire and rescue brigade (大队, 支队) is a body.
// `省政务办2022年度法治政府建设情况报告` (l209, l210): any office by its short name (政务办 for
// 政务服务管理办公室, as 政府办 for 政府办公室) is a body; a verb ending in 办 (举办, 承办, 督办…) is not.
const BODY_NAME =
  /(人民政府|政府|(?<![举承创主协兴开督代查交领经申试合转催操包])办|办事处|工作委员会|委员会|联合会|管委会|开发区|党委|党组|区委|县委|市委|省委|工委|委|局|厅|部|总署|署|办公室|救援大队|救援支队)$/;

/**
 * Where a title's subject starts after its issuing body: `关于` (`关(guān)于` on mirrors) or the
 * year, with its 年 or straight before the subject (`深圳市宝安区司法局2021法治政府建设年度报告`, m125).
 */
const ABOUT = `关(?:${INLINE_PINYIN.source})?于`;
const TITLE_SUBJECT = new RegExp(`^(.{2,60}?)\\s*(?:${ABOUT}|(?:19|20)\\d{2}\\s*(?:年|(?=法治)))`, 'iu');
/** `关于嘉兴市应急管理局2019年度…的报告` (p216): a title that opens with 关于 names its body inside the subject. */
const OPENS_WITH_ABOUT = new RegExp(`^${ABOUT}`, 'iu');

/**
 * The issuing body a title starts with (`武汉市司法局关于…`, `漳平市象湖镇人民政府2025年…`),
 * two bodies joined by a space when the title names both. A title that starts with a place
 * (`杭州市2020年…`) names no body.
 */
export function issuerFromTitle(title: string | undefined): string | undefined {
  if (!title || OPENS_WITH_ABOUT.test(title)) return undefined;
  const match = TITLE_SUBJECT.exec(title);
  if (!match) return undefined;
  const bodies = match[1]!.trim().split(/\s+/);
  // Read through inline pinyin (`廣州市海珠區(qū)人民政府關(guān)於…`); the body keeps it as printed.
  return bodies.every((body) => {
    const name = withoutAlias(withoutPinyin(body));
    return name.length >= 3 && BODY_NAME.test(name);
  })
    ? bodies.join(' ')
    : undefined;
}

/**
 * A body printed with its second name in brackets (`杭州市农业农村局(杭州市乡村振兴局)`, i209: one
 * office under two plates): the name before the brackets is read, the issuer keeps both as printed.
 */
function withoutAlias(body: string): string {
  return body.replace(/[(（]([^()（）]{3,30})[)）]$/u, (alias, inner: string) => (BODY_NAME.test(inner) ? '' : alias));
}

/**
 * `发布机构: 其他` (j308): a portal's placeholder for a page filed under no body; it names none.
 * Measured: the one 来源/发布机构 value of the 1,138 real captures that is a category word.
 */
// `发布部门:信息补充中` (ac214, an aggregator's `to be filled in`), `暂无`, `未知`: a value not yet known.
const PLACEHOLDER_BODY = /^(?:其他|(?:信息)?(?:补充|完善|更新)中|暂无|未知|待补充)$/u;

function saysNothing(field: Field): boolean {
  return (
    isMasked(field.value) ||
    ((field.kind === 'source' || field.kind === 'publisher') && PLACEHOLDER_BODY.test(field.value))
  );
}

function takeField(fields: Field[], kind: Field['kind']): string | undefined {
  return fields.find((f) => f.kind === kind && !saysNothing(f))?.value;
}

/**
 * `时间:2017-08-20 … 来源:长治日报` under a 2025 report's heading beside `发布日期2025-02-26` (z110): a template's
 * stale byline, dated years before the page's newest date; its source is not the page's.
 */
function withoutStaleSources(rows: Field[][]): Field[] {
  const yearsOf = (row: Field[]) =>
    row
      .filter((f) => f.kind === 'published')
      .flatMap((f) => findDate(f.value)?.slice(0, 4) ?? [])
      .map(Number);
  const years = rows.map(yearsOf);
  const newest = Math.max(0, ...years.flat());
  return rows.flatMap((row, i) =>
    years[i]!.length > 0 && years[i]!.every((year) => year < newest - 1) ? row.filter((f) => f.kind !== 'source') : row,
  );
}

/**
 * The source of the text. A reprinting site may print its own name as a 来源 in its date row
 * (`时间:2018-07-23 22:54:17 来源:天一资源网 本文已影响…`) and the text's origin in a second 来源
 * just above the text (`来源:山东信访`, f219): of two different sources, the later one. Measured:
 * f219 is the only page of the 650 real captures with two different 来源 values.
 */
function textSource(fields: Field[]): string | undefined {
  const sources = fields.filter((f) => f.kind === 'source' && !saysNothing(f)).map((f) => f.value);
  return new Set(sources).size > 1 ? sources.at(-1) : sources[0];
}

/** A title inside running text: a body's name, 关于 and the year, the work and the kind of document. */
const GLUED_TITLE =
  /[\u4e00-\u9fa5]{2,30}?(?:人民政府|政府|办事处|委员会|局|厅|部)关于(?:报送)?(?:19|20)\d{2}\s*年度?[^。，,；;:：]{2,40}?(?:报告|总结)/u;
/** Lines this long are a page glued into one line, not a paragraph. */
const GLUED_LINE_LENGTH = 400;

/**
 * A mirror that glued a whole page into one line (`…www.mishuzj.com湖北省人民政府关于2023年度
 * 法治政府建设情况的报告2023年,省政府坚持…`): the line split around the title printed near its
 * start, so the title stands alone and the text opens with its year, as on the original page.
 * Only the first such line, and only when the title stands in its first 200 characters. The title is
 * looked for in `reading` of the line (its Simplified reading, of the same length, for a Traditional mirror) without
 * its inline pinyin (`關(guān)于`, c024), and with the party committee that reports jointly before it
 * (`中共遂宁市安居区委 遂宁市安居区人民政府关于…`, a076).
 */
export function unglueTitle(lines: string[], reading: (line: string) => string = (line) => line): string[] {
  const at = lines.findIndex((line) => line.length >= GLUED_LINE_LENGTH);
  if (at < 0) return lines;
  const line = lines[at]!;
  const { text, origin } = withoutPinyinMapped(line);
  const read = reading(text);
  const match = GLUED_TITLE.exec(read);
  if (!match || match.index > 200 || !TITLE_SHAPE.test(match[0])) return lines;
  const party = JOINT_PARTY_BEFORE.exec(read.slice(0, match.index));
  const start = origin[party ? party.index : match.index]!;
  const closing = origin[match.index + match[0].length - 1]! + 1;
  // The last character's own pinyin (`報(bào)告(gào)`) belongs to the title.
  const end = closing + (new RegExp(`^${INLINE_PINYIN.source}`, 'iu').exec(line.slice(closing))?.[0].length ?? 0);
  const pieces = [line.slice(0, start).trim(), line.slice(start, end), line.slice(end).trim()].filter((p) => p !== '');
  return [...lines.slice(0, at), ...pieces, ...lines.slice(at + 1)];
}

/** A party committee reporting jointly with the government named after it, at the end of the text before the title. */
const JOINT_PARTY_BEFORE =
  /(?<=^|[\s>:：|\]】])(?:中共[\u4e00-\u9fa5]{1,30}?(?:委|委员会)|[\u4e00-\u9fa5]{2,30}?(?:党委|党组|党工委))[\s、]*$/u;

/** A line without its inline pinyin, and where each of its characters stood in the line (one more for its end). */
function withoutPinyinMapped(line: string): { text: string; origin: number[] } {
  const origin: number[] = [];
  let text = '';
  let from = 0;
  for (const match of line.matchAll(INLINE_PINYIN)) {
    for (let i = from; i < match.index; i++) origin.push(i);
    text += line.slice(from, match.index);
    from = match.index + match[0].length;
  }
  for (let i = from; i < line.length; i++) origin.push(i);
  text += line.slice(from);
  origin.push(line.length);
  return { text, origin };
}

/**
 * A mirror that glued its page into a line or two, its line breaks printed as spaces (`…建设情况的报告 中共海宁市委、
 * 海宁市人民政府: 2024年,在…`, f015): the page is cut again at its spaces and before its numbered sections, so the
 * title, the metadata and the opening stand on lines of their own, as on the page it copies. A space that was never a
 * line break stays (`continuesLine`). Every line of such a page is cut: the header before a title `unglueTitle` cut out
 * is as glued as the rest.
 */
export function reflowGluedPage(
  lines: string[],
  reading: (line: string) => string = (line) => line,
  captured: string[] = lines,
): string[] {
  // An English paragraph (an abstract's translation, c055) is prose whose spaces are its words'.
  // Inline pinyin (`堅(jiān)持`, c064) is no English.
  const glued = (line: string) =>
    line.length >= GLUED_LINE_LENGTH && (withoutPinyin(line).match(/[A-Za-z]/gu)?.length ?? 0) < line.length / 10;
  // Counted on the page as captured: `unglueTitle` may have cut its title out of the glued line already (a title, a
  // byline `鹅城清风 3669 字 10个月前` and the glued page, ac218).
  const filled = captured.filter((line) => line.trim() !== '');
  if (filled.length > 3) {
    // A page that keeps its header's lines, or that a portal's menu and footer surround, with its report glued into
    // one (`现将…报告如下: 一、…主要举措和成效 (一)…`, p107): that line alone is cut, by the line breaks before its
    // numbered sections; a paragraph with a space or two in it (a002) has none.
    const gluedReport = (line: string) => glued(line) && (line.match(SECTION_AFTER_BREAK)?.length ?? 0) >= 2;
    return lines.flatMap((line) => (gluedReport(line) ? reflowGluedLine(line, reading) : [line]));
  }
  // Its line breaks printed as spaces: a long line without any (h442, a mirror's paragraphs) is a paragraph.
  if (!lines.some((line) => glued(line) && /[\s\u3000]/u.test(line))) return lines;
  return lines.flatMap((line) =>
    line.length >= GLUED_LINE_LENGTH && !glued(line) ? [line] : reflowGluedLine(line, reading),
  );
}

/** A numbered section after a line break a mirror printed as a space (` 一、`, ` (一)`). */
const SECTION_AFTER_BREAK = /[\s\u3000](?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])/gu;

const NUMBERED_SECTION = /(?<=[。；;！!？?])(?=[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])/gu;

/**
 * One glued line cut again. Where it cuts is read in `reading` of the line (its Simplified reading, of the same
 * length, for a Traditional mirror: `【字體:` is the font widget's label, c064); the pieces are the line's own.
 */
function reflowGluedLine(line: string, reading: (line: string) => string): string[] {
  const simplified = reading(line);
  const read = simplified.length === line.length ? simplified : line;
  const sections = new Set([...line.matchAll(NUMBERED_SECTION)].map((match) => match.index));
  const cut: string[] = [];
  // The line being built, in the capture's script and in its reading; `cut` holds the lines done.
  let current: { text: string; read: string } | undefined;
  let last = '';
  const flush = () => {
    if (current !== undefined) cut.push(current.text);
  };
  const open = (start: number, end: number) => {
    flush();
    current = { text: line.slice(start, end), read: read.slice(start, end) };
  };
  for (const token of line.matchAll(/[^\s\u3000]+/gu)) {
    const bounds = [
      token.index,
      ...[...sections].filter((at) => at > token.index && at < token.index + token[0].length),
    ];
    bounds.forEach((start, i) => {
      const end = bounds[i + 1] ?? token.index + token[0].length;
      const piece = read.slice(start, end);
      if (current === undefined || i > 0) open(start, end);
      else if (last === '|' && current.read !== '|' && opensWithLabel(piece)) {
        // `| 索引号: | 1137… | | 发文日期: |` (a table's rows): the pipe before a label opens the next row.
        cut.push(current.text.slice(0, -1).trimEnd());
        current = { text: `| ${line.slice(start, end)}`, read: `| ${piece}` };
      } else if (current.read === '|' || continuesLine(current.read, last, piece)) {
        current = { text: `${current.text} ${line.slice(start, end)}`, read: `${current.read} ${piece}` };
      } else open(start, end);
      last = piece;
    });
  }
  flush();
  return cut;
}

/** A party committee's name standing alone, the first of a joint body (`中共醴陵市委 醴陵市人民政府`). */
const PARTY_BODY =
  /^(?:中共[\u4e00-\u9fa5]{1,30}|[\u4e00-\u9fa5]{2,30}(?:党委|党组|党工委))(?:委|委员会|党委|党组|党工委)$/u;

/**
 * Whether a glued page's space between `line` (its last piece `last`) and `piece` was a space on the page, not a line
 * break: a table's cell marks (`[ 索引号 ]`, `标题: | …`), a breadcrumb's `>`, a letter-spaced word (`索 引 号`), a
 * number and its unit (`2023 年`), a joint body's two names, a time after its date, and a label's value.
 */
function continuesLine(line: string, last: string, piece: string): boolean {
  // A table after a title printed over it (`…建设工作报告 | 索 引 号 | K4589…`, f060) opens on a line of its own.
  if (/^[|｜]$/u.test(piece) && !/^[|｜]/u.test(line) && TITLE_SHAPE.test(last)) return false;
  // A space inside a quotation (`以“法助共富 法护平安”专项行动为抓手`, p107): a slogan's, never a line break.
  if ((line.match(/“/gu)?.length ?? 0) > (line.match(/”/gu)?.length ?? 0)) return true;
  // A cell's closing marks, a cell after its opening bracket, a breadcrumb's step after its `>` (a column's name,
  // `> 区法治政府建设报告`, j316; not a dated title after the breadcrumb's last `>>`, h102).
  if (/^(?:[|｜\]】>»]+|[:：])$/u.test(piece) || /^[\]】]/u.test(piece) || /[[【]$/u.test(last)) return true;
  if (/^[>»]+$/u.test(last)) return !(TITLE_SHAPE.test(piece) && /(?:19|20)\d{2}/u.test(piece));
  // `2022/03/01/ 15:05 来源:新区原创` (h102): the labels of a row its unlabelled date opens.
  if (
    opensWithLabel(piece) &&
    /[:：]/u.test(piece) &&
    /^[\d/.\-: 年月日]+$/u.test(line) &&
    findDate(line) !== undefined
  )
    return true;
  if (/^[[【]/u.test(piece)) return false;
  if (/^[•·●▪◆■\-–]$/u.test(last)) return true;
  if (/^[\u4e00-\u9fa5]$/u.test(last) && /^[\u4e00-\u9fa5](?:$|\s*[:：])/u.test(piece)) return true;
  if (/\d$/u.test(last) && /^[年月日]/u.test(piece)) return true;
  // `中共X县委 X县人民政府关于…报告` and `…法治政府建设工作 年度报告`: a title printed with a space in it.
  if (PARTY_BODY.test(last) && /关于|报告|总结/u.test(piece)) return true;
  if (/^[\u4e00-\u9fa5]{0,6}(?:报告|总结)$/u.test(piece) && /(?:19|20)\d{2}\s*年.*法治/u.test(last)) return true;
  // A row of colon-less labels and their values (`索引号 4309… 发布机构 南县退役军人事务局 发文日期 …`).
  if (isBareLabel(piece) && isBareLabel(line.split(' ')[0]!)) return true;
  if (/^\d{1,2}:\d{2}(?::\d{2})?$/u.test(piece) && findDate(last) !== undefined) return true;
  if (opensWithLabel(piece)) return false;
  const fields = parseFields(line);
  const field = fields.at(-1);
  if (field !== undefined && field.value === '' && fitsField(field.kind, piece)) return true;
  // A short cell after a bar on a line of no label (`2026-01-20 17:01 | 武汉市水务局`), not a title.
  return (
    fields.length === 0 &&
    /^[|｜]$/u.test(last) &&
    piece.length <= 20 &&
    !SENTENCE_PUNCTUATION.test(piece) &&
    !/(?:19|20)\d{2}/u.test(piece) &&
    !TITLE_SHAPE.test(piece)
  );
}

/** A label alone, without its colon or brackets (`发布机构`, `索引号`). */
function isBareLabel(piece: string): boolean {
  const field = parseFields(piece)[0];
  return field !== undefined && field.value === '' && field.label === piece;
}

/** Whether a piece opens with a metadata label (`发布日期:`, `索引号`, `[ 来源 ]`). */
function opensWithLabel(piece: string): boolean {
  const first = parseFields(piece)[0];
  if (first === undefined || first.label === '') return false;
  const opening = foldWidth(piece).replace(/^[[【|｜•·\s]+/u, '');
  return opening.startsWith(first.label[0]!) || opening.startsWith('信息');
}

/** Whether a piece can be the value of a label of this kind: a date for a date, a code for an index, a name for a body. */
function fitsField(kind: Field['kind'], piece: string): boolean {
  if (kind === 'published' || kind === 'written') return /^(?:19|20)\d{2}/u.test(piece);
  if (kind === 'index' || kind === 'siteCode') return /^[0-9A-Za-z/]/u.test(piece);
  if (kind === 'title') return !SENTENCE_PUNCTUATION.test(piece);
  if (kind === 'docNumber') return /[〔[（(]\s*(?:19|20)\d{2}|号$/u.test(piece);
  return (
    piece.length <= 30 && !/[，,。；;：:]/u.test(piece) && !TITLE_SHAPE.test(piece) && !/^(?:19|20)\d{2}/u.test(piece)
  );
}

/**
 * A 索引号 by its shape: an organisation code, `/`, the year and a serial
 * (`11500224009351624E/2020-00573`, `430S00/2023-018790`), standing alone as a token.
 */
// `550191614/202403-00002` (k119): the year and month before the serial.
// `3701030006/2025-6637169` (k348, an unlabelled list): a serial of seven digits.
const INDEX_NUMBER_SHAPE =
  /(?:^|[\s•·:：])([0-9A-Za-z][0-9A-Za-z-]{2,30}\/(?:19|20)\d{2}(?:0[1-9]|1[0-2])?-\d{4,7})(?=$|\s)/u;

/**
 * The index number of a metadata list printed without labels (the 重庆 portals' `•` list,
 * d024, d070) or with a label the field reader cannot see (`索引号 430S00/2023-018790 文号`,
 * no colon, d011): the one token of that unmistakable shape above the report.
 */
function unlabelledIndexNumber(header: string[]): string | undefined {
  const found = new Set(
    header.map((line) => INDEX_NUMBER_SHAPE.exec(foldWidth(line))?.[1]).filter((v): v is string => v !== undefined),
  );
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The publisher of a metadata block printed without labels, in the order index number, publisher,
 * date (`11371202004358421D/2025-6640947` / `济南市莱芜区人民政府` / `2025-03-19`, the 济南 portals: k348,
 * p117, p119): the body's line between the two, read as a `发布机构` would be.
 */
function unlabelledPublisher(header: string[]): string | undefined {
  const lines = header.map((line) => foldWidth(line).trim());
  for (let i = 1; i + 1 < lines.length; i++) {
    const indexLine = INDEX_NUMBER_SHAPE.exec(lines[i - 1]!)?.[1] === lines[i - 1];
    if (indexLine && isOrganisationLine(lines[i]!) && isDateOnlyLine(lines[i + 1]!)) return header[i]!.trim();
  }
  return undefined;
}

/**
 * A mirror's injected word run (g026: `威廉希尔中文 ` before the title and again inside
 * `《威廉希尔中文 法治政府建设实施纲要…》`): a run of 2-8 characters followed by a space, seen inside
 * a book-title quote, where a name never breaks on a space, and at least twice on the page. Every
 * occurrence before a character is taken out.
 */
export function withoutInjectedWords(lines: string[]): string[] {
  const text = lines.join('\n');
  const injected = new Set(
    [...text.matchAll(/《([\u4e00-\u9fa5]{2,8}) +(?=[\u4e00-\u9fa5])/gu)]
      .map((m) => m[1]!)
      .filter((run) => text.split(`${run} `).length - 1 >= 2),
  );
  if (injected.size === 0) return lines;
  const pattern = new RegExp(`(?:${[...injected].join('|')}) +(?=[\\u4e00-\\u9fa5])`, 'gu');
  return lines.map((line) => line.replace(pattern, ''));
}

/**
 * A date a page prints as stacked cells (`2024` / `04/07` / `19:20`, g209): a line that is only a
 * year followed by one that is only a month and day reads as one date line.
 */
export function joinSplitDates(header: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < header.length; i++) {
    const year = /^\s*((?:19|20)\d{2})\s*$/u.exec(header[i]!);
    const day = year ? /^\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$/u.exec(header[i + 1] ?? '') : null;
    if (year && day) {
      out.push(`${year[1]}-${day[1]!.padStart(2, '0')}-${day[2]!.padStart(2, '0')}`);
      i++;
    } else out.push(header[i]!);
  }
  return out;
}

/**
 * A capture saved in a code page without the page's own spaces writes each as `?`
 * (`索??引??號 | 014000810/2025-00009 | 分????????類`, i248). In a line with no sentence punctuation, a run
 * of two or more `?` after a Han character or a digit and before more text, or one `?` between two
 * digits, is a lost space; a leading run is an indent and stays as printed (e140, f220), and one `?`
 * between words is a question mark (`情况如何?安徽省政府发布报告`, f211).
 */
export function restoreLostSpaces(line: string): string {
  if (/[。，,；;]/u.test(line)) return line;
  return line.replace(/(?<=[\u4e00-\u9fa5\d])\?{2,}(?=.)|(?<=\d)\?(?=\d)/gu, ' ');
}

/**
 * A site's page title (`长沙市政府门户网站-长沙市2023年法治政府建设情况报告_足彩app哪个是正规的`, t201, a spam mirror's
 * suffix) over the heading it wraps, printed alone below it: the heading, which the site's name and suffix are cut
 * from by a dash, an underscore or a bar, or that follows the site's name (…门户网站…).
 */
function withinSiteTitle(title: string, headings: string[]): string {
  const inner = headings
    .map((line) => line.trim())
    .find((line) => {
      const at = line !== title && TITLE_SHAPE.test(line) ? title.indexOf(line) : -1;
      if (at < 0) return false;
      const before = title.slice(0, at);
      const after = title.slice(at + line.length);
      // `梅州市人民政府门户网站 梅州市司法局 公示公告 梅州市司法局2022年…` (ac221): the site's name and its column
      // before the heading, cut from it by a space (or by nothing, once the title's spaces are read).
      const site = /[-_|｜—]\s*$/u.test(before) || /网站|门户/u.test(before);
      return (before === '' || site) && (after === '' || /^\s*[-_|｜—]/u.test(after));
    });
  return inner ?? title;
}

export function readPage(pageLines: string[]): PageFacts {
  const lines = withoutInjectedWords(pageLines).map(restoreLostSpaces);
  const bodyStart = firstBodyIndex(lines);
  if (bodyStart < 0) {
    return { bodyLines: [], headerLines: [], headerHeadings: [] };
  }

  const header = joinSplitDates(joinDanglingLabels(lines.slice(0, bodyStart).filter((line) => line !== '')));
  const headerFields = withoutStaleSources(header.filter((line) => !isTodayWidget(line)).map(parseFields));
  const plainHeader = header.filter((line) => !isChromeLine(line) && parseFields(line).length === 0);
  // `标题:`/`内容概述:` metadata rows name the title outright.
  const titleFields = headerFields.filter((f) => f.kind === 'title' && !isMasked(f.value)).map((f) => f.value);
  const fromFields = pickTitle(titleFields);
  // A line printed twice in a row is one line (a081: the subject under its body's name, again).
  const headings = joinSplitTitles(plainHeader.filter((line, i) => line !== plainHeader[i - 1]));
  const picked = fromFields.title ? { ...pickTitle(headings), ...fromFields } : pickTitle(headings);
  const titleDate = picked.date;
  let title = picked.title ? withinSiteTitle(cleanTitle(picked.title), headings) : undefined;
  // No title of a report's form, but a headline its breadcrumb repeats that names the work: the
  // page's only title, kept as printed (as a news headline is, b019).
  const headline = breadcrumbHeadline(lines);
  if (!title && headline && TITLE_WORDS.test(headline) && plainHeader.some((line) => line.trim() === headline))
    title = headline;
  // After a cover letter (文号, salutation, signature) the report's own title stands alone.
  const titleInBody = new Set<number>();
  if (!title) {
    for (let i = bodyStart; i < Math.min(lines.length, bodyStart + 20); i++) {
      const line = lines[i]!;
      if (!isHeadingLine(line) && hasTitleForm(line, 60) && TITLE_SHAPE.test(line)) {
        // `湖南省交通运输厅` / `2019年法治政府部门建设工作自查报告` (o215): the report's heading printed over two
        // lines under the letter, its body first, as joinSplitTitles joins one in the header.
        const aboveAt = lines[i - 1] === '' ? i - 2 : i - 1;
        const above = lines[aboveAt];
        const byBody =
          aboveAt > bodyStart && above !== undefined && isOrganisationLine(above) && SUBJECT_OPENING.test(line);
        title = byBody ? above + line : line;
        titleInBody.add(i);
        if (byBody) titleInBody.add(aboveAt);
        break;
      }
      // The same title broken inside its phrase (`2024年度交通运输法治政府建设` / `工作总结`, f229); an HTML capture
      // prints its two paragraphs with a blank line between, as the body above.
      const tailAt = lines[i + 1] === '' ? i + 2 : i + 1;
      if (!isHeadingLine(line) && isBrokenTitle(line, lines[tailAt])) {
        title = line + lines[tailAt]!;
        titleInBody.add(i).add(tailAt);
        break;
      }
    }
  }

  // Where the report ends: its signature, or else its last line of prose.
  const signature = findSignature(lines, bodyStart);
  let bodyEnd = signature?.end ?? lines.length;
  if (!signature) {
    while (
      bodyEnd > bodyStart &&
      (lines[bodyEnd - 1] === '' || isChromeLine(lines[bodyEnd - 1]!) || isTrailingNoise(lines[bodyEnd - 1]!))
    ) {
      bodyEnd--;
    }
  }
  const cover = signature ? undefined : coverLetter(lines, bodyStart);
  const footer = lines.slice(bodyEnd).filter((line) => line !== '');
  const footerFields = footer.flatMap(parseFields);

  const bodyLines = lines
    .slice(bodyStart, bodyEnd)
    .filter((line, i) => !titleInBody.has(bodyStart + i) && (line === '' || !isChromeLine(line) || isProse(line)));
  const datedHeaderLines = header
    // `2026-02-26 15:48 阅读人数:1` (ah112): a view counter beside the date under the title is the page's widget.
    .map((line) => line.replace(VIEW_COUNTER_AFTER, ''))
    .filter(
      (line) =>
        !isTodayWidget(line) &&
        // `发文日期 2023-12-19` (f127, no colon) is a labelled date, read by its label, not a byline.
        !parseFields(line).some((field) => field.label !== '') &&
        (isDateOnlyLine(plainDateStamp(line)) || BYLINE.test(foldWidth(line))),
    );
  // Two different unlabelled dates (`• 2020-03-12`, `• 2020-03-14`, d070): one signs, one
  // publishes, and nothing says which; the same date twice (d024) is the page's date.
  const unlabelledDates = new Set(datedHeaderLines.map((line) => findDate(line)));
  const datedHeaderLine = unlabelledDates.size === 1 ? datedHeaderLines[0] : undefined;

  const publishedLabel = takeField(headerFields, 'published');
  const publishedAt =
    (publishedLabel ? findDate(publishedLabel) : undefined) ??
    titleDate ??
    (datedHeaderLine ? findDate(datedHeaderLine) : undefined);
  const writtenLabel = takeField(headerFields, 'written');
  const indexValue =
    takeField(headerFields, 'index') ?? takeField(footerFields, 'index') ?? unlabelledIndexNumber(header);
  const siteCodeValue = takeField(footerFields, 'siteCode') ?? takeField(headerFields, 'siteCode');
  const siteCode = siteCodeValue ? /\d{10}/.exec(foldWidth(siteCodeValue))?.[0] : undefined;

  const underTitle = bodyUnderTitle(header, title);
  return {
    title,
    publishedAt,
    writtenAt: writtenLabel ? findDate(writtenLabel) : publishedLabel ? dateUnderBody(header, underTitle) : undefined,
    sourceName: textSource(headerFields) ?? takeField(headerFields, 'publisher') ?? unlabelledPublisher(header),
    publisher: takeField(headerFields, 'publisher'),
    publisherIssuer: governmentNamed(takeField(headerFields, 'publisher')),
    headerIssuer:
      underTitle ??
      bodiesAboveTitle(plainHeader, header, title) ??
      bodyHeading(plainHeader, title, bodyLines) ??
      plainHeader.map((line) => bodyBeforeOwnSubject(line)).find((split) => split?.subject === title)?.body,
    docNumber:
      // `文  号` / `2025` (h340): a bare year in the 文号 cell is no document number.
      [takeField(headerFields, 'docNumber')].find((value) => value && /\d/.test(value) && !/^\d{4}$/.test(value)) ??
      picked.docNumber ??
      header.map((line) => DOC_NUMBER_LINE.exec(line)?.[1]).find(Boolean) ??
      header.map((line) => BROKEN_DOC_NUMBER_LINE.exec(line.trim())?.[1]).find(Boolean),
    indexNumber: indexValue?.split(/\s+/)[0],
    siteCode,
    // A cover letter's signature signs the report it carries (f229): the body and its date.
    issuer: signature?.issuer ?? cover?.issuer,
    signedAt: signature?.signedAt ?? cover?.signedAt,
    bodyLines,
    headerLines: plainHeader.filter((line) => line !== title),
    headerHeadings: headings.filter((line) => line !== title),
  };
}

/**
 * `现将我局2023年法治政府建设工作情况报告如下。` alone above `一、…` on a page with no title (h429): a
 * short line that is wholly the report's statement is read with the header, but says its year.
 */
const WHOLE_STATEMENT_LINE = /^(?:现将|现就|现对)[^。；;]{0,40}(?:报告|汇报)如下[。:：]?$/u;
/**
 * `2020年我市法治政府建设主要情况以及2021年…工作安排报告如下:` (ab212, under the title with no blank line): any line
 * that ends by announcing what follows is the report's statement; a title never does.
 */
const STATEMENT_END = /(?:报告|汇报)如下\s*[。:：]?$/u;

/**
 * A report cut to its sections, opening with its first heading (`一、基本情况`, l115), whose first
 * lines print one year only, and print it opening a sentence without a comma after it
 * (`。2022年动态调整本部门主管的行政许可…`). Undefined when they print any other year, or that year
 * only inside a sentence, or when the page opens with anything but a section heading: a newspaper's
 * masthead (c051) or a letter's salutation (h432) is no report's section.
 */
function onlyYearOpeningASentence(opening: string[]): number | undefined {
  const lines = opening.map(foldWidth);
  // Cut at a section's heading (`一、…`, l115) or a subsection's (`(三)健全依法行政制度体系。`, p122).
  if (!isHeadingLine(lines[0] ?? '')) return undefined;
  const printed = new Set(
    lines.flatMap((line) => [...line.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((m) => m[1])),
  );
  const leads = new Set(lines.flatMap((line) => [...line.matchAll(SENTENCE_YEAR_UNMARKED)].map((m) => m[1])));
  return printed.size === 1 && leads.size === 1 && printed.has([...leads][0]!) ? Number([...leads][0]) : undefined;
}

/** The year a report covers: its title, its own statement, an opening `2024年,…`, or its signature. */
export function findReportYear(
  title: string | undefined,
  bodyLines: string[],
  signedAt?: string,
  headerLines: string[] = [],
): { year?: number; from?: string } {
  const inTitle = title ? /((?:19|20)\d{2})\s*(?:年|法治|依法)/.exec(foldWidth(title)) : null;
  const opening = bodyLines.filter((l) => l !== '').slice(0, 8);
  // A headline announcing a report (`[山东省政府发布2018年度…报告] 对…的思考`, f219) is a site's, not
  // the report's title: the report's own opening (`2016年,山东省政府以…`) says its year.
  if (inTitle && /发布/u.test(title!)) {
    const own = findReportYear(undefined, bodyLines);
    if (own.from === 'statement' || own.from === 'opening') return own;
  }
  if (inTitle) return { year: Number(inTitle[1]), from: 'title' };
  for (const raw of opening) {
    // Read through inline pinyin (`現(xiàn)將我局2021年度…`, k230), which splits `现将`.
    const line = foldWidth(withoutPinyin(raw));
    const statement =
      YEAR_OF_NOTICE_ANSWERED.exec(line) ??
      YEAR_STATEMENT.exec(line) ??
      YEAR_BEFORE_STATEMENT.exec(line) ??
      YEAR_SUMMED_UP.exec(line);
    if (statement) return { year: Number(statement[1]), from: 'statement' };
  }
  for (const line of headerLines.map(foldWidth).filter((l) => WHOLE_STATEMENT_LINE.test(l))) {
    const statement = YEAR_STATEMENT.exec(line);
    if (statement) return { year: Number(statement[1]), from: 'statement' };
  }
  for (const raw of opening.slice(0, 3)) {
    const line = raw.replace(LOST_INDENT, '').replace(GLUED_ADDRESSEE, '');
    const lead = YEAR_OPENING.exec(foldWidth(line)) ?? YEAR_OPENING_STATEMENT.exec(foldWidth(line));
    if (lead) return { year: Number(lead[1]), from: 'opening' };
    const heading = YEAR_HEADING.exec(foldWidth(line));
    if (heading) return { year: Number(heading[1]), from: 'heading' };
  }
  // `今年以来,龙华街道…按照《深圳市龙华区2021年度法治政府建设工作方案》部署要求…现将有关情况报告如下`
  // (f047): "since the start of this year" names no year; the one year its statement prints is
  // that of the plan the year's work followed.
  for (const raw of opening.slice(0, 3)) {
    const statement = /^今年以来[,，](.*?)(?:现将|$)/u.exec(foldWidth(raw.replace(LOST_INDENT, '')))?.[1];
    const years = new Set([...(statement ?? '').matchAll(/((?:19|20)\d{2})\s*年/gu)].map((m) => Number(m[1])));
    if (years.size === 1) return { year: [...years][0]!, from: 'opening' };
  }
  if (signedAt) {
    const [y, m] = signedAt.split('-').map(Number) as [number, number];
    if (m >= 10) return { year: y, from: 'signature' };
    if (m <= 6) return { year: y - 1, from: 'signature' };
  }
  // A page cut to its middle: sentences that open with one year (`。2021年,党组召开…`).
  const leads = new Set(
    opening.flatMap((line) => [...foldWidth(line).matchAll(SENTENCE_YEAR)].map((m) => Number(m[1]))),
  );
  if (leads.size === 1) return { year: [...leads][0]!, from: 'sentences' };
  const unmarked = onlyYearOpeningASentence(opening);
  if (unmarked) return { year: unmarked, from: 'sentences' };
  // A page cut to its middle that says its year only as the year's work plan it issued or followed
  // (`印发《2019年重庆市教育政策法治工作要点》,布置了2019年全市教育系统…重点任务`, j206): read only when
  // every year its first lines print is that one.
  const planned = onlyPlanYear(opening.slice(0, 3));
  if (planned) return { year: planned, from: 'plan' };
  // `一年来,…我县法治政府建设工作…` with the year's own plan further down (`《2023年潼关县法治政府建设工作要点》`,
  // u108): an account of "the past year" whose whole text prints one year, that of the plan it followed.
  // `年,天津市坚持…全面贯彻党的十九大和十九届二中、三中、四中全会精神…《法治政府建设实施纲要(—年)》`
  // (r215, r218): a copy that stripped every figure. A reader dates it by the year's plan it cites
  // or by the latest plenum it follows, which the year's report cites as that year's.
  const lead = foldWidth(opening[0] ?? '').replace(LOST_INDENT, '');
  const stripped = STRIPPED_YEAR.test(lead);
  if (!stripped && !/^(?:一年来|今年以来|过去一年)/u.test(lead)) return {};
  const plannedInText = onlyPlanYear(bodyLines);
  if (plannedInText) return { year: plannedInText, from: 'plan' };
  const plenum = stripped ? latestPlenumYear(bodyLines) : undefined;
  return plenum ? { year: plenum, from: 'plenum' } : {};
}

/**
 * The Party's plenums a report says it follows, by the year each sat. A congress (`二十大`) is left
 * out: reports cite it as their latest for years after it (in the labelled corpus, a page whose
 * latest cited plenum is a 中全会 is about that plenum's year 455 times in 463; one whose latest is
 * the 二十大 183 times in 530).
 */
const PLENUM_YEARS: Record<string, Record<string, number>> = {
  十八: { 二: 2013, 三: 2013, 四: 2014, 五: 2015, 六: 2016, 七: 2017 },
  十九: { 二: 2018, 三: 2018, 四: 2019, 五: 2020, 六: 2021, 七: 2022 },
  二十: { 二: 2023, 三: 2024, 四: 2025 },
};
/** `十九届二中、三中、四中全会`, `二十届三中全会`: a run of one congress's plenums. */
const PLENUM_RUN = /(十八|十九|二十)届((?:[二三四五六七]中[、和及与]?)+)全会/gu;
/** `年,天津市坚持…`: an opening whose year figures a copy stripped. */
const STRIPPED_YEAR = /^年度?[,，]/u;

/** The year of the latest plenum `lines` cite, if any. */
function latestPlenumYear(lines: string[]): number | undefined {
  const text = lines.map(foldWidth).join('\n');
  const years = [...text.matchAll(PLENUM_RUN)].flatMap(([, congress, run]) =>
    [...run!.matchAll(/([二三四五六七])中/gu)].map(([, plenum]) => PLENUM_YEARS[congress!]![plenum!]!),
  );
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** The year of the one work plan `lines` cite (`《2019年…工作要点》`), when every year they print is that one. */
function onlyPlanYear(lines: string[]): number | undefined {
  // A plan's span (`《…实施方案(2022—2025年)》`) prints years the work was not done in.
  const text = lines
    .map(foldWidth)
    .join('\n')
    .replace(/(?:19|20)\d{2}\s*年?\s*[—–\-－~至]+\s*(?:19|20)\d{2}/gu, '');
  const printed = new Set([...text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].map((m) => Number(m[1])));
  const plans = new Set([...text.matchAll(YEAR_PLAN)].map((m) => Number(m[1])));
  return printed.size === 1 && plans.size === 1 && printed.has([...plans][0]!) ? [...plans][0] : undefined;
}
