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
