import { wordSet } from './words';

/**
 * Ethnic groups, nationalities and their adjectives: "Karen", "Ta'ang",
 * "Russian", "Thai". Not people by themselves (facts-spec.md), and stripped
 * from the front of a run ("Cambodian Prime Minister Hun Sen").
 */
export const PEOPLES = wordSet(`
  burmese bamar burman myanmar kachin kayah karenni karen kayin chin mon rakhine arakanese shan wa
  kokang ta'ang palaung pa-o pao danu lahu akha lisu naga rohingya kaman intha padaung kayan zomi
  mizo jinghpaw gurkha gurkhas chinese thai cambodian khmer lao laotian vietnamese malaysian
  malay singaporean indonesian filipino bruneian japanese korean taiwanese indian bangladeshi
  bengali pakistani nepali nepalese sri lankan tibetan uyghur russian soviet ukrainian belarusian
  american british english french german italian spanish dutch swedish norwegian danish finnish
  swiss austrian polish australian canadian european asian african western eastern southeast
  southeast-asian asian-pacific arab iranian israeli palestinian turkish muslim muslims buddhist
  buddhists christian christians hindu hindus catholic baptist sunni shia
`);
