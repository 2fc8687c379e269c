/**
 * Currencies and units of measure for figures. Keys are lower case as
 * written in the text; values are the unit reported (ISO 4217 code for money).
 */

import { lookup } from './lookup';

/** Currency words after the number ("5.8 million kyats", "300 baht"). */
export const CURRENCY_WORDS: Record<string, string> = lookup({
  kyat: 'MMK', kyats: 'MMK', mmk: 'MMK', baht: 'THB', thb: 'THB', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY',
  cny: 'CNY', rupee: 'INR', rupees: 'INR', inr: 'INR', taka: 'BDT', dollar: 'USD', dollars: 'USD', usd: 'USD',
  euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP', gbp: 'GBP', yen: 'JPY', jpy: 'JPY',
  won: 'KRW', ringgit: 'MYR', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', dong: 'VND',
  riel: 'KHR', kip: 'LAK', rupiah: 'IDR', peso: 'PHP', pesos: 'PHP', sgd: 'SGD',
  'ကျပ်': 'MMK', 'ဒေါ်လာ': 'USD', 'ယွမ်': 'CNY', 'ဘတ်': 'THB',
});

/** Currency subunits after the number ("7.5 US cents"): code and fraction of the unit. */
export const CURRENCY_SUBUNITS: Record<string, [string, number]> = lookup({ cents: ['USD', 0.01], cent: ['USD', 0.01], pyas: ['MMK', 0.01], satang: ['THB', 0.01] });

/** Currency signs and codes written before the number ("US$1.6", "$5", "K50,000", "S$"). */
export const CURRENCY_PREFIXES: Record<string, string> = lookup({
  us$: 'USD', $: 'USD', usd: 'USD', k: 'MMK', mmk: 'MMK', '¥': 'CNY', rmb: 'CNY', '€': 'EUR', '£': 'GBP',
  '฿': 'THB', thb: 'THB', rs: 'INR', 'rs.': 'INR', '₹': 'INR', s$: 'SGD', a$: 'AUD', hk$: 'HKD', c$: 'CAD',
  nt$: 'TWD', rm: 'MYR',
});

/** Adjectives between a number and "dollars" that name the currency ("US dollars"). */
export const DOLLAR_QUALIFIERS: Record<string, string> = lookup({ us: 'USD', american: 'USD', singapore: 'SGD', hong: 'HKD', australian: 'AUD' });

/** Percent words ("75 percent", "3.5 per cent", "26%", Burmese ရာခိုင်နှုန်း). */
export const PERCENT_WORDS = new Set(['percent', '%', 'pct', 'ရာခိုင်နှုန်း']);

/** Words after a percentage that make it the name of a grade ("25 percent broken" rice), not a measure. */
export const GRADE_WORDS = new Set(['broken', 'brokens']);

/** Units of measure, as written, with the unit reported. */
export const MEASURE_UNITS: Record<string, string> = lookup({
  km: 'km', kms: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
  mile: 'miles', miles: 'miles', m: 'm', meter: 'm', meters: 'm', metre: 'm', metres: 'm',
  ft: 'feet', foot: 'feet', feet: 'feet', yard: 'yards', yards: 'yards', inch: 'inches', inches: 'inches',
  cm: 'cm', mm: 'mm', acre: 'acres', acres: 'acres', hectare: 'hectares', hectares: 'hectares', ha: 'hectares',
  'sq km': 'sq km', 'square kilometers': 'sq km', 'square kilometres': 'sq km', 'square miles': 'sq miles',
  'square feet': 'sq feet', ton: 'tons', tons: 'tons', tonne: 'tonnes', tonnes: 'tonnes', kg: 'kg',
  kilogram: 'kg', kilograms: 'kg', gram: 'grams', grams: 'grams', g: 'grams', lb: 'pounds', lbs: 'pounds',
  tical: 'ticals', ticals: 'ticals', viss: 'viss', carat: 'carats', carats: 'carats',
  liter: 'liters', liters: 'liters', litre: 'liters', litres: 'liters', gallon: 'gallons', gallons: 'gallons',
  barrel: 'barrels', barrels: 'barrels', mw: 'MW', megawatt: 'MW', megawatts: 'MW', kw: 'kW', kilowatt: 'kW',
  kilowatts: 'kW', gw: 'GW', gigawatt: 'GW', gigawatts: 'GW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh',
  mph: 'mph', 'km/h': 'km/h', degrees: 'degrees', celsius: 'degrees', basket: 'baskets', baskets: 'baskets',
  pyi: 'pyi', pyis: 'pyi', tins: 'tins', 'cubic feet': 'cubic feet', 'cubic meters': 'cubic meters', tcf: 'tcf', bcf: 'bcf',
});

/** Lengths of time ("80 days", "a 20-year sentence"). */
export const TIME_UNITS: Record<string, string> = lookup({
  year: 'years', years: 'years', yr: 'years', yrs: 'years', month: 'months', months: 'months', week: 'weeks',
  weeks: 'weeks', day: 'days', days: 'days', hour: 'hours', hours: 'hours', minute: 'minutes',
  minutes: 'minutes', decade: 'decades', decades: 'decades', century: 'centuries', centuries: 'centuries',
  'နှစ်': 'years', 'လ': 'months', 'ရက်': 'days',
});

/** Nouns before a number that make it an identifier, lower case ("page 5", "No. 2", "route 3"). */
export const IDENTIFIER_NOUNS = new Set(
  'no nos number page pages article articles section sections chapter clause paragraph item route highway gate ward block level phase grade class room platform flight bus line lane road street division battalion regiment brigade column unit units camp battery squadron fleet region command corps operation phase model type version ron tel phone hotline ext'.split(' '),
);

/**
 * Units that name a thing when a noun of theirs follows, and then measure
 * nothing: places in Myanmar are named by the mile post they stand at ("the
 * 105-mile border trade gate" at Muse, a "7-mile camp"; a gate or a camp has
 * no length, a road does), and weapons by their calibre ("120mm mortars").
 */
export const NAMING_UNITS: Record<string, ReadonlySet<string>> = {
  miles: new Set('gate gates zone camp camps village market junction checkpoint station town ward quarter'.split(' ')),
  mm: new Set('mortar mortars howitzer howitzers gun guns cannon cannons rifle rifles artillery shell shells rocket rockets round rounds ammunition launcher launchers'.split(' ')),
};

/** Words after a number that make it a time of day ("4 a.m.", "10 o'clock"). */
export const TIME_OF_DAY = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'o’clock', 'hrs', 'gmt', 'utc', 'mmt']);
