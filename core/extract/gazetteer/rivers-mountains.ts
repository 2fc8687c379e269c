import type { PlaceTable } from './entries';

/**
 * Rivers, lakes and seas of Myanmar and its borders.
 * Source: general knowledge of Myanmar's geography (the names English-language
 * news uses, with Burmese and colonial forms). Written 2026-12. "Nu" and "Mu"
 * appear only with "River": alone each is also a name syllable.
 */
export const RIVERS: PlaceTable = {
  country: 'MM',
  kind: 'river',
  list: `
    Rivers: Ayeyarwady/Irrawaddy/Ayeyarwaddy, Chindwin, Thanlwin/Salween/Nu River, Sittaung/Sittang, Moei/Thaungyin, Naf, Mekong, Kaladan, Lemro, Mayu,
    Rivers: Myitnge/Dokhtawady, Shweli/Nam Mao, Mali Hka/Malikha, N'Mai Hka/Nmaikha, Myitsone, Gyaing, Ataran, Paunglaung, Mu River, Tiau/Tio, Ruak, Kok River,
    Rivers: Yangon River/Rangoon River, Bago River, Hlaing River
    Lakes: Inle/Inlay/Inle Lake, Indawgyi
    Seas: Andaman Sea, Bay of Bengal, Gulf of Mottama/Gulf of Martaban
  `,
};

/**
 * Mountains, ranges, hills and passes of Myanmar and its borders.
 * Source: as for RIVERS. "Victoria" and "Kennedy" appear only with their
 * noun ("Mount Victoria", "Kennedy Peak"): alone they are people.
 */
export const MOUNTAINS: PlaceTable = {
  country: 'MM',
  kind: 'mountain',
  list: `
    Peaks: Popa/Mount Popa, Natmataung/Mount Victoria/Khonuamthung, Hkakabo Razi, Gamlang Razi, Saramati/Mount Saramati, Kennedy Peak,
    Peaks: Kyaiktiyo/Golden Rock, Zwegabin/Mount Zwegabin, Mandalay Hill, Sagaing Hill, Loi Tai Leng, Letpadaung, Doi Tung, Doi Inthanon
    Ranges: Arakan Yoma/Rakhine Yoma, Bago Yoma/Pegu Yoma, Dawna Range/Dawna Hills, Tenasserim Hills/Tanintharyi Range, Chin Hills, Kachin Hills, Naga Hills, Patkai/Patkai Hills, Shan Plateau/Shan Hills
  `,
};
