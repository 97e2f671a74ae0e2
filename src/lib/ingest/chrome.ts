import { SENTENCE_PUNCTUATION, foldWidth } from './text.ts';

/**
 * Page chrome: what the portal wraps around a report (accessibility links, breadcrumbs, text
 * size widgets, share and print links, counters, filing numbers). Matched per line, and only
 * outside the report's own text, so a sentence that mentions 打印 is never lost.
 */
const CHROME_PATTERNS: RegExp[] = [
  /^(无障碍(浏览|阅读|模式)?|长者模式|关怀版|适老化|老年模式|读屏|视力保护色)([\s|/]*(无障碍(浏览|阅读|模式)?|长者模式|关怀版|适老化|老年模式|读屏))*$/,
  /^(当前位置|您所在的位置|您的位置|所在位置|当前所在位置)\s*[:：]?/,
  /首页\s*(>|＞|->|»|›|\/|→)/,
  /^[^，。；]{0,40}(\s*(>|＞|->|»|›)\s*[^，。；>]{1,20}){2,}$/,
  /^字\s*[号體体號]\s*[:：]?/,
  /【?\s*大\s*】?\s*【?\s*中\s*】?\s*【?\s*小\s*】?$/,
  /扫一扫|分享到|打印本页|【打印】|\[打印\]|关闭窗口|【关闭】|返回顶部|回到顶部|加入收藏|我要纠错|【纠错】/,
  /ICP\s*备|ICP证|公网安备|网站标识码|网站识别码/i,
  /^(主办单位|承办单位|主办|承办|协办|版权所有|Copyright|联系我们|网站地图|网站声明|隐私声明|技术支持)/i,
  /(浏览量|浏览次数|点击数|阅读量|访问量|阅读次数)\s*[:：]/,
  /^(繁体|繁體|简体|簡體|English|EN)(\s*[|｜/]\s*(繁体|繁體|简体|簡體|English|EN))*$/i,
  /^[•·●▪■◆\-\s]*(扫一扫|分享|打印|收藏|关闭)/,
  // `欢迎访问枣庄市市中区人民政府网站! 今天是:` (k115): the portal's greeting over every page,
  // whose `!` made it read as the report's first sentence and the whole header as body.
  /^欢迎(访问|来到|光临)[^，。；,;]{0,40}(网站|门户|平台)/,
  // `…分职业、分专业、分等级开展规范化培训、社会化评价 点击查看` (l223): a teaser for another page that
  // ends in its link, past a space, with no full stop; its commas made it read as the report's first
  // sentence and the title with its metadata row as body.
  /[^。！？!?]\s+(点击查看|查看详情|查看更多|了解更多|阅读全文)\s*[>》]*$/,
];

export function isChromeLine(line: string): boolean {
  const folded = foldWidth(line).trim();
  if (folded === '') return false;
  return CHROME_PATTERNS.some((pattern) => pattern.test(folded));
}

/**
 * A short line with no sentence punctuation after the report has ended: a link list, a site
 * name, a menu entry. Only ever applied after the last line of the report.
 */
export function isTrailingNoise(line: string): boolean {
  return line.length <= 40 && !SENTENCE_PUNCTUATION.test(line) && !TABLE_ROW.test(line);
}

/** `| 类别 | 件数 |`: a table row, from a text capture or from an HTML table. */
export const TABLE_ROW = /^\|.*\|$/;
