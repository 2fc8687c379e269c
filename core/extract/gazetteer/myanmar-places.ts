import type { PlaceTable } from './entries';

/**
 * Myanmar's cities, towns and sub-townships that news names apart from
 * their township, its border gates and trade zones, the compounds and
 * special zones on the Thai border, its best-known displacement camps, and a
 * few villages known for what happened there.
 * Source: general knowledge of Myanmar's geography and of English-language
 * Myanmar news, in MIMU's spelling where MIMU names the town (its 2014
 * census town and sub-township codes). Written 2026-12. Villages are countless: the extractor knows them by
 * their noun ("X Village"), so only a few names that news uses alone are
 * here.
 */
export const MYANMAR_TOWNS: PlaceTable = {
  country: 'MM',
  kind: 'town',
  list: `
    Cities: Yangon/Rangoon, Mandalay, Naypyitaw/Naypyidaw/Nay Pyi Daw, Bagan/Pagan, Old Bagan, New Bagan
    Kachin: Hopin, Namti, Kamaing, Sinbo, Myohla, Shinbwayyang, Sadung, Dawthponeyan, Pannandin, Lone Khin/Lonkin, Seng Tawng
    Sagaing: Kyaukmyaung, Pansaung, Tagaung, Mawlu, Khampat
    Chin: Lailenpi, Rezua, Samee/Sami
    Kayin: Wawlay, Thingannyinaung, Lay Kay Kaw, Kyondoe, Sukali, Kamamaung, Leiktho, Shwegun, Paingkyon, Kyaikdon, Myaing Gyi Ngu, Kawmoora, Hpalu
    Mon: Mottama/Martaban, Kyaikkami/Kyaikkhami/Amherst, Lamaing, Khawzar, Zingyaik
    Tanintharyi: Pyigyimandaing, Karathuri, Khamaukgyi, Kaleinaung, Myitta, Palauk
    Bago: Penwegon, Madauk, Pyuntasa, Inntakaw, Thetkala
    Magway: Yenangyat, Sinbyugyun
    Mandalay: Kume, Twinnge
    Rakhine: Kyeintali, Ngapali
    Shan: Aungban, Heho, Shwenyaung, Panglong/Pinlon, Wan Hai, Tamoenye/Tarmoenye, Namtit, Mong Pawk, Ho Tao, Mong Hpen, Nam Hpai, Mong Kar, Pang Yang, Nawng Hkit, Mong Ko
    Ayeyarwady: Ngathaingchaung, Chaungtha/Chaung Thar, Ngwesaung, Hainggyikyun/Haigyi Island, Ngayokekaung, Pyinsalu, Ahmar, Kyonmangay, Athoke
  `,
};

/** Border gates and border-trade towns (the gate's town where the gate has its own name). */
export const MYANMAR_BORDER_TOWNS: PlaceTable = {
  country: 'MM',
  kind: 'border-town',
  list: `
    China: Muse, Mong Yu, Chinshwehaw, Kyukok/Kyu Koke/Pang Hseng/Panghsai, Lweje/Lwegel, Kanpaikti, Laiza, Mai Ja Yang, Hpimaw, Namkham, Mongla, Wan Pong
    Thailand: Myawaddy, Tachileik, Kawthoung, Payathonzu/Three Pagodas Pass, Htee Kee/Hteekhee/Htikhee, Maw Taung, Mese
    India: Tamu, Rihkhawdar/Rikhawdar, Cikha/Ciikha, Pangsau Pass
    Bangladesh: Maungdaw, Taung Pyo Letwe/Taungpyo
  `,
};

/** Trade and economic zones, and the scam compounds and "new cities" of the Thai border. */
export const MYANMAR_ZONES: PlaceTable = {
  country: 'MM',
  kind: 'zone',
  list: `
    Yangon: Thilawa/Thilawa Special Economic Zone/Thilawa SEZ
    Rakhine: Kyaukphyu Special Economic Zone/Kyaukphyu SEZ
    Tanintharyi: Dawei Special Economic Zone/Dawei SEZ
    Shan: 105 Mile/105-Mile Trade Zone/Muse 105 Mile
    Kayin: KK Park, Shwe Kokko/Shwe Koko/Yatai New City, Huanya/Huanya International City, Dongmei/Dongmei Zone, Taizhang
  `,
};

/** Displacement camps inside Myanmar (the refugee camps over the borders are in thailand.ts and bangladesh.ts). */
export const MYANMAR_CAMPS: PlaceTable = {
  country: 'MM',
  kind: 'camp',
  list: `
    Kachin: Je Yang, Hpum Lum Yang, Woi Chyai/Woi Chyai Camp
    Kayin: Ei Tu Hta/Ee Tu Hta
    Rakhine: Ohn Taw Gyi/Ohn Taw Chay, Thet Kae Pyin, Baw Du Pha, Dar Paing, Say Tha Mar Gyi
  `,
};

/** Villages the news names alone, known for a massacre or an air strike. */
export const MYANMAR_VILLAGES: PlaceTable = {
  country: 'MM',
  kind: 'village',
  list: `
    Rakhine: Inn Din, Tula Toli/Tu Lar Tu Li, Gu Dar Pyin
    Sagaing: Let Yet Kone, Pazigyi, Done Taw
  `,
};
