import { describe, expect, it } from 'vitest';
import { count, slice, SyllableTable, syllablesOf } from '@/core/extract/burmese/syllables';
import { tokenize } from '@/core/extract/tokens';

// Every word here is ordinary Burmese or an invented name.
const syllables = (word: string) => {
  const s = syllablesOf(word, tokenize(word)[0]);
  return Array.from({ length: count(s) }, (_, k) => slice(s, k, k + 1));
};

describe('Burmese syllables', () => {
  it.each([
    ['သန်းထိုက်အောင်', ['သန်း', 'ထိုက်', 'အောင်']],
    ['ကျောင်းသား', ['ကျောင်း', 'သား']],
    // The dot below is stored before asat: "င့်" closes the syllable.
    ['စောင့်ကြည့်', ['စောင့်', 'ကြည့်']],
    // Stacked consonants (virama) and kinzi stay in one syllable.
    ['ဥက္ကဋ္ဌ', ['ဥက္ကဋ္ဌ']],
    ['သင်္ဘော', ['သင်္ဘော']],
    // An independent vowel starts a syllable.
    ['ဦးဆောင်', ['ဦး', 'ဆောင်']],
  ])('cuts %s', (word, expected) => {
    expect(syllables(word)).toEqual(expected);
  });

  it('matches a table word only where syllables start and end', () => {
    const table = new SyllableTable(['ကျပ်', 'တန်']);
    const at = (word: string) => table.startingAt(syllablesOf(word, tokenize(word)[0]), 0);
    expect(at('ကျပ်ငွေ')).not.toBeNull();
    expect(at('ကျပ်သား')).not.toBeNull(); // ကျပ် is a syllable of its own here …
    expect(at('တန်း')).toBeNull(); // … but တန် is not the syllable တန်း
    const longest = new SyllableTable(['ကျပ်', 'ကျပ်သား']);
    expect(longest.startingAt(syllablesOf('ကျပ်သား', tokenize('ကျပ်သား')[0]), 0)?.end).toBe(2);
  });
});
