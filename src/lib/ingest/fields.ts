import { findDate, foldWidth, withoutPinyin } from './text.ts';

/**
 * Labelled metadata printed around a report: 发布时间, 来源, 索引号 and the like, often several
 * run together on one line (`信息提供日期 : 2021-01-06 14:59来源 : 福田区… 信息索引号 : /2021-…`).
 */

export type FieldKind =
  'published' | 'written' | 'source' | 'publisher' | 'index' | 'siteCode' | 'docNumber' | 'title' | 'ignored';

/** A page's view counter, however its portal words it: 阅读次数, 浏览量, 点击率, 访问人次… */
// `阅读人数:1` (ah112) as well as `阅读次数`, `浏览量`, `点击率`.
export const COUNTERS = ['阅读', '浏览', '点击', '访问'].flatMap((verb) =>
  ['量', '数', '次数', '人次', '人数', '率'].map((unit) => `${verb}${unit}`),
);

const LABELS: Array<[string, FieldKind]> = [
  ['信息提供日期', 'published'],
  ['发布时间', 'published'],
  ['发布日期', 'published'],
  ['公开日期', 'published'],
  ['更新时间', 'published'],
  // Other portals' words for the same date (`发表单位:本网 发表时间:2023-01-05`, o221): named in full, so the
  // verb before a bare 时间 or 日期 is not left on the value before it (`本网 发表`).
  ['发表时间', 'published'],
  // `来源:肇庆市人民政府     撰写时间:2024-01-29 17:22` (ad210): the date row beside the title, by another word.
  ['撰写时间', 'published'],
  ['发表日期', 'published'],
  ['发稿时间', 'published'],
  ['录入时间', 'published'],
  ['上传时间', 'published'],
  ['创建时间', 'published'],
  ['更新日期', 'published'],
  ['公布日期', 'published'],
  ['时间', 'published'],
  ['日期', 'published'],
  ['成文日期', 'written'],
  ['发文日期', 'written'],
  // 山东 portals print the same two dates as 成文时间 and 发文时间.
  ['成文时间', 'written'],
  ['发文时间', 'written'],
  // 浙江 and 江西 portals call the signing date 生成日期 / 公文生成日期.
  ['公文生成日期', 'written'],
  ['生成日期', 'written'],
  // 上海's portals print `索取号 AC6040203-2022-021 文    号 沪市监法规20220029号` over `产生日期 2022-01-24` (ai217):
  // the index number under another name, and the document's date as the portal made it.
  ['产生日期', 'written'],
  ['索取号', 'index'],
  ['文章来源', 'source'],
  ['信息来源', 'source'],
  ['来源', 'source'],
  ['稿件来源', 'source'],
  // `转自:司法部` (reprinted from, f245) and `来自:保康县林业局` (from, f106) name the source.
  ['转自', 'source'],
  ['来自', 'source'],
  // `发布于:2023-01-06 09:04:54` under the title (m116, 唐山's zone portal).
  ['发布于', 'published'],
  // The publishing body: a source line, and the issuer when it names the government itself.
  ['发布机构', 'publisher'],
  ['机构名称', 'publisher'],
  // The same label under other names (d018 发文机构, d063 发布单位, d039 发文机关).
  ['发文机构', 'publisher'],
  ['发文机关', 'publisher'],
  ['发布单位', 'publisher'],
  // `发布日期:2023-01-13    发布者:和平区人民政府` (v114, 天津 和平区's portal): the publishing body as 发布者.
  ['发布者', 'publisher'],
  // `发文单位 市教育局党委 市教育局 发文字号` (j207, the 武汉 portals' metadata row).
  ['发文单位', 'publisher'],
  // The same two under the other wordings portals use: `发布部门`, `来源单位`, `供稿单位`, and `发表单位:本网
  // 发表时间:` (o221).
  ['发布部门', 'publisher'],
  ['发表单位', 'publisher'],
  ['来源单位', 'source'],
  ['供稿单位', 'source'],
  ['信息索引号', 'index'],
  ['索引号', 'index'],
  ['网站标识码', 'siteCode'],
  ['责任编辑', 'ignored'],
  ['编辑', 'ignored'],
  ['作者', 'ignored'],
  ['撰稿', 'ignored'],
  ['字号', 'ignored'],
  ['备注/文号', 'docNumber'],
  ['发文字号', 'docNumber'],
  ['文件编号', 'docNumber'],
  ['文号', 'docNumber'],
  ['标题', 'title'],
  // `• 文件标题 关于2020年法治政府建设情况的报告` (p130, 重庆's township portals): the title cell under its longer name.
  ['文件标题', 'title'],
  ['内容概述', 'title'],
  ['名称', 'title'],
  ['时效', 'ignored'],
  // `发布机构:互助县人民政府 | 公文时效:是 |` (v105): the cell under its longer name.
  ['公文时效', 'ignored'],
  // `生效日期: 2023-03-01 废止日期:` (i203): a rule's validity dates, neither signing nor publication;
  // unknown, their `日期` alone was read and `生效` became the value of an empty label before them.
  ['生效日期', 'ignored'],
  ['废止日期', 'ignored'],
  ['失效日期', 'ignored'],
  // `• 文件开始实施的时间: 2023-01-10` / `• 文件废止时间:` / `• 文件失效时间:` (aa105, 威海's portal): the same
  // validity dates by their 时间; unknown, their `时间` alone read as the date published, and an empty one took
  // the heading's first line under the list as its value.
  ['生效时间', 'ignored'],
  ['实施时间', 'ignored'],
  ['实施的时间', 'ignored'],
  ['废止时间', 'ignored'],
  ['失效时间', 'ignored'],
  // `发文字号 著录时间2025-02-26` (z110, 长治's portal): when a catalogue entry was made, not when the page was
  // published; unknown, it was the value of the empty number before it once the row was read as a list's.
  ['著录时间', 'ignored'],
  ['信息分类', 'ignored'],
  // Metadata cells that end a value (`开州区政府办公室 [ 主题分类 ] 其他`), and counters.
  ['主题分类', 'ignored'],
  ['体裁分类', 'ignored'],
  ['组配分类', 'ignored'],
  ['信息类别', 'ignored'],
  ['公开范围', 'ignored'],
  ['公开方式', 'ignored'],
  // `公开时限 长期公开` (k339): how long a page stays open, a cell of the same table.
  ['公开时限', 'ignored'],
  // `发布机构:市司法局公开形式:主动公开公开时限:常年公开网站发布:2023-03-07` (x212, 濮阳's portal, its cells glued):
  // how a page is opened, and the date the site published it.
  ['公开形式', 'ignored'],
  ['网站发布', 'published'],
  ['主题词', 'ignored'],
  ['有效性', 'ignored'],
  // `发文单位开发区·铁山区 效力状态有效` (ad108): the same cell under another name.
  ['效力状态', 'ignored'],
  ['点击', 'ignored'],
  // Counters printed after a value on its line (`来源:留下街道 点击率:`, `来源: 阅读次数:`, m220): every
  // portal words its own, so all of them are read (COUNTERS).
  ...COUNTERS.map((label): [string, FieldKind] => [label, 'ignored']),
  // `来源:绵阳市司法局  阅读: 次` (f244): a counter with its number not filled in.
  ['阅读', 'ignored'],
  ['字体', 'ignored'],
  ['字体大小', 'ignored'],
  // Widget cells after a source (g106 `文字大小:[ ] 背景色:`, g109 `浏览数:`): never part of a name.
  ['文字大小', 'ignored'],
  ['背景色', 'ignored'],
  // `来源:夏铎铺镇人民政府 所属单位:宁乡市夏铎铺镇` (j114): the portal's directory entry for the page,
  // neither the text's source nor its publisher.
  ['所属单位', 'ignored'],
];

/**
 * Labels that are also everyday words (`来自`, `转自`, `阅读`, `发布于`): read only before a colon, never
 * before a bare date or a space as the other labels are (`资金来自2023年…` is prose).
 */
const COLON_ONLY = new Set(['转自', '来自', '阅读', '发布于']);
/**
 * A label's characters may stand apart (`索 引 号`) or, on a converting mirror, carry inline pinyin
 * (`發(fā)布機構:清源街道辦事處`, j126): read through both.
 */
const LABEL_GAP = '(?:\\s|[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）])*';
const spaced = (label: string) => [...label].join(LABEL_GAP) + (COLON_ONLY.has(label) ? '(?=\\s*[:：])' : '');
/** Longest labels first so 发布时间 wins over 时间 at the same place. */
// `发布日期(2024-03-08)` (i210): a date in brackets right after its label is that label's value.
// `信息发布时间:` (as 信息来源, 信息索引号): any label may open with 信息, which is not then left at the end of
// the value before it (`来源:XX区司法局 信息`).
const LABEL_PATTERN = new RegExp(
  `[\\[【]?\\s*(?:信息)??(${[...LABELS]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([label]) => spaced(label))
    .join('|')})\\s*(?:[\\]】]\\s*:?|:|\\||·|(?=\\d{4})|[(（](?=\\s*\\d{4}))`,
  'g',
);
const KIND_BY_LABEL = new Map(LABELS);
const LABEL_NAMES = LABELS.map(([label]) => label);
/**
 * A metadata table copied without its colons (`发文机关 河南省人民政府 成文日期`, `标  题 河南省…`,
 * e129; `索引号 发布机构 川沙新镇`, e031): a label standing alone as a word (no character of a
 * word before it) and followed by a space.
 */
const LOOSE_LABEL_PATTERN = new RegExp(
  `(?<![\\u4e00-\\u9fa5])(${[...LABELS]
    .filter(([label]) => !COLON_ONLY.has(label))
    .sort((a, b) => b[0].length - a[0].length)
    .map(([label]) => spaced(label))
    .join('|')})(?:\\s*(?:[:：|·]|(?=\\d{4}))|\\s+(?=\\S)|\\s*$)`,
  'gu',
);

const DOC_NUMBER_VALUE = /^[^\s〔[]{1,10}[〔[](?:19|20)\d{2}[〕\]]\s*\d{1,4}\s*号(?:\s|$)/u;

/**
 * The labels of a colon-less table row: the line must open with a label, and either that label
 * is letter-spaced (`标  题`) or the row holds a second label; else undefined.
 */
function looseLabels(folded: string): RegExpMatchArray[] | undefined {
  const matches = [...folded.matchAll(LOOSE_LABEL_PATTERN)];
  const first = matches[0];
  if (!first) return undefined;
  const before = folded.slice(0, first.index);
  // `• 发布机构` / `绿春县林业和草原局` (m110): a list item that opens with a label is a row of a
  // metadata list, its value on the next line or after a space.
  const listItem = LIST_BULLET.test(before);
  if (before.trim() !== '' && !listItem) return undefined;
  // `备注/文号 拱政发〔2025〕04号 公开时限 长期公开` (k339): a lone label whose value is a document
  // number (`…〔2025〕04号`) is a row of the table, as a second label would make it.
  const value = folded.slice(first.index! + first[0].length);
  // `发文单位` / `区人民政府` (s106): a label alone on its line is a row of a list whose values stand under
  // their labels.
  const alone = matches.length === 1 && value.trim() === '';
  return listItem || alone || /\s/.test(first[1]!) || matches.length >= 2 || DOC_NUMBER_VALUE.test(value)
    ? matches
    : undefined;
}

/** A list's bullet before a label, alone (`• `, `· `, `- `). */
const LIST_BULLET = /^\s*[•·●▪◆\-–]\s*$/u;

/**
 * A row that mixes both forms (`索引号 4309210010/2023-1876101 发布机构 南县退役军人事务局 发文日期
 * 2023-12-19`, f127; `索引号 01526405-X/… 发布机构 昌宁县教育体育局`, f148): the labels a date or a
 * code lets the strict pattern see, and the colon-less ones between them, in order.
 */
function withLooseLabels(strict: RegExpMatchArray[], loose: RegExpMatchArray[] | undefined): RegExpMatchArray[] {
  if (!loose) return strict;
  const overlaps = (a: RegExpMatchArray, b: RegExpMatchArray) =>
    a.index! < b.index! + b[0].length && b.index! < a.index! + a[0].length;
  const added = loose.filter((l) => !strict.some((s) => overlaps(s, l)));
  return [...strict, ...added].sort((a, b) => a.index! - b.index!);
}

/**
 * Links a portal prints after a value on the same line, after a space (`来源: 海口市司法局 打印`,
 * `来源: 司法厅 分享 收藏`, `【大 中 小】`): widget text, never part of a source or a publisher.
 * Measured on the real corpus: b099 (打印) was the only value with such a tail; the set is the
 * chrome words the page patterns already know as links.
 */
// `来源:市司法局 字体[ 大 中 小 ]`, `来源: 字体[ ]` (j326, j327): the font widget with its choices in
// brackets, or none; `来源:朝阳区政府 打印页面 关闭页面` (j331): the same links named 页面; `来源:攀枝花市东区人民政府
// 办公室 选择阅读字号:[ 大 中 小 ]` (af105): the font widget asking to choose.
const TRAILING_LINKS =
  /(?:(?:^|\s+|(?<=[】\]]))[【[]?\s*(?:(?:我要)?打印(?:本页|页面)?|分享(?:到)?|收藏|关闭(?:窗口|页面|本页)?|(?:我要)?纠错|字体(?:\s*[【[][\s大中小]*[】\]])?|(?:选择)?(?:阅读)?字号|选择(?:阅读)?|默认|扫一扫|大\s*中\s*小)\s*[】\]]?\s*[:：]?)+$/u;

/**
 * `来源:惠州市政府办公室浏览字号:大|中|小` (ac218, a page glued into one line): a view counter's word, its number
 * not filled in, glued to the name before the next widget; no body's name ends so.
 */
const GLUED_COUNTER = /(?<=[\u4e00-\u9fa5]{2})(?:浏览|阅读|点击)(?:次数|量|数|人次)?$/u;

// `来源:岳阳市司法局2023-03-10 11:29` (t209): the date may follow the name with no space between.
const TRAILING_DATE =
  /^(.*?[^\s\d])\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)$/u;

/**
 * A value cut from a row of bracketed cells: the closing bracket of its own cell
 * (`[来源:法规与标准处] [点击量:]`, g230) and an opening bracket with no close, which starts the
 * next cell (`【信息来源:【信息时间:2024-03-29】`, g222: the source is empty, `【信息` is the next
 * cell's label), are not part of it.
 */
function unbracketed(value: string): string {
  const dangling = /[【[][^】\]]*$/u.exec(value);
  const open = dangling ? value.slice(0, dangling.index).trim() : value;
  return /^[^【[]*[\]】]$/u.test(open) ? open.slice(0, -1).trim() : open;
}

/**
 * `来源:XX区司法局 校对:李四`, `信息来源:XX区司法局 访问人数:123`: after a space, a short word and a
 * colon open the next cell of the row, whatever the portal calls it (审核, 撰稿人, 摄影, 所属主题…:
 * no list can hold every portal's wording). A source or publisher ends there; a body's name holds
 * no colon.
 */
function beforeUnknownLabel(value: string): string {
  const next = /\s+[\u4e00-\u9fa5]{2,6}\s*[:：]/u.exec(value);
  return next ? value.slice(0, next.index).trim() : value;
}

export interface Field {
  kind: FieldKind;
  label: string;
  value: string;
}

/** A report's title: a year, then 法治 and 报告/总结 closing it, with no sentence punctuation. */
const ROW_TITLE = /^[^，,。；;:：]{0,40}(?:19|20)\d{2}\s*年[^，,。；;:：]{0,30}法治[^，,。；;:：]{0,30}(?:报告|总结)$/u;

/** Every labelled field on a line, in order; an empty list when the line carries none. */
export function parseFields(line: string): Field[] {
  const folded = foldWidth(line);
  const strict = [...folded.matchAll(LABEL_PATTERN)];
  // A list's bullet before the first label (`• 来源:…日期:…`) leaves the row as it is without it.
  const bullet = /^\s*[•·●▪◆]\s*/u.exec(folded)?.[0].length ?? 0;
  const first = strict[0]?.index ?? -1;
  if (bullet > 0 && first > 0 && first <= bullet) return parseFields(line.slice(bullet));
  const loose = looseLabels(folded);
  const matches = strict[0]?.index === 0 ? withLooseLabels(strict, loose) : (loose ?? strict);
  if (matches.length === 0) return gluedField(line);
  // `2021-03-28 10:22 来源：…`: a date printed without a label before the first label.
  const prefix = matches.length > 0 ? line.slice(0, matches[0]!.index).trim() : '';
  // `奉贤区档案局2023年度法治政府建设情况报告 信息来源: 发布时间:2024-01-02` (k123): a report's
  // title printed on its metadata row, before the first label, is the row's title.
  const unlabelled: Field[] =
    prefix && findDate(prefix)
      ? [{ kind: 'published', label: '', value: prefix }]
      : prefix && ROW_TITLE.test(prefix)
        ? [{ kind: 'title', label: '', value: prefix }]
        : [];
  return [
    ...unlabelled,
    ...matches.flatMap((match, i) => {
      const label = withoutPinyin(match[1]!).replace(/\s+/g, '');
      const start = match.index! + match[0].length;
      const end = i + 1 < matches.length ? matches[i + 1]!.index! : line.length;
      // Values come from the original line (full-width characters kept), separators trimmed.
      const raw = line
        .slice(start, end)
        .replace(/[\s【\[]*$/u, '')
        // `市政府办公厅 clock 157天前`: an icon's name and a relative time are widget text.
        .replace(/\s+(?:[a-z]+\s*)?\d+\s*(?:天|小时|分钟|秒)前$/iu, '')
        .replace(/\s+[a-z]+$/iu, '')
        .replace(TRAILING_LINKS, '')
        .replace(GLUED_COUNTER, '')
        // `• [ 发布机构 ]` / `• 荣昌区生态环境局` (l109): a list's bullet before a value carried from the
        // next line is no part of it, as one after it is not.
        .replace(/^[\s|｜丨•·]+|[\s|｜丨•·-]+$/gu, '');
      const kind = KIND_BY_LABEL.get(label) ?? 'ignored';
      const bracketed = /[(（]$/u.test(match[0]) ? raw.replace(/\s*[)）]$/u, '') : unbracketed(raw);
      // `文 号: 商政文〔2024〕11号 所属主题: 商政文` (t214): a number ends at the next cell as a name does.
      const value =
        kind === 'source' || kind === 'publisher' || kind === 'docNumber' ? beforeUnknownLabel(bracketed) : bracketed;
      // `来源:陕西日报 2026-03-16 08:15` (e132, e158): a date and time printed after a source
      // or publisher, past a space, is the page's unlabelled date, not part of the name.
      const dated = kind === 'source' || kind === 'publisher' ? TRAILING_DATE.exec(value) : null;
      if (dated && dated[1]!.trim() !== '' && findDate(dated[2]!))
        return [
          { kind, label, value: dated[1]!.trim() },
          { kind: 'published', label: '', value: dated[2]! },
        ] satisfies Field[];
      return [{ kind, label, value } satisfies Field];
    }),
  ];
}

/**
 * A metadata table copied with neither colons nor spaces, one cell a line (`索引号pbxxhxrmzf/2026-00001`,
 * `发布机构屏边县新华乡人民政府`, g018): a line that is only an index or publisher label and its
 * value. Only these labels: no sentence opens with them, where 来源/标题/名称 open prose.
 */
// `发文机关沁县林业局 主题词` (z110): the next cell's label, left empty, may follow the value.
const GLUED_FIELD =
  /^\s*(信息索引号|索引号|发布机构|发文机构|发文机关|发布单位|发文单位)([^\s:：，,。；;]{2,40})(?:\s+([\u4e00-\u9fa5]{2,8}))?\s*$/u;

function gluedField(line: string): Field[] {
  const match = GLUED_FIELD.exec(foldWidth(line));
  // The next cell, its label glued to a value of its own (`效力状态有效`, ad108), ends the value too.
  const nextCell = match?.[3];
  if (!match || (nextCell !== undefined && !LABEL_NAMES.some((label) => nextCell.startsWith(label)))) return [];
  const label = match[1]!;
  return [{ kind: KIND_BY_LABEL.get(label) ?? 'ignored', label, value: match[2]! }];
}

/** A value blanked by an aggregator (`**********`) says nothing. */
export function isMasked(value: string): boolean {
  return /^[*＊\s:：]*$/.test(value);
}
