import type { Figure, Person } from '../extract/types';
import { citationOf, type Citation } from './citation';
import type { Formatter } from './types';

/** Markdown for notes: a cited heading, a list of people and a table of figures. */

/** Backslash-escapes what Markdown would read as markup in running text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

function cell(text: string): string {
  return escapeMarkdown(text).replace(/\r?\n/g, ' ');
}

function citation(c: Citation): string {
  const title = c.title ? `[${escapeMarkdown(c.title)}](${c.url})` : `<${c.url}>`;
  return [title, c.author && escapeMarkdown(c.author), c.date].filter(Boolean).join(', ');
}

function personLine(p: Person): string {
  const title = p.title ? ` (${escapeMarkdown(p.title)})` : '';
  const role = p.role ? `: ${escapeMarkdown(p.role)}` : '';
  const aliases = p.aliases.length ? `; also ${p.aliases.map(escapeMarkdown).join(', ')}` : '';
  return `**${escapeMarkdown(p.name)}**${title}${role}${aliases} (${p.mentions} ${p.mentions === 1 ? 'mention' : 'mentions'})`;
}

function figureLine(f: Figure): string {
  return `**${escapeMarkdown(f.text)}** (${f.kind}): “${escapeMarkdown(f.context)}”`;
}

export const markdown: Formatter = {
  facts(facts) {
    const lines = [`## Key facts: ${citation(citationOf(facts))}`, ''];
    lines.push('### People', '');
    lines.push(...(facts.people.length ? facts.people.map((p) => `- ${personLine(p)}`) : ['_None named._']));
    lines.push('', '### Figures', '');
    if (facts.figures.length) {
      lines.push('| Figure | Kind | Value | Unit | Context |', '| --- | --- | ---: | --- | --- |');
      for (const f of facts.figures) lines.push(`| ${cell(f.text)} | ${f.kind} | ${f.value} | ${cell(f.unit ?? '')} | ${cell(f.context)} |`);
    } else lines.push('_None found._');
    return lines.join('\n') + '\n';
  },
  person: (p, source) => `- ${personLine(p)}${source ? ` (${citation(source)})` : ''}`,
  figure: (f, source) => `- ${figureLine(f)}${source ? ` (${citation(source)})` : ''}`,
  citation,
};
