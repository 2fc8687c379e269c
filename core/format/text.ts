import type { Figure, Person } from '../extract/types';
import { citationOf, citationParts, type Citation } from './citation';
import type { Formatter } from './types';

/** Plain text: readable anywhere, nothing to escape. */

function citation(c: Citation): string {
  return [...citationParts(c), c.url].join(', ');
}

function personLine(p: Person): string {
  const title = p.title ? ` (${p.title})` : '';
  const role = p.role ? `: ${p.role}` : '';
  const aliases = p.aliases.length ? `; also ${p.aliases.join(', ')}` : '';
  return `${p.name}${title}${role}${aliases}`;
}

function figureLine(f: Figure): string {
  return `${f.text} (${f.kind}): ${f.context}`;
}

export const text: Formatter = {
  facts(facts) {
    const lines = [citation(citationOf(facts)), '', 'People:'];
    lines.push(...(facts.people.length ? facts.people.map((p) => `  ${personLine(p)}`) : ['  none named']));
    lines.push('', 'Figures:');
    lines.push(...(facts.figures.length ? facts.figures.map((f) => `  ${figureLine(f)}`) : ['  none found']));
    return lines.join('\n') + '\n';
  },
  person: (p, source) => personLine(p) + (source ? ` (${citation(source)})` : ''),
  figure: (f, source) => figureLine(f) + (source ? ` (${citation(source)})` : ''),
  citation,
};
