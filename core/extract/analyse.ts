import { COMMON_WORDS } from './tables/common-words';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';

/** A paragraph read once: its tokens, its sentences and which sentence each token is in. */
export interface AnalysedParagraph {
  index: number;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Uint32Array;
}

export function analyse(texts: readonly string[]): AnalysedParagraph[] {
  return texts.map((text, index) => {
    const tokens = tokenize(text);
    const sentences = splitSentences(text);
    const sentenceOf = new Uint32Array(tokens.length);
    // Tokens in the last sentence (and any after its trimmed end) belong to it: its end is taken as past the text.
    const last = sentences.length - 1;
    let s = 0;
    let end = last > 0 ? sentences[0].end : text.length;
    for (let i = 0; i < tokens.length; i++) {
      const start = tokens[i].start;
      while (start >= end) end = ++s < last ? sentences[s].end : text.length;
      sentenceOf[i] = s;
    }
    return { index, text, tokens, sentences, sentenceOf };
  });
}

/** Whether token i is the first of its sentence. */
export function startsSentence(p: AnalysedParagraph, i: number): boolean {
  return i === 0 || p.sentenceOf[i - 1] !== p.sentenceOf[i];
}

/** The text of the sentence holding token i. */
export function sentenceText(p: AnalysedParagraph, i: number): string {
  const s = p.sentences[p.sentenceOf[i]];
  return s ? p.text.slice(s.start, s.end) : p.text;
}

/** A paragraph this capitalised is a title-case headline (a subhead, a related-story title): it names no figure, and only titles and honorifics make people in it. */
const HEADLINE_CAPITALS = 0.8;
const HEADLINE_MAX_WORDS = 20;
const CLOSING_QUOTES = new Set(['”', '"', '’']);

/** Whether the paragraph is a title-case headline: short, no sentence end, mostly capitalised words. */
export function isHeadline(p: AnalysedParagraph): boolean {
  if (endsSentence(p.text)) return false; // most paragraphs: no need to count
  let words = 0;
  let capitalised = 0;
  for (let i = 0; i < p.tokens.length; i++) {
    const t = p.tokens[i];
    if (!t.letter || COMMON_WORDS.has(t.text)) continue;
    // Counting stops past the limit: the paragraph is too long for a headline.
    if (++words > HEADLINE_MAX_WORDS) return false;
    if (t.cap) capitalised++;
  }
  if (words === 0) return false;
  return capitalised / words >= HEADLINE_CAPITALS;
}

/** Whether the text ends with . ! or ? (maybe before a closing quote). */
function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  let last = trimmed.length - 1;
  if (last > 0 && CLOSING_QUOTES.has(trimmed[last])) last--;
  const c = trimmed[last];
  return c === '.' || c === '!' || c === '?';
}
