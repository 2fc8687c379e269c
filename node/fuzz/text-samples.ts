/**
 * Text the fuzzer puts into pages: every kind of Unicode a reader's page may
 * carry, and some it never should. All of it is our own writing; the Zawgyi
 * strings are Burmese words we encoded by hand (visual order: ေ and ြ typed
 * before the consonant, stacked forms from U+1060–U+1097), each with the
 * Unicode it stands for in the comment.
 */

export const BURMESE_UNICODE = [
  'ရန်ကုန်မြို့တွင် ကျောင်းသား ၁၂ ဦး ဖမ်းဆီးခံရသည်။',
  'ရွှေဈေးနှုန်းသည် ကျပ် ၆၈ သိန်း အထိ မြင့်တက်ခဲ့သည်။',
  'ငွေကြေးဖောင်းပွမှုနှုန်း ၇ ဒသမ ၄ ရာခိုင်နှုန်း ရှိသည်ဟု ဝန်ကြီးက ပြောသည်။',
  'ဒေါ်လာ တစ်ဒေါ်လာလျှင် ကျပ် ၄,၆၅၀ ဖြစ်ပြီး ဈေးကွက်တွင် ကျပ် ၁၃၅,၀၀၀ အထိ ရောင်းသည်။',
  'အင်္ဂလိပ်စာ သင်တန်း ၃ ခု ဖွင့်လှစ်ခဲ့သည်၊ ဥက္ကဋ္ဌ ဦးကျော်က ဆိုသည်။',
];

/** Zawgyi: the same kind of sentences as typed with the Zawgyi font. */
export const ZAWGYI = [
  // ကျောင်းသား ၁၂ ဦး သေဆုံးခဲ့သည်။
  '\u1031\u1000\u103A\u102C\u1004\u1039\u1038\u101E\u102C\u1038 \u1041\u1042 \u1025\u102E\u1038 \u1031\u101E\u1006\u1036\u102F\u1038\u1001\u1032\u1037\u101E\u100A\u1039\u104B',
  // ရွှေဈေးနှုန်း ကျပ် ၁၃၅,၀၀၀ အထိ မြင့်တက်ခဲ့သည်။
  '\u1031\u101B\u108A\u1031\u1008\u1038\u108F\u1088\u1014\u1039\u1038 \u1000\u103A\u1015\u1039 \u1041\u1043\u1045,\u1040\u1040\u1040 \u1021\u1011\u102D \u103B\u1019\u1004\u1037\u1039\u1010\u1000\u1039\u1001\u1032\u1037\u101E\u100A\u1039\u104B',
  // မြန်မာနိုင်ငံ ဝန်ကြီး ၇ ဒသမ ၄ ရာခိုင်နှုန်း
  '\u103B\u1019\u1014\u1039\u1019\u102C\u108F\u102D\u102F\u1004\u1039\u1004\u1036 \u1040\u1014\u1039\u1080\u1000\u102E\u1038 \u1047 \u1012\u101E\u1019 \u1044 \u101B\u102C\u1001\u102D\u102F\u1004\u1039\u108F\u1088\u1014\u1039\u1038',
  // မြို့ ကမ္ဘာ အင်္ဂလိပ် ဥက္ကဋ္ဌ ရွေးကောက်ပွဲ
  '\u1081\u1019\u102D\u1033\u1095 \u1000\u1019\u107B\u102C \u1021\u1002\u1064\u101C\u102D\u1015\u1039 \u1025\u1000\u1060\u1092 \u1031\u101B\u103C\u1038\u1031\u1000\u102C\u1000\u1039\u1015\u103C\u1032',
  // A Zawgyi fragment cut mid-syllable: ေ and ြ with no consonant after them.
  '\u1031\u103B \u1031 \u1081',
];

export const RTL = [
  'قال الوزير إن ١٢ شخصا قتلوا في ٣ قرى',
  'הממשלה הודיעה על 40 אחוז',
  '\u202Eevil override\u202C then \u2067isolate\u2069 and \u200Fmarks\u200E',
];

export const COMBINING = ['Z\u0335\u0321a\u0336\u0327l\u0337g\u0338o\u0334', 'e\u0301\u0301\u0301\u0301\u0301', 'က\u102D\u102D\u102D\u1037\u1037\u103A\u103A', '\u0301 leading mark', 'ä\u0308\u0308 and Å vs A\u030A'];

export const EMOJI = ['👩‍👩‍👧‍👦 family of 4', '🇲🇲 flag', '🏳️‍🌈', '👍🏽 thumbs', '1️⃣ 2️⃣ keycaps', '💰 US$5 million 💰'];

export const ZERO_WIDTH = ['Min\u200BAung\u200DHlaing', '4,\u200B705 people', 'U\u2060Kyaw\uFEFFZaw', 'soft\u00ADhyphen', 'ZWNJ\u200C\u200Cjoined', '\u200B\u200B\u200B'];

/** Control and NUL-like characters: DOM text may hold them even where HTML cannot. */
export const CONTROL = ['\u0000NUL inside', 'bell\u0007 and \u0008backspace', 'vertical\u000Btab form\u000Cfeed', 'escape\u001B[31m red', 'del\u007F next\u0085line', 'line\u2028separator\u2029para', '\uFFFE\uFFFF nonchars', '\uFFFD replacement'];

export const SURROGATES = ['lone high \uD800 here', 'lone low \uDC00 here', 'reversed \uDC00\uD800 pair', '5\uD83D percent', '\uDBFF'];

/** Words a lookup table must not mistake for its own keys (plain objects inherit these names). */
export const PROTOTYPE_WORDS = [
  'The constructor paid 5 toString and 3 valueOf.',
  'Some 40 __proto__ and 12 hasOwnProperty were seen by 7 constructor.',
  'He said 3 constructor, 2 prototype and 9 isPrototypeOf in the toLocaleString.',
  'Constructor ToString said on Monday that 300 propertyIsEnumerable were killed.',
  'The firm paid constructor 5,000 kyats and toString 3 km, 4 __proto__ a day for 2 valueOf.',
];

export const BURMESE_DIGITS = ['၀၁၂၃၄၅၆၇၈၉', '၁၂,၅၀၀ ကျပ်', '၇ ဒသမ ၄ ရာခိုင်နှုန်း', '၁.၅ သန်း', '1၂3 mixed', '၀', '၉၉၉,၉၉၉,၉၉၉,၉၉၉ ကျပ်'];

export const SCRIPT_LIKE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(document.cookie)',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  "');alert(1);//",
  '</textarea><svg onload=alert(1)>',
  'expression(alert(1))',
];

/** Long runs: a word, digits, a hyphenated chain, a number with a thousand groups. */
export function longWords(n: number): string[] {
  return [
    'a'.repeat(n),
    '9'.repeat(Math.min(n, 400)) + ' people',
    '၁'.repeat(Math.min(n, 400)) + ' ကျပ်',
    Array.from({ length: Math.ceil(n / 4) }, () => 'ab').join('-'),
    '1' + ',000'.repeat(Math.ceil(n / 4)) + ' kyats',
    'Min ' + 'Aung '.repeat(Math.ceil(n / 5)) + 'Hlaing said',
    '5' + '.5'.repeat(Math.ceil(n / 2)),
  ];
}

export const TEXT_KINDS = {
  burmese: BURMESE_UNICODE,
  zawgyi: ZAWGYI,
  rtl: RTL,
  combining: COMBINING,
  emoji: EMOJI,
  zeroWidth: ZERO_WIDTH,
  control: CONTROL,
  surrogates: SURROGATES,
  prototype: PROTOTYPE_WORDS,
  burmeseDigits: BURMESE_DIGITS,
  scriptLike: SCRIPT_LIKE,
} as const;
export type TextKind = keyof typeof TEXT_KINDS | 'long';
