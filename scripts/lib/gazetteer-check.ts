import { HOMONYMS, KEPT_AMBIGUOUS, LEFT_OUT } from '@/core/extract/gazetteer/ambiguities';
import { joinedKey, parseTable, PERSONAL_NAME_WORDS, placeWords, type Country, type PlaceEntry, type PlaceKind } from '@/core/extract/gazetteer/entries';
import { findPlaces } from '@/core/extract/gazetteer/index';
import { PLACE_TABLES } from '@/core/extract/gazetteer/tables';
import { COMMON_WORDS } from '@/core/extract/tables/common-words';

/**
 * Checks of the gazetteer's data (core/extract/gazetteer/), shared by
 * scripts/check-gazetteer.ts and the unit test.
 */

/** MIMU's townships per state and region (330 in all). */
export const MIMU_TOWNSHIPS: Readonly<Record<string, number>> = {
  Kachin: 18, Kayah: 7, Kayin: 7, Chin: 9, Sagaing: 37, Tanintharyi: 10, Bago: 28, Magway: 25,
  Mandalay: 28, Mon: 10, Rakhine: 17, Yangon: 45, Shan: 55, Ayeyarwady: 26, Naypyitaw: 8,
};

/** Entries a table must hold, by country and kind, where an official count exists. */
export const OFFICIAL_COUNTS: readonly { country: Country; kind: PlaceKind; count: number; what: string }[] = [
  { country: 'MM', kind: 'state', count: 15 + 5, what: "Myanmar's 14 states and regions, Naypyitaw, and Shan's three parts and Bago's two" },
  { country: 'MM', kind: 'township', count: 330, what: "Myanmar's townships (MIMU)" },
  { country: 'TH', kind: 'country-division', count: 77, what: "Thailand's provinces" },
  { country: 'LA', kind: 'country-division', count: 18, what: "Laos's provinces and Vientiane Prefecture" },
  { country: 'IN', kind: 'country-division', count: 36, what: "India's states and union territories" },
  { country: 'CN', kind: 'country-division', count: 33, what: "China's provincial divisions with Hong Kong and Macau" },
  { country: 'BD', kind: 'country-division', count: 8, what: "Bangladesh's divisions" },
];

/** A form as the tables write it: words capitalised (or numbers), joined by single spaces or hyphens; "and"/"of" in between. */
const FORM = /^[A-Z0-9][\p{L}0-9']*(?:-[\p{L}0-9']+)*(?: (?:and|of|[A-Z0-9][\p{L}0-9']*(?:-[\p{L}0-9']+)*))*$/u;

/** Whether the letters split wholly into two or more name words ("minhla" = min + hla). */
function splitsIntoNameWords(letters: string, parts = 0): boolean {
  if (letters === '') return parts > 1;
  for (let i = letters.length; i > 0; i--) {
    if (PERSONAL_NAME_WORDS.has(letters.slice(0, i)) && splitsIntoNameWords(letters.slice(i), parts + 1)) return true;
  }
  return false;
}

export interface GazetteerReport {
  /** What is wrong; empty when the data is right. */
  problems: string[];
  entries: PlaceEntry[];
  /** Entries per kind, and per country and kind. */
  byKind: Record<string, number>;
  byCountry: Record<string, number>;
  townshipsByState: Record<string, number>;
  /** One-word forms whose letters are also a personal name written apart ("Minhla" / "Min Hla"): matched only as written. */
  guarded: string[];
  /** Single-word forms that are also common English words. */
  commonWords: string[];
}

export function checkGazetteer(): GazetteerReport {
  const problems: string[] = [];
  const entries = PLACE_TABLES.flatMap(parseTable);
  const byKind: Record<string, number> = {};
  const byCountry: Record<string, number> = {};
  const townshipsByState: Record<string, number> = {};
  const guarded = new Set<string>();
  const commonWords = new Set<string>();
  /** Entry names by country, kind and letters, for duplicates within a kind. */
  const owners = new Map<string, PlaceEntry>();

  for (const entry of entries) {
    byKind[entry.kind] = (byKind[entry.kind] ?? 0) + 1;
    const countryKind = `${entry.country} ${entry.kind}`;
    byCountry[countryKind] = (byCountry[countryKind] ?? 0) + 1;
    if (entry.country === 'MM' && entry.kind === 'township') townshipsByState[entry.group] = (townshipsByState[entry.group] ?? 0) + 1;

    const lettersOfEntry = new Set<string>();
    for (const form of entry.forms) {
      if (!FORM.test(form)) problems.push(`"${form}" (${entry.kind}) is not written like the other names`);
      const words = placeWords(form);
      const letters = joinedKey(words);
      const allNameWords = words.every((w) => PERSONAL_NAME_WORDS.has(w));
      // A spaced form made of name words is the only way such a place is matched; any other form that spells the same letters adds nothing.
      if (lettersOfEntry.has(letters) && !allNameWords) problems.push(`"${form}" repeats another form of ${entry.name} (spaces and hyphens do not count)`);
      lettersOfEntry.add(letters);
      if (allNameWords && !(form in KEPT_AMBIGUOUS)) problems.push(`"${form}" (${entry.kind}) is made of personal-name words and is not a known ambiguity`);
      if (words.length === 1 && splitsIntoNameWords(letters)) guarded.add(form);
      if (words.length === 1 && COMMON_WORDS.has(words[0])) commonWords.add(form);

      const key = `${countryKind} ${letters}`;
      const owner = owners.get(key);
      if (!owner) owners.set(key, entry);
      else if (owner !== entry && !(owner.name === entry.name && owner.group !== entry.group && HOMONYMS.has(entry.name))) {
        problems.push(`"${form}" is listed twice as ${entry.kind} (${owner.name}, ${entry.name})`);
      }
    }
  }

  for (const [state, count] of Object.entries(MIMU_TOWNSHIPS)) {
    if (townshipsByState[state] !== count) problems.push(`${state} has ${townshipsByState[state] ?? 0} townships, MIMU counts ${count}`);
  }
  for (const { country, kind, count, what } of OFFICIAL_COUNTS) {
    const listed = byCountry[`${country} ${kind}`] ?? 0;
    if (listed !== count) problems.push(`${what}: ${listed} listed, ${count} expected`);
  }
  for (const form of Object.keys(KEPT_AMBIGUOUS)) {
    if (findPlaces(form).length === 0) problems.push(`known ambiguity "${form}" is not in the tables`);
  }
  for (const name of Object.keys(LEFT_OUT)) {
    if (findPlaces(name).length > 0) problems.push(`"${name}" is found as a place although it is left out`);
  }
  return { problems, entries, byKind, byCountry, townshipsByState, guarded: [...guarded], commonWords: [...commonWords] };
}
