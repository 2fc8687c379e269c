import { BURMESE_NAME_SYLLABLES } from '../tables/burmese-names';
import { KEPT_PREFIXES, STRIPPED_HONORIFICS } from '../tables/honorifics';

/**
 * The gazetteer's tables and how their names are read. A table is one
 * country's places of one kind, written as lines of "Group: Name/Variant,
 * Name, …": the group (a state, a province) only orders the list for review
 * and counting; the first form of an entry is its usual English name, the
 * others are spellings the press also uses (old colonial names, Burmese and
 * Shan forms, transliterations).
 */

export type Country = 'MM' | 'TH' | 'CN' | 'IN' | 'BD' | 'LA';

export type PlaceKind =
  | 'state'
  | 'country-division'
  | 'township'
  | 'district'
  | 'border-town'
  | 'town'
  | 'zone'
  | 'camp'
  | 'village'
  | 'river'
  | 'mountain';

/**
 * Kinds in the order a name that is several places answers with: "Bago" is a
 * region before it is a township, "Myawaddy" a township before a border town.
 * 'state' is one of Myanmar's states and regions (and Naypyitaw);
 * 'country-division' a neighbour's province or state; 'district' a district,
 * prefecture or self-administered zone; 'zone' a trade or economic zone or
 * compound; 'river' a river or lake; 'mountain' a peak, range or pass's hills.
 */
export const KIND_ORDER: readonly PlaceKind[] = [
  'state', 'country-division', 'township', 'district', 'border-town', 'town', 'zone', 'camp', 'village', 'river', 'mountain',
];

export interface PlaceTable {
  country: Country;
  kind: PlaceKind;
  list: string;
}

export interface PlaceEntry {
  /** The usual English name, as written in the table. */
  name: string;
  /** Every form of the name, the usual one first. */
  forms: readonly string[];
  kind: PlaceKind;
  country: Country;
  /** The line's group: a state, region or province. */
  group: string;
}

/** The table's entries in their written order. */
export function parseTable(table: PlaceTable): PlaceEntry[] {
  const entries: PlaceEntry[] = [];
  for (const line of table.list.split('\n')) {
    const colon = line.indexOf(':');
    const group = colon < 0 ? '' : line.slice(0, colon).trim();
    for (const item of line.slice(colon + 1).split(',')) {
      const forms = item.split('/').map((form) => form.trim()).filter(Boolean);
      if (forms.length > 0) entries.push({ name: forms[0], forms, kind: table.kind, country: table.country, group });
    }
  }
  return entries;
}

/**
 * The lower-case words of a name: accents dropped ("Telangāna"), curly
 * apostrophes made straight, dots removed, split at spaces and hyphens
 * ("Hpa-an" → hpa, an).
 */
export function placeWords(text: string): string[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\./g, '');
  return plain.split(/[\s\-‐–]+/).filter(Boolean);
}

/**
 * Words that are parts of personal names: Burmese name syllables, kept
 * prefixes and honorifics, lower case. Two or more of them are a place only
 * as a table spells them.
 */
export const PERSONAL_NAME_WORDS: ReadonlySet<string> = new Set([
  ...BURMESE_NAME_SYLLABLES, ...KEPT_PREFIXES, ...[...STRIPPED_HONORIFICS].map((h) => h.toLowerCase()),
]);

/** The words run together without apostrophes: "Hpa-an", "Hpa An" and "Hpaan" all read "hpaan". */
export function joinedKey(words: readonly string[]): string {
  return words.join('').replace(/'/g, '');
}
