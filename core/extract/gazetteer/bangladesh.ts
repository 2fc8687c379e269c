import type { PlaceTable } from './entries';

/**
 * Bangladesh's eight divisions.
 * Source: Unicode CLDR 48 English subdivision names (cldr-subdivisions-full
 * 48.2.0, ISO 3166-2:BD; Unicode License v3), with the official spellings
 * of 2018 (Chattogram, Barishal). Taken 2026-12.
 */
export const BANGLADESH_DIVISIONS: PlaceTable = {
  country: 'BD',
  kind: 'country-division',
  list: `
    Divisions: Chittagong Division/Chattogram Division, Dhaka Division, Barisal Division/Barishal Division, Khulna Division, Mymensingh Division, Rajshahi Division, Rangpur Division, Sylhet Division
  `,
};

/** The eleven districts of Chittagong Division (same source), and Dhaka. */
export const BANGLADESH_DISTRICTS: PlaceTable = {
  country: 'BD',
  kind: 'district',
  list: `
    Chittagong: Bandarban, Brahmanbaria, Chandpur, Chittagong/Chattogram, Comilla/Cumilla, Cox's Bazar, Feni, Khagrachari/Khagrachhari, Lakshmipur/Laxmipur, Noakhali, Rangamati/Rangamati Hill
    Dhaka: Dhaka
  `,
};

/**
 * Sub-districts (upazilas) and islands of the Myanmar border.
 * Source: the upazilas of Cox's Bazar and Bandarban districts, written 2026-12.
 */
export const BANGLADESH_BORDER_TOWNS: PlaceTable = {
  country: 'BD',
  kind: 'border-town',
  list: `
    Cox's Bazar: Teknaf, Ukhia, Ramu, Shah Porir Dwip/Shahpori Island/Shah Porir Deep, Saint Martin's Island/St Martin's Island
    Bandarban: Naikhongchhari/Naikhongchari, Ghumdhum, Tumbru, Alikadam, Thanchi
  `,
};

/** Rohingya refugee camps and the island they are moved to. */
export const BANGLADESH_CAMPS: PlaceTable = {
  country: 'BD',
  kind: 'camp',
  list: `
    Cox's Bazar: Kutupalong, Balukhali, Nayapara, Jamtoli
    Noakhali: Bhasan Char
  `,
};
