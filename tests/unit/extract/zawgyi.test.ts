import { describe, expect, it } from 'vitest';
import { extractFacts, readBodyText, textSpanToRange } from '@/core/extract';
import { isZawgyi, sourceSpan, toUnicode, zawgyiToUnicode } from '@/core/extract/zawgyi';
import { loadFixture } from '@/node/fixtures';
import { parseHtml } from '@/node/parse-html';
import { BURMESE_UNICODE, ZAWGYI } from '@/node/fuzz/text-samples';

/**
 * Zawgyi samples are Burmese words and sentences we encoded by hand in the
 * Zawgyi layout (visual order, U+1060–U+1097 stacked forms), each next to the
 * Unicode it stands for.
 */
const WORDS: [zawgyi: string, unicode: string][] = [
  ['\u103B\u1019\u1014\u1039\u1019\u102C\u108F\u102D\u102F\u1004\u1039\u1004\u1036', 'မြန်မာနိုင်ငံ'], // ra before the consonant, short na
  ['\u1031\u1000\u103A\u102C\u1004\u1039\u1038\u101E\u102C\u1038', 'ကျောင်းသား'], // e before the consonant, medial ya
  ['\u1031\u101B\u108A\u1031\u1008\u1038\u108F\u1088\u1014\u1039\u1038', 'ရွှေဈေးနှုန်း'], // wa+ha and ha+u ligatures
  ['\u101B\u102C\u1001\u102D\u102F\u1004\u1039\u108F\u1088\u1014\u1039\u1038', 'ရာခိုင်နှုန်း'],
  ['\u1040\u1014\u1039\u1080\u1000\u102E\u1038', 'ဝန်ကြီး'], // zero typed for wa, a wide ra
  ['\u1081\u1019\u102D\u1033\u1095', 'မြို့'], // long u, dot below variant
  ['\u1000\u1019\u107B\u102C', 'ကမ္ဘာ'], // stacked bha
  ['\u1021\u1002\u1064\u101C\u102D\u1015\u1039', 'အင်္ဂလိပ်'], // kinzi typed after its consonant
  ['\u1025\u1000\u1060\u1092', 'ဥက္ကဋ္ဌ'], // stacked ka, the ဋ္ဌ ligature
  ['\u1031\u101B\u103C\u1038\u1031\u1000\u102C\u1000\u1039\u1015\u103C\u1032', 'ရွေးကောက်ပွဲ'],
  ['\u1025\u102E\u1038', 'ဦး'],
  ['\u103B\u1019\u1004\u1037\u1039', 'မြင့်'], // dot below before asat, as Unicode stores it
  ['\u1006\u1036\u102F\u1038', 'ဆုံး'],
  ['\u1044\u1004\u1039\u1038', '၎င်း'], // four typed for ၎
];

describe('isZawgyi', () => {
  it('recognises Zawgyi words and sentences', () => {
    for (const [zawgyi] of WORDS.filter(([, u]) => !['ဦး', 'ဆုံး'].includes(u))) expect(isZawgyi(zawgyi), zawgyi).toBe(true);
    for (const sentence of ZAWGYI.slice(0, 4)) expect(isZawgyi(sentence), sentence).toBe(true);
  });

  it('never takes Unicode Burmese for Zawgyi', () => {
    for (const [, unicode] of WORDS) expect(isZawgyi(unicode), unicode).toBe(false);
    for (const sentence of BURMESE_UNICODE) expect(isZawgyi(sentence), sentence).toBe(false);
    // Every paragraph of the Burmese-edition fixture (Unicode, our own text).
    const doc = parseHtml(loadFixture('irrawaddy--burmese-edition').html);
    const paragraphs = [...doc.querySelectorAll('p')].map((p) => p.textContent ?? '').filter((t) => /[\u1000-\u109F]/.test(t));
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const p of paragraphs) expect(isZawgyi(p), p).toBe(false);
  });

  it('says no for text without Burmese letters', () => {
    for (const text of ['', 'Min Aung Hlaing said 12 people died.', '၁၂၃']) expect(isZawgyi(text), text).toBe(false);
  });
});

describe('zawgyiToUnicode', () => {
  it.each(WORDS)('%s → %s', (zawgyi, unicode) => {
    expect(zawgyiToUnicode(zawgyi).text).toBe(unicode);
  });

  it('leaves digits, Latin text and punctuation as they are, and keeps zero a digit among digits', () => {
    const text = '\u1000\u103A\u1015\u1039 \u1041\u1043\u1045,\u1040\u1040\u1040 (US$5)\u104B';
    const { text: out, chunks } = zawgyiToUnicode(text);
    expect(out).toBe('ကျပ် ၁၃၅,၀၀၀ (US$5)။');
    expect(chunks).toEqual([]); // ya and asat change in place: every character still maps one to one
  });

  it('keeps a vowel e with no consonant after it', () => {
    expect(zawgyiToUnicode('\u1031 \u1031').text).toBe('\u1031 \u1031');
  });

  it('maps a span of the converted text back to whole syllables of the source', () => {
    const zawgyi = `\u1031\u1000\u103A\u102C\u1004\u1039\u1038\u101E\u102C\u1038 \u1041\u1042`; // ကျောင်းသား ၁၂
    const conversion = zawgyiToUnicode(zawgyi);
    // The digits did not move: exact.
    const digits = conversion.text.indexOf('၁၂');
    expect(sourceSpan(conversion, digits, digits + 2)).toEqual({ start: zawgyi.indexOf('\u1041'), end: zawgyi.length });
    // "ကျော" was reordered: a span inside it widens to the whole syllable as typed (ေ က ် ာ).
    expect(sourceSpan(conversion, 1, 2)).toEqual({ start: 0, end: 4 });
    expect(sourceSpan(conversion, 0, conversion.text.length)).toEqual({ start: 0, end: zawgyi.length });
  });

  it('toUnicode converts only what is Zawgyi', () => {
    expect(toUnicode(WORDS[0][0])).toBe(WORDS[0][1]);
    expect(toUnicode('မြန်မာ')).toBe('မြန်မာ');
  });
});

describe('Zawgyi body text', () => {
  const page = (body: string) =>
    `<html><head><meta property="og:type" content="article"></head><body class="single"><div class="entry-content"><div class="content-inner">${body}</div></div></body></html>`;
  const URL = 'https://burma.irrawaddy.com/article/2024/04/03/281799.html';

  it('reads a Zawgyi paragraph as Unicode and maps its spans back to the typed text', () => {
    const doc = parseHtml(page(`<p id="z">${ZAWGYI[1]}</p><p>${'Filler text to make the body long enough to count as one. '.repeat(3)}</p>`), URL);
    const text = readBodyText(doc.querySelector('.content-inner')!);
    const p = text.paragraphs[0];
    expect(p.zawgyi).toBeDefined();
    expect(p.text).toBe('ရွှေဈေးနှုန်း ကျပ် ၁၃၅,၀၀၀ အထိ မြင့်တက်ခဲ့သည်။');
    const at = p.text.indexOf('ကျပ်');
    const range = textSpanToRange(text, { paragraph: 0, start: at, end: p.text.indexOf('အထိ') - 1 }, doc)!;
    expect(range.toString()).toBe('\u1000\u103A\u1015\u1039 \u1041\u1043\u1045,\u1040\u1040\u1040');
    // A span inside a reordered syllable covers the syllable as typed.
    const inside = textSpanToRange(text, { paragraph: 0, start: 1, end: 2 }, doc)!;
    expect(zawgyiToUnicode(inside.toString()).text).toContain(p.text.slice(1, 2));
  });

  it('finds the figures of a Zawgyi article as in Unicode', () => {
    const filler = '<p>A paragraph in English that makes the body long enough to be read as the article text.</p>';
    const zawgyi = extractFacts(parseHtml(page(`<p>${ZAWGYI[1]}</p><p>${ZAWGYI[0]}</p>${filler}`), URL), URL);
    const unicode = extractFacts(parseHtml(page(`<p>${toUnicode(ZAWGYI[1])}</p><p>${toUnicode(ZAWGYI[0])}</p>${filler}`), URL), URL);
    expect(zawgyi.figures.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual(unicode.figures.map((f) => [f.text, f.kind, f.value, f.unit]));
    expect(zawgyi.figures.map((f) => [f.kind, f.value, f.unit])).toContainEqual(['money', 135000, 'MMK']);
  });
});
