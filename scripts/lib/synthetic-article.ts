/**
 * A deterministic, invented article of any length for benchmarks: sentences
 * built from fixed parts (names with ranks and honorifics, places, money,
 * percentages, counts, dates) by a seeded generator, in the Irrawaddy page
 * structure so the whole extraction path runs. No real article text.
 */

const NAMES = ['Snr-Gen Min Aung Hlaing', 'U Kyaw Zaw Lin', 'Daw Khin Thida Aye', 'Lt-Gen Soe Naing Oo', 'Ko Thura Myo', 'Brig-Gen Zaw Htet Win', 'Dr. Hnin Wai Phyo', 'Maria Lindqvist', 'Sai Hseng Kham', 'Naw Eh Htoo Paw'];
const PLACES = ['Sagaing Region', 'Magwe', 'Hpakant Township', 'northern Shan State', 'Mandalay', 'Karenni State', 'Ayeyarwady Region'];
const TEMPLATES = [
  (n: string, p: string, x: number) => `${n} said on Monday that ${x} displaced families in ${p} had received ${x * 3},000 kyats each.`,
  (n: string, p: string, x: number) => `Prices in ${p} rose by ${(x % 40) + 2}.${x % 10} percent in June, according to ${n}.`,
  (n: string, p: string, x: number) => `At least ${x} junta soldiers and ${x % 9 + 2} civilians were killed near ${p} in 2024, ${n} told reporters.`,
  (n: string, p: string, x: number) => `The project in ${p} is worth US$${x}.5 million and covers ${x * 10} acres, ${n} said.`,
  (_n: string, p: string, x: number) => `Light Infantry Division ${x % 99} moved ${x % 7 + 3} trucks to ${p} on March ${x % 28 + 1} at 4 a.m.`,
  (n: string, p: string, x: number) => `${n} has led the group for ${x % 30 + 1} years, and three of its ${x % 50 + 5} members come from ${p}.`,
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Body paragraphs with about `words` words in all. */
function syntheticParagraphs(words: number, seed = 1): string[] {
  const next = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) sentences.push(pick(TEMPLATES)(pick(NAMES), pick(PLACES), Math.floor(next() * 900) + 10));
    const paragraph = sentences.join(' ');
    count += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

export const SYNTHETIC_URL = 'https://www.irrawaddy.com/news/burma/synthetic-benchmark-article.html';

/** The paragraphs as an article page of the site's theme. */
export function syntheticPage(words: number, seed = 1): string {
  const body = syntheticParagraphs(words, seed)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return `<!doctype html><html><head><title>Synthetic benchmark article</title>
<meta property="og:type" content="article"><meta property="og:title" content="Synthetic benchmark article">
<meta property="article:published_time" content="2025-01-01T09:00:00+06:30"></head>
<body class="single single-post"><div class="jeg_main"><div class="entry-header"><h1 class="jeg_post_title">Synthetic benchmark article</h1></div>
<div class="entry-content"><div class="content-inner">${body}</div></div></div></body></html>`;
}
