import type { PlaceTable } from './entries';

/**
 * Thailand's 77 provinces (Bangkok and 76 changwat), by region.
 * Source: Unicode CLDR 48 English subdivision names (the npm package
 * cldr-subdivisions-full 48.2.0, ISO 3166-2:TH; Unicode License v3), with
 * the one-word spellings Thai and Myanmar news also uses ("Lop Buri" and
 * "Lopburi" need no variant: spaces do not count). Taken 2026-12.
 * "Nan" and "Surin" appear only with "Province": alone each is also a name
 * (Shan "Nan", Thai "Surin"); see README.md.
 */
export const THAILAND_PROVINCES: PlaceTable = {
  country: 'TH',
  kind: 'country-division',
  list: `
    Central: Bangkok/Krung Thep, Samut Prakan, Nonthaburi, Pathum Thani, Phra Nakhon Si Ayutthaya/Ayutthaya, Ang Thong, Lopburi, Sing Buri, Chai Nat, Saraburi,
    Central: Nakhon Nayok, Nakhon Sawan, Uthai Thani, Kamphaeng Phet, Sukhothai, Phitsanulok, Phichit, Phetchabun, Suphanburi, Nakhon Pathom, Samut Sakhon, Samut Songkhram
    East: Chon Buri, Rayong, Chanthaburi, Trat, Chachoengsao, Prachin Buri, Sa Kaeo
    Northeast: Nakhon Ratchasima/Korat, Buri Ram, Surin Province, Si Sa Ket, Ubon Ratchathani, Yasothon, Chaiyaphum, Amnat Charoen, Bueng Kan, Nong Bua Lam Phu,
    Northeast: Khon Kaen, Udon Thani, Loei, Nong Khai, Maha Sarakham, Roi Et, Kalasin, Sakon Nakhon, Nakhon Phanom, Mukdahan
    North: Chiang Mai, Lamphun, Lampang, Uttaradit, Phrae, Nan Province, Phayao, Chiang Rai, Mae Hong Son
    West: Tak, Kanchanaburi, Ratchaburi, Phetchaburi, Prachuap Khiri Khan
    South: Nakhon Si Thammarat, Krabi, Phang Nga, Phuket, Surat Thani, Ranong, Chumphon, Songkhla, Satun, Trang, Phatthalung, Pattani, Yala, Narathiwat
  `,
};

/**
 * Thai districts and towns on or near the Myanmar border, its checkpoints,
 * and towns where Myanmar migrants work.
 * Source: Thailand's district (amphoe) names as romanised by the Royal
 * Institute system, and general knowledge of border news. Written 2026-12.
 */
export const THAILAND_BORDER_TOWNS: PlaceTable = {
  country: 'TH',
  kind: 'border-town',
  list: `
    Tak: Mae Sot, Mae Ramat, Tha Song Yang, Phop Phra, Umphang
    Mae Hong Son: Mae Sariang, Sop Moei, Mae Sam Laep, Khun Yuam, Pai, Pang Mapha, Mae La Noi, Mueang Mae Hong Son
    Chiang Rai: Mae Sai, Chiang Saen, Chiang Khong, Mae Fa Luang/Mae Fah Luang, Sop Ruak, Golden Triangle
    Chiang Mai: Wiang Haeng, Chiang Dao, Mae Ai
    Kanchanaburi: Sangkhla Buri, Thong Pha Phum, Phra Chedi Sam Ong, Ban Phu Nam Ron/Phu Nam Ron
    Prachuap Khiri Khan: Dan Singkhon/Singkhon Pass, Bang Saphan
    Ranong: Kra Buri, La-un, Kapoe
  `,
};

export const THAILAND_TOWNS: PlaceTable = {
  country: 'TH',
  kind: 'town',
  list: `
    Towns: Mahachai, Hat Yai, Pattaya
  `,
};

/** Refugee camps of the Thai-Myanmar border (the nine of The Border Consortium). */
export const THAILAND_CAMPS: PlaceTable = {
  country: 'TH',
  kind: 'camp',
  list: `
    Tak: Mae La, Umpiem Mai/Umpium Mai/Umpiem, Nu Po
    Mae Hong Son: Ban Mai Nai Soi, Ban Mae Surin, Mae Ra Ma Luang/Mae Ra Moe, Mae La Oon/Mae La Oon Camp
    Kanchanaburi: Ban Don Yang
    Ratchaburi: Tham Hin
  `,
};
