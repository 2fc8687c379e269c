import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/core/extract/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on . ! ? before a capital, a digit or a quote', () => {
    expect(split('Troops left. 12 came back! Why? “Nobody knows.” He said so.')).toEqual(['Troops left.', '12 came back!', 'Why?', '“Nobody knows.”', 'He said so.']);
  });

  it('does not split after ranks, titles, months and other abbreviations', () => {
    expect(split('Lt-Gen. Aung met Col. Tun, Dr. Mya and Mr. Lee on Feb. 24 at No. 2 Road.')).toHaveLength(1);
    expect(split('Lt. Gen. Aung arrived on Jan. 5 and left in Sept. 2020.')).toHaveLength(1);
  });

  it('does not split after initials or dotted acronyms', () => {
    expect(split('Helena K. Brandt of the U.S. State Department spoke.')).toHaveLength(1);
  });

  it('splits after a.m. or p.m. only when a capital follows', () => {
    expect(split('It began at 4 a.m. on Friday.')).toHaveLength(1);
    expect(split('It began at 4 a.m. The army denied it.')).toHaveLength(2);
  });

  it('does not split inside numbers or before a lower-case word', () => {
    expect(split('It grew 1.5 percent… and then fell.')).toHaveLength(1);
  });

  it('ends a Burmese sentence at ။ but not at ၊', () => {
    expect(split('ရန်ကုန်၊ မေ ၁၂။ စစ်တပ်က ပြောသည်။')).toEqual(['ရန်ကုန်၊ မေ ၁၂။', 'စစ်တပ်က ပြောသည်။']);
  });

  it('keeps offsets into the original text', () => {
    const text = '  First one.   Second one.';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 12 },
      { start: 15, end: 26 },
    ]);
  });

  it('splits a long paragraph of abbreviations into every sentence (its speed is in npm run bench)', () => {
    const text = 'Gen. Aung met Dr. Mya. '.repeat(40_000);
    expect(splitSentences(text)).toHaveLength(40_000);
  });
});
