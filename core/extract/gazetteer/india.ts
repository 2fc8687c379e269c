import type { PlaceTable } from './entries';

/**
 * India's states and union territories.
 * Source: Unicode CLDR 48 English subdivision names (cldr-subdivisions-full
 * 48.2.0, ISO 3166-2:IN; Unicode License v3), with older names still in use
 * (Orissa, Pondicherry). Taken 2026-12.
 */
export const INDIA_STATES: PlaceTable = {
  country: 'IN',
  kind: 'country-division',
  list: `
    Northeast: Mizoram, Manipur, Nagaland, Arunachal Pradesh, Assam, Meghalaya, Tripura, Sikkim
    East: West Bengal, Bihar, Jharkhand, Odisha/Orissa
    North: Delhi/National Capital Territory of Delhi, Uttar Pradesh, Uttarakhand, Himachal Pradesh, Haryana, Punjab, Chandigarh, Jammu and Kashmir, Ladakh
    West: Rajasthan, Gujarat, Maharashtra, Goa, Dadra and Nagar Haveli and Daman and Diu
    Central: Madhya Pradesh, Chhattisgarh
    South: Andhra Pradesh, Telangana, Karnataka, Kerala, Tamil Nadu, Puducherry/Pondicherry, Lakshadweep, Andaman and Nicobar Islands
  `,
};

/**
 * The districts of Mizoram and Manipur, and the Nagaland and Arunachal
 * districts on the Myanmar border.
 * Source: general knowledge of the districts as the state governments
 * define them since their last reorganisations (Mizoram 11, Manipur 16),
 * written 2026-12. Nagaland's Mon district appears only as
 * "Mon District": alone "Mon" is also a name syllable.
 */
export const INDIA_DISTRICTS: PlaceTable = {
  country: 'IN',
  kind: 'district',
  list: `
    Mizoram: Aizawl, Champhai, Kolasib, Lawngtlai, Lunglei, Mamit, Siaha/Saiha, Serchhip, Hnahthial, Khawzawl, Saitual
    Manipur: Bishnupur, Chandel, Churachandpur, Imphal East, Imphal West, Jiribam, Kakching, Kamjong, Kangpokpi, Noney, Pherzawl, Senapati, Tamenglong, Tengnoupal, Thoubal, Ukhrul
    Nagaland: Mon District, Noklak, Kiphire, Tuensang, Phek, Kohima, Dimapur, Zunheboto, Longleng, Mokokchung, Wokha, Peren, Shamator, Tseminyu, Niuland, Chumoukedima
    Arunachal Pradesh: Changlang, Tirap, Longding
  `,
};

/** Border towns and crossings of India's Myanmar border. */
export const INDIA_BORDER_TOWNS: PlaceTable = {
  country: 'IN',
  kind: 'border-town',
  list: `
    Manipur: Moreh
    Mizoram: Zokhawthar, Farkawn, Zote, Vaphai, Hnahlan
    Arunachal Pradesh: Nampong
  `,
};

/** Cities often in Myanmar news. */
export const INDIA_TOWNS: PlaceTable = {
  country: 'IN',
  kind: 'town',
  list: `
    Cities: Imphal, Guwahati, Shillong, Agartala, Silchar, Kolkata/Calcutta, New Delhi, Mumbai/Bombay, Chennai/Madras
  `,
};
