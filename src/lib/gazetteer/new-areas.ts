/**
 * National-level new areas (国家级新区) that are no division of the dataset, with the one division
 * that administers them, by its code. Their reports name only the area (`西咸新区2022年度法治政府
 * 建设工作报告`, l134: 西咸新区 has been administered by 西安市 since 2017), and are placed where
 * the area is governed, as a zone that is no division is placed at its city (j109, j113, k135). A
 * fact list: areas spanning several cities (天府新区, 赣江新区) or governed by their province (雄安新区)
 * are left out, and areas that are divisions (浦东新区, 滨海新区, 兰州新区) or carry their city's name
 * (福州新区, 哈尔滨新区, 长春新区: read as their city by the gazetteer, t118) need no entry.
 */
export const NEW_AREA_SEATS: ReadonlyMap<string, string> = new Map([
  ['西咸新区', '610100'], // 西安市
  ['两江新区', '500000'], // 重庆市
  ['舟山群岛新区', '330900'], // 舟山市, the same ground
  ['西海岸新区', '370211'], // 青岛市黄岛区, the same ground
  ['金普新区', '210200'], // 大连市
  ['湘江新区', '430100'], // 长沙市
  ['滇中新区', '530100'], // 昆明市
  ['南沙新区', '440115'], // 广州市南沙区, the same ground
]);
