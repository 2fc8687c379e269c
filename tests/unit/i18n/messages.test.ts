import { describe, expect, it } from 'vitest';
import { compileMessages, messagesFor, resolveLanguage, type MessagesFile } from '@/core/i18n/messages';
import { CATALOGUES } from './catalogues';

/** The one lookup every part of Ayeyar uses: placeholders, digits, plural forms, the language itself. */

const en = messagesFor('en', compileMessages(CATALOGUES.en));
const my = messagesFor('my', compileMessages(CATALOGUES.my));

describe('messages', () => {
  it('fill named placeholders as messages.json defines them, in any case, and keep $$ as a dollar', () => {
    const file: MessagesFile = {
      greeting: { message: 'Costs US$$$Amount$ for $who$', placeholders: { amount: { content: '$1' }, WHO: { content: '$2' } } },
      fixed: { message: 'Made by $brand$', placeholders: { brand: { content: 'Ayeyar' } } },
    };
    const t = messagesFor<'greeting' | 'fixed'>('en', compileMessages(file));
    expect(t.text('greeting', 5, 'readers')).toBe('Costs US$5 for readers');
    expect(t.text('fixed')).toBe('Made by Ayeyar');
  });

  it('keeps only the messages asked for (the content script carries the panel’s)', () => {
    const panel = compileMessages(CATALOGUES.en, (key) => key.startsWith('panel_'));
    expect(Object.keys(panel).length).toBeGreaterThan(50);
    expect(Object.keys(panel).every((key) => key.startsWith('panel_'))).toBe(true);
  });

  it('writes numbers in Burmese digits in Burmese, and page text as it is', () => {
    expect(my.text('panel_mentionPosition', 1, 3)).toBe('၁ / ၃');
    expect(en.text('panel_mentionPosition', 1, 3)).toBe('1 / 3');
    expect(my.text('panel_date', 24, my.text('panel_month_6'), 2017)).toBe('၂၀၁၇ ခုနှစ် ဇွန်လ ၂၄ ရက်');
    expect(en.text('panel_date', 24, en.text('panel_month_6'), 2017)).toBe('24 June 2017');
    // A fact's own words keep their digits, whichever language the panel speaks.
    expect(my.text('panel_copyFact', 'US$1.63 billion')).toBe('US$1.63 billion ကို ကိုးကားချက်နှင့်အတူ ကူးယူရန်');
    expect(my.digits('2024-03-09')).toBe('၂၀၂၄-၀၃-၀၉');
    expect(my.digits(1.9)).toBe('၁.၉');
  });

  it('counts in English with one and other, in Burmese with one form', () => {
    expect(en.count('panel_figures', 1)).toBe('1 figure');
    expect(en.count('panel_figures', 0)).toBe('0 figures');
    expect(en.count('panel_people', 12)).toBe('12 people');
    expect(my.count('panel_people', 1)).toBe('ပုဂ္ဂိုလ် ၁ ဦး');
    expect(my.count('panel_people', 12)).toBe('ပုဂ္ဂိုလ် ၁၂ ဦး');
    expect(my.count('notebook_facts', 3)).toBe('အချက်အလက် ၃ ခု');
  });

  it("resolves the reader's choice, and the browser's language where Ayeyar has it", () => {
    expect(resolveLanguage('my', 'en-US')).toBe('my');
    expect(resolveLanguage('en', 'my')).toBe('en');
    expect(resolveLanguage('browser', 'my')).toBe('my');
    expect(resolveLanguage('browser', 'my-MM')).toBe('my');
    expect(resolveLanguage('browser', 'en-GB')).toBe('en');
    // A language Ayeyar does not speak: English.
    expect(resolveLanguage('browser', 'th')).toBe('en');
    expect(resolveLanguage('browser', '')).toBe('en');
  });
});
