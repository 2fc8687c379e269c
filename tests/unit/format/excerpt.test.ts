import { describe, expect, it } from 'vitest';
import { excerptAround } from '@/core/format/excerpt';

describe('excerptAround', () => {
  const sentence =
    'According to figures the ministry published late on Friday, the regime spent US$1.63 billion on arms in the period, most of it on aircraft bought from abroad.';

  it('keeps a short sentence whole', () => {
    expect(excerptAround('Troops killed 12 villagers.', '12 villagers')).toBe('Troops killed 12 villagers.');
  });

  it('shortens around the phrase at word boundaries, with ellipses', () => {
    const out = excerptAround(sentence, 'US$1.63 billion', 30);
    expect(out).toContain('US$1.63 billion');
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThan(sentence.length);
    for (const word of out.replace(/…/g, '').split(' ')) expect(sentence.split(' ')).toContain(word);
  });

  it('works when the phrase opens or closes the sentence', () => {
    expect(excerptAround(sentence, 'According', 20).startsWith('According')).toBe(true);
    expect(excerptAround(sentence, 'abroad.', 20).endsWith('abroad.')).toBe(true);
  });
});
