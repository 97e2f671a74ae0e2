/**
 * Cities whose portals spell them by a name that is not their pinyin: the Mongolian, Manchu
 * or Uyghur name as romanised in English, or a prefecture's short name that its initials
 * would not tell apart (jytyj.ordos.gov.cn is 鄂尔多斯's education bureau,
 * www.huhhot.gov.cn 呼和浩特's, www.harbin.gov.cn 哈尔滨's, www.urumqi.gov.cn 乌鲁木齐's). A fact
 * list; pinyin spellings are derived, not listed.
 */
export const ROMANISED_CITY_HOSTS: ReadonlyMap<string, string> = new Map([
  ['鄂尔多斯市', 'ordos'],
  ['呼和浩特市', 'huhhot'],
  ['哈尔滨市', 'harbin'],
  ['乌鲁木齐市', 'urumqi'],
  // Two 新疆 prefectures spell their portals by 新疆 and their short names, which share their
  // initials (巴州, 博州): www.xjbz.gov.cn is 巴音郭楞's (b083, f220 keeps it as its path),
  // www.xjboz.gov.cn 博尔塔拉's (c002).
  ['巴音郭楞蒙古自治州', 'xjbz'],
  ['博尔塔拉蒙古自治州', 'xjboz'],
]);

/**
 * Cities and districts whose government domain is their two-letter initials under gov.cn
 * (sz.gov.cn is 深圳's, its bureaus at hrss.sz.gov.cn; gz.gov.cn is 广州's; fl.gov.cn is 重庆
 * 涪陵区's, its bureaus under www.fl.gov.cn/bm/, f138 and c015). Two letters spell many places
 * (sz is also 苏州, 随州, 朔州, 宿州), so only the registered domain says which: a
 * fact list, and a bare `sz` or `fl` label elsewhere says nothing.
 */
export const INITIALS_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['sz.gov.cn', '深圳市'],
  ['gz.gov.cn', '广州市'],
  ['fl.gov.cn', '涪陵区'],
]);

/** A host as compared: lower case, without its port. */
const hostName = (host: string) => host.toLowerCase().replace(/:\d+$/, '');

/** The city or district whose initials domain a host is or sits under (hrss.sz.gov.cn → 深圳市). */
export function divisionOfInitialsDomain(host: string): string | undefined {
  const name = hostName(host);
  for (const [domain, place] of INITIALS_DOMAINS) if (name === domain || name.endsWith(`.${domain}`)) return place;
  return undefined;
}

/**
 * `dg` for dg.gov.cn (and hosts under it): a government's own two-letter domain under gov.cn, the
 * initials of its city or county. Two letters spell many places (sz: 深圳, 苏州, 随州…): beyond the
 * fact list above, it can only choose among candidates a page already names.
 */
export function govInitialsLabel(host: string): string | undefined {
  return /(?:^|\.)([a-z]{2})\.gov\.cn$/u.exec(hostName(host))?.[1];
}
