/**
 * Cities whose portals spell them by a name that is not their pinyin: the Mongolian, Manchu
 * or Uyghur name as romanised in English (jytyj.ordos.gov.cn is 鄂尔多斯's education bureau,
 * www.huhhot.gov.cn 呼和浩特's, www.harbin.gov.cn 哈尔滨's, www.urumqi.gov.cn 乌鲁木齐's). A fact
 * list; pinyin spellings are derived, not listed.
 */
export const ROMANISED_CITY_HOSTS: ReadonlyMap<string, string> = new Map([
  ['鄂尔多斯市', 'ordos'],
  ['呼和浩特市', 'huhhot'],
  ['哈尔滨市', 'harbin'],
  ['乌鲁木齐市', 'urumqi'],
]);

/**
 * Cities whose government domain is their two-letter initials under gov.cn (sz.gov.cn is
 * 深圳's, its bureaus at hrss.sz.gov.cn; gz.gov.cn is 广州's). Two letters spell many cities
 * (sz is also 苏州, 随州, 朔州, 宿州), so only the registered domain says which: a fact list.
 */
export const CITY_INITIALS_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['sz.gov.cn', '深圳市'],
  ['gz.gov.cn', '广州市'],
]);

/** The city whose initials domain a host is or sits under (hrss.sz.gov.cn → 深圳市). */
export function cityOfInitialsDomain(host: string): string | undefined {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  for (const [domain, city] of CITY_INITIALS_DOMAINS) if (name === domain || name.endsWith(`.${domain}`)) return city;
  return undefined;
}
