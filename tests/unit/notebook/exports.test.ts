import { describe, expect, it } from 'vitest';
import { cslJson } from '@/core/notebook/csl-json';
import { notebookCsv } from '@/core/notebook/notebook-csv';
import { notebookJson, parseNotebookJson } from '@/core/notebook/notebook-json';
import { notebookMarkdown } from '@/core/notebook/notebook-markdown';
import { articleRecord, factRecords } from '@/core/notebook/records';
import { ris } from '@/core/notebook/ris';
import type { Notebook } from '@/core/notebook/types';
import { BURMESE_REQUEST, ENGLISH_REQUEST } from './sample';

const NOW = new Date('2025-01-15T04:00:00Z');
const english = articleRecord(ENGLISH_REQUEST, NOW);
const burmese = articleRecord(BURMESE_REQUEST, NOW);
const [money, general] = factRecords({ ...ENGLISH_REQUEST, keys: ['figure:4.5 billion kyats', 'person:Min Aung Hlaing'] }, english.url, NOW);
const rice = factRecords(BURMESE_REQUEST, burmese.url, NOW)[0];
const NOTEBOOK: Notebook = {
  articles: [english, burmese],
  facts: [{ ...money, note: 'Compare with the\n2023 budget', tags: ['health', 'budget, regional'] }, general, rice],
};
const EN = 'https://www.irrawaddy.com/news/burma/invented-clinics.html';
const MY = 'https://burma.irrawaddy.com/article/2024/04/03/900001.html';
const MONEY_LINK = `${EN}#:~:text=The%20regional%20government%20said%20on%20Monday%20it%20would%20spend%204.5%20billion%20kyats%20on%20new%20clinics.`;
const PERSON_LINK = `${EN}#:~:text=Snr%2DGen%20Min%20Aung%20Hlaing%20approved%20the%20plan%2C%20officials%20said.`;
const RICE_LINK = `${MY}#:~:text=${encodeURIComponent('ဆန်တစ်အိတ်လျှင် ကျပ် ၁၃၅,၀၀၀ ဖြစ်သည်။')}`;

describe('notebook exports', () => {
  it('has the facts picked for the sample', () => {
    expect(NOTEBOOK.facts.map((f) => f.text)).toEqual(['4.5 billion kyats', 'Min Aung Hlaing', 'ကျပ် ၁၃၅,၀၀၀']);
    expect(general.link).toBe(PERSON_LINK);
    expect(rice.link).toBe(RICE_LINK);
  });

  it('CSV: one cited row per fact', () => {
    const kept = NOW.toISOString();
    expect(notebookCsv(NOTEBOOK)).toBe(
      [
        'kind,text,value,unit,person_title,role,people,sentence,note,tags,link,kept,article_title,article_authors,article_published,article_section,article_edition,publication,article_url,accessed',
        `money,4.5 billion kyats,4500000000,MMK,,,,The regional government said on Monday it would spend 4.5 billion kyats on new clinics.,"Compare with the\n2023 budget","health; budget, regional",${MONEY_LINK},${kept},"Regime Promises Clinics, “Again”, in Magwe",Nilar Aye; Ko Htet,2024-03-09,Burma,en,The Irrawaddy,${EN},2025-01-15`,
        `person,Min Aung Hlaing,,,Snr-Gen,,Min Aung Hlaing,"Snr-Gen Min Aung Hlaing approved the plan, officials said.",,,${PERSON_LINK},${kept},"Regime Promises Clinics, “Again”, in Magwe",Nilar Aye; Ko Htet,2024-03-09,Burma,en,The Irrawaddy,${EN},2025-01-15`,
        `money,"ကျပ် ၁၃၅,၀၀၀",135000,MMK,,,,"ဆန်တစ်အိတ်လျှင် ကျပ် ၁၃၅,၀၀၀ ဖြစ်သည်။",,,${RICE_LINK},${kept},ဆန်ဈေး မြင့်တက်,ဧရာဝတီ,2024-04-03,သတင်း,my,ဧရာဝတီ,${MY},2025-01-15`,
        '',
      ].join('\r\n'),
    );
  });

  it('Markdown: each article cited in full, then its facts with sentence, passage link, note and tags', () => {
    expect(notebookMarkdown(NOTEBOOK)).toBe(
      [
        '# Ayeyar notebook',
        '',
        `## [Regime Promises Clinics, “Again”, in Magwe](${EN})`,
        '',
        'Nilar Aye, Ko Htet · *The Irrawaddy* · Burma · published 2024-03-09 · English edition · accessed 2025-01-15',
        '',
        `- **4.5 billion kyats** (money): “The regional government said on Monday it would spend 4.5 billion kyats on new clinics.” [passage](${MONEY_LINK})`,
        '  - Note: Compare with the 2023 budget',
        '  - Tags: health, budget, regional',
        `- **Min Aung Hlaing** (person, Snr-Gen): “Snr-Gen Min Aung Hlaing approved the plan, officials said.” [passage](${PERSON_LINK})`,
        '',
        `## [ဆန်ဈေး မြင့်တက်](${MY})`,
        '',
        'ဧရာဝတီ · *ဧရာဝတီ* · သတင်း · published 2024-04-03 · Burmese edition · accessed 2025-01-15',
        '',
        `- **ကျပ် ၁၃၅,၀၀၀** (money): “ဆန်တစ်အိတ်လျှင် ကျပ် ၁၃၅,၀၀၀ ဖြစ်သည်။” [passage](${RICE_LINK})`,
        '',
      ].join('\n'),
    );
  });

  it('CSL-JSON: newspaper articles, every author a literal name', () => {
    expect(JSON.parse(cslJson(NOTEBOOK))).toEqual([
      {
        id: EN,
        type: 'article-newspaper',
        title: 'Regime Promises Clinics, “Again”, in Magwe',
        'container-title': 'The Irrawaddy',
        author: [{ literal: 'Nilar Aye' }, { literal: 'Ko Htet' }],
        issued: { 'date-parts': [[2024, 3, 9]] },
        accessed: { 'date-parts': [[2025, 1, 15]] },
        section: 'Burma',
        language: 'en',
        URL: EN,
      },
      {
        id: MY,
        type: 'article-newspaper',
        title: 'ဆန်ဈေး မြင့်တက်',
        'container-title': 'ဧရာဝတီ',
        author: [{ literal: 'ဧရာဝတီ' }],
        issued: { 'date-parts': [[2024, 4, 3]] },
        accessed: { 'date-parts': [[2025, 1, 15]] },
        section: 'သတင်း',
        language: 'my',
        URL: MY,
      },
    ]);
  });

  it('RIS: TY  - NEWS records, whole author names, facts as notes, tags as keywords', () => {
    expect(ris(NOTEBOOK)).toBe(
      [
        'TY  - NEWS',
        'TI  - Regime Promises Clinics, “Again”, in Magwe',
        'AU  - Nilar Aye',
        'AU  - Ko Htet',
        'T2  - The Irrawaddy',
        'SE  - Burma',
        'PY  - 2024',
        'DA  - 2024/03/09',
        'LA  - en',
        `UR  - ${EN}`,
        'Y2  - 2025/01/15',
        'KW  - health',
        'KW  - budget, regional',
        `N1  - 4.5 billion kyats (money): “The regional government said on Monday it would spend 4.5 billion kyats on new clinics.” Note: Compare with the 2023 budget ${MONEY_LINK}`,
        `N1  - Min Aung Hlaing (person, Snr-Gen): “Snr-Gen Min Aung Hlaing approved the plan, officials said.” ${PERSON_LINK}`,
        'ER  - ',
        '',
        'TY  - NEWS',
        'TI  - ဆန်ဈေး မြင့်တက်',
        'AU  - ဧရာဝတီ',
        'T2  - ဧရာဝတီ',
        'SE  - သတင်း',
        'PY  - 2024',
        'DA  - 2024/04/03',
        'LA  - my',
        `UR  - ${MY}`,
        'Y2  - 2025/01/15',
        `N1  - ကျပ် ၁၃၅,၀၀၀ (money): “ဆန်တစ်အိတ်လျှင် ကျပ် ၁၃၅,၀၀၀ ဖြစ်သည်။” ${RICE_LINK}`,
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('JSON: everything, versioned, and read back as it was', () => {
    const text = notebookJson(NOTEBOOK, NOW);
    expect(JSON.parse(text)).toEqual({ format: 'ayeyar-notebook', version: 1, exported: '2025-01-15T04:00:00.000Z', ...NOTEBOOK });
    expect(parseNotebookJson(text)).toEqual({ ok: true, notebook: NOTEBOOK, skipped: 0 });
    expect(parseNotebookJson('\uFEFF' + text)).toMatchObject({ ok: true, skipped: 0 });
  });

  it('JSON import: refuses what is not a notebook, or is from a newer Ayeyar; leaves damaged records out and counts them', () => {
    expect(parseNotebookJson('{"format": "ayeyar-notebook", "version": 1')).toEqual({ ok: false, problem: 'not-json' });
    expect(parseNotebookJson('[]')).toEqual({ ok: false, problem: 'not-notebook' });
    expect(parseNotebookJson(JSON.stringify({ format: 'ayeyar-notebook', version: 2, articles: [], facts: [] }))).toEqual({ ok: false, problem: 'newer-version' });
    const damaged = JSON.parse(notebookJson(NOTEBOOK, NOW));
    damaged.facts[0].tags = 'health';
    damaged.articles[1].edition = 'fr';
    const parsed = parseNotebookJson(JSON.stringify(damaged));
    // The Burmese article is damaged: its fact has no article to stand under and is left out too.
    expect(parsed).toEqual({ ok: true, notebook: { articles: [NOTEBOOK.articles[0]], facts: [NOTEBOOK.facts[1]] }, skipped: 3 });
  });
});
