import type { PlaceTable } from './entries';

/**
 * Myanmar's states and regions, Naypyitaw Union Territory, and their
 * districts and self-administered zones.
 * Source: the Myanmar Information Management Unit's (MIMU) place codes as of
 * the 2014 census (15 first-level units, which Unicode CLDR 48 names the same
 * way; 74 districts with the six self-administered zones and division), in
 * their MIMU spelling, with the older and other spellings English-language
 * Myanmar news uses (Rangoon, Pegu, Arakan, Karenni). Written 2026-12 from
 * those lists and general knowledge; checked by scripts/check-gazetteer.ts.
 * "Mon", "Chin" and "Karen" appear only with "State": alone each is also
 * part of people's names (see README.md).
 */
export const MYANMAR_STATES: PlaceTable = {
  country: 'MM',
  kind: 'state',
  list: `
    Kachin: Kachin State/Kachin
    Kayah: Kayah State/Kayah/Karenni State/Karenni
    Kayin: Kayin State/Kayin/Karen State
    Chin: Chin State
    Mon: Mon State
    Rakhine: Rakhine State/Rakhine/Arakan State/Arakan
    Shan: Shan State/Shan, Northern Shan State/Northern Shan/Shan North, Southern Shan State/Southern Shan/Shan South, Eastern Shan State/Eastern Shan/Shan East
    Sagaing: Sagaing Region/Sagaing/Sagaing Division
    Tanintharyi: Tanintharyi Region/Tanintharyi/Tenasserim/Tanintharyi Division/Tenasserim Division
    Bago: Bago Region/Bago/Pegu/Bago Division/Pegu Division, Bago East/East Bago, Bago West/West Bago
    Magway: Magway Region/Magway/Magwe/Magway Division/Magwe Division
    Mandalay: Mandalay Region/Mandalay/Mandalay Division
    Yangon: Yangon Region/Yangon/Rangoon/Yangon Division/Rangoon Division
    Ayeyarwady: Ayeyarwady Region/Ayeyarwady/Ayeyarwaddy/Irrawaddy Region/Irrawaddy Division/Ayeyarwady Division/Irrawaddy Delta/Ayeyarwady Delta
    Naypyitaw: Naypyitaw Union Territory/Naypyitaw/Naypyidaw/Nay Pyi Daw/Naypyitaw Council Area
  `,
};

export const MYANMAR_DISTRICTS: PlaceTable = {
  country: 'MM',
  kind: 'district',
  list: `
    Kachin: Myitkyina District, Mohnyin District, Bhamo District, Putao District
    Kayah: Loikaw District, Bawlakhe District
    Kayin: Hpa-An District, Kawkareik District, Myawaddy District
    Chin: Hakha District, Falam District, Mindat District
    Sagaing: Sagaing District, Shwebo District, Monywa District, Katha District, Kale District, Tamu District, Mawlaik District, Hkamti District, Yinmabin District, Naga Self-Administered Zone/Naga SAZ
    Tanintharyi: Dawei District, Myeik District, Kawthoung District
    Bago: Bago District, Taungoo District, Pyay District, Thayarwady District
    Magway: Magway District, Minbu District, Thayet District, Pakokku District, Gangaw District
    Mandalay: Mandalay District, Pyin Oo Lwin District, Kyaukse District, Myingyan District, Nyaung-U District, Yamethin District, Meiktila District
    Mon: Mawlamyine District, Thaton District
    Rakhine: Sittwe District, Mrauk-U District, Maungdaw District, Kyaukpyu District, Thandwe District
    Yangon: North Yangon/Yangon North, East Yangon/Yangon East, South Yangon/Yangon South, West Yangon/Yangon West
    Shan: Taunggyi District, Loilen District, Langkho District, Lashio District, Muse District, Kyaukme District, Kunlong District, Laukkaing District, Hopang District, Matman District, Kengtung District, Monghsat District, Tachileik District, Monghpyak District
    Shan: Danu Self-Administered Zone/Danu SAZ, Pa-O Self-Administered Zone/Pa-O SAZ, Pa Laung Self-Administered Zone/Ta'ang Self-Administered Zone/Pa Laung SAZ, Kokang Self-Administered Zone/Kokang SAZ/Kokang/Kokang Region, Wa Self-Administered Division/Wa SAD/Wa State/Wa Region
    Ayeyarwady: Pathein District, Hinthada District, Myaungmya District, Maubin District, Pyapon District, Labutta District
    Naypyitaw: Ottara District, Dekkhina District
  `,
};
