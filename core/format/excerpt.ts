/**
 * A sentence shortened around a phrase, for the panel's one-line context:
 * "…a regional court fined the company 5.8 million kyats for late…".
 */
export function excerptAround(sentence: string, phrase: string, radius = 60): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text.length <= phrase.length + 2 * radius) return text;
  const at = Math.max(0, text.indexOf(phrase));
  let start = Math.max(0, at - radius);
  let end = Math.min(text.length, at + phrase.length + radius);
  // Cut at word boundaries, never inside the phrase.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > at) start = at;
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), at + phrase.length);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
