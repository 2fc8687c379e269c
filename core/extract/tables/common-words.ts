import { wordSet } from './words';

/**
 * Frequent English words that appear capitalised at the start of a sentence,
 * in headlines or in names of things, and are never personal names in this
 * press ("According", "Meanwhile", "The", "Heavy"). Burmese name syllables
 * that are also English words ("Win", "Tin", "San") are matched as syllables
 * first, so they do not belong here.
 */
export const COMMON_WORDS = wordSet(`
  a about above according across actually after afterwards again against ago ahead all almost
  along already also although always among an and another any anyone anything apart around as
  at author authorities authors away back based be because been before being below beside
  besides between beyond both but by can could despite did do does doing done down during
  each earlier early either else elsewhere even ever every everyone everything except far few
  following for former formerly from further furthermore given going had has have having he
  her here hers herself him himself his how however i if in including indeed instead into is it
  its itself just last lastly late later latest least less let like likewise many may maybe me
  meanwhile might more moreover most mostly much must my near nearly neither never nevertheless
  new next no nobody none nor not nothing now of off often on once one only onto or other others
  otherwise our ours out outside over overall own per perhaps please previously rather recently
  regarding regardless same several she should similarly since so some someone something
  sometimes soon still such than that the their theirs them themselves then there thereafter
  therefore these they this those though through throughout thus to today together tomorrow too
  toward towards under unless unlike until up upon us very via was we well were what whatever when
  whenever where whereas whether which while who whoever whole whom whose why will with within
  without would yesterday yet you your yours yourself
  acting interim outgoing incoming translated renowned speaking asked asking reported reports reportedly sources source
  witnesses residents locals villagers officials observers analysts critics experts members
  troops soldiers fighters forces junta regime military civilians people families children women
  men prisoners detainees heavy ongoing fierce deadly fresh major minor key big small large huge
  total annual monthly daily weekly breaking exclusive update analysis commentary opinion
  editorial interview photo video gallery watch read listen related recommended popular
  most-read top home news features business lifestyle culture sports world region
  fuel prices price rice corn sugar beans trade trading traders exporters imports exports
  oil gas gold jade teak rubber timber fish livestock electricity water power covid covid-19
  coronavirus pandemic vaccine vaccines flood floods flooding earthquake quake landslide
  landslides drought storm rain rains weeks days months years hours minutes decades
  incidents clashes fighting attacks attack airstrikes airstrike raids raid ambush ambushes
  battle battles offensive offensives strike strikes bombing bombings shelling artillery drone
  drones mines mine landmines explosion explosions arrests arrest detention sentencing trial
  charges charge verdict appeal appeals election elections vote votes ballot polls campaign
  numerous dozens hundreds thousands millions
  yes okay ok thank thanks sorry hello dear mr mrs ms
  first second third fourth fifth final previous
  two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
  thousand million billion dozen half
  god buddha allah jesus christ nat nats
  english burmese language languages
`);
