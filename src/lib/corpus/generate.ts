import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer, type Division, type Gazetteer } from '../gazetteer/gazetteer.ts';
import { ingestCapture } from '../ingest/ingest.ts';

/**
 * Synthetic captures for scale and search tests: real divisions from the gazetteer, years
 * 2015–2025, several issuers per place, paragraphs drawn from the sample reports, lengths of
 * 3–40 KB, page chrome of the shapes real portals print. Deterministic for a given seed, and
 * every capture comes with the labels a careful reader would give it.
 */

export interface GeneratedCapture {
  file: string;
  text: string;
  label: CaptureLabel;
}

/** The columns of a labels.tsv (tests/fixtures/seeds-labels.tsv is the sample's). */
export interface CaptureLabel {
  file: string;
  title: string;
  divisionCode: string;
  jurisdiction: string;
  region: string;
  level: string;
  issuer: string;
  year: string;
  publishedAt: string;
  indexNumber: string;
  signedAt: string;
  sourceName: string;
}

export const LABEL_COLUMNS: Array<keyof CaptureLabel> = [
  'file',
  'title',
  'divisionCode',
  'jurisdiction',
  'region',
  'level',
  'issuer',
  'year',
  'publishedAt',
  'indexNumber',
  'signedAt',
  'sourceName',
];

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');

const SECTIONS = [
  '一、{year}年度推进法治政府建设的主要举措和成效',
  '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  '三、存在的不足和原因',
  '四、{next}年度推进法治政府建设的主要安排',
  '五、其他需要报告的情况',
];
const SUBSECTIONS = [
  '加强组织领导，压实工作责任',
  '坚持依法科学民主决策',
  '严格规范公正文明执法',
  '强化行政权力制约监督',
  '依法有效化解社会矛盾纠纷',
  '深入推进法治宣传教育',
  '持续优化法治化营商环境',
  '加强法治队伍建设',
];
const DEPARTMENTS = ['司法局', '公安局', '市场监督管理局', '生态环境局', '自然资源局', '住房和城乡建设局'];
const CHROME_HEADERS = [
  ['无障碍浏览 长者模式', '首页 > 政务公开 > 法治政府建设 > 年度报告'],
  ['当前位置：首页 > 政务公开 > 工作报告'],
  ['您所在的位置：首页 -> 信息公开 -> 规划计划', '字体：【大 中 小】  打印本页'],
  ['工作报告'],
];
const CHROME_FOOTERS = [
  ['【打印本页】 【关闭窗口】', '主办单位：{county}人民政府办公室', 'ICP备05012345号 公网安备 11010502030000号'],
  ['分享到：', '扫一扫在手机打开当前页'],
  ['相关链接', '{city}人民政府', '{province}人民政府'],
  [],
];

interface Issuer {
  name: string;
  kind: 'government' | 'party' | 'department';
}

function issuersOf(division: Division, countyName: string): Issuer[] {
  const n = division.name;
  if (division.level === 'township') {
    const office = n.endsWith('街道') ? `${countyName}${n}办事处` : `${countyName}${n}人民政府`;
    const party = n.endsWith('街道') ? `中共${countyName}${n}工作委员会` : `中共${countyName}${n}委员会`;
    return [
      { name: office, kind: 'government' },
      { name: party, kind: 'party' },
    ];
  }
  return [
    { name: `${n}人民政府`, kind: 'government' },
    ...DEPARTMENTS.slice(0, 3).map((d) => ({ name: `${n}${d}`, kind: 'department' as const })),
  ];
}

/** Paragraph pool: the sample reports' prose with their own place names replaced. */
export function paragraphPool(bodies: string[], placeNames: string[]): string[] {
  const names = [...placeNames].sort((a, b) => b.length - a.length);
  return bodies
    .flatMap((body) => body.split(/\n{2,}/))
    .map((p) =>
      p
        .replace(/\\(.)/g, '$1')
        .replace(/^\d+[.)]\s*/, '')
        .trim(),
    )
    .filter((p) => p.length >= 40 && !p.startsWith('#') && /[，。,]/.test(p) && !/现将/.test(p))
    .map((p) => names.reduce((text, name) => text.split(name).join('本地'), p));
}

export interface GenerateOptions {
  reports: number;
  seed: number;
  gazetteer: Gazetteer;
  paragraphs: string[];
  /**
   * Series instead of scattered reports: a few counties with their townships, each issuer
   * publishing year after year (2017–2025, a few gaps), part of each year's text carried over
   * from the year before, and about one report in six published after 1 April. What the demo
   * archive uses, so that coverage, year-over-year comparison and statistics have something to show.
   */
  series?: boolean;
}

export function generateCorpus({ reports, seed, gazetteer, paragraphs, series }: GenerateOptions): GeneratedCapture[] {
  if (series) return generateSeries({ reports, seed, gazetteer, paragraphs });
  const random = prng(seed);
  const divisions = [...gazetteer.byCode.values()]
    .filter((d) => d.level === 'township' || d.level === 'county')
    .sort((a, b) => a.code.localeCompare(b.code));
  const places: Division[] = [];
  const placeCount = Math.max(1, Math.ceil(reports / 6));
  for (let i = 0; i < placeCount; i++) places.push(pick(random, divisions));

  const seen = new Set<string>();
  const out: GeneratedCapture[] = [];
  for (let attempt = 0; out.length < reports && attempt < reports * 20; attempt++) {
    const division = pick(random, places);
    const county = division.level === 'township' ? gazetteer.byCode.get(division.ancestorCodes.at(-1)!)! : division;
    const issuer = pick(random, issuersOf(division, county.name));
    const year = 2015 + Math.floor(random() * 11);
    const key = `${division.code}-${year}-${issuer.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(captureFor(out.length, division, county, issuer, year, random, paragraphs, gazetteer));
  }
  return out;
}

const SERIES_YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

function generateSeries({ reports, seed, gazetteer, paragraphs }: GenerateOptions): GeneratedCapture[] {
  const random = prng(seed);
  const all = [...gazetteer.byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  const counties = all.filter((d) => d.level === 'county');
  const townshipsOf = new Map<string, Division[]>();
  for (const d of all)
    if (d.level === 'township')
      townshipsOf.set(d.ancestorCodes.at(-1)!, [...(townshipsOf.get(d.ancestorCodes.at(-1)!) ?? []), d]);
  const out: GeneratedCapture[] = [];
  const usedCounties = new Set<string>();
  while (out.length < reports && usedCounties.size < counties.length) {
    const county = pick(random, counties);
    if (usedCounties.has(county.code)) continue;
    usedCounties.add(county.code);
    // The county and some of its townships (the others stay gaps in the coverage grid).
    const townships = (townshipsOf.get(county.code) ?? []).filter(() => random() < 0.6);
    for (const division of [county, ...townships]) {
      const issuers = issuersOf(division, county.name).slice(0, division.level === 'county' ? 3 : 1);
      for (const issuer of issuers) {
        const start = Math.floor(random() * 4);
        let carried: string[] = [];
        for (const year of SERIES_YEARS.slice(start)) {
          if (out.length >= reports) return out;
          if (random() < 0.1) continue; // a year not in the archive
          const capture = captureFor(out.length, division, county, issuer, year, random, paragraphs, gazetteer, {
            carried,
            lateChance: 0.16,
          });
          carried = capture.paragraphs;
          out.push(capture);
        }
      }
    }
  }
  return out;
}

interface SeriesOptions {
  /** Last year's paragraphs: about half are used again word for word. */
  carried: string[];
  lateChance: number;
}

function captureFor(
  index: number,
  division: Division,
  county: Division,
  issuer: Issuer,
  year: number,
  random: () => number,
  paragraphs: string[],
  gazetteer: Gazetteer,
  series?: SeriesOptions,
): GeneratedCapture & { paragraphs: string[] } {
  const ancestors = division.ancestorCodes.map((c) => gazetteer.byCode.get(c)!);
  const province = ancestors[0] ?? division;
  const city = ancestors.find((a) => a.level === 'city');
  const subject = issuer.kind === 'department' ? issuer.name : division.name;
  const title = pick(random, [
    `${subject}${year}年法治政府建设年度报告`,
    `${subject}${year}年度法治政府建设工作情况报告`,
    `${subject}关于${year}年法治政府建设情况的报告`,
  ]);
  const late = series ? random() < series.lateChance : false;
  // Late: April to July of the following year (after the 1 April deadline).
  const month = late ? 3 + Math.floor(random() * 4) : Math.floor(random() * 3);
  const day = late && month === 3 ? 2 + Math.floor(random() * 27) : 1 + Math.floor(random() * 28);
  const published = new Date(Date.UTC(year + 1, month, day));
  const signed = new Date(published.getTime() - Math.floor(random() * 20) * 86_400_000);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const cn = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  const withIndex = random() < 0.3;
  const indexNumber = withIndex
    ? `${county.code}/${year + 1}-${String(Math.floor(random() * 99999)).padStart(5, '0')}`
    : '';
  // The source line always names the place with its province and city, as many portals do.
  const sourceName = `${province.name}${city?.name ?? ''}${county === division ? '' : county.name}${issuer.kind === 'department' ? issuer.name : division.name}`;

  const fill = (line: string) =>
    line
      .replace('{county}', county.name)
      .replace('{city}', city?.name ?? province.name)
      .replace('{province}', province.name);
  const header = pick(random, CHROME_HEADERS).map(fill);
  const footer = pick(random, CHROME_FOOTERS).map(fill);
  const targetBytes = Math.round(3_000 * (40 / 3) ** random());
  const body: string[] = [
    `${year}年，${subject}在上级党委政府的坚强领导下，深入学习贯彻习近平法治思想，现将${year}年法治政府建设情况报告如下：`,
  ];
  let bytes = 0;
  const chosen: string[] = [];
  for (const [s, template] of SECTIONS.entries()) {
    body.push(template.replace('{year}', String(year)).replace('{next}', String(year + 1)));
    const subsections = s === 0 ? 2 + Math.floor(random() * 4) : 1;
    for (let k = 0; k < subsections; k++) {
      if (s === 0) body.push(`（${'一二三四五六七八'[k]}）${pick(random, SUBSECTIONS)}`);
      const count = 1 + Math.floor(random() * 3);
      for (let p = 0; p < count; p++) {
        const reuse = series && series.carried.length > 0 && random() < 0.5;
        const paragraph = reuse ? pick(random, series.carried) : pick(random, paragraphs);
        chosen.push(paragraph);
        body.push(paragraph);
        bytes += Buffer.byteLength(paragraph);
      }
    }
  }
  while (bytes < targetBytes) {
    const paragraph = pick(random, paragraphs);
    body.splice(2 + Math.floor(random() * (body.length - 4)), 0, paragraph);
    bytes += Buffer.byteLength(paragraph);
  }
  const lines = [
    ...header,
    title,
    `发布时间：${iso(published)} ${pad(8 + Math.floor(random() * 10))}:${pad(Math.floor(random() * 60))}    来源：${sourceName}`,
    ...(withIndex ? [`索引号：${indexNumber}`] : []),
    '',
    ...body.flatMap((line) => [`　　${line}`, '']),
    issuer.name,
    cn(signed),
    '',
    ...footer,
  ];
  const file = `${String(index).padStart(6, '0')}_${division.code}-${year}.txt`;
  return {
    file,
    paragraphs: chosen,
    text: `${lines.join('\n')}\n`,
    label: {
      file,
      title,
      divisionCode: division.code,
      jurisdiction: division.name,
      region: division.region.join('/'),
      level: division.level,
      issuer: issuer.name,
      year: String(year),
      publishedAt: iso(published),
      indexNumber,
      signedAt: iso(signed),
      sourceName,
    },
  };
}

/**
 * A corpus in the sample's image: its paragraphs (place names neutralised) and the places of
 * the gazetteer. What `npm run gen:corpus` writes and what the search tests index.
 */
export function generateFromSample(options: {
  reports: number;
  seed: number;
  sampleDir: string;
  series?: boolean;
}): GeneratedCapture[] {
  const gazetteer = loadGazetteer();
  const samples = readdirSync(options.sampleDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const bodies: string[] = [];
  const names: string[] = [];
  for (const file of samples) {
    const outcome = ingestCapture({ file, bytes: readFileSync(join(options.sampleDir, file)) }, gazetteer);
    if (outcome.status === 'rejected') continue;
    bodies.push(outcome.body);
    names.push(
      ...outcome.report.region,
      outcome.report.jurisdiction.replace(/街道$|镇$|乡$/, ''),
      ...(outcome.report.sourceName ? [outcome.report.sourceName] : []),
    );
  }
  return generateCorpus({
    reports: options.reports,
    seed: options.seed,
    gazetteer,
    paragraphs: paragraphPool(bodies, names),
    series: options.series,
  });
}
