import { wordSet } from './words';

/** Myanmar's peoples and the country's own adjectives ("Karen", "Ta'ang", "Burmese"). */
const MYANMAR_PEOPLES_LIST = `
  burmese bamar burman myanmar kachin kayah karenni karen kayin chin mon rakhine arakanese shan wa
  kokang ta'ang palaung pa-o pao danu lahu akha lisu naga rohingya kaman intha padaung kayan zomi
  jinghpaw
`;

/** Other nationalities and peoples: a name after one of them is no Burmese name ("Chinese Ambassador Ma Jia"). */
const FOREIGN_PEOPLES_LIST = `
  mizo gurkha gurkhas chinese thai cambodian khmer lao laotian vietnamese malaysian
  malay singaporean indonesian filipino bruneian japanese korean taiwanese indian bangladeshi
  bengali pakistani nepali nepalese sri lankan tibetan uyghur russian soviet ukrainian belarusian
  american british english french german italian spanish dutch swedish norwegian danish finnish
  swiss austrian polish australian canadian european asian african western eastern southeast
  southeast-asian asian-pacific arab iranian israeli palestinian turkish
`;

export const FOREIGN_PEOPLES = wordSet(FOREIGN_PEOPLES_LIST);

/**
 * Ethnic groups, nationalities, their adjectives and faiths: "Karen",
 * "Ta'ang", "Russian", "Thai", "Buddhist". Not people by themselves
 * (facts-spec.md), and stripped from the front of a run ("Cambodian Prime
 * Minister Hun Sen").
 */
export const PEOPLES = wordSet(`${MYANMAR_PEOPLES_LIST} ${FOREIGN_PEOPLES_LIST}
  muslim muslims buddhist buddhists christian christians hindu hindus catholic baptist sunni shia
`);
