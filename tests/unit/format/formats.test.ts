import { describe, expect, it } from 'vitest';
import type { ArticleFacts } from '@/core/extract';
import { citationOf, csvField, FORMATTERS, formatterFor } from '@/core/format';

// Invented facts.
const span = { paragraph: 0, start: 0, end: 5 };
const FACTS: ArticleFacts = {
  url: 'https://www.irrawaddy.com/news/burma/invented.html',
  isArticle: true,
  title: 'Prices Rise, “Again”, in Yangon',
  byline: 'Nilar Aye',
  published: '2024-03-09',
  people: [{ name: 'Kyaw Swar Htet', title: 'Lt-Gen', aliases: ['Lt-Gen Kyaw Swar Htet'], mentions: 2, role: 'regional commander', spans: [span, span] }],
  figures: [
    { text: '4.5 trillion kyats', kind: 'money', value: 4.5e12, unit: 'MMK', context: 'The budget is 4.5 trillion kyats, he said.', span, spans: [span] },
    { text: '12 percent', kind: 'percent', value: 12, unit: 'percent', context: 'It rose 12 percent | a "record".', span, spans: [span] },
  ],
};
const citation = citationOf(FACTS);

describe('markdown (default)', () => {
  const md = formatterFor();
  it('is the default format', () => expect(md).toBe(FORMATTERS.markdown));

  it('formats the fact list with a cited heading, people and a figures table', () => {
    const out = md.facts(FACTS);
    expect(out).toContain('## Key facts: [Prices Rise, “Again”, in Yangon](https://www.irrawaddy.com/news/burma/invented.html), Nilar Aye, 2024-03-09');
    expect(out).toContain('- **Kyaw Swar Htet** (Lt-Gen): regional commander; also Lt-Gen Kyaw Swar Htet (2 mentions)');
    expect(out).toContain('| 4.5 trillion kyats | money | 4500000000000 | MMK | The budget is 4.5 trillion kyats, he said. |');
    expect(out).toContain('It rose 12 percent \\| a "record".');
  });

  it('formats one fact with its citation', () => {
    expect(md.figure(FACTS.figures[0], citation)).toBe(
      '- **4.5 trillion kyats** (money): “The budget is 4.5 trillion kyats, he said.” ([Prices Rise, “Again”, in Yangon](https://www.irrawaddy.com/news/burma/invented.html), Nilar Aye, 2024-03-09)',
    );
  });

  it('says so when there are no facts', () => {
    const out = md.facts({ ...FACTS, people: [], figures: [] });
    expect(out).toContain('_None named._');
    expect(out).toContain('_None found._');
  });
});

describe('csv (RFC 4180)', () => {
  it('quotes fields with commas, quotes or line breaks and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('writes a header and one CRLF-ended row per fact, each cited', () => {
    const lines = FORMATTERS.csv.facts(FACTS).split('\r\n');
    expect(lines[0]).toBe('type,text,kind,value,unit,title,role,aliases,mentions,context,source_title,source_author,source_date,source_url');
    expect(lines[1]).toBe('person,Kyaw Swar Htet,,,,Lt-Gen,regional commander,Lt-Gen Kyaw Swar Htet,2,,"Prices Rise, “Again”, in Yangon",Nilar Aye,2024-03-09,https://www.irrawaddy.com/news/burma/invented.html');
    expect(lines[3]).toContain('"It rose 12 percent | a ""record""."');
    expect(lines).toHaveLength(5); // header, 3 rows, and the empty string after the last CRLF
  });
});

describe('json', () => {
  it('gives the facts without spans', () => {
    const out = JSON.parse(FORMATTERS.json.facts(FACTS));
    expect(Object.keys(out)).toEqual(['url', 'isArticle', 'title', 'byline', 'published', 'people', 'figures']);
    expect(out.people[0]).toEqual({ name: 'Kyaw Swar Htet', title: 'Lt-Gen', aliases: ['Lt-Gen Kyaw Swar Htet'], mentions: 2, role: 'regional commander' });
    expect(out.figures[1]).toEqual({ text: '12 percent', kind: 'percent', value: 12, unit: 'percent', context: 'It rose 12 percent | a "record".' });
  });

  it('cites a single fact', () => {
    expect(JSON.parse(FORMATTERS.json.person(FACTS.people[0], citation)).source).toEqual(citation);
  });
});

describe('plain text', () => {
  it('lists the citation, people and figures', () => {
    const out = FORMATTERS.text.facts(FACTS);
    expect(out.split('\n').slice(0, 4)).toEqual([
      'Prices Rise, “Again”, in Yangon, Nilar Aye, 2024-03-09, https://www.irrawaddy.com/news/burma/invented.html',
      '',
      'People:',
      '  Kyaw Swar Htet (Lt-Gen): regional commander; also Lt-Gen Kyaw Swar Htet',
    ]);
    expect(out).toContain('  12 percent (percent): It rose 12 percent | a "record".');
  });

  it('formats a citation alone in every format', () => {
    expect(FORMATTERS.text.citation(citation)).toBe('Prices Rise, “Again”, in Yangon, Nilar Aye, 2024-03-09, https://www.irrawaddy.com/news/burma/invented.html');
    expect(FORMATTERS.markdown.citation({ ...citation, title: null, author: null, date: null })).toBe('<https://www.irrawaddy.com/news/burma/invented.html>');
    expect(FORMATTERS.csv.citation(citation)).toBe('title,author,date,url\r\n"Prices Rise, “Again”, in Yangon",Nilar Aye,2024-03-09,https://www.irrawaddy.com/news/burma/invented.html\r\n');
    expect(JSON.parse(FORMATTERS.json.citation(citation))).toEqual(citation);
  });
});
