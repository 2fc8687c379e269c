import type { ArticleFacts } from '@/core/extract';
import type { KeepRequest } from '@/core/notebook/records';

/**
 * Invented articles for the notebook's tests (our own words, as every
 * fixture): one from the English edition with a figure that names a person,
 * one from the Burmese edition.
 */

const span = (paragraph: number, start: number, end: number) => ({ paragraph, start, end });

export const ENGLISH_PARAGRAPHS = [
  'The regional government said on Monday it would spend 4.5 billion kyats on new clinics. Snr-Gen Min Aung Hlaing approved the plan, officials said.',
  'Daw Khin Mar Lwin, a nurse in Magwe, said 12 clinics had closed since March.',
];

export const ENGLISH_FACTS: ArticleFacts = {
  url: 'https://www.irrawaddy.com/news/burma/invented-clinics.html?utm_source=feed',
  isArticle: true,
  title: 'Regime Promises Clinics, “Again”, in Magwe',
  byline: 'By Nilar Aye and Ko Htet',
  published: '2024-03-09',
  people: [
    { name: 'Min Aung Hlaing', title: 'Snr-Gen', aliases: ['Snr-Gen Min Aung Hlaing'], mentions: 1, role: null, spans: [span(0, 96, 119)] },
    { name: 'Khin Mar Lwin', title: null, aliases: ['Daw Khin Mar Lwin'], mentions: 1, role: 'a nurse in Magwe', spans: [span(1, 0, 17)] },
  ],
  figures: [
    {
      text: '4.5 billion kyats',
      kind: 'money',
      value: 4.5e9,
      unit: 'MMK',
      context: 'The regional government said on Monday it would spend 4.5 billion kyats on new clinics.',
      span: span(0, 54, 71),
      spans: [span(0, 54, 71)],
    },
    {
      text: '12 clinics',
      kind: 'count',
      value: 12,
      unit: 'clinics',
      context: 'Daw Khin Mar Lwin, a nurse in Magwe, said 12 clinics had closed since March.',
      span: span(1, 42, 52),
      spans: [span(1, 42, 52)],
    },
  ],
};

export const ENGLISH_REQUEST: KeepRequest = {
  source: {
    url: ENGLISH_FACTS.url,
    canonical: 'https://www.irrawaddy.com/news/burma/invented-clinics.html',
    section: 'Burma',
    siteName: 'The Irrawaddy',
  },
  facts: ENGLISH_FACTS,
  paragraphs: ENGLISH_PARAGRAPHS,
  keys: null,
};

export const BURMESE_FACTS: ArticleFacts = {
  url: 'https://burma.irrawaddy.com/article/2024/04/03/900001.html',
  isArticle: true,
  title: 'ဆန်ဈေး မြင့်တက်',
  byline: 'ဧရာဝတီ',
  published: '2024-04-03',
  people: [],
  figures: [
    {
      text: 'ကျပ် ၁၃၅,၀၀၀',
      kind: 'money',
      value: 135000,
      unit: 'MMK',
      context: 'ဆန်တစ်အိတ်လျှင် ကျပ် ၁၃၅,၀၀၀ ဖြစ်သည်။',
      span: span(0, 16, 28),
      spans: [span(0, 16, 28)],
    },
  ],
};

export const BURMESE_REQUEST: KeepRequest = {
  source: { url: BURMESE_FACTS.url, canonical: BURMESE_FACTS.url, section: 'သတင်း', siteName: 'ဧရာဝတီ' },
  facts: BURMESE_FACTS,
  paragraphs: ['ဆန်တစ်အိတ်လျှင် ကျပ် ၁၃၅,၀၀၀ ဖြစ်သည်။'],
  keys: null,
};
