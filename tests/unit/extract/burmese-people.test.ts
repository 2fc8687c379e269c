import { describe, expect, it } from 'vitest';
import { extractArticle, extractFromParagraphs, textSpanToRange } from '@/core/extract';
import { parseHtml } from '@/node/parse-html';

// Every sentence and name here is invented for the test.
const people = (...paragraphs: string[]) => extractFromParagraphs(paragraphs).people;
const names = (...paragraphs: string[]) => people(...paragraphs).map((p) => p.name);
const person = (name: string, ...paragraphs: string[]) => people(...paragraphs).find((p) => p.name === name);

describe('ranks, offices and forms of address', () => {
  it.each([
    // A rank written apart from the name, and joined to it.
    ['ဗိုလ်မှူးကြီး ကျော်စွာလင်းက တပ်ကို ကွပ်ကဲသည်။', 'ကျော်စွာလင်း', 'ဗိုလ်မှူးကြီး'],
    ['ဗိုလ်ချုပ်သန်းထိုက်အောင်သည် စစ်ဆေးရေးဂိတ်သို့ သွားသည်။', 'သန်းထိုက်အောင်', 'ဗိုလ်ချုပ်'],
    ['ဒုတိယဗိုလ်ချုပ်မှူးကြီး ဇေယျာကျော်က မိန့်ခွန်း ပြောသည်။', 'ဇေယျာကျော်', 'ဒုတိယဗိုလ်ချုပ်မှူးကြီး'],
    ['ဝန်ကြီး ဦးလှဆွေဦးက ထုတ်ပြန်သည်။', 'လှဆွေဦး', 'ဝန်ကြီး'],
    ['ဒေါက်တာ စန္ဒာဝင်းက လူနာများကို ကုသသည်။', 'စန္ဒာဝင်း', 'ဒေါက်တာ'],
    ['ဆရာတော် ဦးပညာဝံသက တရားဟောသည်။', 'ပညာဝံသ', 'ဆရာတော်'],
  ])('%s', (sentence, name, title) => {
    const found = people(sentence);
    expect(found.map((p) => p.name)).toEqual([name]);
    expect(found[0].title).toBe(title);
  });

  it('prefers the rank when an office and a rank both stand before the name, and keeps the office as the role', () => {
    const found = person('ညိမ်းချမ်းသူ', 'စစ်ကောင်စီခေါင်းဆောင် ဗိုလ်ချုပ်မှူးကြီး ညိမ်းချမ်းသူက ပြောသည်။');
    expect(found?.title).toBe('ဗိုလ်ချုပ်မှူးကြီး');
    expect(found?.role).toBe('စစ်ကောင်စီခေါင်းဆောင်');
    expect(found?.aliases).toEqual(['ဗိုလ်ချုပ်မှူးကြီး ညိမ်းချမ်းသူ']);
  });

  it('finds the name after an office written with its portfolio or nationality', () => {
    expect(person('မင်းမင်းထွန်း', 'စစ်ကောင်စီ၏ ကာကွယ်ရေးဝန်ကြီး ဦးမင်းမင်းထွန်းက ပြောသည်။')?.role).toBe('စစ်ကောင်စီ၏ ကာကွယ်ရေးဝန်ကြီး');
    const thai = person('သနာဒွန် ချိုင်ယာ', 'ထိုင်းဝန်ကြီးချုပ် သနာဒွန် ချိုင်ယာကလည်း ပြောသည်။');
    expect(thai?.title).toBe('ဝန်ကြီးချုပ်');
    expect(thai?.role).toBeNull(); // a nationality and an office: a title, no role
  });

  it('finds no one after a title that no name follows', () => {
    expect(names('ဝန်ကြီးဌာနက ထုတ်ပြန်သည်။ သမ္မတ ရွေးကောက်ပွဲ ကျင်းပမည်။ ဥက္ကဋ္ဌအဖြစ် ရွေးချယ်ခံရသည်။ ဆရာတော်က ပြောသည်။ ဗိုလ်ချုပ်ကြီးများ ရောက်လာသည်။')).toEqual([]);
  });
});

describe('honorifics', () => {
  it('strips ဦး and ဒေါ် from the name and keeps the form as an alias', () => {
    const found = people('ဦးထွန်းထွန်းဦးနှင့် ဒေါ်နွယ်နီဝင်းတို့ ပြန်လွတ်လာသည်။');
    expect(found.map((p) => p.name)).toEqual(['ထွန်းထွန်းဦး', 'နွယ်နီဝင်း']);
    expect(found[0].aliases).toEqual(['ဦးထွန်းထွန်းဦး']);
    expect(found[0].title).toBeNull();
  });

  it('lists the ဦး form as an alias when a title stands before it', () => {
    expect(person('ခင်မောင်ဝင်း', 'ဥက္ကဋ္ဌ ဦးခင်မောင်ဝင်းက ပြောသည်။')?.aliases).toEqual(['ဥက္ကဋ္ဌ ဦးခင်မောင်ဝင်း', 'ဦးခင်မောင်ဝင်း']);
  });

  it('reads ဦး after a number as the classifier of people, and words that begin with ဦး or ဒေါ် as words', () => {
    expect(names('ရွာသား ၁၂ ဦး သေဆုံးသည်။ ဦးဆောင်သူများ စုဝေးသည်။ ဒေါ်လာဈေး တက်သည်။ လူဦးရေ များသည်။')).toEqual([]);
  });
});

describe('prefixes that stay in the name', () => {
  it.each([
    ['ကိုအောင်ကျော်မင်းက ကားဖြင့် လာသည်။', 'ကိုအောင်ကျော်မင်း'],
    ['ကျောင်းသား မောင်ထက်အောင်ကို ဖမ်းဆီးသည်။', 'မောင်ထက်အောင်'],
    ['ဆရာမ နော်ထူးပေါကလည်း ပါဝင်သည်။', 'နော်ထူးပေါ'],
    ['စောအယ်ဒိုးမူက ဆိုသည်။', 'စောအယ်ဒိုးမူ'],
    ['စိုင်းလင်းအောင်နဲ့ အတူ သွားတယ်။', 'စိုင်းလင်းအောင်'],
    ['နန်းဆိုင်းမွန်တို့ ရောက်လာကြသည်။', 'နန်းဆိုင်းမွန်'],
    ['မန်းဝင်းထူးက ပြောသည်။', 'မန်းဝင်းထူး'],
    ['ကိုယ်စားလှယ် နိုင်အောင်ဇော်ကလည်း ပြောသည်။', 'နိုင်အောင်ဇော်'],
    ['ခွန်သိန်းဖေက ဆိုသည်။', 'ခွန်သိန်းဖေ'],
    // မ is also the negation: a name needs name syllables and a particle or a role before it.
    ['မသူဇာလင်းက ဖုန်းဖြင့် ပြောသည်။', 'မသူဇာလင်း'],
  ])('%s', (sentence, name) => {
    expect(names(sentence)).toEqual([name]);
  });

  it('reads negated verbs and ordinary words that begin like a prefix as words', () => {
    expect(names('မသိဘူး၊ မလာနိုင်ဘူး။ မမြင့်မားသော ဈေး။ ကိုဗစ်ကြောင့် ပိတ်သည်။ နိုင်ငံတော် အစိုးရ။ စောစောက မိုးရွာသည်။ မောင်နှမများ ပြန်လာသည်။ မန်းလေးမှာ နေတယ်။')).toEqual([]);
  });

  it('counts a later mention without the prefix as the same person', () => {
    const found = people('ကိုဇော်ဇော်လင်းက ပြောသည်။', 'ဇော်ဇော်လင်း၏ အဆိုအရ ရွာသားများ ထွက်ပြေးကြသည်။');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['ကိုဇော်ဇော်လင်း', 2]]);
  });
});

describe('one person, many mentions', () => {
  it('counts a later bare mention, with a span on its exact words', () => {
    const text = 'ဗိုလ်မှူးကြီး ကျော်စွာလင်းက ပြောသည်။ ကျော်စွာလင်း၏ တပ်သည် ရွာသို့ ဝင်သည်။';
    const [found] = people(text);
    expect(found.mentions).toBe(2);
    expect(found.spans.map((s) => text.slice(s.start, s.end))).toEqual(['ဗိုလ်မှူးကြီး ကျော်စွာလင်း', 'ကျော်စွာလင်း']);
  });

  it('keeps two people apart who share syllables', () => {
    const found = people('ဗိုလ်ချုပ်အောင်ဇေယျသည် ရောက်လာသည်။ ၎င်း၏ သမီး ဒေါ်အောင်ဇေယျမွန်ကလည်း ပါဝင်သည်။ အောင်ဇေယျမွန်သည် ပြန်သွားသည်။');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['အောင်ဇေယျ', 1], ['အောင်ဇေယျမွန်', 2]]);
  });

  it('keeps a name that holds a number word or a currency, and reads no figure in it', () => {
    const facts = extractFromParagraphs(['ဥက္ကဋ္ဌ ဦးသိန်းသန်းက ပြောသည်။ ဝန်ကြီး ဦးကျပ်ဆွေကလည်း ပါဝင်သည်။']);
    expect(facts.people.map((p) => p.name)).toEqual(['သိန်းသန်း', 'ကျပ်ဆွေ']);
    expect(facts.figures).toEqual([]);
  });

  it('reads ကို inside a name when it is doubled', () => {
    expect(names('ဗိုလ်မှူးချုပ် ဇော်ကိုကိုက ပြောသည်။')).toEqual(['ဇော်ကိုကို']);
  });

  it('reads a foreign name written in two words, and its first word alone later', () => {
    const found = people('ဒုဝန်ကြီး ဝမ်ကျင်ဟူ့နှင့် သံအမတ်ကြီး ဂျွန် စမစ်တို့ တွေ့ဆုံသည်။ ဂျွန်က ပြောသည်။');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['ဝမ်ကျင်ဟူ့', 1], ['ဂျွန် စမစ်', 2]]);
  });
});

describe('roles', () => {
  it.each([
    ['ရှေ့နေ ဦးမြင့်ဆွေက အယူခံ ဝင်မည်ဟု ပြောသည်။', 'မြင့်ဆွေ', 'ရှေ့နေ'],
    ['ရန်ကုန်အခြေစိုက် စီးပွားရေးလေ့လာသူ ဒေါက်တာ ခင်ညွန့်က ဆိုသည်။', 'ခင်ညွန့်', 'ရန်ကုန်အခြေစိုက် စီးပွားရေးလေ့လာသူ'],
    // The phrase stops where the clause before it ends (ကြောင်း) …
    ['ရွာကို မီးရှို့ကြောင်း ဒေသခံ ကိုမင်းမင်းက ပြောသည်။', 'ကိုမင်းမင်း', 'ဒေသခံ'],
    // … and "who is a" is trimmed.
    ['ရွာမှ ဒေသခံတစ်ဦးဖြစ်သူ ဦးဘဝင်းက ပြောသည်။', 'ဘဝင်း', 'ရွာမှ ဒေသခံ'],
    // An office with its body is the role; alone it is only the title.
    ['ပြည်ထောင်စု ရွေးကောက်ပွဲ ကော်မရှင် ဥက္ကဋ္ဌ ဦးအေးဝင်းက ပြောသည်။', 'အေးဝင်း', 'ပြည်ထောင်စု ရွေးကောက်ပွဲ ကော်မရှင် ဥက္ကဋ္ဌ'],
  ])('%s', (sentence, name, role) => {
    expect(person(name, sentence)?.role).toBe(role);
  });

  it('gives no role for an office alone or a description without a role noun', () => {
    expect(person('ဝင်းမြင့်ဦး', 'သမ္မတ ဦးဝင်းမြင့်ဦးက ပြောသည်။')?.role).toBeNull();
    expect(person('ခင်ခင်မြ', 'ဖမ်းဆီးခံထားရသည့် ဒေါ်ခင်ခင်မြက ပြောသည်။')?.role).toBeNull();
  });

  it('keeps another person’s name in a possessive role', () => {
    expect(person('စန်းစန်းအေး', 'မသူဇာလင်းက ပြောသည်။ မသူဇာလင်း၏ မိခင် ဒေါ်စန်းစန်းအေးက ငိုသည်။')?.role).toBe('မသူဇာလင်း၏ မိခင်');
  });

  it('finds an author named with no title in a sentence that says what the author is', () => {
    const found = person('ထက်နိုင်ဝင်း', '(ထက်နိုင်ဝင်းသည် မန္တလေးအခြေစိုက် စာရေးဆရာတစ်ဦး ဖြစ်သည်။)');
    expect(found?.role).toBe('မန္တလေးအခြေစိုက် စာရေးဆရာ');
  });
});

describe('highlighting', () => {
  const URL = 'https://burma.irrawaddy.com/article/2024/04/03/281799.html';
  const page = (body: string) =>
    `<html lang="my"><head><meta property="og:type" content="article"></head><body class="single"><div class="entry-content"><div class="content-inner">${body}<p>${'A paragraph of filler that makes the body long enough to be read as the article. '.repeat(2)}</p></div></div></body></html>`;

  it('maps every mention to a range over the same words on the page, across elements', () => {
    const doc = parseHtml(page('<p><strong>ဗိုလ်မှူးကြီး</strong> ကျော်စွာလင်းက ကွပ်ကဲသည်။ ကျော်စွာလင်း၏ တပ်သည် ရွာ ၅ ရွာသို့ ဝင်သည်။</p>'), URL);
    const { facts, body } = extractArticle(doc, URL);
    expect(facts.people[0].spans.map((s) => textSpanToRange(body!, s, doc)?.toString())).toEqual(['ဗိုလ်မှူးကြီး ကျော်စွာလင်း', 'ကျော်စွာလင်း']);
    expect(textSpanToRange(body!, facts.figures[0].span, doc)?.toString()).toBe('ရွာ ၅ ရွာ');
  });

  it('finds a name in a paragraph typed in Zawgyi and maps it back to the characters as typed', () => {
    // ဝန်ကြီး ဦးမြင့်က ပြောသည်။ typed in Zawgyi (visual order: e and medial ra before their consonant, U+1039 as asat).
    const minister = '\u1040\u1014\u1039\u1080\u1000\u102E\u1038';
    const uMyint = '\u1025\u102E\u1038\u103B\u1019\u1004\u1037\u1039';
    const doc = parseHtml(page(`<p>${minister} ${uMyint}\u1000 \u1031\u103B\u1015\u102C\u101E\u100A\u1039\u104B</p>`), URL);
    const { facts, body } = extractArticle(doc, URL);
    expect(facts.people.map((p) => [p.name, p.title])).toEqual([['မြင့်', 'ဝန်ကြီး']]);
    expect(textSpanToRange(body!, facts.people[0].spans[0], doc)?.toString()).toBe(`${minister} ${uMyint}`);
  });
});
