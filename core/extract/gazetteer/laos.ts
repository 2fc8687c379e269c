import type { PlaceTable } from './entries';

/**
 * Laos's 17 provinces and Vientiane Prefecture.
 * Source: Unicode CLDR 48 English subdivision names (cldr-subdivisions-full
 * 48.2.0, ISO 3166-2:LA; Unicode License v3), with the spellings Thai and
 * Lao news also uses. Taken 2026-12.
 */
export const LAOS_PROVINCES: PlaceTable = {
  country: 'LA',
  kind: 'country-division',
  list: `
    North: Bokeo, Luang Namtha, Oudomxay/Oudomxai, Phongsaly, Luang Prabang, Houaphanh, Sainyabuli/Xayaboury/Xaignabouli
    Centre: Vientiane/Vientiane Prefecture, Vientiane Province, Xiangkhouang, Xaisomboun, Bolikhamsai/Borikhamxay, Khammouane
    South: Savannakhet, Salavan/Saravane, Sekong, Champasak, Attapeu
  `,
};

/** Towns and crossings of Laos's Myanmar and Chinese borders. */
export const LAOS_BORDER_TOWNS: PlaceTable = {
  country: 'LA',
  kind: 'border-town',
  list: `
    Bokeo: Houayxay/Huay Xai/Houei Xai, Ton Pheung, Xieng Kok
    Luang Namtha: Muang Sing, Muang Long, Boten
  `,
};

export const LAOS_ZONES: PlaceTable = {
  country: 'LA',
  kind: 'zone',
  list: `
    Bokeo: Golden Triangle Special Economic Zone/Golden Triangle SEZ/Kings Romans
  `,
};
