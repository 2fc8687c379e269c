import { lookup } from './lookup';
import { wordSet } from './words';

/**
 * Common syllables of Burmese personal names in English spelling. A run of
 * two or more of them with nothing else ("Min Aung Hlaing", "Thet Ko Ko",
 * "Kaung Thu Win") is taken for a Burmese name even without U, Daw or a rank.
 * Ethnic and place words (Chin, Mon, Wa, Shan) are left out on purpose.
 */
export const BURMESE_NAME_SYLLABLES = wordSet(`
  aik aike aung aye ba bala bo cho chan chaw chit ei ein eaindra gyi hein hla hlaing hlay hlwan han
  hmway hnin hpone hsan hset hsu htay htar htein htet htike htin htoo htun htut htwe
  kan kaung kaw khaing khant khin khine kyal kyar kyaw kyawt kyi kyin kyu kyaing kyine
  lat lay lin lun lwin lwan mar maw min mo moe moh mone mya myaing myat myint myo
  nanda nandar naing nay nge ngwe ni nilar noe nu nway nwe nyan nyar nyein nyi nyo nyunt
  oak ohn ohnmar okkar oo paing paw pe phay phoe phone phyo phyu pwint pyae pyi pyo pyone
  san sanda sandar sann sapal sein shein shun shwe si sint sit sithu soe sone su suu swe
  tar tayza tet tha thant than thar thaung thaw thawda thein thet thi thida thiha thin thiri thit
  thone thu thura thuya thuzar thway thwin tin tint tinzar toe tun wah wai win wint wunna
  wutt yadanar yamin yan yar ye yee yi yin yoon yu zan zar zaw zay zayar zeya zeyar zin zon zun
  maung ko mg
`);

/**
 * Syllables of Burmese place names, rare in personal names: "Kyun" (island),
 * "Chaung" (stream), "Taung" (hill), "Kone" (mound), "Ywa" (village)… A run
 * of Burmese syllables holding one is a village or a place, not a person,
 * unless a title or an honorific says otherwise.
 */
export const BURMESE_PLACE_SYLLABLES = wordSet('kyun chaung taung daung kone gone ywa ywar ywathit kwin inn myaung kyauk seik hpa pyin ngu zigon taw');

/**
 * Short forms the press uses for a few well-known Burmese names. Burmese
 * names have no family name, so no other shortening is ever merged.
 */
export const BURMESE_SHORT_FORMS: Record<string, string> = lookup({
  'suu kyi': 'aung san suu kyi',
});
