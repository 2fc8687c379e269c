/**
 * The gazetteer's decisions about names that are also parts of people's
 * names (Burmese name syllables, honorifics and prefixes, given names
 * elsewhere). README.md explains each; scripts/check-gazetteer.ts holds the
 * tables to them.
 */

/** Listed forms made only of Burmese name syllables, honorifics or prefixes, kept whole. */
export const KEPT_AMBIGUOUS: Readonly<Record<string, string>> = {
  'Khin-U': 'Sagaing Region township, always hyphenated so; no one is called only "Khin U"',
  'Ye-U': 'Sagaing Region township, always hyphenated so; no one is called only "Ye U"',
  'Shwe Pyi Thar': 'Yangon township in its common spaced spelling; as one word it is Shwepyithar',
  'Hlaing Thar Yar': 'Yangon township in its common spaced spelling; as one word it is Hlaingthaya',
  'Nay Pyi Daw': 'the capital in a common spelling; Nay Pyi Taw and Naypyitaw need no listing of their own',
};

/** Names left out on their own, and what is listed instead. */
export const LEFT_OUT: Readonly<Record<string, string>> = {
  Mon: 'name syllable ("Khin Thiri Thet Mon"): listed as "Mon State", and "Mon District" for Nagaland\'s',
  Chin: 'Chinese and Malaysian family name, part of names: listed as "Chin State", "Chin Hills"',
  Karen: 'English given name: listed as "Karen State"; the people are in tables/peoples.ts',
  Ye: 'name syllable ("Ko Ye"): the Mon State township is listed as "Ye Township"',
  Hlaing: 'name syllable ("Min Aung Hlaing"): listed as "Hlaing Township", "Hlaing River"',
  Phyu: 'name syllable ("Phyu Phyu"): the Bago Region township is listed as "Phyu Township"',
  Myaing: 'name syllable ("Myaing Myaing"): the Magway Region township is listed as "Myaing Township"',
  Saw: 'Karen prefix ("Saw Yan Naing"): the Magway Region township is listed as "Saw Township"',
  Ann: 'English given name: the Rakhine State township is listed as "Ann Township"',
  Kyaw: 'name syllable ("Kyaw Zaw"): the small Magway Region town of that name is not listed',
  Nan: 'Shan and Kachin name prefix ("Nan Khin"): the Thai province is listed as "Nan Province"',
  Surin: 'Thai given name (Surin Pitsuwan): the Thai province is listed as "Surin Province"',
  Fang: 'English word and Chinese family name: the Chiang Mai district is not listed',
  'Sai Yok': 'Shan prefix Sai with a name: the Kanchanaburi district is not listed',
  Nu: 'name syllable ("U Nu"): the Salween\'s Chinese name is listed as "Nu River", the prefecture as "Nujiang"',
  Mu: 'short syllable of names: listed as "Mu River"',
  Victoria: 'given name: listed as "Mount Victoria" and "Victoria Point"',
  Kennedy: 'family name: listed as "Kennedy Peak"',
  Wa: 'the people, and close to the name syllable Wah: listed as "Wa State", "Wa Self-Administered Division"',
  'Ma Ei': 'the female prefix Ma with the syllable Ei: the Thandwe town Ma-Ei is not listed',
  'Shwe Ko Ko': 'a plausible personal name: Shwe Kokko is listed as "Shwe Kokko" and "Shwe Koko"',
  'Min Hla': 'a personal name; the townships are listed as one word, "Minhla"',
  'Maung Daw': 'a personal name; the township is listed as one word, "Maungdaw"',
  'Ba Han': 'a personal name; the Yangon township is listed as one word, "Bahan"',
  'Kaw Lin': 'a personal name; the Sagaing township is listed as one word, "Kawlin"',
  'Zeyar Thiri': 'a personal name; the Naypyitaw township is listed as "Zeyathiri", "Zeyarthiri"',
  Danu: 'a people (tables/peoples.ts): the zone is listed as "Danu Self-Administered Zone"',
  Naga: 'a people (tables/peoples.ts): listed as "Naga Self-Administered Zone", "Naga Hills"',
};

/** Townships of the same name in two places. */
export const HOMONYMS: ReadonlySet<string> = new Set(['Minhla', 'Htantabin']);
