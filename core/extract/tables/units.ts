/**
 * Units of figures, read by several of the figure readers (../figures/):
 * percent words, units of measure and lengths of time. Keys are lower case as
 * written in the text; values are the unit reported. (Currencies live with
 * the money reader, ../figures/money.ts.)
 */

import { lookup } from './lookup';

/** Percent words ("75 percent", "3.5 per cent", "26%"). */
export const PERCENT_WORDS = new Set(['percent', '%', 'pct']);

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
  kv: 'kV', kilovolt: 'kV', kilovolts: 'kV', kva: 'kVA', 'kilovolt-ampere': 'kVA', 'kilovolt-amperes': 'kVA',
  mph: 'mph', 'km/h': 'km/h', degrees: 'degrees', celsius: 'degrees', basket: 'baskets', baskets: 'baskets',
  pyi: 'pyi', pyis: 'pyi', tins: 'tins', 'cubic feet': 'cubic feet', 'cubic meters': 'cubic meters', tcf: 'tcf', bcf: 'bcf',
  // Data, as mobile plans are sold (the plural word: tests/fixtures/README.md lists no symbol for them).
  megabyte: 'megabytes', megabytes: 'megabytes', mb: 'megabytes', gigabyte: 'gigabytes', gigabytes: 'gigabytes', gb: 'gigabytes',
});

/**
 * Words that measure on a scale or by a multiple, written with the number
 * ("magnitude 4.6", "a 5.9-magnitude quake", "three times last year's
 * price"): quantities in that unit.
 */
export const SCALE_UNITS: Record<string, string> = lookup({ magnitude: 'magnitude', times: 'times' });

/** Lengths of time ("80 days", "a 20-year sentence"); "seconds" only in the plural ("the second round" is an ordinal). */
export const TIME_UNITS: Record<string, string> = lookup({
  year: 'years', years: 'years', yr: 'years', yrs: 'years', month: 'months', months: 'months', week: 'weeks',
  weeks: 'weeks', day: 'days', days: 'days', hour: 'hours', hours: 'hours', minute: 'minutes',
  minutes: 'minutes', seconds: 'seconds', decade: 'decades', decades: 'decades', century: 'centuries', centuries: 'centuries',
});
