import { phraseList, wordSet } from './words';

/**
 * Words that make a capitalised run an organisation, unit, place, law, event
 * or thing ("Nat Than Kwin Village", "Arakan Army", "Penal Code",
 * "Typhoon Yagi"): a run holding one of them is never a person.
 */
export const ORG_HEADS = wordSet(`
  army armies force forces party parties league union front alliance council councils committee
  commission ministry ministries department office bureau agency authority government parliament
  hluttaw assembly house court tribunal bank institute institution university college school
  academy association federation organization organisation society foundation fund center centre
  company corporation corp group holdings enterprise enterprises limited ltd inc co network
  movement coalition conference summit forum meeting service services police brigade battalion
  division regiment command column militia region township district province prefecture county
  city town village ward quarter zone territory island islands river lake sea ocean bay gulf
  mountain mountains hill hills range valley road street highway bridge gate port airport station
  dam camp prison jail hospital clinic pagoda monastery temple mosque church cathedral palace hall
  hotel market mall plaza park stadium square building tower project programme program plan law
  laws act code constitution article section agreement treaty accord declaration resolution
  charter report index award prize cup games festival operation operations typhoon cyclone storm
  hurricane campaign war revolution uprising pipeline railway express airways airlines times post
  news daily magazine journal radio tv television studies affairs cooperation relations embassy
  consulate mission secretariat cabinet administration watch initiative junta regime
  tatmadaw sit-tat sittat corps unit units mile state states regions
  media newspaper channel press
  republic kingdom empire dynasty nations
  convention conventions team teams divisions battalions regiments brigades commands columns
`);

/**
 * Words often found at the front of organisation and programme names; stripped
 * from the front of a run, never part of a name ("National", "Foreign",
 * "Defense"). Together with ORG_HEADS they make up organisation names.
 */
export const ORG_WORDS = wordSet(`
  national international federal central united people's peoples popular democratic democracy
  liberation independence defense defence security peace reconciliation development progressive
  revolutionary socialist communist solidarity justice rights human humanitarian foreign home
  interior information commerce trade finance planning economic energy electric power electricity
  health education social welfare labor labour immigration construction transport communications
  agriculture irrigation natural disaster management military civil civilian public private state
  special strategic training research coordination emergency relief recovery interim provisional
  supreme high higher lower upper chief general joint combined self-administered administrative
  self-defense anti-corruption anti-terrorism counter-terrorism electoral election union legal
  penal criminal disobedience spring resistance standard official royal regional local
  world global asian pacific ethnic armed border guard people citizen citizens nationalities
  volunteer volunteers women youth students student workers farmers monks human-rights
  investment industrial industries mining oil gas petroleum products regulatory reference
`);

/** Named organisations, armed groups and media that no head word gives away. */
export const ORGANISATIONS = wordSet(`
  tatmadaw sit-tat sittat irrawaddy mizzima frontier myanma alinn kyemon reuters xinhua afp ap
  bloomberg nikkei kyodo tass ria novosti sputnik bbc voa rfa dvb facebook twitter telegram
  youtube tiktok google microsoft apple meta huawei citic cnpc posco adani telenor ooredoo mytel
  mpt kbz yoma myawady mrtv narinjara
  pyusawhtee hamas taliban hezbollah isis wagner
`);

/** Organisation names of several words that look like personal names. */
export const ORGANISATION_PHRASES = phraseList(`
  pyu saw htee | agence france-presse | agence france presse | associated press | voice of america |
  radio free asia | democratic voice of burma | myanma alinn | global new light of myanmar |
  the irrawaddy | red cross | red crescent | khit thit | myanmar now | frontier myanmar |
  myanmar times | eleven media | the diplomat | kachin news group | shan herald | bbc burmese |
  new light of myanmar | three brotherhood | brotherhood alliance |
  shwe taung | max myanmar | kanbawza | htoo group | asia world
`);
