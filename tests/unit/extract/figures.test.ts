import { describe, expect, it } from 'vitest';
import { figures, one } from './figure-helpers';

// Every sentence here is invented for the test.

describe('money', () => {
  it.each([
    ['The deal was worth US$2.45 billion last year.', 'US$2.45 billion', 2_450_000_000, 'USD'],
    ['The loan is US$ 18.6 million in all.', 'US$ 18.6 million', 18_600_000, 'USD'],
    ['They spent $3.20 billion on fuel.', '$3.20 billion', 3_200_000_000, 'USD'],
    ['Each family got 6.5 million kyats in aid.', '6.5 million kyats', 6_500_000, 'MMK'],
    ['A sack now costs K45,000 in the market.', 'K45,000', 45_000, 'MMK'],
    ['Porters earn 350 baht a day.', '350 baht', 350, 'THB'],
    ['The firm paid 12 million yuan for the site.', '12 million yuan', 12_000_000, 'CNY'],
    ['Farmers borrowed 3 lakh kyats each.', '3 lakh kyats', 300_000, 'MMK'],
    ['The shipment was valued at 4 crore rupees.', '4 crore rupees', 40_000_000, 'INR'],
    ['The project costs $5bn in all.', '$5bn', 5_000_000_000, 'USD'],
    ['The bank lent K30 mn to each firm.', 'K30 mn', 30_000_000, 'MMK'],
    ['Revenue fell to 2.2 trillion kyats.', '2.2 trillion kyats', 2_200_000_000_000, 'MMK'],
    ['Power will sell at 6.5 US cents per unit.', '6.5 US cents per unit', 0.065, 'USD'],
    ['The kyat fell to 5,140 kyats to the greenback.', '5,140 kyats to the greenback', 5140, 'MMK'],
    ['Dealers quoted 4,720 kyats per US dollar on Monday.', '4,720 kyats per US dollar', 4720, 'MMK'],
    ['The kyat slid past 5,080 to the greenback.', '5,080 to the greenback', 5080, 'MMK'],
    ['In Myawaddy it traded at 151 kyats to the baht.', '151 kyats to the baht', 151, 'MMK'],
    ['A broker in Dubai took 120,000 rupees from him.', '120,000 rupees', 120_000, 'INR'],
    ['Rice sold for 2,950 kyats per pyi.', '2,950 kyats per pyi', 2950, 'MMK'],
    ['Unions want a 15,600-kyat daily wage.', '15,600-kyat', 15_600, 'MMK'],
    ['She paid with a five-dollar bill.', 'five-dollar', 5, 'USD'],
    ['A work permit costs 18,000 Indian rupees.', '18,000 Indian rupees', 18_000, 'INR'],
    ['Porters are paid 450 Thai baht a trip.', '450 Thai baht', 450, 'THB'],
    ['Border traders use 41 kyats per Bangladeshi taka.', '41 kyats per Bangladeshi taka', 41, 'MMK'],
  ])('%s', (sentence, text, value, unit) => {
    expect(one(sentence)).toEqual({ text, kind: 'money', value, unit });
  });

  it('reads a range that ends the paragraph without a full stop', () => {
    expect(figures('The score between the two villages was 5-10').map((f) => f.value)).not.toContain(undefined);
  });

  it('reads both ends of a range', () => {
    expect(figures('The rate moved from 3,300 kyats to 3,650 kyats per dollar.').map((f) => f.value)).toEqual([3300, 3650]);
  });

  it('gives a bare number compared with a sum in its sentence that sum’s currency', () => {
    expect(figures('The baht is 690 kyats today; last year it was 540.').map((f) => [f.text, f.kind, f.unit])).toEqual([
      ['690 kyats', 'money', 'MMK'],
      ['540', 'money', 'MMK'],
    ]);
    expect(figures('Fees were 90,000 kyats, and 15 were arrested.').map((f) => [f.text, f.kind])).toEqual([
      ['90,000 kyats', 'money'],
      ['15', 'count'],
    ]);
  });

  it('keeps money and percent of the same value apart', () => {
    expect(figures('Sales grew 15 percent to US$15 million.').map((f) => [f.kind, f.value])).toEqual([
      ['percent', 15],
      ['money', 15_000_000],
    ]);
  });
});

describe('percent', () => {
  it.each([
    ['Turnout was 41 percent in the town.', '41 percent', 41],
    ['Inflation hit 26.5 per cent in May.', '26.5 per cent', 26.5],
    ['Only 9% of the wells work.', '9%', 9],
    ['Prices rose by eleven percent.', 'eleven percent', 11],
  ])('%s', (sentence, text, value) => {
    expect(one(sentence)).toEqual({ text, kind: 'percent', value, unit: 'percent' });
  });
});

describe('counts', () => {
  it.each([
    ['More than 1,250 civilians fled the shelling.', '1,250 civilians', 1250],
    ['The navy bought 8 K-8W trainer jets last year.', '8 K-8W trainer jets', 8],
    ['Four villagers were arrested.', 'Four villagers', 4],
    ['Troops torched seventeen houses.', 'seventeen houses', 17],
    ['The junta freed twenty-three prisoners.', 'twenty-three prisoners', 23],
    ['About a dozen monks led the march.', 'a dozen monks', 12],
    ['Half a million people lack clean water.', 'Half a million people', 500_000],
    ['Nearly 1.2 million voters stayed home.', '1.2 million voters', 1_200_000],
    ['At least 40 were killed and more than 70 injured.', '40', 40],
    ['The official toll rose to 316 on Sunday.', '316', 316],
    ['Seven of the 12 judges were replaced.', 'Seven of the 12 judges', 7],
    ['Around 2,000 Rohingya crossed the river.', '2,000 Rohingya', 2000],
    ['The air force flew 14 MiG-29s that day.', '14 MiG-29s', 14],
  ])('%s', (sentence, text, value) => {
    expect(figures(sentence)[0]).toMatchObject({ text, kind: 'count', value });
  });

  it('counts a participle standing for people', () => {
    expect(figures('At least 40 were killed and more than 70 injured.').map((f) => f.value)).toEqual([40, 70]);
  });

  it('reads the number inside "N of the M things" too', () => {
    expect(figures('Seven of the 12 judges were replaced.').map((f) => f.value)).toEqual([7, 12]);
  });

  it('counts the noun after "and" only when the number has one of its own words first', () => {
    expect(figures('Five Russian and Chinese jets landed.')[0]).toMatchObject({ value: 5, unit: 'Russian and Chinese jets' });
    expect(figures('The party took 12 and its allies shared the rest of the seats.').map((f) => f.unit)).not.toContain('and its allies');
  });

  it('counts on either side of "in" when it is no proportion', () => {
    expect(figures('The junta lost 20 soldiers in three days.').map((f) => f.text)).toEqual(['20 soldiers', 'three days']);
  });

  it('gives a count that points back the noun of the count it points to', () => {
    const units = (...p: string[]) => figures(...p).map((f) => [f.text, f.unit]);
    expect(units('Shelling killed 12 villagers and wounded 31 others.')).toEqual([['12 villagers', 'villagers'], ['31 others', 'villagers']]);
    expect(units('Of the 22 lower house seats, 15 went to the party and four to its ally.')).toEqual([
      ['22 lower house seats', 'lower house seats'],
      ['15', 'seats'],
      ['four', 'seats'],
    ]);
    expect(units('The court jailed 14 students. Nine of them were women.')).toEqual([['14 students', 'students'], ['Nine', 'students']]);
    expect(units('It brought to 52 the number of outposts seized this year.')).toEqual([['52', 'outposts']]);
    expect(units('Of its members, 61 are retired colonels.')).toEqual([['61', 'retired colonels']]);
    expect(units('Some 3,100 Chin fled, joining about 40,000 still living in the camps.')).toEqual([['3,100 Chin', 'Chin'], ['40,000', 'Chin']]);
  });

  it('points a count set after a plural noun ("its monks, 12 of them") to that noun’s count, or to none', () => {
    const units = (...p: string[]) => figures(...p).map((f) => [f.text, f.unit]);
    expect(units('He won 27 of his 30 bouts, 19 of them by knockout.')).toEqual([
      ['27 of his 30 bouts', 'bouts'],
      ['30 bouts', 'bouts'],
      ['19', 'bouts'],
    ]);
    expect(units('The school taught 90 pupils, and its monks, 12 of them, left.')).toEqual([['90 pupils', 'pupils'], ['12', null]]);
  });

  it('never points a count to a ratio', () => {
    expect(figures('Cases are four times the number seen last year, and 52 have died.').map((f) => [f.text, f.kind, f.unit])).toEqual([
      ['four times', 'quantity', 'times'],
      ['52', 'count', null],
    ]);
  });

  it('does not count a spelled number before a verb that points nowhere', () => {
    expect(figures('Only bills divisible by nine were printed.')).toEqual([]);
  });

  it('keeps coordinated nouns, possessives and modifiers in the counted noun', () => {
    expect(one('They sheltered in 41 monasteries and schools.')).toMatchObject({ text: '41 monasteries and schools', unit: 'monasteries and schools' });
    expect(one('Some 300 soldiers and militia members guarded it.')).toMatchObject({ unit: 'soldiers and militia members' });
    expect(one('The court heard 9 police witnesses.')).toMatchObject({ text: '9 police witnesses', unit: 'police witnesses' });
    expect(one('They seized three 120mm mortars.')).toMatchObject({ text: 'three 120mm mortars', unit: '120mm mortars' });
    expect(one('Police rescued 37 Indians.')).toMatchObject({ unit: 'Indians' });
    expect(one('She cares for her five grandchildren.')).toMatchObject({ unit: 'grandchildren' });
    expect(figures('Rebels hold 23 of the state’s 40 townships.').map((f) => [f.text, f.unit])).toEqual([
      ['23 of the state’s 40 townships', 'townships'],
      ['40 townships', 'townships'],
    ]);
    expect(figures('Troops seized 80 rifles and two army trucks.').map((f) => f.text)).toEqual(['80 rifles', 'two army trucks']);
    expect(figures('Rebels hold five of Kayah State’s seven townships.').map((f) => [f.text, f.unit])).toEqual([
      ['five of Kayah State’s seven townships', 'townships'],
      ['seven townships', 'townships'],
    ]);
    expect(figures('She scored 488 out of 500 marks.').map((f) => [f.text, f.unit])).toEqual([
      ['488 out of 500 marks', 'marks'],
      ['500 marks', 'marks'],
    ]);
    expect(one('Clashes between the three Wa State Armies went on.')).toMatchObject({ text: 'three Wa State Armies', unit: 'Wa State Armies' });
    expect(one('The junta sent three Light Infantry Divisions north.')).toMatchObject({ text: 'three Light Infantry Divisions', unit: 'Light Infantry Divisions' });
  });

  it('counts what a hyphenated size describes', () => {
    expect(one('The 330-seat chamber met.')).toMatchObject({ text: '330-seat chamber', kind: 'count', value: 330, unit: 'seats' });
    expect(one('They drew up a seven-point plan.')).toMatchObject({ text: 'seven-point plan', unit: 'points' });
    expect(figures('It was a one-party state.')).toEqual([]);
    expect(figures('The Four-Point Accord failed.')).toEqual([]);
  });

  it('reads ages as durations in years', () => {
    const ages = (...p: string[]) => figures(...p).map((f) => [f.text, f.kind, f.value, f.unit]);
    expect(ages('Ma Hla Hla, 33, a nurse, fled.')).toEqual([['33', 'duration', 33, 'years']]);
    expect(ages('Men aged 18 to 40 must serve.')).toEqual([['18', 'duration', 18, 'years'], ['40', 'duration', 40, 'years']]);
    expect(ages('The general, who turns 71 in May, stayed.')).toEqual([['71', 'duration', 71, 'years']]);
    expect(ages('Most of the dead were children under 12.')).toEqual([['12', 'duration', 12, 'years']]);
    expect(ages('She was only 19 when she left.')).toEqual([['19', 'duration', 19, 'years']]);
    expect(ages('Her son is 8 years old.')).toEqual([['8 years old', 'duration', 8, 'years']]);
  });

  it('reads no figure in a title-case headline, but does in a list item', () => {
    expect(figures('Naw Bu Claims 9 Days of Fighting Around Laiza')).toEqual([]);
    expect(figures('Kachin State: 1,200 displaced')[0]).toMatchObject({ value: 1200, unit: 'displaced' });
  });

  it('leaves a round number written with "a" alone unless it is an estimate', () => {
    expect(figures('A thousand promises will not feed anyone.')).toEqual([]);
    expect(one('Nearly a million people fled.')).toMatchObject({ text: 'a million people', value: 1_000_000 });
  });

  it('leaves "one" as a pronoun or article alone', () => {
    expect(figures('One farmer said one of the wells was dry.')).toEqual([]);
  });
});

describe('quantities and durations', () => {
  it.each([
    ['The road is 380 km long.', '380 km', 'quantity', 380, 'km'],
    ['The fire burned 2,300 acres of forest.', '2,300 acres', 'quantity', 2300, 'acres'],
    ['The dam will produce 1,050 MW of power.', '1,050 MW', 'quantity', 1050, 'MW'],
    ['Police seized 16.5 grams of gold.', '16.5 grams', 'quantity', 16.5, 'grams'],
    ['The plant needs 40 tons of coal a day.', '40 tons', 'quantity', 40, 'tons'],
    ['The siege lasted 80 days.', '80 days', 'duration', 80, 'days'],
    ['He received a 15-year sentence.', '15-year', 'duration', 15, 'years'],
    ['The army paved a 105-mile road to the border.', '105-mile', 'quantity', 105, 'miles'],
    ['The ties are now 70 years old.', '70 years old', 'duration', 70, 'years'],
    ['The quake measured magnitude 5.1 on the scale.', 'magnitude 5.1', 'quantity', 5.1, 'magnitude'],
    ['A 6.2-magnitude quake struck.', '6.2-magnitude', 'quantity', 6.2, 'magnitude'],
    ['The fight ended 40 seconds into the bout.', '40 seconds', 'duration', 40, 'seconds'],
    ['The plan gives 2.5 gigabytes a day.', '2.5 gigabytes', 'quantity', 2.5, 'gigabytes'],
    ['Rice costs four times last year’s price.', 'four times', 'quantity', 4, 'times'],
    ['The line carries 230 kV now.', '230 kV', 'quantity', 230, 'kV'],
    ['The camp lies 12 miles east of the town.', '12 miles', 'quantity', 12, 'miles'],
  ])('%s', (sentence, text, kind, value, unit) => {
    expect(one(sentence)).toEqual({ text, kind, value, unit });
  });
});

describe('Burmese digits', () => {
  it('reads Burmese digits and ဒသမ as a decimal point', () => {
    expect(figures('ဈေးနှုန်း ၇ ဒသမ ၄ ရာခိုင်နှုန်း မြင့်တက်သည်။')[0]).toMatchObject({ kind: 'percent', value: 7.4 });
    expect(figures('ဆန်တစ်အိတ်လျှင် ကျပ် ၁၂၅,၀၀၀ ဖြစ်သည်။')[0]).toMatchObject({ kind: 'money', value: 125_000, unit: 'MMK' });
    expect(figures('ဆိုင် ၁၂ ဆိုင် ဖွင့်ထားသည်။')[0]).toMatchObject({ kind: 'count', value: 12 });
  });

  it('skips a Burmese dateline', () => {
    expect(figures('ဧရာဝတီ၊ မေ ၁၂၊ ၂၀၂၅ – သတင်း')).toEqual([]);
  });
});

describe('never figures', () => {
  it.each([
    ['years', 'In 2013 the army bought jets, and since 2011 it has bought more; by 2020 it will stop.'],
    ['fiscal years', 'The 2017-18 budget was larger than the 2016-2017 one.'],
    ['dates', 'The talks ran from June 5 to Feb. 24, and again in November 2013.'],
    ['decades', 'The army modernised in the 2000s.'],
    ['times of day', 'The blast came at 4 a.m. and the shelling at 10:30 in the morning.'],
    ['ordinals', 'It was the second largest buyer, the first time, and the 6th round.'],
    ['model names', 'It flew the Yak-130 and the MiG29B over the city.'],
    ['unit names', 'Light Infantry Division 77 and Battalion 416 joined Operation 1027.'],
    ['articles of law', 'He was charged under Article 144 and Article 505(b).'],
    ['numbered lists of names', 'The chiefs of Sector Commands 3, 7 and 11 were replaced.'],
    ['phone numbers', 'Call the hotline on 09-451234567 or +95 9 451 234 567.'],
    ['numbers in headlines of a date span', 'Sales from 2005 to 2015 were flat.'],
    ['weapons named by their calibre', 'Troops fired 120-mm mortars, 60mm shells and 105 mm howitzers.'],
    ['proportions', 'About one in four voters cast a ballot, and 1 in 3 children is hungry.'],
    ['places named by their mile post', 'Traders at the 105-mile border trade gate moved to a 7-mile camp.'],
    ['arguments of code quoted in the text', 'The fake page carried alert(1) and f(2) in its markup.'],
    ['sub-sections of a law', 'He was charged under Section 13(1) of the act.'],
    ['a number at the head of a name', 'The Three Brotherhood Alliance met.'],
    ['frequencies', 'The jets came three times a week.'],
    ['the last group of a phone number', 'Call the hotline at 067-412 356 for help.'],
    ['network generations and dimensions', 'Speeds on 4G and 5G networks fell, and 3D maps froze.'],
  ])('%s', (_kind, sentence) => {
    expect(figures(sentence)).toEqual([]);
  });
});

describe('folding and order', () => {
  it('folds the same value into one figure and keeps every span', () => {
    const found = figures('The fund holds 30 billion kyats.', 'Of the 30 billion kyats, half is spent.');
    expect(found).toHaveLength(1);
    expect(found[0].spans).toHaveLength(2);
    expect(found[0].context).toBe('The fund holds 30 billion kyats.');
  });

  it('shows a count rather than an earlier duration of the same value', () => {
    const found = figures('Fighting raged for two days. Troops burned two villages.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: 'two villages', kind: 'count', unit: 'villages', context: 'Troops burned two villages.' });
    expect(found[0].spans).toHaveLength(2);
  });

  it('lists figures in document order with their sentence', () => {
    const found = figures('Troops burned 40 homes. Then 12 monks were arrested.');
    expect(found.map((f) => [f.value, f.context])).toEqual([
      [40, 'Troops burned 40 homes.'],
      [12, 'Then 12 monks were arrested.'],
    ]);
    expect(found[1].span).toEqual({ paragraph: 0, start: 29, end: 37 });
  });
});
