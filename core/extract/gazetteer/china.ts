import type { PlaceTable } from './entries';

/**
 * China's provinces, autonomous regions and municipalities.
 * Source: Unicode CLDR 48 English subdivision names (cldr-subdivisions-full
 * 48.2.0, ISO 3166-2:CN; Unicode License v3), with Hong Kong and Macau and
 * the Tibetan name Xizang. Taken 2026-12.
 */
export const CHINA_PROVINCES: PlaceTable = {
  country: 'CN',
  kind: 'country-division',
  list: `
    North: Beijing, Tianjin, Hebei, Shanxi, Inner Mongolia, Liaoning, Jilin, Heilongjiang
    East: Shanghai, Jiangsu, Zhejiang, Anhui, Fujian, Jiangxi, Shandong
    Central: Henan, Hubei, Hunan
    South: Guangdong, Guangxi, Hainan, Hong Kong, Macau/Macao
    Southwest: Chongqing, Sichuan, Guizhou, Yunnan, Tibet/Xizang
    Northwest: Shaanxi, Gansu, Qinghai, Ningxia, Xinjiang
  `,
};

/**
 * Yunnan's 16 prefecture-level divisions.
 * Source: the administrative divisions of Yunnan Province in pinyin (8
 * prefectures, 8 autonomous prefectures), written 2026-12.
 */
export const YUNNAN_PREFECTURES: PlaceTable = {
  country: 'CN',
  kind: 'district',
  list: `
    Yunnan: Kunming, Qujing, Yuxi, Baoshan, Zhaotong, Lijiang, Pu'er/Simao, Lincang, Chuxiong, Honghe, Wenshan, Xishuangbanna/Sipsongpanna, Dali, Dehong, Nujiang, Diqing
  `,
};

/**
 * Yunnan's counties, cities and towns on the Myanmar and Lao borders, with
 * their crossings.
 * Source: Yunnan's county-level divisions in pinyin and general knowledge of
 * border news. Written 2026-12.
 */
export const YUNNAN_BORDER_TOWNS: PlaceTable = {
  country: 'CN',
  kind: 'border-town',
  list: `
    Dehong: Ruili, Jiegao, Wanding, Mangshi/Luxi, Longchuan, Zhangfeng, Yingjiang, Nabang, Lianghe
    Baoshan: Tengchong, Houqiao, Diantan, Longling
    Lincang: Zhenkang, Nansan, Gengma, Mengding, Qingshuihe, Cangyuan, Yongde
    Pu'er: Menglian, Ximeng, Lancang
    Xishuangbanna: Menghai, Daluo, Jinghong, Mengla, Mohan
    Nujiang: Lushui, Pianma, Fugong, Gongshan
  `,
};

/** Chinese cities other than provincial capitals named above, often in Myanmar news. */
export const CHINA_TOWNS: PlaceTable = {
  country: 'CN',
  kind: 'town',
  list: `
    Cities: Guangzhou, Shenzhen, Chengdu, Nanning, Xiamen
  `,
};
