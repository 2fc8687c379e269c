import { wordSet } from './words';

/** Burmese honorifics that are not part of the name: "U Kyaw Zaw" is "Kyaw Zaw" (facts-spec.md). Case-sensitive in use. */
export const STRIPPED_HONORIFICS = new Set(['U', 'Daw']);

/**
 * Burmese and ethnic prefixes that stay in the name ("Ko Ye", "Saw Yan Naing",
 * "Mai Aike Kyaw"): English-language Myanmar news treats them as part of the
 * name people are known by. Also monks' "Ashin", Kachin "Duwa" and Shan
 * and Chin forms. (The KNU's "Padoh" is an office: tables/titles.ts.)
 */
export const KEPT_PREFIXES = wordSet('ko ma maung mg saw naw sai nang mai khun mahn nai mi ashin sao nan salai khuensai nant duwa dwa zau hkun pu');

/** Lower-case particles inside Western and Malay names ("Ursula von der Leyen", "Anwar bin Ibrahim"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'bin', 'binti', 'ibn', 'al', 'el']);
