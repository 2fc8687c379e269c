import type { AnalysedParagraph } from '../analyse';
import { lookup } from '../tables/lookup';
import { PEOPLES } from '../tables/peoples';
import { isLetters, type Token } from '../tokens';
import type { Found } from './found';
import { lowerAt, parseDecimal, type NumberRead } from './numbers';

/**
 * Money: a number with a currency sign before it ("US$1.6 billion",
 * "K50,000"), a currency word after it ("5.8 million kyats", "300 baht",
 * "US dollars", "7.5 US cents"), or a kyat exchange rate with the currency
 * left out ("4,500 to the dollar"). Units are reported as ISO 4217 codes.
 */

/** Currency words after the number, as the site writes them ("5.8 million kyats"). */
const CURRENCY_WORDS: Record<string, string> = lookup({
  kyat: 'MMK', kyats: 'MMK', mmk: 'MMK', baht: 'THB', thb: 'THB', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY',
  cny: 'CNY', rupee: 'INR', rupees: 'INR', inr: 'INR', taka: 'BDT', dollar: 'USD', dollars: 'USD', usd: 'USD',
  euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP', gbp: 'GBP', yen: 'JPY', jpy: 'JPY',
  won: 'KRW', ringgit: 'MYR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', dong: 'VND',
  riel: 'KHR', kip: 'LAK', rupiah: 'IDR', peso: 'PHP', pesos: 'PHP', sgd: 'SGD',
});

/** Currency subunits after the number ("7.5 US cents", "50 pyas"): code and fraction of the unit. */
const CURRENCY_SUBUNITS: Record<string, [string, number]> = lookup({ cents: ['USD', 0.01], cent: ['USD', 0.01], pyas: ['MMK', 0.01], satang: ['THB', 0.01] });

/** Currency signs and codes written before the number ("US$1.6", "$5", "K50,000", "S$"), as regional papers print them. */
const CURRENCY_SIGNS: Record<string, string> = lookup({
  us$: 'USD', $: 'USD', usd: 'USD', k: 'MMK', mmk: 'MMK', '¥': 'CNY', rmb: 'CNY', '€': 'EUR', '£': 'GBP',
  '฿': 'THB', thb: 'THB', rs: 'INR', 'rs.': 'INR', '₹': 'INR', s$: 'SGD', a$: 'AUD', hk$: 'HKD', c$: 'CAD',
  nt$: 'TWD', rm: 'MYR',
});

/** Adjectives between a number and "dollars" that name the currency ("US dollars", "Singapore dollars"), and the dollar words. */
const DOLLAR_QUALIFIERS: Record<string, string> = lookup({ us: 'USD', american: 'USD', singapore: 'SGD', hong: 'HKD', australian: 'AUD' });
const DOLLAR_WORDS = new Set(['dollar', 'dollars']);
/** The US dollar's nickname in the press ("5,020 kyats to the greenback"). */
const DOLLAR_NICKNAMES = new Set(['greenback', 'greenbacks']);

/** Words that link an amount to the currency it buys ("4,500 to the dollar", "148 kyats to the baht", "per US dollar"), as the site reports market rates. */
const RATE_LINKS = new Set(['to', 'per', 'against']);
/** Words between a rate link and the currency ("to the US dollar"). */
const RATE_QUALIFIERS = new Set(['the', 'us', 'one', 'a', 'each']);

/** The currency a word after a number names ("kyats": MMK), if any. */
export function currencyOfWord(word: string): string | undefined {
  return CURRENCY_WORDS[word];
}

/** The currency a sign or code before a number stands for ("$", "K", "Rs"), if any. */
export function currencyOfSign(text: string): string | undefined {
  return CURRENCY_SIGNS[text.toLowerCase()];
}

export interface CurrencySign {
  code: string;
  /** Token index where the sign's text starts. */
  start: number;
}

/** Currency sign or code just before token i ("$", "US$", "€", "Rs"), and the index where its text starts. */
export function currencyBefore(t: Token[], i: number): CurrencySign | null {
  const prev = t[i - 1];
  if (!prev) return null;
  const glued = t[i - 2] && t[i - 2].end === prev.start ? (t[i - 2].text + prev.text).toLowerCase() : '';
  if (glued && CURRENCY_SIGNS[glued] && glued.endsWith('$')) return { code: CURRENCY_SIGNS[glued], start: i - 2 };
  const code = currencyOfSign(prev.text);
  if (!code) return null;
  // A lone "K" or "RM" is a currency only glued to the number; a sign may stand apart ("US$ 14.3").
  if (/^[a-z]+$/i.test(prev.text) && prev.text.length < 3 && prev.end !== t[i].start) return null;
  return { code, start: i - 1 };
}

/** Token index past the currency signs at j ("$", "US $"), where the second number of a range stands ("$5 to $10 million"). */
export function pastCurrencySigns(t: Token[], j: number): number {
  while (t[j] && t[j].end === t[j + 1]?.start && currencyOfSign(t[j].text) && !isLetters(t[j].text)) j++;
  if (t[j] && (t[j].text.startsWith('$') || t[j].text === 'US') && t[j + 1]?.text === '$') j += 2;
  return j;
}

/** The money a number states with the sign before it (`currency`) and the words after it; null if it states none. */
export function moneyAt(p: AnalysedParagraph, read: NumberRead, currency: CurrencySign | null): Found | null {
  const t = p.tokens;
  const { value } = read;
  let code = currency?.code ?? null;
  // "US dollars": the qualifier names the currency, and the unit word is one further.
  let k = read.to + 1;
  let word = lowerAt(t, k);
  if (!code && word in DOLLAR_QUALIFIERS && DOLLAR_WORDS.has(lowerAt(t, k + 1))) {
    code = DOLLAR_QUALIFIERS[word];
    word = lowerAt(t, ++k);
  }
  // "18,000 Indian rupees", "41 kyats per Bangladeshi taka": a nationality before a currency word other than the dollar names its country.
  if (isCurrencyNationality(word, lowerAt(t, k + 1))) word = lowerAt(t, ++k);
  const qualified = word in DOLLAR_QUALIFIERS;
  const subunit = CURRENCY_SUBUNITS[qualified ? lowerAt(t, k + 1) : word];
  if (subunit) {
    let to = qualified ? k + 1 : k;
    if (lowerAt(t, to + 1) === 'per' && isLetters(t[to + 2]?.text ?? '')) to += 2; // "7.5 US cents per unit"
    return { kind: 'money', value: parseDecimal(t[read.from].text) * subunit[1], unit: subunit[0], from: read.from, to };
  }
  const currencyWord = word in CURRENCY_WORDS;
  if (currencyWord) code = code ?? CURRENCY_WORDS[word];
  if (code) {
    let to = currencyWord ? k : read.to;
    const rate = exchangeRate(t, to + 1);
    if (rate) to += rate;
    else if (lowerAt(t, to + 1) === 'per' && isLetters(t[to + 2]?.text ?? '')) to += 2; // "2,100 kyats per dollar", "5,000 baht per trip"
    return { kind: 'money', value, unit: code, from: currency?.start ?? read.from, to };
  }
  const rate = read.spelled ? 0 : exchangeRate(t, k);
  return rate ? { kind: 'money', value, unit: 'MMK', from: read.from, to: k + rate - 1 } : null;
}

/**
 * A nationality adjective before the word of its currency ("Indian rupees",
 * "Thai baht"); the dollars of other countries are DOLLAR_QUALIFIERS, and
 * "won" is the verb after any other people ("four Mon won seats").
 */
function isCurrencyNationality(word: string, next: string): boolean {
  return PEOPLES.has(word) && next in CURRENCY_WORDS && !DOLLAR_WORDS.has(next) && (next !== 'won' || word === 'korean');
}

/**
 * "to the dollar", "per US dollar", "to the greenback", "against the baht":
 * the currency an amount buys, as the site quotes market rates. Returns the
 * phrase length from token k, or 0.
 */
function exchangeRate(t: Token[], k: number): number {
  if (!RATE_LINKS.has(t[k]?.key ?? '')) return 0;
  let n = k + 1;
  while (n < k + 3 && RATE_QUALIFIERS.has(t[n]?.key ?? '')) n++;
  if (isCurrencyNationality(t[n]?.key ?? '', t[n + 1]?.key ?? '')) n++;
  const key = t[n]?.key ?? '';
  return DOLLAR_WORDS.has(key) || DOLLAR_NICKNAMES.has(key) || key in CURRENCY_WORDS ? n - k + 1 : 0;
}
