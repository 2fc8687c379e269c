import { joinedKey, KIND_ORDER, parseTable, PERSONAL_NAME_WORDS, placeWords, type Country, type PlaceKind } from './entries';
import { PLACE_TABLES } from './tables';

/**
 * A gazetteer of Myanmar and its neighbours' border areas (sources in
 * README.md): names of places a capitalised run can be, when no place noun
 * ("Village", "Township") follows it. Lookups ignore case, accents, hyphens
 * and spaces ("Hpa-an", "Hpa An", "HPAAN"), except that words which are all
 * Burmese name syllables or honorifics are never run together: "Min Hla" is a
 * person, "Minhla" a township.
 */

export type { Country, PlaceKind } from './entries';

export interface Place {
  /** The usual English name ("Yangon" for "Rangoon"). */
  name: string;
  kind: PlaceKind;
  country: Country;
}

/** Places by their words joined with spaces, and by their words run together. Maps: no Object members answer a page's words. */
const BY_WORDS = new Map<string, Place[]>();
const BY_LETTERS = new Map<string, Place[]>();
/** Most words a listed form has, and so most a place can take in a run. */
let longestForm = 1;

function add(map: Map<string, Place[]>, key: string, place: Place): void {
  const places = map.get(key);
  if (!places) map.set(key, [place]);
  else if (!places.some((p) => p.kind === place.kind && p.name === place.name)) places.push(place);
}

for (const table of PLACE_TABLES) {
  for (const entry of parseTable(table)) {
    const place: Place = { name: entry.name, kind: entry.kind, country: entry.country };
    for (const form of entry.forms) {
      const words = placeWords(form);
      longestForm = Math.max(longestForm, words.length);
      add(BY_WORDS, words.join(' '), place);
      add(BY_LETTERS, joinedKey(words), place);
    }
  }
}
for (const places of [...BY_WORDS.values(), ...BY_LETTERS.values()]) {
  places.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

const NONE: readonly Place[] = [];

/**
 * Every place the text names, as a whole ("Prachuap Khiri Khan", "Chin Shwe
 * Haw", "Hpaan"), the most general kind first; none when it names none.
 * The text is a run of words without a possessive ending.
 */
export function findPlaces(text: string): readonly Place[] {
  const words = placeWords(text);
  if (words.length === 0) return NONE;
  const listed = BY_WORDS.get(words.join(' '));
  if (listed) return listed;
  if (words.length > 1 && words.every((w) => PERSONAL_NAME_WORDS.has(w))) return NONE;
  return BY_LETTERS.get(joinedKey(words)) ?? NONE;
}

/** The kind of place the text names as a whole, or null ("Hpa-an" → 'township', "Min Hla" → null). */
export function placeKind(text: string): PlaceKind | null {
  return findPlaces(text)[0]?.kind ?? null;
}

/** How many of the words, from `from` on, name a place: the longest such run, 0 when none ("Chin Shwe Haw border gate" → 3). */
export function leadingPlace(words: readonly string[], from = 0): number {
  for (let n = Math.min(words.length - from, longestForm + 2); n > 0; n--) {
    if (findPlaces(words.slice(from, from + n).join(' ')).length > 0) return n;
  }
  return 0;
}

/** How many of the words, ending just before `to`, name a place: the longest such run, 0 when none ("near Mae Sot" → 2). */
export function trailingPlace(words: readonly string[], to = words.length): number {
  for (let n = Math.min(to, longestForm + 2); n > 0; n--) {
    if (findPlaces(words.slice(to - n, to).join(' ')).length > 0) return n;
  }
  return 0;
}
