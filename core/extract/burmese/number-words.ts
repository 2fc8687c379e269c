import { lookup } from '../tables/lookup';
import { count, SyllableTable, type Syllables } from './syllables';

/**
 * Burmese numbers spelled in words ("သုံးဦး", three people; "နှစ်ဆယ့်ငါး",
 * twenty-five; "ငါးထောင်", five thousand), read syllable by syllable. A
 * number opens with a digit word or ဆယ် (ten): the powers alone (ရာ, ထောင်,
 * သိန်း, သန်း) are words of their own (ထောင် is also a prison, သိန်း and
 * သန်း are name syllables). Grammar of Burmese numerals: each power takes
 * the digit before it, joined with the creaky tone when more follows
 * (ဆယ့်, ရာ့, ထောင့်).
 */

/** The digit words (ခုနစ် is two syllables). */
const DIGIT_WORDS = new SyllableTable<number>(lookup({
  'တစ်': 1, 'နှစ်': 2, 'သုံး': 3, 'လေး': 4, 'ငါး': 5, 'ခြောက်': 6, 'ခုနစ်': 7, 'ရှစ်': 8, 'ကိုး': 9,
}));

/** Powers of ten, in both tones. */
const POWER_WORDS = new SyllableTable<number>(lookup({
  'ဆယ်': 10, 'ဆယ့်': 10, 'ရာ': 100, 'ရာ့': 100, 'ထောင်': 1e3, 'ထောင့်': 1e3, 'သောင်း': 1e4, 'သိန်း': 1e5, 'သန်း': 1e6,
}));

/** Ten may open a number on its own ("ဆယ်ဦး", ten people; "ဆယ့်နှစ်", twelve). */
const TEN = 10;

export interface SpelledNumber {
  value: number;
  /** The syllable after the number. */
  end: number;
  /** Whether a power of ten is in it (a round amount: "ငါးထောင်"). */
  powered: boolean;
}

/**
 * The spelled number starting at syllable k, or null. It stops before a
 * syllable `stop` says ends it (a percent word that starts like ရာ: "ငါးရာခိုင်နှုန်း" is 5 percent).
 */
export function spelledNumberAt(s: Syllables, k: number, stop: (at: number) => boolean): SpelledNumber | null {
  if (!DIGIT_WORDS.startingAt(s, k) && POWER_WORDS.startingAt(s, k)?.value !== TEN) return null;
  let total = 0;
  let digit: number | null = null;
  let powered = false;
  let at = k;
  while (at < count(s) && !stop(at)) {
    const d = DIGIT_WORDS.startingAt(s, at);
    if (d) {
      if (digit !== null) break; // two digits in a row: the second starts another word
      digit = d.value;
      at = d.end;
      continue;
    }
    const p = POWER_WORDS.startingAt(s, at);
    if (!p) break;
    total += (digit ?? 1) * p.value;
    digit = null;
    powered = true;
    at = p.end;
  }
  if (at === k) return null;
  return { value: total + (digit ?? 0), end: at, powered };
}
