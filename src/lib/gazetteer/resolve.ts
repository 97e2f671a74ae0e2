import { pinyin } from 'pinyin-pro';
import { aliasesOf, isMunicipality, type Division, type Gazetteer } from './gazetteer.ts';
import { divisionOfInitialsDomain, govInitialsLabel, ROMANISED_CITY_HOSTS } from './host-names.ts';

/** Where a place name was seen; stronger fields say more about whose report it is. */
export type ClueField = 'title' | 'issuer' | 'subject' | 'sourceName' | 'header' | 'statement' | 'body';

export const CLUE_WEIGHTS: Record<ClueField, number> = {
  title: 8,
  issuer: 6,
  subject: 6,
  statement: 4,
  sourceName: 3,
  header: 2,
  body: 1,
};
const STRONG_FIELDS = new Set<ClueField>(['title', 'issuer', 'subject', 'sourceName', 'header', 'statement']);
const SHORT_NAME_FIELDS = new Set<ClueField>(['title', 'issuer', 'subject', 'sourceName']);
/**
 * Fields that name the report's owner: when they name a place, places named elsewhere (a
 * street cited in the opening of a city bureau's report) cannot override them.
 */
const OWNER_FIELDS = new Set<ClueField>(['title', 'issuer', 'subject']);

export interface Clue {
  field: ClueField;
  text: string;
}

export interface ResolveContext {
  /** All text of the capture: ancestors named anywhere help choose among same-named places. */
  fullText: string;
  /** The 网站标识码 of the portal (10 digits, the first six a county-level code), if printed. */
  siteCode?: string | undefined;
  /** Host of the capture's source URL (www.szft.gov.cn), when a sidecar gives one. */
  sourceHost?: string | undefined;
  /**
   * The division code a 索引号 opens with (`370402/2022-00029`: 枣庄市市中区), if it opens with one:
   * the catalogue of a county's open-government portal numbers its documents under the county's code.
   */
  indexCode?: string | undefined;
}

/**
 * `370402/2022-00029` (l106): an index number that opens with six digits and a slash opens with the
 * division code of the government whose catalogue holds it. Other shapes (`000014349/2022-00029`, a
 * 统一社会信用代码 `11370402MB…`) say nothing about a place.
 */
export function indexCodeOf(indexNumber: string | undefined): string | undefined {
  return indexNumber ? /^(\d{6})\//u.exec(indexNumber.trim())?.[1] : undefined;
}

const GENERIC_HOST_LABELS = new Set(['www', 'gov', 'cn', 'com', 'net', 'org', 'edu', 'zwgk', 'xxgk', 'http', 'https']);
const NAME_SUFFIX =
  /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|街道|新区|省|市|区|县|镇|乡|旗|盟)$/;

/** A name without its administrative suffix, when at least two characters remain (深圳市 → 深圳). */
export function stemOf(name: string): string {
  const stem = name.replace(NAME_SUFFIX, '');
  return stem.length >= 2 ? stem : name;
}

function spell(name: string, initials: boolean): string {
  const stem = name.length > 2 ? name.replace(NAME_SUFFIX, '') : name;
  return pinyin(stem, { toneType: 'none', type: 'array', ...(initials ? { pattern: 'first' } : {}) })
    .join('')
    .toLowerCase();
}

/** Every character's initial, its kind's too (斗门区 → dmq, 珠海市 → zhs). */
function initialsOf(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', pattern: 'first' }).join('').toLowerCase();
}

const keyCache = new Map<string, string[]>();

/**
 * How portals spell a division in their host names: in full (yuhang = 余杭), by its parent's
 * and its own initials (szft = 深圳福田), in full after its parent (by province or city:
 * sxgp = 山西高平 by initials too), a county's initials with 政府 (znzf = 中宁政府) and a city's
 * initials with "city" (yzcity = 永州).
 * Keys shorter than four letters say too little and are dropped.
 */
function hostKeys(division: Division, gazetteer: Gazetteer): string[] {
  const cached = keyCache.get(division.code);
  if (cached) return cached;
  const own = spell(division.name, false);
  const initials = spell(division.name, true);
  const keys = [own, ...spelledWithSuffix(division)];
  for (const code of division.ancestorCodes) {
    const ancestor = gazetteer.byCode.get(code)!;
    keys.push(spell(ancestor.name, false) + own, spell(ancestor.name, true) + initials);
    // A municipality's districts spell it with its 市 (cqstl = 重庆市铜梁, i332).
    if (isMunicipality(ancestor)) keys.push(`${spell(ancestor.name, true)}s${initials}`);
    // An autonomous prefecture by its short name (hhlx = 红河泸西, q112).
    if (ancestor.level === 'city')
      for (const short of aliasesOf(ancestor.name, ancestor.level).map((name) => name.replace(/州$/u, '')))
        if (short.length >= 2) keys.push(spell(short, false) + own, spell(short, true) + initials);
  }
  // An autonomous county or prefecture goes by its short name on its portal as in its reports
  // (mayang = 麻阳 for 麻阳苗族自治县, f153), spelled in full: the initials of a short name of two
  // characters say too little (巴州 and 博州 are both bz).
  const shortStems =
    division.level === 'city' || division.level === 'county'
      ? aliasesOf(division.name, division.level).map((short) => short.replace(/[州县]$/u, ''))
      : [];
  for (const stem of shortStems) {
    keys.push(spell(stem, false));
    for (const code of division.ancestorCodes) {
      const ancestor = gazetteer.byCode.get(code)!.name;
      keys.push(spell(ancestor, false) + spell(stem, false));
      // gzzn = 贵州镇宁 for 镇宁布依族苗族自治县 (i001): after its parent by initials, as sxgp = 山西高平.
      keys.push(spell(ancestor, true) + spell(stem, true));
    }
  }
  // A stem of four characters or more is spelled by its initials alone, as 呼和浩特 (hhht), 乌鲁木齐
  // (wlmq) and 西双版纳 (xsbn, f233) spell their portals; shorter initials say too little.
  if (division.level !== 'township')
    for (const stem of [stemOf(division.name), ...shortStems])
      if (stem.length >= 4)
        keys.push(pinyin(stem, { toneType: 'none', type: 'array', pattern: 'first' }).join('').toLowerCase());
  // cngy = 中国广元, cnlongxi = 中国陇西, cncx = 中国苍溪 (g003): a city's or county's portal named
  // `cn` (China) and its name, in full or by initials, as the three of them in the real captures.
  if (division.level === 'city' || division.level === 'county') keys.push(`cn${own}`, `cn${initials}`);
  if (division.level === 'county') keys.push(`${initials}zf`);
  // yzcity = 永州 (a city portal named by its initials and "city").
  if (division.level === 'city') keys.push(`${initials}city`);
  // ordos = 鄂尔多斯: a name that is not pinyin, from a fact list.
  const romanised = division.level === 'city' ? ROMANISED_CITY_HOSTS.get(division.name) : undefined;
  if (romanised) keys.push(romanised);
  const result = [...new Set(keys)].filter((key) => key.length >= 4);
  keyCache.set(division.code, result);
  return result;
}

/**
 * yunxiqu = 云溪区 (l142): a city's or county's portal spelled in full with its suffix (区 qu, 县
 * xian, 市 shi, 旗 qi), as the name is said. Only the plain suffixes: an autonomous county's
 * `zizhixian` is no one's host.
 */
function spelledWithSuffix(division: Division): string[] {
  if (division.level !== 'city' && division.level !== 'county') return [];
  const suffix = /^.{2,}([区县市旗])$/u.exec(division.name)?.[1];
  if (!suffix || /自治[区县]$|地区$|新区$/u.test(division.name)) return [];
  return [spell(division.name, false) + ({ 区: 'qu', 县: 'xian', 市: 'shi', 旗: 'qi' } as const)[suffix as '区']];
}

function hostLabels(host: string): string[] {
  return host
    .toLowerCase()
    .split(/[.-]/)
    .filter((label) => label && !GENERIC_HOST_LABELS.has(label));
}

/**
 * zhsdmqrmzfmhwz = 珠海市斗门区人民政府门户网站, ncxrmzf = 南昌县人民政府 (ag203, a mirror keeping the portal's path): a
 * CMS names a government's site by its name's initials, its kind's letter kept, alone or after its city's. Matched
 * whole only: `cxrmzf` (磁县) is inside `ncxrmzf`.
 */
function portalSiteKeys(division: Division, gazetteer: Gazetteer): string[] {
  if (division.level !== 'city' && division.level !== 'county') return [];
  const cached = portalKeyCache.get(division.code);
  if (cached) return cached;
  const named = initialsOf(division.name);
  const parent = gazetteer.byCode.get(division.ancestorCodes.at(-1) ?? '');
  const sites = [
    named,
    ...(division.level === 'county' && parent?.level === 'city' ? [initialsOf(parent.name) + named] : []),
  ];
  const keys = sites.flatMap((site) => PORTAL_SITE_SUFFIXES.map((suffix) => site + suffix));
  portalKeyCache.set(division.code, keys);
  return keys;
}

/** 人民政府, 人民政府网, 人民政府门户网站 by their initials. */
const PORTAL_SITE_SUFFIXES = ['rmzf', 'rmzfw', 'rmzfmhwz'];
const portalKeyCache = new Map<string, string[]>();

/** Whether a portal's host spells this division. Short keys must match a whole host label. */
export function hostNames(division: Division, host: string, gazetteer: Gazetteer): boolean {
  if ((division.level === 'city' || division.level === 'county') && divisionOfInitialsDomain(host) === division.name)
    return true;
  const labels = hostLabels(host);
  if (labels.some((label) => PORTAL_SITE_SUFFIXES.some((suffix) => label.endsWith(suffix)))) {
    const sites = portalSiteKeys(division, gazetteer);
    return labels.some((label) => sites.includes(label));
  }
  const keys = hostKeys(division, gazetteer);
  return labels.some((label) => keys.some((key) => label === key || (key.length >= 6 && label.includes(key))));
}

/** A bare IP address says nothing about a place. */
export function isBareIpHost(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}(:\d+)?$/.test(host) || /^ip\d+$/i.test(host.split('.')[0] ?? '');
}

/**
 * The cities and counties a portal's host spells (gaotai.gov.cn → 高台县), for pages that
 * name their place only as 全省/全市/本市. Province initials (gd = 广东) are two letters and
 * count only as a whole host label, and only when `provinceInitials` is asked for.
 */
export function placesOfHost(host: string | undefined, gazetteer: Gazetteer, provinceInitials = false): Division[] {
  if (!host || isBareIpHost(host)) return [];
  const labels = hostLabels(host);
  const found: Division[] = [];
  for (const division of gazetteer.byCode.values()) {
    if (division.level === 'province') {
      if (provinceInitials && labels.includes(spell(division.name, true))) found.push(division);
      if (labels.includes(OFFICIAL_PROVINCE_SPELLINGS.get(division.name) ?? spell(division.name, false)))
        found.push(division);
      continue;
    }
    if (division.level !== 'city' && division.level !== 'county') continue;
    if (hostNames(division, host, gazetteer)) found.push(division);
  }
  return found;
}

/**
 * 山西 and 陕西 are both `shanxi` in toneless pinyin; 陕西 spells itself Shaanxi (its portals are
 * *.shaanxi.gov.cn), so `shanxi` is 山西 alone (d061: sft.shanxi.gov.cn, 山西省司法厅).
 */
const OFFICIAL_PROVINCE_SPELLINGS = new Map([['陕西省', 'shaanxi']]);

/** The warning of a place resolved from the body alone, no stronger field naming one. */
export const BODY_ONLY = 'place found only in the body text';

export interface Mention {
  name: string;
  field: ClueField;
}

export type Resolution =
  | { ok: true; division: Division; evidence: string[]; warnings: string[] }
  | { ok: false; reason: string; candidates: Division[] };

/**
 * Two-character names (浚县, 九镇, 雪乡, but also 城区) read as ordinary words in running text,
 * so they count only in the short fields that name the report's owner, and only with their
 * administrative suffix.
 */
const SHORT_NAME = /^.[县区市镇乡旗]$/;
/**
 * Gazetteer entries named only by what they are (开发区, 经济开发区, 工业园区, 高新区, 林场, 街道,
 * and the township-level offices and farms 林业站, 农科所, 良种场, 畜牧场…, and bureaus filed as
 * townships, 林业局, 林草局, 社会事务局…): a common noun in any report (`在全国率先启动开发区法治建设
 * 考核`, d061; `林业站、水利站等部门负责人`, e038; `保康县林业局2023年…`, f106), never a place name.
 * So with the zone's committee after it (`经济技术开发区管理委员会关于 2022年…报告`, l108: not the
 * 开发区管理委员会 of 太和县 or 临川区 the dataset files under that bare name).
 */
const KIND_ONLY_NAME =
  /^(?:(?:经济技术|高新技术产业|高新技术|经济|工业|物流)?(?:开发区|园区|高新区|集中区)(?:管理委员会|管委会)?|保税区|林场|农场|街道|林业站|市?农科所|劳教所|国营林场|(?:第[一二]|县)?良种场|原种场|良种繁育场|种畜场|种猪场|种羊场|畜牧场|园艺场|旅游度假区|林业局|林草局|煤管局|社会事务局|社会发展局|国有林场管理局)$/u;
/** Whether a name is only what the thing is (开发区, 高新区, 林场), never a place's own name. */
export function isKindOnlyName(name: string): boolean {
  return KIND_ONLY_NAME.test(name);
}
const MAX_NAME_LENGTH = 20;

/**
 * 广东, 甘肃, 巴州: the short name of a province or an autonomous prefecture is never an
 * ordinary word (unlike 城区 or 新县), so even at two characters it is a place.
 */
function isDistinctiveShortName(name: string, gazetteer: Gazetteer): boolean {
  const divisions = gazetteer.byName.get(name);
  return (
    divisions !== undefined && divisions.every((d) => (d.level === 'province' || d.level === 'city') && d.name !== name)
  );
}

/** 巴州, 博州, 克州: an autonomous prefecture's two-character short name, a place wherever it stands. */
function isPrefectureShortName(name: string, gazetteer: Gazetteer): boolean {
  const divisions = gazetteer.byName.get(name);
  return divisions !== undefined && divisions.every((d) => d.level === 'city' && d.name !== name);
}

/**
 * `盘龙镇基层立法联系点`, `XX街道法治教育基地`: a place named as the seat of an institution a
 * report mentions (a county bureau citing a town's contact point) says where that institution
 * is, not whose report it is. Such mentions outside the fields that name the owner (title,
 * issuer, opening subject) are not read as places.
 */
export const INSTITUTION_SEAT =
  /^(?:基层立法联系点|立法联系点|联系点|示范点|法治教育基地|教育基地|示范基地|工作站|服务站)/u;

/**
 * `与武隆区对口协调发展服务事项47项跨区通办` (l115, a 涪陵区 bureau): a place named as the partner a
 * report's own place is paired with (与/同/和 X 对口…, 结对…, 协作…) is the other party, never the
 * report's. Read, as institution seats are, only outside the fields that name the owner.
 */
function isPairedPartner(text: string, start: number, after: string): boolean {
  return /[与同和]/u.test(text[start - 1] ?? '') && /^(?:开展)?(?:对口|结对|协作|合作)/u.test(after);
}

/**
 * `镇(街道)`, `乡(镇)`: "towns (streets)", the kind of unit written with its alternative in brackets,
 * never one place (`县级部门主要负责人和镇(街道)党(工)委书记`, h124, where `负责人和镇` holds the
 * gazetteer's 人和镇). A town or township name ending right before such a bracket is not read.
 */
const KIND_WITH_ALTERNATIVE = /^[(（](?:街道|镇|乡|乡镇|镇街)[)）]/u;

/**
 * Leftmost-longest scan for gazetteer names in a piece of text; a name followed by
 * `skipBefore` (an institution it is the seat of) is passed over. `開發區(黃梅街道)`: a
 * name followed by another of the same level in brackets names one place, the bracketed one
 * (the administrative unit a zone is merged with), so the first is dropped.
 */
export function findPlaceNames(
  text: string,
  gazetteer: Gazetteer,
  allowShortNames = false,
  skipBefore?: RegExp,
): string[] {
  const found: Array<{ name: string; start: number; end: number }> = [];
  const maxLength = Math.min(gazetteer.maxNameLength, MAX_NAME_LENGTH);
  let i = 0;
  while (i <= text.length - 2) {
    let matched = 0;
    for (let length = Math.min(maxLength, text.length - i); length >= 2; length--) {
      const candidate = text.slice(i, i + length);
      if (length === 2) {
        const allowed = allowShortNames
          ? SHORT_NAME.test(candidate) || isDistinctiveShortName(candidate, gazetteer)
          : isPrefectureShortName(candidate, gazetteer);
        if (!allowed) continue;
      }
      if (gazetteer.byName.has(candidate) && !KIND_ONLY_NAME.test(candidate)) {
        const after = text.slice(i + length, i + length + 12);
        const kindPhrase = /[镇乡]$/u.test(candidate) && KIND_WITH_ALTERNATIVE.test(after);
        const partner = skipBefore !== undefined && isPairedPartner(text, i, after);
        if (!kindPhrase && !partner && !skipBefore?.test(after))
          found.push({ name: candidate, start: i, end: i + length });
        matched = length;
        break;
      }
    }
    i += matched || 1;
  }
  return found
    .filter((mention, k) => {
      const next = found[k + 1];
      return !(
        next &&
        /[(（]/u.test(text[mention.end] ?? '') &&
        next.start === mention.end + 1 &&
        /[)）]/u.test(text[next.end] ?? '') &&
        sameLevel(mention.name, next.name, gazetteer)
      );
    })
    .map((mention) => mention.name);
}

function sameLevel(a: string, b: string, gazetteer: Gazetteer): boolean {
  const levels = new Set((gazetteer.byName.get(a) ?? []).map((d) => d.level));
  return (gazetteer.byName.get(b) ?? []).some((d) => levels.has(d.level));
}

const LEVEL_DEPTH = { national: -1, province: 0, city: 1, county: 2, township: 3 } as const;

function isAncestor(ancestor: Division, division: Division): boolean {
  return division.ancestorCodes.includes(ancestor.code);
}

/**
 * How well the rest of the page supports this division: its ancestors named in the text,
 * other mentioned places that contain it, the portal's site code, the source URL's host.
 */
function contextScore(
  division: Division,
  mentioned: Division[],
  context: ResolveContext,
  gazetteer: Gazetteer,
): number {
  let score = 0;
  for (const code of division.ancestorCodes) {
    const ancestor = gazetteer.byCode.get(code);
    // 深圳 names 深圳市 as well: pages drop the suffix of the places they sit in.
    const text = context.fullText.replaceAll(division.name, '');
    if (ancestor && (text.includes(ancestor.name) || text.includes(stemOf(ancestor.name)))) score += 2;
  }
  if (mentioned.some((other) => isAncestor(other, division))) score += 2;
  if (context.siteCode && context.siteCode.length >= 6) {
    const county = context.siteCode.slice(0, 6);
    if (division.code.startsWith(county) || division.code === county) score += 4;
  }
  // 市中区 in four cities, the index number `370402/…` on the page (l106): the one it numbers under.
  if (context.indexCode && division.code.startsWith(context.indexCode)) score += 4;
  if (context.sourceHost && !isBareIpHost(context.sourceHost)) {
    const chain = [
      division,
      ...division.ancestorCodes.map((code) => gazetteer.byCode.get(code)!).filter((d) => d.level !== 'province'),
    ];
    if (chain.some((d) => hostNames(d, context.sourceHost!, gazetteer))) score += 3;
  }
  return score;
}

/** Picks one division for a name using context, or says which candidates remain. */
function disambiguate(name: string, mentioned: Division[], context: ResolveContext, gazetteer: Gazetteer): Division[] {
  const candidates = gazetteer.byName.get(name) ?? [];
  if (candidates.length <= 1) return candidates;
  const scored = candidates.map((division) => ({
    division,
    score: contextScore(
      division,
      mentioned.filter((m) => m.name !== name),
      context,
      gazetteer,
    ),
  }));
  const best = Math.max(...scored.map((s) => s.score));
  const tied = scored.filter((s) => s.score === best).map((s) => s.division);
  if (tied.length < 2 || !context.sourceHost) return tied;
  const byDomain = tied.filter((division) => spelledByGovDomain(division, context.sourceHost!, gazetteer));
  return byDomain.length === 1 ? byDomain : tied;
}

/**
 * `dg.gov.cn` (东莞's portal, g012): a government's own two-letter domain under gov.cn is the
 * initials of its city or county. Two letters spell many places (sz: 深圳, 苏州, 随州…), so it is
 * read only to choose among the same-named places a page names (清溪镇: seven divisions, one of
 * them in a city or county spelled `dg`), and only when it spells exactly one of them.
 */
function spelledByGovDomain(division: Division, host: string, gazetteer: Gazetteer): boolean {
  return placesOfGovInitials(host, gazetteer).some(
    (d) => d.code === division.code || division.ancestorCodes.includes(d.code),
  );
}

/**
 * An index of the gazetteer's divisions under the keys each one gives (none to leave it out), built
 * once per gazetteer on first use: the readings below ask it per page, and scanning the 44k
 * divisions each time cost tens of milliseconds a call.
 */
function indexPerGazetteer(keysOf: (d: Division) => string[]): (gazetteer: Gazetteer) => Map<string, Division[]> {
  const built = new WeakMap<Gazetteer, Map<string, Division[]>>();
  return (gazetteer) => {
    let index = built.get(gazetteer);
    if (!index) {
      index = new Map();
      for (const d of gazetteer.byCode.values()) {
        for (const key of keysOf(d)) {
          const list = index.get(key);
          if (list) list.push(d);
          else index.set(key, [d]);
        }
      }
      built.set(gazetteer, index);
    }
    return index;
  };
}

/**
 * Cities and counties by their initials: spelling every name anew took 64 ms a call (measured,
 * pc.dl.gov.cn), and a page that names no place asks up to four times.
 */
const initialsIndex = indexPerGazetteer((d) =>
  d.level === 'city' || d.level === 'county' ? [spell(d.name, true)] : [],
);

/**
 * Provinces, cities and counties by their stem (`stemOf`: 东源 for 东源县): a zone or branch office
 * named by a stem is read against every such division.
 */
const stemIndex = indexPerGazetteer((d) =>
  d.level === 'province' || d.level === 'city' || d.level === 'county' ? [stemOf(d.name)] : [],
);

export function divisionsOfStem(stem: string, gazetteer: Gazetteer): Division[] {
  return stemIndex(gazetteer).get(stem) ?? [];
}

/**
 * The townships inside a division, under each of their ancestors' codes: a zone filed as a township
 * is looked up inside its city or district (a scan of the gazetteer took 13–25 ms a call, measured).
 */
const townshipIndex = indexPerGazetteer((d) => (d.level === 'township' ? d.ancestorCodes : []));

export function townshipsWithin(code: string, gazetteer: Gazetteer): Division[] {
  return townshipIndex(gazetteer).get(code) ?? [];
}

/** The counties (districts, county-level cities) of a city, by the city's code. */
const countyIndex = indexPerGazetteer((d) => (d.level === 'county' ? d.ancestorCodes.slice(-1) : []));

export function countiesOf(cityCode: string, gazetteer: Gazetteer): Division[] {
  return countyIndex(gazetteer).get(cityCode) ?? [];
}

/** The cities and counties whose initials a government's two-letter gov.cn domain is (`ql` for ql.gov.cn). */
export function placesOfGovInitials(host: string | undefined, gazetteer: Gazetteer): Division[] {
  const label = host ? govInitialsLabel(host) : undefined;
  return label ? (initialsIndex(gazetteer).get(label) ?? []) : [];
}

function describe(division: Division): string {
  return `${division.region.join('')}（${division.code}）`;
}

/**
 * Resolves whose report this is from place names found in its clues, most telling first.
 * The deepest division named in a strong field wins (a street named in the title beats the
 * district named in the source line); places named only in the body are a weaker fallback.
 * Never picks silently among same-named places: ambiguity is returned with the candidates.
 */
export function resolveDivision(clues: Clue[], context: ResolveContext, gazetteer: Gazetteer): Resolution {
  const weights = new Map<string, number>();
  const strongNames = new Set<string>();
  const ownerNames = new Set<string>();
  const scan = (clue: Clue) => {
    const skip = OWNER_FIELDS.has(clue.field) ? undefined : INSTITUTION_SEAT;
    for (const name of findPlaceNames(clue.text, gazetteer, SHORT_NAME_FIELDS.has(clue.field), skip)) {
      weights.set(name, (weights.get(name) ?? 0) + CLUE_WEIGHTS[clue.field]);
      if (STRONG_FIELDS.has(clue.field)) strongNames.add(name);
      if (OWNER_FIELDS.has(clue.field)) ownerNames.add(name);
    }
  };
  clues.filter((clue) => STRONG_FIELDS.has(clue.field)).forEach(scan);
  // The body is long and only decides when no strong field names a place: scan it only then.
  if (strongNames.size === 0) clues.filter((clue) => !STRONG_FIELDS.has(clue.field)).forEach(scan);
  if (weights.size === 0) {
    if (context.siteCode) {
      const county = gazetteer.byCode.get(context.siteCode.slice(0, 6));
      if (county) {
        return {
          ok: true,
          division: county,
          evidence: [`网站标识码 ${context.siteCode}`],
          warnings: ['no place named in the page; placed by the portal site code only'],
        };
      }
    }
    return { ok: false, reason: 'no place name of the gazetteer found in the page', candidates: [] };
  }

  const allMentioned = [...weights.keys()].flatMap((name) => gazetteer.byName.get(name) ?? []);
  const resolved = new Map<string, Division[]>();
  for (const name of weights.keys()) resolved.set(name, disambiguate(name, allMentioned, context, gazetteer));

  const pool = ownerNames.size > 0 ? [...ownerNames] : strongNames.size > 0 ? [...strongNames] : [...weights.keys()];
  const warnings = strongNames.size > 0 ? [] : [BODY_ONLY];
  const depthOf = (name: string) => Math.max(...resolved.get(name)!.map((d) => LEVEL_DEPTH[d.level]));
  pool.sort((a, b) => depthOf(b) - depthOf(a) || weights.get(b)! - weights.get(a)! || a.localeCompare(b));

  let chosenName = pool[0]!;
  // Two distinct deepest names in strong fields with equal weight and no containment is a conflict.
  let rival = pool[1];
  const tied = (a: string, b: string | undefined): b is string =>
    b !== undefined &&
    depthOf(b) === depthOf(a) &&
    weights.get(b) === weights.get(a) &&
    !resolved.get(b)!.some((r) => resolved.get(a)!.some((c) => c.code === r.code));
  // `到永川区学习` beside `《荣昌区…实施方案》` on rongchang.gov.cn (e018): of tied places, the one
  // the portal's host spells, when it spells exactly one of them. However many tie: `《宜春市公安局
  // …》`, `宜春—长沙市`, `宜春—广州市` once each on gaj.yichun.gov.cn (h423) is 宜春市's.
  if (tied(chosenName, rival) && context.sourceHost && !isBareIpHost(context.sourceHost)) {
    const tiedNames = [chosenName, ...pool.slice(1).filter((name) => tied(chosenName, name))];
    const spelt = tiedNames.filter((name) =>
      resolved.get(name)!.some((d) => hostNames(d, context.sourceHost!, gazetteer)),
    );
    if (spelt.length === 1) {
      chosenName = spelt[0]!;
      rival = undefined;
    }
  }
  const candidates = resolved.get(chosenName)!;
  if (tied(chosenName, rival)) {
    return {
      ok: false,
      reason: `two places named equally strongly: ${chosenName} and ${rival}`,
      candidates: [...candidates, ...resolved.get(rival)!],
    };
  }
  if (candidates.length !== 1) {
    return {
      ok: false,
      reason: `ambiguous place name ${chosenName}: ${candidates.length} divisions share it and the page does not tell which (${candidates.map(describe).join('、')})`,
      candidates,
    };
  }
  const division = candidates[0]!;
  const evidence = [`${chosenName} → ${describe(division)}`];
  return { ok: true, division, evidence, warnings };
}
