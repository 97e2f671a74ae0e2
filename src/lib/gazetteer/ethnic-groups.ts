/**
 * The 55 officially recognised minority nationalities (少数民族), by their names as they appear
 * in the names of autonomous divisions (金平苗族瑶族傣族自治县). A fact list: an autonomous
 * county's short name (金平县) is its name without these and 自治县.
 */
export const MINORITY_NATIONALITIES: readonly string[] = [
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
];

/** Names as they end a county's name: with 族, or without it for the longer ones (巴里坤哈萨克自治县), or 各族. */
const NATIONALITY_NAMES = [
  '各族',
  ...MINORITY_NATIONALITIES.flatMap((name) => (name.length >= 3 ? [name, name.slice(0, -1)] : [name])),
].sort((a, b) => b.length - a.length);
const NATIONALITIES_AT_END = new RegExp(`(?:${NATIONALITY_NAMES.join('|')})+$`, 'u');

/**
 * An autonomous county's short name, as its own reports and documents print it
 * (金平苗族瑶族傣族自治县 → 金平县, 巴里坤哈萨克自治县 → 巴里坤县, 龙胜各族自治县 → 龙胜县); undefined for
 * other names or when fewer than two characters would remain before 县.
 */
export function autonomousCountyShortName(name: string): string | undefined {
  if (!name.endsWith('自治县')) return undefined;
  const stem = name.slice(0, -'自治县'.length).replace(NATIONALITIES_AT_END, '');
  return stem.length >= 2 && stem.length < name.length - 3 ? `${stem}县` : undefined;
}

/**
 * An ethnic township's short name, as its own reports print it (铁石苗族彝族乡 → 铁石乡, f005;
 * 鄂伦春民族乡 is no such name); undefined for other names or when fewer than two characters would
 * remain before 乡 or 镇.
 */
export function ethnicTownshipShortName(name: string): string | undefined {
  const suffix = /族(乡|镇)$/u.exec(name)?.[1];
  if (!suffix) return undefined;
  const stem = name.slice(0, -1).replace(NATIONALITIES_AT_END, '');
  return stem.length >= 2 && stem.length < name.length - 2 ? `${stem}${suffix}` : undefined;
}
