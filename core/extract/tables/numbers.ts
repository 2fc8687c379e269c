/**
 * Number words and multipliers for figures (facts-spec.md: "Numbers spelled
 * in words count"). Values are plain numbers; the parser combines them
 * ("twenty-five", "three hundred", "half a million").
 */

import { lookup } from './lookup';

export const NUMBER_WORDS: Record<string, number> = lookup({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
});

/** Words and abbreviations that multiply the number before them ("1.63 billion", "2 lakh", "5bn"). */
export const MULTIPLIERS: Record<string, number> = lookup({
  hundred: 1e2, thousand: 1e3, k: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, million: 1e6, mn: 1e6, m: 1e6,
  mln: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
});

/** The Burmese word for the decimal point ("၇ ဒသမ ၄" is 7.4). */
export const BURMESE_DECIMAL_POINT = 'ဒသမ';

/**
 * Participles that stand for the people counted ("more than 30 injured",
 * "27,420 arrested", "the last of six ordered").
 */
export const COUNTED_PARTICIPLES = new Set(
  'killed injured wounded dead missing arrested detained displaced captured executed abducted jailed sentenced released freed rescued evacuated surrendered deployed ordered delivered recruited conscripted'.split(' '),
);

/** Burmese number words for large units: သိန်း is a lakh (100,000), သန်း a million. */
export const BURMESE_MULTIPLIERS: Record<string, number> = lookup({ 'ထောင်': 1e3, 'သောင်း': 1e4, 'သိန်း': 1e5, 'သန်း': 1e6, 'ကုဋေ': 1e7, 'ဘီလီယံ': 1e9 });
