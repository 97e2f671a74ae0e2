/**
 * The short names (简称) the 30 autonomous prefectures (自治州) go by in their own reports and
 * portals: the place name before the nationalities, with 州 (巴音郭楞蒙古自治州 → 巴州,
 * 红河哈尼族彝族自治州 → 红河州). Most follow that pattern; the four Xinjiang prefectures whose
 * place names are long use one or two characters of it (巴州, 博州, 克州; 昌吉州, 伊犁州 keep
 * the whole place name). This is a fact list, as each prefecture's government writes its name
 * (e.g. `2023年,巴州党委、政府…` on the 巴音郭楞 portal, `昌吉州人民政府2024年度…`), not a rule:
 * 海西州 is 海西蒙古族藏族自治州 although 海西 is also a common word.
 */
export const PREFECTURE_SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  ['延边朝鲜族自治州', '延边州'],
  ['恩施土家族苗族自治州', '恩施州'],
  ['湘西土家族苗族自治州', '湘西州'],
  ['阿坝藏族羌族自治州', '阿坝州'],
  ['甘孜藏族自治州', '甘孜州'],
  ['凉山彝族自治州', '凉山州'],
  ['黔西南布依族苗族自治州', '黔西南州'],
  ['黔东南苗族侗族自治州', '黔东南州'],
  ['黔南布依族苗族自治州', '黔南州'],
  ['楚雄彝族自治州', '楚雄州'],
  ['红河哈尼族彝族自治州', '红河州'],
  ['文山壮族苗族自治州', '文山州'],
  ['西双版纳傣族自治州', '西双版纳州'],
  ['大理白族自治州', '大理州'],
  ['德宏傣族景颇族自治州', '德宏州'],
  ['怒江傈僳族自治州', '怒江州'],
  ['迪庆藏族自治州', '迪庆州'],
  ['临夏回族自治州', '临夏州'],
  ['甘南藏族自治州', '甘南州'],
  ['海北藏族自治州', '海北州'],
  ['黄南藏族自治州', '黄南州'],
  ['海南藏族自治州', '海南州'],
  ['果洛藏族自治州', '果洛州'],
  ['玉树藏族自治州', '玉树州'],
  ['海西蒙古族藏族自治州', '海西州'],
  ['昌吉回族自治州', '昌吉州'],
  ['博尔塔拉蒙古自治州', '博州'],
  ['巴音郭楞蒙古自治州', '巴州'],
  ['克孜勒苏柯尔克孜自治州', '克州'],
  ['伊犁哈萨克自治州', '伊犁州'],
]);
