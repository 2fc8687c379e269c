import { describe, expect, it } from 'vitest';
import { LEFT_OUT } from '@/core/extract/gazetteer/ambiguities';
import { findPlaces, leadingPlace, placeKind, trailingPlace } from '@/core/extract/gazetteer';
import { checkGazetteer, MIMU_TOWNSHIPS } from '@/scripts/lib/gazetteer-check';

const report = checkGazetteer();

describe('the gazetteer data', () => {
  it('has no duplicate, no oddly written name, no unlisted collision with personal names, and official counts', () => {
    expect(report.problems).toEqual([]);
  });

  it("lists all of Myanmar's townships, state by state as MIMU counts them", () => {
    expect(report.byKind.township).toBeGreaterThanOrEqual(300);
    expect(report.townshipsByState).toEqual(MIMU_TOWNSHIPS);
  });

  it("lists Thailand's 77 provinces and the neighbours' divisions", () => {
    expect(report.byCountry['TH country-division']).toBe(77);
    expect(report.byCountry['LA country-division']).toBe(18);
    expect(report.byCountry['CN district']).toBe(16); // Yunnan's prefectures
  });
});

describe('placeKind', () => {
  it.each([
    ['Prachuap Khiri Khan', 'country-division'],
    ['Chin Shwe Haw', 'border-town'],
    ['Chinshwehaw', 'border-town'],
    ['Hpa-an', 'township'],
    ['Hpaan', 'township'],
    ['Hpa An', 'township'],
    ['HPA-AN', 'township'],
    ['Nyaung-U', 'township'],
    ['Nyaungoo', 'township'],
    ['Moulmein', 'township'],
    ['Akyab', 'township'],
    ['Kyaikkami', 'town'],
    ['Mon State', 'state'],
    ['Karenni', 'state'],
    ['Ye Township', 'township'],
    ['Pakokku District', 'district'],
    ['Mae Sot', 'border-town'],
    ['Mae La', 'camp'],
    ['KK Park', 'zone'],
    ['Shwe Kokko', 'zone'],
    ['Laiza', 'border-town'],
    ['Ruili', 'border-town'],
    ['Lincang', 'district'],
    ['Mizoram', 'country-division'],
    ['Champhai', 'district'],
    ['Zokhawthar', 'border-town'],
    ['Cox’s Bazar', 'district'],
    ['Bhasan Char', 'camp'],
    ['Bokeo', 'country-division'],
    ['Chindwin', 'river'],
    ['Hkakabo Razi', 'mountain'],
    ['Telangāna', 'country-division'],
  ])('%s is a %s', (text, kind) => {
    expect(placeKind(text)).toBe(kind);
  });

  it('gives the usual name and every kind of a name that is several places', () => {
    expect(findPlaces('Rangoon').map((p) => [p.name, p.kind])).toEqual([['Yangon Region', 'state'], ['Yangon', 'town']]);
    expect(findPlaces('Myawaddy').map((p) => p.kind)).toEqual(['township', 'border-town']);
    expect(findPlaces('Mae Sot')[0].country).toBe('TH');
  });

  it('keeps people people: name syllables are never run together into a place', () => {
    expect(placeKind('Minhla')).toBe('township');
    expect(placeKind('Min Hla')).toBeNull();
    expect(placeKind('Bahan')).toBe('township');
    expect(placeKind('Ba Han')).toBeNull();
    expect(placeKind('Maung Daw')).toBeNull();
    for (const name of ['Min Aung Hlaing', 'Khin Thiri Thet Mon', 'Thet Mon', 'Aung', 'Kyaw Zaw', 'Saw Yan Naing']) expect(placeKind(name)).toBeNull();
  });

  it('finds none of the names left out on their own', () => {
    for (const name of Object.keys(LEFT_OUT)) expect(findPlaces(name)).toEqual([]);
  });

  it("answers a page's odd words with nothing", () => {
    for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '', ' - ']) expect(placeKind(word)).toBeNull();
  });
});

describe('leadingPlace and trailingPlace', () => {
  it('measure the longest place at the start or the end of a run', () => {
    expect(leadingPlace(['Chin', 'Shwe', 'Haw', 'Border', 'Gate'])).toBe(3);
    expect(leadingPlace(['Prachuap', 'Khiri', 'Khan', 'Province'])).toBe(3);
    expect(leadingPlace(['Mae', 'Sot', 'Mae', 'Sai'])).toBe(2);
    expect(leadingPlace(['near', 'Mae', 'Sot'], 1)).toBe(2);
    expect(trailingPlace(['Residents', 'of', 'Chin', 'Shwe', 'Haw'])).toBe(3);
    expect(trailingPlace(['Mae', 'Sot', 'Hospital'], 2)).toBe(2);
  });

  it('find no place in a personal name', () => {
    expect(leadingPlace(['U', 'Kyaw', 'Zaw'])).toBe(0);
    expect(trailingPlace(['Daw', 'Khin', 'Thiri', 'Thet', 'Mon'])).toBe(0);
    expect(trailingPlace(['Saw', 'Ye', 'Htut'])).toBe(0);
    expect(leadingPlace([])).toBe(0);
  });
});
