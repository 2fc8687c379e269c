import { describe, expect, it } from 'vitest';
import { extractFromParagraphs } from '@/core/extract';

// Every sentence here is invented for the test.
const people = (...paragraphs: string[]) => extractFromParagraphs(paragraphs).people;
const names = (...paragraphs: string[]) => people(...paragraphs).map((p) => p.name);
const person = (name: string, ...paragraphs: string[]) => people(...paragraphs).find((p) => p.name === name);

describe('ranks and titles', () => {
  it.each([
    ['Snr-Gen Than Htike Aung visited the base.', 'Than Htike Aung', 'Snr-Gen'],
    ['Senior General Than Htike Aung visited the base.', 'Than Htike Aung', 'Senior General'],
    ['Vice Snr-Gen Zeya Kyaw met the envoy.', 'Zeya Kyaw', 'Vice Snr-Gen'],
    ['Lt-Gen Nyein Chan Thu inspected the troops.', 'Nyein Chan Thu', 'Lt-Gen'],
    ['Lieutenant General Nyein Chan Thu inspected the troops.', 'Nyein Chan Thu', 'Lieutenant General'],
    ['Lt. Gen. Nyein Chan Thu inspected the troops.', 'Nyein Chan Thu', 'Lt-Gen'],
    ['Maj-Gen Hla Swe Oo was moved to the capital.', 'Hla Swe Oo', 'Maj-Gen'],
    ['Brig-Gen Aung Pyae Sone commands the column.', 'Aung Pyae Sone', 'Brig-Gen'],
    ['Col Win Zaw Htet signed the order.', 'Win Zaw Htet', 'Col'],
    ['Rear Admiral Thet Naing Oo toured the port.', 'Thet Naing Oo', 'Rear Admiral'],
    ['President Ilse Marten opened the session.', 'Ilse Marten', 'President'],
    ['Prime Minister Oskar Vanterpool flew home.', 'Oskar Vanterpool', 'Prime Minister'],
    ['Ambassador Lena Kowalczyk presented her credentials.', 'Lena Kowalczyk', 'Ambassador'],
    ['Dr Sandar Win treated the wounded.', 'Sandar Win', 'Dr'],
    ['Dr. Sandar Win treated the wounded.', 'Sandar Win', 'Dr'],
  ])('%s', (sentence, name, title) => {
    const found = people(sentence);
    expect(found.map((p) => p.name)).toEqual([name]);
    expect(found[0].title).toBe(title);
  });

  it('prefers the rank when an office and a rank both stand before the name', () => {
    expect(person('Tin Oo Lwin', 'Deputy Minister for Defense Maj-Gen Tin Oo Lwin spoke first.')?.title).toBe('Maj-Gen');
  });

  it('reads police ranks, the KNU’s Padoh and capitalised offices as titles', () => {
    expect(people('Pol Maj-Gen Somchai Rattana spoke.')[0]).toMatchObject({ name: 'Somchai Rattana', title: 'Pol Maj-Gen' });
    expect(people('Padoh Saw Lah Htoo, the KNU official, spoke.')[0]).toMatchObject({ name: 'Saw Lah Htoo', title: 'Padoh', aliases: [] });
    expect(people('India’s National Security Adviser Rakesh Menon flew in.')[0]).toMatchObject({ name: 'Rakesh Menon', title: 'National Security Adviser' });
    expect(people('Foreign Secretary Anwar Hossain met him.')[0]).toMatchObject({ name: 'Anwar Hossain', title: 'Foreign Secretary' });
    expect(people('Loikaw Sayadaw U Zawana prayed.')[0]).toMatchObject({ name: 'Zawana', title: 'Sayadaw' });
  });

  it('lists a titled form as an alias only when the spec strips its title', () => {
    expect(person('Myint Swe', 'Judge U Myint Swe read the verdict.', 'U Myint Swe left.')).toMatchObject({ title: 'Judge', aliases: ['U Myint Swe'] });
    expect(person('Kyaw Zeya', 'Deputy Minister for Trade U Kyaw Zeya spoke.')).toMatchObject({ title: 'Deputy Minister for Trade', aliases: ['Deputy Minister for Trade U Kyaw Zeya'] });
    expect(person('Tun Lwin', 'The reshuffle spared former Lt-Gen Tun Lwin.')).toMatchObject({ title: 'Lt-Gen', aliases: ['former Lt-Gen Tun Lwin'] });
    expect(person('Win Htein', 'It jailed then-President U Win Htein.')).toMatchObject({ title: 'President', aliases: ['then-President U Win Htein'] });
  });

  it('keeps the portfolio and its rank in an office written before the name', () => {
    expect(people('Health Minister U Thet Khaing Oo opened the ward.')[0]).toMatchObject({ name: 'Thet Khaing Oo', title: 'Health Minister', aliases: ['Health Minister U Thet Khaing Oo'] });
    expect(people('Deputy Foreign Minister Maj-Gen Zaw Lin Htut spoke.')[0]).toMatchObject({ title: 'Maj-Gen', aliases: ['Deputy Foreign Minister Maj-Gen Zaw Lin Htut'] });
    expect(people('Tak Governor Somsak Chaiyo visited.')[0]).toMatchObject({ title: 'Governor' });
  });

  it('finds a name after a title with a complement', () => {
    expect(names('The Thai Ambassador to Myanmar Sorawit Kittipong attended.')).toEqual(['Sorawit Kittipong']);
    expect(names('Beijing’s Special Envoy on Border Affairs Deng Xiaoming arrived on Monday.')).toEqual(['Deng Xiaoming']);
  });
});

describe('Burmese honorifics', () => {
  it('strips U and Daw from the name and keeps the form as an alias', () => {
    const found = people('U Tun Tun Oo and Daw Nwe Ni Win were released on Friday.');
    expect(found.map((p) => p.name)).toEqual(['Tun Tun Oo', 'Nwe Ni Win']);
    expect(found[0].aliases).toEqual(['U Tun Tun Oo']);
    expect(found[0].title).toBeNull();
  });

  it.each(['Ko Aung Kyaw Min', 'Ma Thu Zar Lin', 'Maung Kyaw Nu', 'Mg Tun Lin', 'Saw Eh Doh', 'Naw Htoo Paw', 'Sai Lin Aung', 'Nang Hseng Mo', 'Mai Kyaw Oo', 'Khun Thein Pe', 'Mahn Win Htoo', 'Nai Aung Min', 'Mi Sar Dar'])(
    'keeps the prefix of %s',
    (name) => {
      expect(names(`Residents said ${name} had left the village before dawn.`)).toEqual([name]);
    },
  );

  it('starts a new name at an honorific that follows a word other than a title', () => {
    expect(names('Thura U Hla Tun Oo and President U Win Naing Kyaw met.')).toEqual(['Hla Tun Oo', 'Win Naing Kyaw']);
  });

    it('does not take U in a dotted abbreviation for the honorific', () => {
    expect(names('The U.S. Embassy issued a statement.')).toEqual([]);
  });
});

describe('Burmese names without a marker', () => {
  it('finds a name made of Burmese name syllables', () => {
    expect(names('Pyae Phyo Zaw, a student, joined the strike.')).toEqual(['Pyae Phyo Zaw']);
    expect(names('The strike was led by Thiha Kyaw Swe.')).toEqual(['Thiha Kyaw Swe']);
  });

  it('finds a short name with a kept prefix', () => {
    expect(names('Ko Ye wrote the report.')).toEqual(['Ko Ye']);
  });

  it('goes through a syllable that is a place only in capitals (a Chin "Uk", not the UK)', () => {
    expect(names('Salai Van Uk Thang of a Chin rights group said so.')).toEqual(['Salai Van Uk Thang']);
  });

  it('keeps a five-syllable name whole, with an ethnic word at its end', () => {
    expect(names('Daw Khin Hnin Thet Mon runs a clinic.')).toEqual(['Khin Hnin Thet Mon']);
    expect(names('“We wait,” said Nai Banya Mon, the coordinator.')).toEqual(['Nai Banya Mon']);
  });

  it('goes through a place word inside a name that a prefix begins', () => {
    expect(names('The comedian Ko Pauk Lin was jailed.')).toEqual(['Ko Pauk Lin']);
  });

  it('merges another name the body gives the person', () => {
    const found = people('Ma Hnin Si, 24, also known as Ma Moe Moe, was jailed.', 'Ma Moe Moe said nothing.');
    expect(found.map((p) => [p.name, p.aliases, p.mentions])).toEqual([['Ma Hnin Si', ['Ma Moe Moe'], 3]]);
  });

  it('merges a name the body gives by a pronoun ("his lay name", "call her") with the person last named', () => {
    expect(people('U Pyinnya was forced to disrobe and is held under his lay name, U Aung Thein.').map((p) => [p.name, p.aliases])).toEqual([
      ['Pyinnya', ['U Pyinnya', 'U Aung Thein']],
    ]);
    const found = people('Ma Hnin Wut Yi Thant drafted the charter.', 'She is 30. Her friends call her “Wut Yi.”', '“We stay,” Wut Yi said.');
    expect(found.map((p) => [p.name, p.aliases, p.mentions])).toEqual([['Ma Hnin Wut Yi Thant', ['Wut Yi'], 3]]);
    expect(names('Snr-Gen Than Htike Aung called him Ko Ko Gyi at the meeting.')).toEqual(['Than Htike Aung', 'Ko Ko Gyi']);
  });

  it('finds a name the body gives as the only one it knows, with the description the clause hangs from', () => {
    expect(people('A driver in Ruili who gave his name only as Wang said the road was shut.').map((p) => [p.name, p.role])).toEqual([['Wang', 'driver in Ruili']]);
  });

  it('never merges two Burmese people who share syllables', () => {
    expect(names('Snr-Gen Min Aung Hlaing met U Aung Hlaing Oo and Hlaing Min Aung.')).toEqual(['Min Aung Hlaing', 'Aung Hlaing Oo', 'Hlaing Min Aung']);
  });

  it('never shortens a Burmese name to a syllable', () => {
    const found = people('Snr-Gen Min Aung Hlaing arrived. Hlaing is a common name in the delta.');
    expect(found.map((p) => p.name)).toEqual(['Min Aung Hlaing']);
    expect(found[0].mentions).toBe(1);
  });

  it('merges a later bare form with its kept-prefix form', () => {
    const found = people('Ko Zaw Min Htet drives a taxi.', 'Zaw Min Htet said fares had doubled.');
    expect(found.map((p) => p.name)).toEqual(['Ko Zaw Min Htet']);
    expect(found[0].mentions).toBe(2);
  });
});

describe('Western names', () => {
  it('keeps initials and hyphenated family names', () => {
    expect(names('Analyst Helena K. Brandt and author Oskar Lund-Hansen disagreed.')).toEqual(['Helena K. Brandt', 'Oskar Lund-Hansen']);
    expect(names('R.J. Whitcombe, a former trade official, said so.')).toEqual(['R.J. Whitcombe']);
  });

  it('merges the family name and a titled family name with the full name', () => {
    const found = people('Lt-Gen Pavel Orlov arrived on Monday.', 'Orlov said the talks went well.', 'Pavel Orlov left on Friday.');
    expect(found.map((p) => p.name)).toEqual(['Pavel Orlov']);
    expect(found[0].aliases).toEqual(['Lt-Gen Pavel Orlov', 'Orlov']);
    expect(found[0].mentions).toBe(3);
  });

  it('merges "President X" with the full name that appears later', () => {
    const found = people('President Wexford spoke first.', 'Later, Alan Wexford met the delegation.');
    expect(found.map((p) => p.name)).toEqual(['Alan Wexford']);
    expect(found[0].title).toBe('President');
  });

  it('merges a Thai given name and its romanised variant', () => {
    const found = people('Prime Minister Prayoth Sombat will visit.', 'Prayot has not confirmed the date.');
    expect(found.map((p) => p.name)).toEqual(['Prayoth Sombat']);
    expect(found[0].mentions).toBe(2);
  });

  it('keeps two people who share a family name apart', () => {
    expect(names('Premier Anong Suksan and her brother, businessman Preecha Suksan, disagreed.')).toEqual(['Anong Suksan', 'Preecha Suksan']);
  });

  it('finds a single name when a role or a verb of saying marks it', () => {
    expect(names('The poet Saogyi said that night was long.')).toEqual(['Saogyi']);
    expect(names('Ancient leader Lycurgus said nothing of the kind.')).toEqual(['Lycurgus']);
  });

  it('gives a family name two people share to the one named in full most recently', () => {
    const found = people('The court jailed Tomas Berger.', 'Berger, 40, denied it.', 'His brother, Niklas Berger, said Berger was innocent.');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([
      ['Tomas Berger', 2],
      ['Niklas Berger', 2],
    ]);
  });

  it('merges a family name with its particle', () => {
    expect(people('said Anna van Dijk, a consultant.', 'Van Dijk said prices rose.').map((p) => [p.name, p.aliases])).toEqual([['Anna van Dijk', ['Van Dijk']]]);
  });

  it('reads a foreign name that begins like a Burmese prefix by its family name', () => {
    expect(people('Chinese Ambassador Ma Wenjie arrived.', 'Ma said the talks went well.').map((p) => [p.name, p.mentions])).toEqual([['Ma Wenjie', 2]]);
  });

  it('takes initials after a title and a capitalised pronoun inside a sentence as parts of a name', () => {
    expect(names('Foreign Minister AK Rahman spoke.')).toEqual(['AK Rahman']);
    expect(names('The firm is chaired by She Wenhua, a tycoon.')).toEqual(['She Wenhua']);
  });

  it('keeps lower-case particles inside a name', () => {
    expect(names('Commissioner Greta van der Berg met Minister Hamid bin Yusof.')).toEqual(['Greta van der Berg', 'Hamid bin Yusof']);
  });

  it('merges a Chinese family name, which comes first, with the full name', () => {
    const found = people('Chinese Foreign Minister Liu Jianguo arrived.', 'Liu said the border would reopen.');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['Liu Jianguo', 2]]);
  });

    it('resolves possessives to the name', () => {
    const found = people('Snr-Gen Than Htike Aung’s visit was cut short.', 'Than Htike Aung’s deputy stayed.');
    expect(found.map((p) => p.name)).toEqual(['Than Htike Aung']);
    expect(found[0].mentions).toBe(2);
  });
});

describe('roles', () => {
  it('reads the description before the name', () => {
    expect(person('Pavel Orlov', 'The Russian deputy trade minister Lt-Gen Pavel Orlov arrived.')?.role).toBe('Russian deputy trade minister');
  });

  it('reads an appositive after the name', () => {
    expect(person('Thet Naing Oo', 'Rear Admiral Thet Naing Oo, commander of the navy, toured the port.')?.role).toBe('commander of the navy');
  });

  it("reads an appositive after an age, or one that opens with an organisation's initials", () => {
    expect(person('Ko Aung Lin', 'Ko Aung Lin, 29, a medic from Monywa, treated the wounded.')?.role).toBe('medic from Monywa');
    expect(person('Naw Say Paw', 'Naw Say Paw, the KNU spokeswoman, denied it.')?.role).toBe('KNU spokeswoman');
    expect(person('Kyaw Tin Oo', 'Kyaw Tin Oo, Myanmar’s envoy to Japan, spoke.')?.role).toBe('Myanmar’s envoy to Japan');
    expect(person('Zaw Htay', 'Zaw Htay, NLD members said, had left.')?.role ?? null).toBeNull();
    expect(person('Kyaw Lin', 'The trader, Ko Kyaw Lin, and the monk who led the march were held.')?.role ?? null).toBeNull();
  });

  it('reads a predicate after the name', () => {
    expect(person('Ko Ye Htut', 'Ko Ye Htut is the director of a small research group in Mandalay.')?.role).toBe('director of a small research group in Mandalay');
    expect(person('Min Thu Lin', 'Min Thu Lin is the pen name of a Yangon-based writer.')?.role).toBe('Yangon-based writer');
  });

  it('reads what the person does for work in a relative clause, and nothing else there', () => {
    const role = (name: string, sentence: string) => person(name, sentence)?.role ?? null;
    expect(role('Kyaw Lin', 'U Kyaw Lin, who runs a tea shop in Lashio, said prices rose.')).toBe('runs a tea shop in Lashio');
    expect(role('Hla Hla', 'Daw Hla Hla, who sells rice and paid for her son, spoke.')).toBe('sells rice');
    expect(role('Naw Paw', 'Naw Paw, 41, runs a network of schools in Hpapun.')).toBe('runs a network of schools in Hpapun');
    expect(role('Ma Thu Thu', 'Ma Thu Thu, 22, who sews shirts in a Hlaing Tharyar factory, said so.')).toBe('sews shirts in a Hlaing Tharyar factory');
    expect(role('Ma Ei Ei', 'Ma Ei Ei, a freelance designer in Yangon, said so.')).toBe('freelance designer in Yangon');
    expect(role('Hla Hla', 'Daw Hla Hla, who was arrested in May, spoke.')).toBeNull();
    expect(role('Hla Hla', 'Daw Hla Hla, whose son was jailed, spoke.')).toBeNull();
  });

  it('prefers a described role to what the person does, and a post named after the clause', () => {
    expect(person('Ko Aung', 'Ko Aung, a teacher who runs a school, said so.')?.role).toBe('teacher');
    expect(person('Soe Naing', 'Gen Soe Naing, who led the division, becomes chief of staff.')?.role).toBe('chief of staff');
  });

  it('takes the first description, without a determiner, an age or praise', () => {
    const role = (name: string, ...p: string[]) => person(name, ...p)?.role ?? null;
    expect(role('Win Naing', 'The new chairman of the party, U Win Naing, spoke.', 'U Win Naing is a former lawyer.')).toBe('new chairman of the party');
    expect(role('Mya Mya', 'His mother, Daw Mya Mya, 71, said she had seen him.')).toBe('mother');
    expect(role('Tun Tun', 'Ko Min’s lawyer, U Tun Tun, said so.')).toBe('Ko Min’s lawyer');
    expect(role('Zaw Tun', 'Junta spokesman Maj-Gen Zaw Tun said so.')).toBe('Junta spokesman');
    expect(role('Ko Ye', 'The well-known analyst Ko Ye said so.')).toBe('analyst');
    expect(role('Ko Zaw', 'Ko Zaw, a 19-year-old taxi driver, was held.')).toBe('taxi driver');
    expect(role('Aung Win', 'Dr Aung Win, the clinic’s founder and a former surgeon, said so.')).toBe('clinic’s founder');
    expect(role('Tin Oo', 'A former NLD lawmaker from Bago, U Tin Oo, was jailed.')).toBe('former NLD lawmaker from Bago');
  });

  it('reads a role through an organisation’s name with "and" in it and through joined portfolios', () => {
    const role = (name: string, ...p: string[]) => person(name, ...p)?.role ?? null;
    expect(role('Aung Zaw Hein', 'U Aung Zaw Hein, a member of the Peace and Reconciliation Committee, spoke.')).toBe('member of the Peace and Reconciliation Committee');
    expect(role('Tin Maung', 'The regime’s religious and cultural affairs minister, U Tin Maung, spoke.')).toBe('regime’s religious and cultural affairs minister');
    expect(role('Hla Hla', 'Daw Hla Hla, who sells tea and dried fish at the jetty, spoke.')).toBe('sells tea and dried fish at the jetty');
    expect(role('Saw Tun Aung', 'The champion knocked out Karen boxer Saw Tun Aung in the fifth.')).toBe('Karen boxer');
  });

  it('gives no role from a plural description', () => {
    expect(person('Aung Naing', 'The unit has 25 officers, Col Aung Naing said.')?.role ?? null).toBeNull();
  });
});

describe('places and bodies named after a person', () => {
  it('are no mention of the person, whatever title they carry', () => {
    const found = people('Bogyoke Aung San’s statue stands near Bogyoke Aung San Market.', 'Traffic on Bogyoke Aung San Road was stopped.');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['Aung San', 1]]);
  });
});

describe('not people', () => {
  it.each([
    ['organisations and armed groups', 'The Arakan Army and the Kachin Independence Army clashed with the Tatmadaw.'],
    ['units', 'Light Infantry Division 77 and Battalion 416 withdrew.'],
    ['places', 'Fighting spread from Sagaing Region to Hpakant Township and Nay Pyi Taw.'],
    ['villages named with Burmese syllables', 'Troops burned Kyun Pin Thar Village and shelled Aung Chan Thar village.'],
    ['ships and aircraft', 'The UMS Sinbyushin escorted two Yak-130 jets.'],
    ['a quoted book title', 'She wrote “Rivers of Salt” in exile.'],
    ['deities and nationalities', 'Burmese and Chinese pilgrims prayed to the Buddha.'],
    ['militias', 'Pyu Saw Htee militia members raided the market.'],
    ['job titles standing alone', 'The ambassador met the minister and the senior general.'],
    ['title-case headlines', 'Junta Troops Torch Homes Near Border Town'],
    ['places listed before a shared head noun', 'Clashes spread to Min Hla, Natogyi and Kyaukse townships.'],
    ['places listed before a modified head noun', 'Factories in the Hlaing Tharyar and Shwe Lin Yone industrial zones shut.'],
    ['places the gazetteer knows', 'Refugees fled from Laiza down to Mai Ja Yang and on to Prachuap Khiri Khan.'],
    ['an organisation named with its initials', 'The Central Committee for Drug Abuse Control (CCDAC) seized it.'],
    ['plural unit names', 'The regime’s Light Infantry Divisions retreated.'],
    ['a title-case headline, even with a prefix', 'Naw Bu Claims 9 Days of Fighting'],
  ])('%s', (_kind, sentence) => {
    expect(names(sentence)).toEqual([]);
  });

  it('takes no part of an organisation’s name, a variety of a crop or a place that ends in a common word for a person', () => {
    expect(names('The Ministry of Natural Resources and Environmental Conservation said so.')).toEqual([]);
    expect(names('A bag of Shwe Bo Paw rice costs more now.')).toEqual([]);
    expect(names('Donors gave Daw Mya Mya rice and oil.')).toEqual(['Mya Mya']);
    expect(names('The camp lies opposite Mae Hong Son in Thailand.')).toEqual([]);
  });

  it('takes a name for a place everywhere once its context says place', () => {
    expect(names('Troops shelled Hmun Pa village.', 'Families walked to Hmun Pa for help.')).toEqual([]);
  });

  it('takes names listed with places for places', () => {
    expect(names('Jets bombed Lay Kay Kaw, Mae Pa Thalay and Kyaikdon on Friday.')).toEqual([]);
  });
});

it('lists people by first appearance with every mention', () => {
  const found = people('Daw Nwe Ni Win spoke after U Tun Tun Oo.', 'Tun Tun Oo then left, and Nwe Ni Win stayed.');
  expect(found.map((p) => [p.name, p.mentions])).toEqual([
    ['Nwe Ni Win', 2],
    ['Tun Tun Oo', 2],
  ]);
  expect(found[0].spans[0]).toEqual({ paragraph: 0, start: 0, end: 14 });
});
