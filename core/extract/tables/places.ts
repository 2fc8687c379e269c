import { phraseList, wordSet } from './words';

/**
 * Place words: Myanmar's states and regions, main towns and townships in
 * their common English spellings (old and new), neighbours and other
 * countries, world cities and regions that Myanmar news names often, and the
 * compass words of region names ("Southeast Asia", "Middle East"). A
 * capitalised run made of these is a place, never a person.
 */
export const PLACES = wordSet(`
  myanmar burma union naypyitaw naypyidaw yangon rangoon mandalay bago pegu magwe magway
  sagaing tanintharyi tenasserim ayeyarwady irrawaddy delta kachin kayah karenni karen kayin chin mon
  rakhine arakan shan wa kokang danu pa-o palaung ta'ang naga
  mawlamyine moulmein myitkyina bhamo lashio muse hsipaw kyaukme taunggyi loikaw hpa-an hpaan dawei
  myeik mergue kawthaung sittwe akyab kyaukphyu maungdaw buthidaung rathedaung minbya mrauk-u paletwa
  hakha falam tedim mindat kanpetlet matupi monywa pakokku myingyan meiktila pyinmana taungoo toungoo
  pyay prome thayet minbu pathein bassein hinthada myaungmya labutta bogale pyapon mawlamyinegyun
  thaton kyaikto kyaikmaraw mudon bilin myawaddy kawkareik hlaingbwe thandaunggyi kalay kale tamu
  homalin hkamti katha shwebo kanbalu ye-u tabayin depayin myinmu salingyi yinmabin kani budalin
  kawlin pinlebu indaw banmauk wuntho tigyaing mogok kyaukse pyinoolwin madaya
  singu thabeikkyin nyaung-u bagan pagan chauk yenangyaung gangaw tilin pauk seikphyu
  laukkai laukkaing chinshwehaw kunlong hopang mongla tachileik kengtung kyaington hsenwi
  namhkam mongmit momeik nawnghkio kutkai panghsang pangkham mongyai langkho mongnai loilem
  hsihseng pekon demoso hpruso shadaw bawlakhe mese nattalin tharyarwaddy tharrawaddy kyaukkyi
  shwegyin nyaunglebin daik-u waw thanatpin kawa hlegu hmawbi htantabin taikkyi insein
  hlaingthaya thanlyin dala twante kyauktada bahan kamayut sanchaung mayangone thingangyun
  okkalapa dagon tamwe botahtaung pazundaung mingaladon north south east west upper lower central
  northern southern eastern western northeastern northwestern southeastern southwestern
  middle far near southeast southwest northeast northwest
  hpakant hpakan waingmaw chipwi sumprabum puta-o putao tanai mohnyin moenyin
  china thailand india bangladesh laos cambodia vietnam malaysia singapore indonesia philippines
  brunei timor japan korea taiwan russia ukraine belarus pakistan nepal bhutan sri lanka
  afghanistan iran iraq israel palestine gaza turkey syria egypt saudi arabia qatar emirates
  america states usa us uk britain england france germany italy spain netherlands belgium sweden
  norway denmark finland switzerland austria poland australia zealand canada mexico brazil
  europe asia africa pacific atlantic arctic mekong salween thanlwin chindwin sittaung ayeyarwaddy
  beijing kunming yunnan ruili jiegao guangxi guangdong chongqing shanghai kong macau
  bangkok chiang sot tak ranong kanchanaburi delhi dhaka bazar
  manila jakarta lumpur hanoi penh vientiane tokyo seoul moscow kyiv washington
  london paris berlin brussels geneva hague york vienna canberra sydney
  bay bengal andaman indian gulf thai-myanmar myanmar-china china-myanmar myanmar-thailand
  sino-myanmar asean-china china-asean indo-pacific
`);

/** Places of several words whose parts are also name syllables ("Nay Pyi Taw", "Pyin Oo Lwin"). */
export const PLACE_PHRASES = phraseList(`
  nay pyi taw | pyin oo lwin | mong la | mong ko | mong hsat | mong ping | mong yawng |
  hpa an | mrauk u | nyaung u | kyauk phyu | kyauk se | kyauk me | taung gyi | ma ubin | myit nge |
  sri lanka | hong kong | chiang mai | chiang rai | mae sot | mae sai | new delhi | cox's bazar |
  kuala lumpur | phnom penh | new york | the hague | shwe kokko | ka ma mu | shwe pyi thar |
  hlaing thar yar | hlaing tharyar | north okkalapa | south okkalapa | north dagon | south dagon |
  east dagon | dagon seikkan | mingalar taung nyunt | ann township
`);

/**
 * Places written only in capitals ("the US", "UK"). Written in title case the
 * same letters are a name syllable ("Salai Za Uk Ling", a Chin name), so a
 * name may go through them.
 */
export const PLACE_ACRONYMS = new Set(['usa', 'us', 'uk']);

/**
 * Head nouns of place names ("Kyaung Lae Village", "Demoso Township",
 * "Prachuap Khiri Khan Province"): a run ending in one names a place, and
 * its name is a place wherever else the body writes it. General English
 * place nouns and the administrative units of Myanmar and its neighbours.
 */
export const PLACE_HEADS = wordSet(`
  village villages town towns township townships district districts region regions state states
  province provinces prefecture county city ward quarter tract island islands river lake bay
  mountain mountains hill hills range valley camp camps subdistrict division
`);
