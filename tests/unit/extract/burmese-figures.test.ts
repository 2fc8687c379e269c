import { describe, expect, it } from 'vitest';
import { figures, one } from './figure-helpers';

// Every sentence here is invented for the test.

describe('counts: the noun before the number, a classifier after it', () => {
  it.each([
    ['တိုက်ပွဲတွင် ရဲတပ်သား ၁၈ ဦး ဒဏ်ရာရသည်။', 'ရဲတပ်သား ၁၈ ဦး', 18, 'ရဲတပ်သား'],
    ['ကျောင်းသား ၄၅ ယောက် စာမေးပွဲ အောင်သည်။', 'ကျောင်းသား ၄၅ ယောက်', 45, 'ကျောင်းသား'],
    ['ဆိပ်ကမ်းတွင် သင်္ဘော ၇ စင်း ဆိုက်ကပ်ထားသည်။', 'သင်္ဘော ၇ စင်း', 7, 'သင်္ဘော'],
    // A repeater: the classifier is the noun again.
    ['မီးလောင်မှုကြောင့် ကျေးရွာ ၁၄ ရွာ ပျက်စီးသည်။', 'ကျေးရွာ ၁၄ ရွာ', 14, 'ကျေးရွာ'],
    ['ရွေးကောက်ပွဲတွင် မြို့နယ် ၆၃ မြို့နယ်၌ မဲရုံ ဖွင့်သည်။', 'မြို့နယ် ၆၃ မြို့နယ်', 63, 'မြို့နယ်'],
    // No classifier: the noun alone, qualifiers (ကျော်, ခန့်) outside the text.
    ['စခန်းတွင် ဒုက္ခသည် ၃,၂၀၀ ကျော် ရှိသည်။', 'ဒုက္ခသည် ၃,၂၀၀', 3200, 'ဒုက္ခသည်'],
    ['ဒဏ်ရာရသူ ၄၀ ခန့်ကို ဆေးရုံ ပို့သည်။', 'ဒဏ်ရာရသူ ၄၀', 40, 'ဒဏ်ရာရသူ'],
  ])('%s', (sentence, text, value, unit) => {
    expect(one(sentence)).toEqual({ text, kind: 'count', value, unit });
  });

  it('counts a number whose noun the sentence implies', () => {
    expect(one('နောက်ထပ် ၅ ဦးကို ဖမ်းမိသည်။')).toEqual({ text: '၅ ဦး', kind: 'count', value: 5, unit: null });
  });

  it('does not take a verb or a particle before the number for its noun', () => {
    expect(figures('စစ်သား ၂၀ ဦး ကျဆုံးပြီး ၅ ဦးကို ဖမ်းမိသည်။').map((f) => f.text)).toEqual(['စစ်သား ၂၀ ဦး', '၅ ဦး']);
    expect(one('ကုန်သည် ၃ ဦး ဖမ်းဆီးခံရသည်။').unit).toBe('ကုန်သည်');
  });

  it('reads ASCII digits between Burmese words the same way', () => {
    expect(one('ဆန္ဒပြပွဲသို့ လူ 300 ခန့် လာရောက်သည်။')).toEqual({ text: 'လူ 300', kind: 'count', value: 300, unit: 'လူ' });
  });
});

describe('money, lakh and crore', () => {
  it.each([
    ['ဆီ တစ်ပုလင်း ကျပ် ၈,၅၀၀ ဖြစ်သည်။', 'ကျပ် ၈,၅၀၀', 8500, 'MMK'],
    ['ခရီးစရိတ် ထိုင်းဘတ် ၁၂,၀၀၀ ကုန်သည်။', 'ထိုင်းဘတ် ၁၂,၀၀၀', 12_000, 'THB'],
    ['ချေးငွေ ၅၀၀ ဒေါ်လာ ရရှိသည်။', '၅၀၀ ဒေါ်လာ', 500, 'USD'],
    // သိန်း (lakh) and သန်း (million) after the number, or before it.
    ['လျော်ကြေး ကျပ် ၁၂ သိန်း ပေးသည်။', 'ကျပ် ၁၂ သိန်း', 1_200_000, 'MMK'],
    ['လျော်ကြေး ကျပ် သိန်း ၁၂ ပေးသည်။', 'ကျပ် သိန်း ၁၂', 1_200_000, 'MMK'],
    ['ရန်ပုံငွေ ယွမ် ၁၅ သန်းကျော် ရရှိသည်။', 'ယွမ် ၁၅ သန်း', 15_000_000, 'CNY'],
    // ကုဋေ (crore) joined to the currency, and ဒသမ with a multiplier.
    ['အစိုးရက ကျပ်ကုဋေ ၂၅၀ သုံးစွဲသည်။', 'ကျပ်ကုဋေ ၂၅၀', 2_500_000_000, 'MMK'],
    ['ကုန်သွယ်မှု အမေရိကန်ဒေါ်လာ ၁ ဒသမ ၂ ဘီလီယံ ရှိသည်။', 'အမေရိကန်ဒေါ်လာ ၁ ဒသမ ၂ ဘီလီယံ', 1_200_000_000, 'USD'],
  ])('%s', (sentence, text, value, unit) => {
    expect(one(sentence)).toEqual({ text, kind: 'money', value, unit });
  });

  it('takes the kind of the other number of a range', () => {
    expect(figures('လစာ ကျပ် ၃,၀၀၀ မှ ၅,၀၀၀ အထိ ရသည်။').map((f) => [f.kind, f.value, f.unit])).toEqual([['money', 3000, 'MMK'], ['money', 5000, 'MMK']]);
  });

  it('never reads a number word inside a name or a tical of gold for a currency', () => {
    expect(figures('ဦးသိန်းထိုက်နှင့် ဆွမ်ကျပ်တို့ တွေ့ဆုံသည်။')).toEqual([]);
    expect(one('ရွှေ ၂ ကျပ်သား ဝယ်သည်။')).toEqual({ text: '၂ ကျပ်သား', kind: 'quantity', value: 2, unit: 'ticals' });
  });
});

describe('percent, quantities and durations', () => {
  it.each([
    ['ဈေးနှုန်း ၁၂ ဒသမ ၅ ရာခိုင်နှုန်း တက်သည်။', '၁၂ ဒသမ ၅ ရာခိုင်နှုန်း', 'percent', 12.5, 'percent'],
    ['လယ်ယာမြေ၏ ၄၅ ရာခိုင်နှုန်းခန့်မှာ ရေမြုပ်သည်။', '၄၅ ရာခိုင်နှုန်း', 'percent', 45, 'percent'],
    ['မြစ်ရေ ၈ ပေ မြင့်တက်သည်။', '၈ ပေ', 'quantity', 8, 'feet'],
    ['နယ်စပ်မှ မိုင် ၃၀ အကွာတွင် ရှိသည်။', 'မိုင် ၃၀', 'quantity', 30, 'miles'],
    ['စိုက်ခင်း ဧက ၁,၅၀၀ ပျက်စီးသည်။', 'ဧက ၁,၅၀၀', 'quantity', 1500, 'acres'],
    ['ထောင်ဒဏ် ၇ နှစ် ချမှတ်သည်။', '၇ နှစ်', 'duration', 7, 'years'],
    ['၂ လကြာ ပိတ်ထားသည်။', '၂ လ', 'duration', 2, 'months'],
    ['အသက် ၆၂ နှစ်ရှိ လယ်သမား။', 'အသက် ၆၂', 'duration', 62, 'years'],
  ])('%s', (sentence, text, kind, value, unit) => {
    expect(one(sentence)).toEqual({ text, kind, value, unit });
  });

  it('reads a mile-post place as a name, not a distance', () => {
    expect(figures('၁၀၅ မိုင်ဂိတ်တွင် ကုန်တင်ကားများ ရပ်ထားသည်။')).toEqual([]);
  });
});

describe('never figures', () => {
  it.each([
    ['a dateline', 'ဧရာဝတီ၊ မတ် ၁၄၊ ၂၀၂၅ – သတင်း'],
    ['a date', 'ဩဂုတ် ၉ ရက်တွင် အစည်းအဝေး ကျင်းပသည်။'],
    ['a day of the month', '၁၅ ရက်နေ့က ဆန္ဒပြသည်။'],
    ['a year with ခုနှစ်', '၁၉၈၈ ခုနှစ်တွင် အရေးအခင်း ဖြစ်သည်။'],
    ['a bare year', '၂၀၂၀ ရွေးကောက်ပွဲ။'],
    ['a time of day', 'ညနေ ၃ နာရီတွင် ပစ်ခတ်သည်။'],
    ['an hour with တွင်', '၉ နာရီတွင် စတင်သည်။'],
    ['a section of a law', 'ပုဒ်မ ၁၂၄(က) ဖြင့် တရားစွဲသည်။'],
    ['battalions in a list', 'ခြေလျင်တပ်ရင်း ၄၁၂၊ ၄၁၃ နှင့် ၄၁၄ တို့ ဝင်ရောက်သည်။'],
    ['an operation', '၁၁၁ စစ်ဆင်ရေး စတင်သည်။'],
    ['a school grade', '၉ တန်း ကျောင်းသား။'],
    ['an ordinal', '၃ ကြိမ်မြောက် အစည်းအဝေး။'],
    ['an anniversary', '၇၅ နှစ်ပြည့် အခမ်းအနား။'],
    ['a phone number', 'ဖုန်း ၀၉၄၅၁၂၃၄၅၆ သို့ ဆက်သွယ်ပါ။'],
    // Spelled numbers: the indefinite တစ်, a rate, and number words inside other words.
    ['the indefinite တစ်', 'ကုန်သည်တစ်ဦးက ဆန်တစ်အိတ်လျှင် ဈေးတက်သည်ဟု ပြောသည်။'],
    ['number words inside words', 'သုံးသပ်သူများက နှစ်သက်ကြသည်။'],
  ])('%s', (_, sentence) => {
    expect(figures(sentence)).toEqual([]);
  });

  it('keeps a battalion count when a classifier follows', () => {
    expect(one('တပ်ရင်း ၃ ရင်း ရောက်လာသည်။')).toMatchObject({ kind: 'count', value: 3 });
  });
});

describe('numbers spelled in words', () => {
  it.each([
    ['ကလေးသုံးဦး သေဆုံးသည်။', 'ကလေးသုံးဦး', 'count', 3, 'ကလေး'],
    ['ဒေသခံ နှစ်ဦး ဒဏ်ရာရသည်။', 'ဒေသခံ နှစ်ဦး', 'count', 2, 'ဒေသခံ'],
    ['ဆန္ဒပြသူ ငါးထောင် စုဝေးကြသည်။', 'ဆန္ဒပြသူ ငါးထောင်', 'count', 5000, 'ဆန္ဒပြသူ'],
    ['ရွာသား နှစ်ဆယ့်ငါးဦး ဖမ်းဆီးခံရသည်။', 'ရွာသား နှစ်ဆယ့်ငါးဦး', 'count', 25, 'ရွာသား'],
    ['ဒဏ်ကြေး ကျပ် ငါးထောင် ပေးရသည်။', 'ကျပ် ငါးထောင်', 'money', 5000, 'MMK'],
    ['ခုနစ်ရက်ကြာ ပိတ်ထားသည်။', 'ခုနစ်ရက်', 'duration', 7, 'days'],
    ['ဈေး ငါးရာခိုင်နှုန်း တက်သည်။', 'ငါးရာခိုင်နှုန်း', 'percent', 5, 'percent'],
  ])('%s', (sentence, text, kind, value, unit) => {
    expect(one(sentence)).toEqual({ text, kind, value, unit });
  });

  it.each([
    ['the indefinite one', 'ကုန်သည်တစ်ဦးက ပြောသည်။ တစ်နိုင်ငံလုံး ဆန္ဒပြသည်။'],
    ['"both" and "all three"', 'နှစ်ဦးစလုံး ထွက်ပြေးသည်။ သုံးဦးလုံး ပြန်လာသည်။'],
    ['"how many"', 'ဘယ်နှစ်ယောက် ရှိလဲ။'],
    ['a frequency and a rate', 'နှစ်ကြိမ် ပစ်ခတ်သည်။ နှစ်ရက်လျှင် ဆေးပေးသည်။'],
    ['number syllables inside words', 'သုံးသပ်သူများ နှစ်သက်ကြသည်။ အသုံးပြုသည်။ ကလေးလေး ငိုသည်။ ယခုနှစ် ကျင်းပမည်။'],
    ['powers of ten alone', 'ထောင်ဒဏ် ချမှတ်သည်။ ရာနှင့်ချီ ထွက်ပြေးသည်။ ဦးသိန်းဦးက ပြောသည်။'],
    ['a school grade', 'ဆယ်တန်း အောင်သည်။'],
  ])('never reads %s as a figure', (_, sentence) => {
    expect(figures(sentence)).toEqual([]);
  });
});

describe('spans', () => {
  it('points at the figure’s exact words, particles left out', () => {
    const text = 'ဈေးကွက်တွင် ၃၀ ရာခိုင်နှုန်းကျော်မှာ ရောင်းချသည်။';
    const [figure] = figures(text);
    expect(text.slice(figure.span.start, figure.span.end)).toBe('၃၀ ရာခိုင်နှုန်း');
    expect(figure.context).toBe(text);
  });
});
