import { wordSet } from './words';

/** Month names. */
export const MONTHS = wordSet('january february march april may june july august september october november december');

/** Month abbreviations ("Feb. 24", "Sept. 21"); kept apart because some are also name syllables ("Mar"). */
export const MONTH_ABBREVIATIONS = wordSet('jan feb mar apr jun jul aug sep sept oct nov dec');

/** Days of the week and their abbreviations. */
export const WEEKDAYS = wordSet('monday tuesday wednesday thursday friday saturday sunday tues wed thurs');

/** Burmese month names (Gregorian calendar, as the Burmese edition writes dates). */
export const BURMESE_MONTHS = new Set(['ဇန်နဝါရီ', 'ဖေဖော်ဝါရီ', 'မတ်', 'ဧပြီ', 'မေ', 'ဇွန်', 'ဇူလိုင်', 'ဩဂုတ်', 'ဩဂုတ်လ', 'စက်တင်ဘာ', 'အောက်တိုဘာ', 'နိုဝင်ဘာ', 'ဒီဇင်ဘာ']);
