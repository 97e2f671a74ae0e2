import { isMunicipality, type Division, type Gazetteer } from '../gazetteer/gazetteer.ts';
import {
  countiesOf,
  divisionsOfStem,
  findPlaceNames,
  hostNames,
  isBareIpHost,
  isKindOnlyName,
  placesOfGovInitials,
  placesOfHost,
  stemOf,
  townshipsWithin,
} from '../gazetteer/resolve.ts';
import { LEVELS, type Level } from '../schema/report.ts';

/**
 * How a report refers to its own place when it does not name it: 全省, 我县, 本市, 全镇.
 * Reports are written from inside their place, so the first such word gives the level of
 * the reporting government.
 */
// 我街 only: 全街 and 本街 stand inside street names too (秀全街花港社区).
const SELF_REFERENCE = /(?:我|全|本)(省|自治区|市|州|盟|县|旗|区|镇|乡|街道)|我(街)/;
const LEVEL_OF_WORD: Record<string, Level> = {
  省: 'province',
  自治区: 'province',
  市: 'city',
  州: 'city',
  盟: 'city',
  县: 'county',
  旗: 'county',
  区: 'county',
  镇: 'township',
  乡: 'township',
  街道: 'township',
  // 我街, 全街: streets named 黄石街 / 鹤龙街 for short call themselves so.
  街: 'township',
};

export interface SelfReference {
  word: string;
  level: Level;
}

export function selfReferenceOf(lines: string[]): SelfReference | undefined {
  for (const line of lines) {
    // `…4个单项项目命名为“全区法治政府建设示范项目”`, `加快创建全国、全区法治政府建设示范市` (v214, a city of
    // 内蒙古): an award's title in quotes, or its levels listed from the top, speaks of the place that gives
    // it, not the report's voice.
    const match = SELF_REFERENCE.exec(line.replace(/“[^“”]{0,40}”|全国[、和及与]全(?:省|自治区|区|市)/gu, ''));
    if (match) return { word: match[0], level: LEVEL_OF_WORD[(match[1] ?? match[2])!]! };
  }
  return undefined;
}

/**
 * `现将县人民政府2022年…`, `2025年,县委、县政府坚持…`: the report's own government named by
 * its level alone (nothing of a name before it), as reports submitted upward do; the two may
 * stand without a mark between (`在市委市政府的正确领导下,我局…`, k235).
 */
const BARE_GOVERNMENT = /(?:^|[^\u4e00-\u9fa5]|[将由对在])(省|市|州|县|旗|区|镇|乡)(?:人民政府|委、?\1政府|政府)/u;

/**
 * `县委依法治县办公室`, `工委依法治区办` (d037, d029): the rule-of-law office of the report's own
 * government, named by its level alone, as a bureau reporting to it does.
 */
const BARE_RULE_OF_LAW_OFFICE = /(?:^|[^\u4e00-\u9fa5]|[将由对在和及与])(省|市|州|县|旗|区)委(?:全面)?依法治\1/u;

/**
 * `区卫生健康委关于2025年…` (e013), `2024年,省教育厅坚持…` (e120), `市人力资源保障局坚持…` (e106): a
 * department of the report's own government named by that government's level alone, as a
 * department reporting on itself does. 市场, 市级, 区域, 县域 are words, not levels.
 */
const BARE_DEPARTMENT =
  /(?:^|[^\u4e00-\u9fa5]|[将由对在])(省|市|州|县|旗|区)(?![场级域属直委])[\u4e00-\u9fa5]{1,10}?(?:厅|局|委(?![员会、])|委员会)(?=关于|坚持|认真|始终|深入|全面|在|以|按照|围绕|紧扣|聚焦|党组|党委|[,，、]|$)/u;

/**
 * `在市委、市政府和县委的坚强领导下` (i343): the governments a report thanks are listed from the top,
 * so a lower one named right after (`和县委`, `和区委、区政府`) is the report's own.
 */
const LOWER_GOVERNMENT_AFTER = /^(?:和|及|与)(州|县|旗|区)(?:委|人民政府|政府)/u;

/**
 * `按照中央、省、市、区关于法治政府建设的工作部署` (m108): the levels whose decisions a report follows,
 * listed from the top, stop at its own.
 */
const LEVELS_FOLLOWED = /中央[、和]省[、和]?市[、和](县|区|旗)(?=关于|的|决策|部署|要求)/u;

export function bareGovernmentOf(lines: string[]): SelfReference | undefined {
  for (const line of lines) {
    const match = BARE_GOVERNMENT.exec(line) ?? BARE_RULE_OF_LAW_OFFICE.exec(line) ?? BARE_DEPARTMENT.exec(line);
    if (!match) {
      const followed = LEVELS_FOLLOWED.exec(line);
      if (followed) return { word: followed[0], level: LEVEL_OF_WORD[followed[1]!]! };
      continue;
    }
    const lower = LOWER_GOVERNMENT_AFTER.exec(line.slice(match.index + match[0].length));
    if (lower && LEVELS.indexOf(LEVEL_OF_WORD[lower[1]!]!) > LEVELS.indexOf(LEVEL_OF_WORD[match[1]!]!))
      return { word: lower[0].slice(1), level: LEVEL_OF_WORD[lower[1]!]! };
    return { word: match[0].replace(/^[^\u4e00-\u9fa5]|^[将由对在和及与]/u, ''), level: LEVEL_OF_WORD[match[1]!]! };
  }
  return undefined;
}

/**
 * A report placed above its own level that names its government only by level (县人民政府)
 * but cites its own documents by title (《岳阳县人民政府常务会会前学法制度》): the one division
 * of that level inside the placed one that the cited titles name, when the rest of the text
 * names no other division of that level there. A weak hint, so any competitor cancels it.
 */
export function deepenByCitedTitles(
  placed: Division,
  self: SelfReference | undefined,
  text: string,
  gazetteer: Gazetteer,
): Division | undefined {
  if (!self || fits(placed, self)) return undefined;
  const inside = (names: string[]) =>
    new Set(
      names
        .flatMap((name) => gazetteer.byName.get(name) ?? [])
        .filter((division) => division.ancestorCodes.includes(placed.code) && fits(division, self))
        .map((division) => division.code),
    );
  const titles = [...text.matchAll(/《([^《》]{2,80})》/gu)].map((match) => match[1]!);
  const cited = inside(titles.flatMap((title) => findPlaceNames(title, gazetteer)));
  const named = inside(findPlaceNames(text, gazetteer));
  if (cited.size !== 1 || named.size !== 1) return undefined;
  return gazetteer.byCode.get([...cited][0]!);
}

const TOWNSHIP_SUFFIX = /(街道|镇|乡)$/u;

/**
 * A town's report placed at its county that prints its town's name one character short
 * (下太镇 for the gazetteer's 下石太镇, 我镇 in the opening): the one township of the placed
 * division whose name, less one character of its stem, the text prints, and no other. A
 * shortened name that is itself a place in the gazetteer is that place, not this one.
 */
export function deepenByNearName(
  placed: Division,
  self: SelfReference | undefined,
  text: string,
  gazetteer: Gazetteer,
): Division | undefined {
  if (self?.level !== 'township' || fits(placed, self)) return undefined;
  const found = new Map<string, Division>();
  for (const division of gazetteer.byCode.values()) {
    if (division.level !== 'township' || !division.ancestorCodes.includes(placed.code)) continue;
    const suffix = TOWNSHIP_SUFFIX.exec(division.name)?.[0];
    const stem = suffix ? division.name.slice(0, -suffix.length) : '';
    if (stem.length < 3) continue;
    for (let i = 0; i < stem.length; i++) {
      const short = stem.slice(0, i) + stem.slice(i + 1) + suffix;
      if (!gazetteer.byName.has(short) && text.includes(short)) found.set(division.code, division);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * Whether a division fits a self-reference: 我市 is a city, a county-level city (句容市) or a
 * municipality (全市 in 上海市's own report, e138).
 */
export function fits(division: Division, self: SelfReference): boolean {
  if (division.level === self.level) return true;
  if (isCityWord(self.word))
    return isMunicipality(division) || (division.level === 'county' && division.name.endsWith('市'));
  if (self.word.endsWith('区') && !self.word.endsWith('自治区'))
    return division.level === 'province' && division.name.endsWith('自治区');
  return false;
}

/**
 * `我市`, `全市`, and a government or department named by the level 市 alone (`市委、市政府`,
 * `市人社局`, g236): a word that a municipality (天津市) or a county-level city uses of itself as
 * a prefecture city does. 州 and 盟 are prefectures only.
 */
function isCityWord(word: string): boolean {
  return /^[我全本]?市/u.test(word);
}

/**
 * A report placed above its own level (江西省 named in a cited document, `我县` in the
 * opening): the one division of its level inside the placed one that the text names most.
 * With `onlyOne` (a government named by its level alone, `县委、县政府`, a weaker hint than
 * `我县`), only when the text names no other division of that level there.
 */
export function deepenBySelfReference(
  placed: Division,
  self: SelfReference | undefined,
  text: string,
  gazetteer: Gazetteer,
  onlyOne = false,
): Division | undefined {
  if (!self || fits(placed, self)) return undefined;
  const counts = new Map<string, { division: Division; count: number }>();
  for (const name of findPlaceNames(text, gazetteer)) {
    for (const division of gazetteer.byName.get(name) ?? []) {
      if (!division.ancestorCodes.includes(placed.code) || !fits(division, self)) continue;
      const entry = counts.get(division.code) ?? { division, count: 0 };
      entry.count++;
      counts.set(division.code, entry);
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  if (ranked.length === 0 || (ranked.length > 1 && (onlyOne || ranked[1]!.count === ranked[0]!.count)))
    return undefined;
  return ranked[0]!.division;
}

/**
 * A report whose places are all in its body, placed by the deepest of them below its own word
 * (`全市` with `《景德镇市贯彻落实…》` and the example `浮梁县“践行…`, f237; `全县` with a town): the
 * nearest division above it that fits the report's own word and that the text names too, or the portal's host
 * spells (`我市` with `潞州区被确定为…试点` on www.changzhi.gov.cn, u204).
 * Undefined when the placed division fits, or no such division is named.
 */
export function liftToSelfLevel(
  placed: Division,
  self: SelfReference | undefined,
  text: string,
  gazetteer: Gazetteer,
  host?: string,
  byStem = false,
): Division | undefined {
  if (!self || fits(placed, self)) return undefined;
  const named = new Set(
    findPlaceNames(text, gazetteer)
      .flatMap((name) => gazetteer.byName.get(name) ?? [])
      .map((d) => d.code),
  );
  // `平安赣州、法治赣州` (y222), when the report names itself as a body of that level: the place above by its
  // stem alone, outside the name of the place found. (A `全省` is too often the province's, not the voice, p212.)
  const rest = byStem ? text.replaceAll(placed.name, '') : '';
  for (const code of [...placed.ancestorCodes].reverse()) {
    const ancestor = gazetteer.byCode.get(code);
    if (ancestor && fits(ancestor, self))
      return named.has(code) ||
        (byStem && rest.includes(stemOf(ancestor.name))) ||
        (host !== undefined && !isBareIpHost(host) && hostNames(ancestor, host, gazetteer))
        ? ancestor
        : undefined;
  }
  return undefined;
}

/**
 * A report placed above its own level (`全市` in a body that names only 内蒙古自治区) on a portal
 * whose host spells one division of that level inside the placed one (jytyj.ordos.gov.cn →
 * 鄂尔多斯市): that division. Undefined unless exactly one fits.
 */
export function deepenByHost(
  placed: Division,
  self: SelfReference | undefined,
  host: string | undefined,
  gazetteer: Gazetteer,
): Division | undefined {
  if (!self || fits(placed, self)) return undefined;
  const options = new Map<string, Division>();
  for (const place of placesOfHost(host, gazetteer)) {
    const chain = [...place.ancestorCodes.map((code) => gazetteer.byCode.get(code)!), place];
    for (const division of chain)
      if (division.ancestorCodes.includes(placed.code) && fits(division, self)) options.set(division.code, division);
  }
  if (options.size > 0) return options.size === 1 ? [...options.values()][0] : undefined;
  // A two-letter gov.cn domain read with the report's own word for its kind, as for a page that
  // names no place (`区委、区政府` on www.dp.gov.cn: of the 区 spelled dp, 东坡区; k128, whose body
  // names only its province, in `四川省国家工作人员学法考试`).
  const byInitials = placeByGovInitials(self, host, gazetteer);
  return byInitials?.ancestorCodes.includes(placed.code) ? byInitials : undefined;
}

/**
 * A page that names no place (`2023年,全省法治政府建设…`) on a portal whose host spells one:
 * the division of the self-reference's level that the host's place belongs to (a province's
 * report reprinted on a county portal is the province's). Undefined unless exactly one fits.
 */
export function placeByHost(
  self: SelfReference | undefined,
  host: string | undefined,
  gazetteer: Gazetteer,
  text = '',
): Division | undefined {
  if (!self) return undefined;
  const options = new Map<string, Division>();
  // A province's initials (`tj` = 天津) are read for a report that speaks as a province, or as
  // `市` (a municipality's own word, g236: hrss.tj.gov.cn, `市委、市政府`); fits() keeps only
  // the municipalities of them then.
  const provinceInitials = self.level === 'province' || isCityWord(self.word);
  const hostPlaces = placesOfHost(host, gazetteer, provinceInitials);
  const spelledByHost = new Set(hostPlaces.map((place) => place.code));
  for (const place of hostPlaces) {
    const chain = [...place.ancestorCodes.map((code) => gazetteer.byCode.get(code)!), place];
    for (const division of chain) if (fits(division, self)) options.set(division.code, division);
  }
  if (options.size === 1) return [...options.values()][0];
  if (options.size < 2) return undefined;
  const settled =
    settleHostPlaces([...options.values()], self, text) ?? settleByCountyStem([...options.values()], text, gazetteer);
  if (settled) return settled;
  // `csgl.jining.gov.cn` with `市城市管理局`, `我市` (i215): `jining` is 济宁市 and 集宁区; of the
  // places of the report's level, 济宁市 is the one the host spells itself, 乌兰察布市 only the
  // city of a district it spells (a reprint's reading). The place spelled itself settles it when
  // exactly one is.
  const spelled = [...options.values()].filter((division) => spelledByHost.has(division.code));
  return spelled.length === 1 ? spelled[0] : undefined;
}

/**
 * `yjglj.yulin.gov.cn` with `我局`, `全市` and `在兴业海螺开展…宣讲` (af205): `yulin` spells 玉林市 and 榆林市, and the page
 * names 兴业, a county of 玉林 alone. Of the cities a host spells, the one one of whose counties the page names by its
 * stem settles it, when exactly one is named so. A name that is its own stem (`城区`, `郊区`) is a word, not a place.
 */
function settleByCountyStem(options: Division[], text: string, gazetteer: Gazetteer): Division | undefined {
  if (options.some((division) => division.level !== 'city')) return undefined;
  const named = options.filter((city) =>
    countiesOf(city.code, gazetteer).some((county) => countyStemIn(county, (stem) => text.includes(stem))),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** Whether a county's stem passes `test`; a name that is its own stem (`城区`, `郊区`) is a word and never does. */
function countyStemIn(county: Division, test: (stem: string) => boolean): boolean {
  const stem = stemOf(county.name);
  return stem !== county.name && test(stem);
}

/**
 * `ql.gov.cn` with `区委、区政府` and `区退役军人事务局` (h116): a government's two-letter gov.cn domain,
 * read with the report's own word for its kind. Two letters spell many places (`ql`: 清流县, 邛崃市,
 * 晴隆县, 麒麟区, 祁连县), so it places a page only when exactly one of them is of the report's kind
 * (区: 麒麟区), and never when one of them is a city, whose domain hosts its districts' and counties'
 * pages too (`dl`: 大连市 as well as 大理市, 东丽区…, h434 stays rejected).
 */
export function placeByGovInitials(
  self: SelfReference | undefined,
  host: string | undefined,
  gazetteer: Gazetteer,
): Division | undefined {
  if (placesOfGovInitials(host, gazetteer).some((division) => division.level === 'city')) return undefined;
  const ofKind = govInitialsOfKind(self, host, gazetteer);
  return ofKind.length === 1 ? ofKind[0] : undefined;
}

/** A zone's own bodies opening its report (`2025年,湄洲岛国家旅游度假区党工委、管委会坚持…`, af115). */
const ZONE_BODY_OPENING =
  /^(?:(?:19|20)\d{2}\s*年度?[,，]\s*)?[\u4e00-\u9fa5]{2,20}?(?:开发区|度假区|新区|园区|试验区|示范区|保税区|合作区)(?:党工委|管委会|管理委员会)/u;

/**
 * `2025年,湄洲岛国家旅游度假区党工委、管委会坚持…` under `市委、市政府…部署` on mzd.putian.gov.cn (af115): a zone the
 * dataset does not hold, speaking as `全区`, that follows its city's 市委 and 市政府, on a portal whose host spells that
 * one city alone. The zone's report is placed at its city, as a zone's page that names its city is (l108).
 */
export function placeZoneAtHostCity(
  opening: string | undefined,
  hostPlaces: Division[],
  text: string,
): Division | undefined {
  if (!opening || !ZONE_BODY_OPENING.test(opening) || !/市委|市政府/u.test(text)) return undefined;
  return hostPlaces.length === 1 && hostPlaces[0]!.level === 'city' ? hostPlaces[0] : undefined;
}

/**
 * `市司法局` on sfj.dl.gov.cn with `为大连振兴发展新突破` (i220): of the places of the report's kind that
 * its two-letter gov.cn domain spells (大连市, 大理市), the one whose stem the page writes, when it
 * writes exactly one of their stems (two characters or more). The initials narrowed the choice; a
 * stem in running text alone would place nothing, and a page writing both stems settles nothing.
 */
export function settleGovInitialsByStem(candidates: Division[], text: string): Division | undefined {
  if (candidates.length < 2) return undefined;
  const written = candidates.filter((division) => {
    const stem = stemOf(division.name);
    return stem.length >= 2 && text.includes(stem);
  });
  return written.length === 1 ? written[0] : undefined;
}

/**
 * `滨海湾新区` on bhwxq.dg.gov.cn (l126): a city's zone that the page names without the city's stem,
 * as the city's own pages do, filed in the gazetteer under its full name (东莞滨海湾新区, a
 * township-level division of 东莞市), on a portal whose two-letter gov.cn domain spells that city
 * among others (dg: 东莞市, 东港市). The zone of the one city of them that has a township named by
 * the city's stem and what the page writes, when exactly one does and what it writes is a name of
 * three characters or more, not a kind (`高新区`).
 */
export function placeZoneOfGovInitials(
  host: string | undefined,
  text: string,
  gazetteer: Gazetteer,
): Division | undefined {
  const cities = placesOfGovInitials(host, gazetteer);
  if (cities.length === 0) return undefined;
  const found: Division[] = [];
  const townships = new Set(cities.flatMap((city) => townshipsWithin(city.code, gazetteer)));
  for (const division of townships) {
    const city = cities.find((c) => division.ancestorCodes.includes(c.code));
    const stem = city ? stemOf(city.name) : undefined;
    if (!stem || stem === city!.name || !division.name.startsWith(stem)) continue;
    const unprefixed = division.name.slice(stem.length);
    if (unprefixed.length >= 3 && !isKindOnlyName(unprefixed) && text.includes(unprefixed)) found.push(division);
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The places of the report's kind whose initials its two-letter gov.cn domain is (`市` on
 * pc.dl.gov.cn: 大连市 and 大理市): what a page rejected for naming no place is told to choose from.
 */
export function govInitialsOfKind(
  self: SelfReference | undefined,
  host: string | undefined,
  gazetteer: Gazetteer,
): Division[] {
  const kind = self ? /^[我全本]?(县|区|旗|市)/u.exec(self.word)?.[1] : undefined;
  if (!self || !kind) return [];
  return placesOfGovInitials(host, gazetteer).filter(
    (division) => fits(division, self) && division.name.endsWith(kind),
  );
}

/**
 * A host that spells several places of the report's level settles nothing by itself (`sxyx` is
 * 山西 + 盂县, 应县 or 洋县; `gdsx` 广东 + 始兴 or 遂溪; `wuhua` 五华县 or 五华区). The page settles
 * it when it names exactly one of them in its own rule-of-law brand (`法治盂县`, g104;
 * `法治始兴建设`, g126), the phrase in which a report names its own place; else when the report's
 * own word says the kind and exactly one of them is of that kind (`全县`, `县委、县政府` for
 * 五华县, not 五华区, g112). Undefined when neither leaves exactly one.
 */
function settleHostPlaces(options: Division[], self: SelfReference, text: string): Division | undefined {
  const branded = options.filter((division) =>
    [division.name, stemOf(division.name)].some((name) => name.length >= 2 && text.includes(`法治${name}`)),
  );
  if (branded.length > 0) return branded.length === 1 ? branded[0] : undefined;
  const kind = /^[我全本]?(县|区|旗|市)/u.exec(self.word)?.[1];
  const ofKind = kind ? options.filter((division) => division.name.endsWith(kind)) : [];
  return ofKind.length === 1 ? ofKind[0] : undefined;
}

/**
 * `法治舒桥建设` (d005), `鱼复法治建设` (a015): a town named only by its stem in the phrase for
 * its own rule-of-law work. The one township of the county that the stem, printed so, names
 * (stems of two characters or more; the phrase rules out ordinary words, `法治政府建设`).
 */
export function deepenByTownStem(county: Division, text: string, gazetteer: Gazetteer): Division | undefined {
  if (county.level !== 'county') return undefined;
  const found = new Map<string, Division>();
  for (const division of gazetteer.byCode.values()) {
    if (division.level !== 'township' || !division.ancestorCodes.includes(county.code)) continue;
    const suffix = TOWNSHIP_SUFFIX.exec(division.name)?.[0];
    const stem = suffix ? division.name.slice(0, -suffix.length) : '';
    if (stem.length < 2 || /^(政府|法治|社会|乡村|城市|国家|中国)$/u.test(stem)) continue;
    if (text.includes(`法治${stem}建设`) || text.includes(`${stem}法治建设`)) found.set(division.code, division);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * `深圳市生态环境局龙华管理局` (h109): a city bureau's office for one of its districts, named by the
 * district's stem between the bureau and `管理局`/`分局`/`监管局`. The report is that district's office:
 * the one county-level division of the city whose stem it is (none or several: undefined).
 */
export function deepenByBranchOffice(
  city: Division,
  title: string | undefined,
  gazetteer: Gazetteer,
): Division | undefined {
  if (city.level !== 'city' || !title) return undefined;
  const stem = /(?:局|委员会|委)([\u4e00-\u9fa5]{2,3}?)(?:管理局|分局|监管局)/u.exec(title)?.[1];
  if (!stem) return undefined;
  const found = divisionsOfStem(stem, gazetteer).filter(
    (d) => d.level === 'county' && d.ancestorCodes.at(-1) === city.code,
  );
  return found.length === 1 ? found[0] : undefined;
}

// The stem may follow its city's (`河源东源产业园区管委会…`, j123: 河源市's 东源县), up to six characters.
const ZONE_AFTER_STEM =
  /^(?:(?:19|20)\d{2}年[,，])?([\u4e00-\u9fa5]{2,6}?)(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|经开区|高新区|工业园区|产业园区)/u;

/**
 * `新荣经济技术开发区2024年法治政府建设年度报告` (h121, a zone that is no gazetteer division): a zone
 * named by its district's stem, in the title or opening the first line, is placed at that district,
 * when the place found is the district's province or city and the stem is the stem of exactly one
 * county-level division there and of no city (长沙 is a city and a county: no guess).
 */
export function deepenByZoneStem(division: Division, lines: string[], gazetteer: Gazetteer): Division | undefined {
  if (division.level !== 'province' && division.level !== 'city') return undefined;
  const head = zoneStemOf(lines);
  if (!head) return undefined;
  const named = zoneCounty(head, gazetteer) ?? cityThenCounty(head, gazetteer);
  if (!named?.ancestorCodes.includes(division.code)) return undefined;
  return zoneDivisionIn(named, lines, gazetteer) ?? named;
}

/** A zone's short kind and the endings of the gazetteer's names for that kind of zone. */
const ZONE_KIND_NAMES: Array<[RegExp, RegExp]> = [
  [/(?:高新区|高新技术产业开发区|高新技术开发区)/u, /高新技术(?:产业)?开发区$/u],
  [/(?:经开区|经济技术开发区)/u, /经济技术开发区$/u],
];

/**
 * `2022年,在达州市委、市政府坚强领导下,万源坚持…` (q104): the opening's subject, after the government it
 * thanks, is its own place by its stem. Placed at the thanked city, the report is the one division inside
 * it whose stem (or name) the subject is; undefined when none or several are.
 */
export function deepenByOpeningSubject(
  placed: Division,
  subject: string | undefined,
  gazetteer: Gazetteer,
): Division | undefined {
  if (!subject || subject.length < 2) return undefined;
  const inside = [...divisionsOfStem(subject, gazetteer), ...(gazetteer.byName.get(subject) ?? [])].filter((d) =>
    d.ancestorCodes.includes(placed.code),
  );
  const codes = new Set(inside.map((d) => d.code));
  return codes.size === 1 ? inside[0] : undefined;
}

/**
 * The division above `placed` that an opening's subject names by its stem or its name (`株洲` for 株洲市 over
 * 茶陵县, t203): the nearest one; undefined when none is.
 */
export function liftToOpeningSubject(
  placed: Division,
  subject: string | undefined,
  gazetteer: Gazetteer,
): Division | undefined {
  if (!subject || subject.length < 2) return undefined;
  for (const code of [...placed.ancestorCodes].reverse()) {
    const ancestor = gazetteer.byCode.get(code);
    if (ancestor && (ancestor.name === subject || stemOf(ancestor.name) === subject)) return ancestor;
  }
  return undefined;
}

/** A zone named by its kind alone, as a zone's own report calls itself (`2021年,园区坚持…`). */
const BARE_ZONE_KIND = /^(?:园区|新区|开发区|高新区|经开区)$/u;

/**
 * `2021年,园区坚持…` whose only places are in its body, a street of 苏州工业园区 named among award winners
 * (p114): a report whose opening subject is a zone's kind alone is the zone's, when a division above the
 * place found is such a zone (its name ends in the kind, or the kind's full name): the nearest one.
 * Undefined when no ancestor is a zone of that kind.
 */
export function liftToOwnZone(
  placed: Division,
  subject: string | undefined,
  gazetteer: Gazetteer,
): Division | undefined {
  if (!subject || !BARE_ZONE_KIND.test(subject)) return undefined;
  const ending = ZONE_KIND_NAMES.find(([short]) => short.test(subject))?.[1] ?? new RegExp(`${subject}$`, 'u');
  for (const code of [...placed.ancestorCodes].reverse()) {
    const ancestor = gazetteer.byCode.get(code);
    if (ancestor && ending.test(ancestor.name)) return ancestor;
  }
  return undefined;
}

/**
 * `天津滨海高新区` placed at 滨海新区 (l127): the zone itself when it is a division of the gazetteer
 * under that district (天津滨海新区高新技术产业开发区, township level), as the labels place such a
 * zone (h113): the one township-level division there whose name is the zone's kind in full.
 */
function zoneDivisionIn(county: Division, lines: string[], gazetteer: Gazetteer): Division | undefined {
  const head = lines.find((line) => ZONE_AFTER_STEM.test(line)) ?? '';
  const ending = ZONE_KIND_NAMES.find(([short]) => short.test(head))?.[1];
  if (!ending) return undefined;
  const zones = townshipsWithin(county.code, gazetteer).filter(
    (d) => d.ancestorCodes.at(-1) === county.code && ending.test(d.name),
  );
  return zones.length === 1 ? zones[0] : undefined;
}

/**
 * `武汉经开区统计局关于2025年度…的报告` (k135): a zone named in the title or the first line by the stem
 * of one city (and of no province or county: no guess), on a page whose only place is read in its
 * body (there a cited notice's `《关于把云南省曲靖市…》`). The zone's own name is the page's evidence and
 * outranks the body; undefined when the place found is already inside that city.
 */
export function placeZoneByCityStem(division: Division, lines: string[], gazetteer: Gazetteer): Division | undefined {
  const head = zoneStemOf(lines);
  if (!head || head.length > 3) return undefined;
  const named = divisionsOfStem(head, gazetteer);
  const city = named.length === 1 && named[0]!.level === 'city' ? named[0]! : undefined;
  if (!city || division.code === city.code || division.ancestorCodes.includes(city.code)) return undefined;
  return city;
}

/** The stem a zone is named by, in the title or opening the first line (`新荣` of 新荣经济技术开发区). */
function zoneStemOf(lines: string[]): string | undefined {
  return lines.map((line) => ZONE_AFTER_STEM.exec(line)?.[1]).find(Boolean);
}

/** The one county-level division whose stem is `stem` (2–3 characters), and no city's. */
function zoneCounty(stem: string, gazetteer: Gazetteer): Division | undefined {
  if (stem.length > 3) return undefined;
  const named = divisionsOfStem(stem, gazetteer).filter((d) => d.level === 'county' || d.level === 'city');
  return named.length === 1 && named[0]!.level === 'county' ? named[0] : undefined;
}

/**
 * `河源东源` (j123): a city's stem, then the stem of one of its own counties, which the county's
 * stem alone might not settle. Read only when exactly one split of the name fits. A municipality
 * is its districts' city (`天津滨海高新区`, l127: 天津市's 滨海新区, not 盐城's 滨海县).
 */
function cityThenCounty(head: string, gazetteer: Gazetteer): Division | undefined {
  const fits: Division[] = [];
  for (let cut = 2; cut <= 3 && head.length - cut >= 2; cut++) {
    const [city, county] = [head.slice(0, cut), head.slice(cut)];
    if (county.length > 3) continue;
    for (const d of divisionsOfStem(county, gazetteer)) {
      if (d.level !== 'county') continue;
      const parent = gazetteer.byCode.get(d.ancestorCodes.at(-1) ?? '');
      if (parent && (parent.level === 'city' || isMunicipality(parent)) && stemOf(parent.name) === city) fits.push(d);
    }
  }
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * A town's report that names no town but calls itself one: `我乡`, or `街道` opening a clause
 * (`2021年来,街道按照…`, a015).
 */
export function callsItselfATown(self: SelfReference | undefined, lines: string[]): boolean {
  return (
    self?.level === 'township' ||
    lines.some((line) =>
      /(?:^|[,，。；;])\s*(?:街道|镇|乡)(?=[\u4e00-\u9fa5])(?!党|政府|人民|人大|村|级|街)/u.test(line),
    )
  );
}

/**
 * A report's own words for a level below a province: 我市, 全县, 市委、市政府, 区人民政府, and a town's
 * `乡党委政府`, `街道党工委` opening a clause (q125).
 */
const BELOW_PROVINCE_SELF =
  /(?:我|全|本)(?:市|州|盟|县|旗|区|镇|乡|街道)|(?:^|[^\u4e00-\u9fa5]|[将由对在])(?:市|州|县|旗|区|镇|乡)(?:委、|人民政府|政府)|(?:^|[^\u4e00-\u9fa5])(?:镇|乡|街道)党(?:工)?委/u;

// A bracketed year before it (`【2022年】州生态环境局…`, i217) is the portal's column tag.
const TITLE_BODY_BELOW_PROVINCE =
  /^(?:【(?:19|20)\d{2}年?】)?(市|州|盟|县|旗|区)[\u4e00-\u9fa5]{1,12}?(?:局|委员会|委|办公室)(?=关于|(?:19|20)\d{2})/u;

/**
 * `市司法局关于2024年度…的报告` (i221), `州生态环境局2022年度…报告` (i217): a title opening with the
 * reporting department named by its government's level alone says that level, ahead of any
 * `全省`/`全州` in the opening, which speaks of meetings and campaigns above or around it
 * (`在全省司法所规范化建设推进会上交流`); nor is such a report lifted to its province when its opening
 * cites only `省委全面依法治省委员会` (`市生态环境局2021年法治政府建设工作报告`, h437).
 */
export function titleBodyBelowProvince(title: string | undefined): SelfReference | undefined {
  const match = title === undefined ? null : TITLE_BODY_BELOW_PROVINCE.exec(title);
  return match ? { word: match[0].replace(/^【[^】]*】/u, ''), level: LEVEL_OF_WORD[match[1]!]! } : undefined;
}

/**
 * `2020年,…全省各级政府…` / `省政府主要负责人…` (e130), `2022年,省政府坚持…` (e134): an opening
 * that speaks as a province (我省/全省 or the provincial government named by its level alone)
 * and never as anything below it. Such a report is the province's, whatever award-winning city
 * or district it goes on to name (`驻马店市获评…示范市`, `西安市莲湖区…项目`).
 */
export function speaksAsProvince(allLines: string[]): boolean {
  // `省人民政府:` is whom a report is addressed to (c048, a prefecture's report), not its voice.
  const lines = allLines.filter((line) => !/^[^。,，]{2,30}[:：]$/u.test(line.trim()));
  const self = selfReferenceOf(lines);
  const bare = bareGovernmentOf(lines);
  if (self?.level !== 'province' && bare?.level !== 'province') return false;
  if ((self && self.level !== 'province') || (bare && bare.level !== 'province')) return false;
  return !lines.some((line) => BELOW_PROVINCE_SELF.test(line));
}

/**
 * `为全面提升法治岳阳水平贡献力量` (e127): a city's report that names no place but its own
 * rule-of-law brand, `法治<stem>`. The one city whose stem (two characters or more, and no
 * province's: 法治吉林 could be either) is printed so; undefined unless exactly one.
 */
export function placeByCityStem(
  self: SelfReference | undefined,
  text: string,
  gazetteer: Gazetteer,
  subject?: string,
): Division | undefined {
  if (self?.level !== 'city') return undefined;
  const provinceStems = new Set(
    [...gazetteer.byCode.values()].filter((d) => d.level === 'province').map((d) => stemOf(d.name)),
  );
  const found = new Map<string, Division>();
  // `2024年,淮安坚持…` under `市政府发挥带头示范作用` (ac203): the opening's subject, a city's stem, names it as
  // its brand does (a stem its own district shares, 淮安区, is the city's in a city's voice).
  if (subject && subject.length <= 4 && !provinceStems.has(subject))
    for (const division of gazetteer.byName.get(`${subject}市`) ?? [])
      if (division.level === 'city') found.set(division.code, division);
  for (const match of text.matchAll(/法治([\u4e00-\u9fa5]{2,4})/gu)) {
    for (let length = 2; length <= match[1]!.length; length++) {
      const stem = match[1]!.slice(0, length);
      if (provinceStems.has(stem)) continue;
      for (const division of gazetteer.byName.get(`${stem}市`) ?? [])
        if (division.level === 'city') found.set(division.code, division);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * Phrases in which a province's report names its own province by its short name: its
 * rule-of-law brand (`法治青海建设`) and the General Secretary's inspection of it or words to it
 * (`习近平总书记考察上海重要讲话精神`, `对重庆所作重要讲话`), which every province cites of itself.
 */
const PROVINCE_OWN_PHRASES: Array<(stem: string) => RegExp> = [
  (stem) => new RegExp(`法治${stem}`, 'u'),
  (stem) => new RegExp(`考察${stem}(?:时|重要讲话|的重要讲话)`, 'u'),
  (stem) => new RegExp(`对${stem}(?:工作)?所作`, 'u'),
];

/**
 * `省公安厅党委书记、厅长…` → 公安: the sectors of the provincial departments a page names. A
 * department's report names its province by the province's short name and its own sector
 * (`确保…在广东公安落地落实`, m236, a 广东省公安厅 report reprinted with no title), as a province
 * names itself in `法治广东`. 省委 and 省政府 offices name no sector.
 */
function departmentSectorsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/省(?!委|政府)([\u4e00-\u9fa5]{2,4}?)厅/gu)].map((match) => match[1]!))];
}

/**
 * `为全面提升法治岳阳水平贡献力量` (e127), `更高水平的法治青海建设` (f239): a report that names no place
 * but its own rule-of-law brand, `法治<stem>`. A city's report (`全市`): the one city whose stem
 * (two characters or more, and no province's: 法治吉林 could be either) is printed so. A
 * province's report (`全省`, or `全市` for a municipality): the one province it names in its own
 * phrases (PROVINCE_OWN_PHRASES). Undefined unless exactly one.
 */
export function placeByBrand(
  self: SelfReference | undefined,
  text: string,
  gazetteer: Gazetteer,
  subject?: string,
): Division | undefined {
  const city = self?.level === 'city' ? placeByCityStem(self, text, gazetteer, subject) : undefined;
  if (city || !self) return city;
  const sectors = departmentSectorsOf(text);
  const found = new Map<string, Division>();
  for (const division of gazetteer.byCode.values()) {
    if (division.level !== 'province' || !fits(division, self)) continue;
    const stem = stemOf(division.name);
    if (stem.length < 2) continue;
    if (
      PROVINCE_OWN_PHRASES.some((phrase) => phrase(stem).test(text)) ||
      sectors.some((sector) => text.includes(`${stem}${sector}`))
    )
      found.set(division.code, division);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * The one-character abbreviations that open the numbers of a province's or autonomous region's own
 * documents (`苏政发`, `浙政办发`, `桂政发`). A fact list; municipalities are left out, as their own
 * bodies are `市…`, not `省…`.
 */
const PROVINCE_DOCUMENT_ABBREVIATIONS = new Map(
  Object.entries({
    冀: '河北省',
    晋: '山西省',
    蒙: '内蒙古自治区',
    辽: '辽宁省',
    吉: '吉林省',
    黑: '黑龙江省',
    苏: '江苏省',
    浙: '浙江省',
    皖: '安徽省',
    闽: '福建省',
    赣: '江西省',
    鲁: '山东省',
    豫: '河南省',
    鄂: '湖北省',
    湘: '湖南省',
    粤: '广东省',
    桂: '广西壮族自治区',
    琼: '海南省',
    川: '四川省',
    黔: '贵州省',
    云: '云南省',
    藏: '西藏自治区',
    陕: '陕西省',
    甘: '甘肃省',
    青: '青海省',
    宁: '宁夏回族自治区',
    新: '新疆维吾尔自治区',
  }),
);

/**
 * `根据省全面推进依法行政工作领导小组办公室《关于…的通知》(苏依法办〔2019〕5号)` (j218): a notice of the
 * report's own province, named by level alone (`省…`), numbered with the province's abbreviation. A
 * report speaking as a province (`我省`, `全省`) and naming no place is that province's, when every such
 * notice it cites says the same one. A city's number (`苏府办`, 苏州) is not read: only a `省…` or
 * `自治区…` body's.
 */
// `按照《省委全面依法治省委员会办公室关于做好2021年法治政府建设年度报告的通知》(粤法治办〔2021〕36号)` (ah210): the
// province's body may open the notice's quoted title.
const PROVINCE_NOTICE =
  /(?:(?:省|自治区)[\u4e00-\u9fa5]{2,30}?《[^《》]{4,80}》|《(?:省|自治区)[^《》]{4,80}》)\s*[(（]\s*([\u4e00-\u9fa5])[\u4e00-\u9fa5]{0,8}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号/gu;

export function placeByProvinceNotice(
  self: SelfReference | undefined,
  text: string,
  gazetteer: Gazetteer,
): Division | undefined {
  if (self?.level !== 'province') return undefined;
  const names = new Set(
    [...text.matchAll(PROVINCE_NOTICE)].map((match) => PROVINCE_DOCUMENT_ABBREVIATIONS.get(match[1]!)),
  );
  const name = names.size === 1 ? [...names][0] : undefined;
  const province = name ? gazetteer.byName.get(name)?.find((division) => division.level === 'province') : undefined;
  return province && fits(province, self) ? province : undefined;
}

/**
 * `我局`, `局党组书记…`: a department speaking of itself, with no word for its government's level
 * (f153: `2025年,我局以…`; f138: `局党组书记切实扛起…`).
 */
const DEPARTMENT_SELF = /我(?:局|委|办)|(?:^|[^\u4e00-\u9fa5])局(?:党组|党委)/u;

/**
 * A department's report that names no place and no level (`我局`) on a portal whose host spells
 * exactly one place (www.mayang.gov.cn → 麻阳苗族自治县, f153; www.fl.gov.cn → 涪陵区, f138): a
 * bureau of that portal's government. Undefined when the page speaks of a level, is no
 * department's, or the host spells none or several places.
 */
export function placeByOwnPortal(
  lines: string[],
  host: string | undefined,
  gazetteer: Gazetteer,
): Division | undefined {
  if (!lines.some((line) => DEPARTMENT_SELF.test(line))) return undefined;
  const places = placesOfHost(host, gazetteer);
  return places.length === 1 ? places[0] : undefined;
}

/** A county's levels in its own words: `中央、省、市、区关于…`, `区委`, `区工委`, `我区`. */
const COUNTY_LEVEL_WORD =
  /[、和](?:区|县|旗)(?:[、和]|关于|的)|(?:区|县|旗)(?:委|工委|管委|政府|人民政府)|[我全本](?:区|县|旗)/u;

/**
 * `2023年,我局坚持…。…汕头因在治水领域…;澄海区获评国家级生态文明建设示范区;…` on www.shantou.gov.cn/epd/ (ag210,
 * 汕头市生态环境局): a department speaking as 我局 on the portal of the one city its host spells, naming a county of
 * that city only after its first sentence, as one of the city's results. The department is the city's: a county's
 * bureaus publish on their county's portal.
 */
export function liftToPortalCity(
  division: Division,
  opening: string[],
  host: string | undefined,
  gazetteer: Gazetteer,
): Division | undefined {
  if (division.level !== 'county' || !opening.some((line) => DEPARTMENT_SELF.test(line))) return undefined;
  // A county's bureau on its city's portal speaks of its county's levels (`按照中央、省、市、区关于…的工作部署`, m108
  // on sz.gov.cn; `区工委、区管委`, `我区`, q120).
  if (opening.some((line) => COUNTY_LEVEL_WORD.test(line))) return undefined;
  const places = placesOfHost(host, gazetteer);
  const city = places.length === 1 ? places[0]! : undefined;
  return city?.level === 'city' && division.ancestorCodes.includes(city.code) ? city : undefined;
}

/**
 * `泉州市永春生态环境局关于2025年度…的报告` (ah112): a county's bureau titled by its city's name and the county's stem
 * (the city's branch in the county, named as the county's). The county of the placed city whose stem the title prints
 * straight after the city's name, when exactly one does.
 */
export function countyTitledAfterCity(
  division: Division,
  title: string | undefined,
  gazetteer: Gazetteer,
): Division | undefined {
  if (!title || division.level !== 'city' || !title.includes(division.name)) return undefined;
  const after = title.slice(title.indexOf(division.name) + division.name.length);
  const named = countiesOf(division.code, gazetteer).filter((county) =>
    countyStemIn(county, (stem) => after.startsWith(stem)),
  );
  return named.length === 1 ? named[0] : undefined;
}

/**
 * `全市各區、各部門…` naming 徐汇区 and 黄浦区 equally (e140, a municipality's report on a
 * meaningless host): places that tie, or share a name, all inside one division that fits the
 * report's own level are that division's examples; the report is the division's. Undefined
 * when they share no such division.
 */
export function commonDivisionFitting(
  candidates: Division[],
  self: SelfReference | undefined,
  gazetteer: Gazetteer,
): Division | undefined {
  if (!self || candidates.length < 2) return undefined;
  const chains = candidates.map((d) => new Set([...d.ancestorCodes, d.code]));
  const shared = candidates[0]!.ancestorCodes.filter((code) => chains.every((chain) => chain.has(code)));
  for (const code of [...shared].reverse()) {
    const division = gazetteer.byCode.get(code);
    if (division && fits(division, self)) return division;
  }
  return undefined;
}
