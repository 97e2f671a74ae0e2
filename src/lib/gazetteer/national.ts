import type { Division } from './gazetteer.ts';

/**
 * The national level: State Council ministries, commissions and agencies publish their own
 * annual rule-of-law reports. Their reports belong to the whole country, so they carry the
 * country's code (100000) and name; no province, city or county is theirs.
 */
export const NATIONAL_DIVISION: Division = {
  code: '100000',
  name: '中华人民共和国',
  level: 'national',
  region: ['中华人民共和国'],
  ancestorCodes: [],
};
// loadGazetteer puts this division under 100000 (by code only), for the site's place tree.

/** Names (full and the short forms their own reports use) of the State Council's bodies. */
const NATIONAL_BODIES: readonly string[] = [
  '外交部',
  '国防部',
  '国家发展和改革委员会',
  '国家发展改革委',
  '教育部',
  '科学技术部',
  '科技部',
  '工业和信息化部',
  '工业和信息化部',
  '国家民族事务委员会',
  '国家民委',
  '公安部',
  '国家安全部',
  '民政部',
  '司法部',
  '财政部',
  '人力资源和社会保障部',
  '人力资源社会保障部',
  '自然资源部',
  '生态环境部',
  '住房和城乡建设部',
  '住房城乡建设部',
  '交通运输部',
  '水利部',
  '农业农村部',
  '商务部',
  '文化和旅游部',
  '国家卫生健康委员会',
  '国家卫生健康委',
  '退役军人事务部',
  '应急管理部',
  '中国人民银行',
  '审计署',
  '国务院国有资产监督管理委员会',
  '国务院国资委',
  '海关总署',
  '国家税务总局',
  '国家市场监督管理总局',
  '市场监管总局',
  '国家金融监督管理总局',
  '中国证券监督管理委员会',
  '中国证监会',
  '国家广播电视总局',
  '国家体育总局',
  '国家统计局',
  '国家国际发展合作署',
  '国家医疗保障局',
  '国家机关事务管理局',
  '国家知识产权局',
  '国家移民管理局',
  '国家林业和草原局',
  '国家粮食和物资储备局',
  '国家能源局',
  '国家烟草专卖局',
  '国家铁路局',
  '中国民用航空局',
  '国家邮政局',
  '国家文物局',
  '国家中医药管理局',
  '国家矿山安全监察局',
  '国家消防救援局',
  '国家外汇管理局',
  '国家药品监督管理局',
  '国家数据局',
  '国家信访局',
  '国家网信办',
  '国家档案局',
  '国家保密局',
  '国家国防科技工业局',
  '国家国防科工局',
  '国家乡村振兴局',
  '国家疾病预防控制局',
  '国家疾控局',
  '中国气象局',
  '中国地震局',
  '中国银行保险监督管理委员会',
  '中国银保监会',
  // The short names the bodies' own reports and the central portal print (`体育总局关于2022年…`,
  // m221), each one no local body shares: a province has a 体育局 and a 税务局, never a 体育总局.
  '体育总局',
  '税务总局',
  '广电总局',
  '金融监管总局',
  '证监会',
  '银保监会',
  '国管局',
  '民航局',
  '国家药监局',
  '国家医保局',
  '国家林草局',
  '国家粮食和储备局',
  '国家中医药局',
  '国家矿山安监局',
  '国家外汇局',
  // The State Council's own short names, without 国家 (`2022年,知识产权局坚持…`, o211): a local body of the
  // same kind always names its level or place before them (`市知识产权局`, `湖北省统计局`, `我局`), which LEAD
  // does not let through, so bare they are the national bodies.
  '知识产权局',
  '统计局',
  '医保局',
  '药监局',
  '林草局',
  '能源局',
  '邮政局',
  '文物局',
  '中医药局',
  '外汇局',
  '移民局',
  '疾控局',
  '数据局',
  '信访局',
  '国防科工局',
  '乡村振兴局',
  '粮食和储备局',
  '矿山安监局',
  '国际发展合作署',
  // Names before the 2018 reorganisation, which reports of 2017 and earlier use (and later ones
  // with `原`, e148 `原环境保护部`): the bodies are national whatever they are called now.
  '环境保护部',
  '国土资源部',
  '农业部',
  '文化部',
  '国家旅游局',
  '国家卫生和计划生育委员会',
  '国家卫生计生委',
  '国家工商行政管理总局',
  '国家质量监督检验检疫总局',
  '国家质检总局',
  '国家食品药品监督管理总局',
  '国家安全生产监督管理总局',
  '国家安全监管总局',
  '国家新闻出版广电总局',
  '监察部',
  '国务院法制办公室',
  '中国银行业监督管理委员会',
  '中国保险监督管理委员会',
];

const BODY = new RegExp(`(${[...NATIONAL_BODIES].sort((a, b) => b.length - a.length).join('|')})`);
/** Inline pinyin left by some mirrors (`應(yīng)急管理部`), which splits the names. */
const PINYIN_DEBRIS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/giu;
/**
 * `2022年,` / `2017年以来,` (e157) / `2022年,在党中央、国务院的领导下,`: what may precede the
 * reporting body, and `原` before a body's former name (`2017年,原环境保护部…`, e148) or the country's
 * name before its full one (`中华人民共和国海关总署2022年…`).
 */
const LEAD =
  /^(?:(?:19|20)\d{2}\s*年(?:度|以来)?[,，]?\s*)?(?:在党中央、国务院的[^,，]{0,12}下[,，]\s*)?(?:原|中华人民共和国)?$/;

/**
 * `国家税务总局浙江省税务局`, `国家金融监督管理总局宁波监管局`: a national body's local branch, named
 * by the body and then its place, reports for that place, not for the country.
 */
const LOCAL_BRANCH =
  /^[\u4e00-\u9fa5]{2,10}?(?:省|自治区|市|州|盟|县|区|旗)?(?:分局|监管局|税务局|管理局|分署|海关|调查总队|调查队)/u;

/**
 * The national body whose report this is: the body a title starts with, or the subject of
 * the report's opening sentence (`2022年,司法部坚持…`). A body merely cited later in a local
 * report (`按照司法部部署`) is not the author.
 */
export function nationalBodyOf(title: string | undefined, firstLine: string | undefined): string | undefined {
  for (const text of [title, firstLine]) {
    if (!text) continue;
    const clean = text.replace(PINYIN_DEBRIS, '');
    const match = BODY.exec(clean);
    if (!match || !LEAD.test(clean.slice(0, match.index))) continue;
    if (LOCAL_BRANCH.test(clean.slice(match.index + match[0].length))) return undefined;
    return match[1];
  }
  return undefined;
}
