import { MARK } from './corpus';
import type { Rng } from './prng';
import { TEXT_KINDS, longWords, type TextKind } from './text-samples';

/**
 * Mutations of a parsed page, each named and described so a failing page
 * says what was done to it. Each one is something a real page does sooner or
 * later: a theme renames its classes, a plugin nests wrappers, an editor
 * pastes a table or Zawgyi text, a CMS truncates the body.
 */

export interface MutationContext {
  doc: Document;
  rng: Rng;
  /** Whether the source page is an article: a non-article page must never gain article evidence. */
  isArticle: boolean;
  /** The copy of the source page's body container (found once: jsdom's attribute queries are slow). */
  body: Element | null;
}

export interface Mutation {
  name: string;
  /** How often it is chosen, relative to the others. */
  weight: number;
  /** Mutates the page; returns what it did, or null when it found nothing to do. */
  apply(ctx: MutationContext): string | null;
}

const VOID = /^(?:AREA|BASE|BR|COL|EMBED|HR|IMG|INPUT|LINK|META|SOURCE|TRACK|WBR|SCRIPT|STYLE|TEMPLATE|TEXTAREA|TITLE)$/;

/** The source page's body container while it is still in the page, else <body>. */
function bodyOf({ doc, body }: MutationContext): Element | null {
  return body?.isConnected ? body : doc.body;
}

function elements(root: ParentNode | null): Element[] {
  return root ? [...root.querySelectorAll('*')] : [];
}

/** Elements under root (the page's <body> when it is the document) that can hold children. */
function containers(root: Document | Element | null): Element[] {
  const from = root && 'body' in root ? root.body : root;
  return elements(from).filter((el) => !VOID.test(el.tagName.toUpperCase()));
}

function describe(el: Element): string {
  const id = el.id ? `#${el.id.slice(0, 30)}` : '';
  const cls = el.classList?.[0] ? `.${el.classList[0].slice(0, 30)}` : '';
  return `${el.localName}${id}${cls}`;
}

function sampleText(rng: Rng, kind: TextKind = rng.pick([...Object.keys(TEXT_KINDS), 'long'] as TextKind[])): { kind: TextKind; text: string } {
  if (kind === 'long') return { kind, text: rng.pick(longWords(rng.int(500, 20_000))) };
  return { kind, text: rng.pick(TEXT_KINDS[kind]) };
}

function paragraphs(doc: Document): Element[] {
  return [...doc.querySelectorAll(`[${MARK.paragraph}]`)];
}

const removeNodes: Mutation = {
  name: 'remove-nodes',
  weight: 10,
  apply(ctx) {
    const { doc, rng } = ctx;
    const removed: string[] = [];
    const inBody = elements(bodyOf(ctx));
    const anywhere = elements(doc).filter((el) => el !== doc.documentElement);
    for (let n = rng.int(1, 6); n > 0; n--) {
      // Picked from the lists taken before any removal: an element already gone with its parent is removed again, harmlessly.
      const pool = rng.chance(0.5) ? inBody : anywhere;
      if (!pool.length) continue;
      const el = rng.pick(pool);
      removed.push(describe(el));
      el.remove();
    }
    return removed.length ? `removed ${removed.join(', ')}` : null;
  },
};

const removeLandmark: Mutation = {
  name: 'remove-landmark',
  weight: 1,
  apply({ doc, rng }) {
    const which = rng.pick(['<body>', '<head>', 'title', 'body container', 'every h1'] as const);
    const targets =
      which === '<body>' ? [doc.body] : which === '<head>' ? [doc.head] : which === 'title' ? [doc.querySelector(`[${MARK.title}]`)] : which === 'body container' ? [doc.querySelector(`[${MARK.body}]`)] : [...doc.querySelectorAll('h1')];
    let removed = 0;
    for (const el of targets) {
      if (el) {
        el.remove();
        removed++;
      }
    }
    return removed ? `removed ${which}` : null;
  },
};

const duplicateNodes: Mutation = {
  name: 'duplicate-nodes',
  weight: 8,
  apply({ doc, rng }) {
    const done: string[] = [];
    const pool = elements(doc).filter((el) => !/^(?:HTML|HEAD|BODY)$/.test(el.tagName.toUpperCase()));
    for (let n = rng.int(1, 3); n > 0; n--) {
      if (!pool.length) break;
      const el = rng.pick(pool);
      // Many copies only of small boxes (a list item, a link, a meta tag): twenty copies of the whole page would only make the run slow.
      const copies = el.querySelectorAll('*').length < 60 && rng.chance(0.3) ? rng.int(2, 20) : 1;
      for (let c = 0; c < copies; c++) el.after(el.cloneNode(true));
      done.push(`${describe(el)} ×${copies}`);
    }
    return done.length ? `duplicated ${done.join(', ')}` : null;
  },
};

const reorderChildren: Mutation = {
  name: 'reorder-children',
  weight: 8,
  apply(ctx) {
    const { doc, rng } = ctx;
    const body = bodyOf(ctx);
    const done: string[] = [];
    for (let n = rng.int(1, 3); n > 0; n--) {
      // Half the time the body or one of its ancestors: the moves that matter most.
      const lineage: Element[] = [];
      for (let el = body; el; el = el.parentElement) lineage.push(el);
      const pool = (rng.chance(0.5) ? lineage : containers(doc)).filter((el) => el.children.length >= 2);
      if (!pool.length) break;
      const parent = rng.pick(pool);
      parent.append(...rng.shuffle([...parent.children]));
      done.push(describe(parent));
    }
    return done.length ? `reordered children of ${done.join(', ')}` : null;
  },
};

/** Class tokens rewritten page-wide by one rule. */
function rewriteClasses(doc: Document, rewrite: (token: string) => string | null): number {
  let changed = 0;
  for (const el of elements(doc)) {
    const value = el.getAttribute('class');
    if (value === null) continue;
    const next = value
      .split(/\s+/)
      .map((t) => (t ? rewrite(t) : t))
      .filter((t): t is string => t !== null)
      .join(' ');
    if (next !== value) {
      el.setAttribute('class', next);
      changed++;
    }
  }
  return changed;
}

const renameClasses: Mutation = {
  name: 'rename-classes',
  weight: 10,
  apply({ doc, rng }) {
    const how = rng.pick(['drop jeg_ prefix', 'renumber', 'strip some', 'strip all', 'hash all', 'rename ids'] as const);
    let changed = 0;
    if (how === 'drop jeg_ prefix') changed = rewriteClasses(doc, (t) => t.replace(/^jeg_|^jnews_/, ''));
    else if (how === 'renumber') {
      const numbers = new Map<string, string>();
      changed = rewriteClasses(doc, (t) =>
        t.replace(/\d+/g, (d) => {
          if (!numbers.has(d)) numbers.set(d, String(rng.int(0, 40)));
          return numbers.get(d)!;
        }),
      );
    } else if (how === 'strip some') {
      const pool = elements(doc).filter((el) => el.hasAttribute('class'));
      for (let n = rng.int(1, 30); n > 0 && pool.length; n--) {
        rng.pick(pool).removeAttribute('class');
        changed++;
      }
    } else if (how === 'strip all') {
      for (const el of elements(doc)) {
        if (el.hasAttribute('class')) {
          el.removeAttribute('class');
          changed++;
        }
      }
    } else if (how === 'hash all') {
      // As CSS modules and minifying themes do: every name becomes an opaque token, one per name.
      const names = new Map<string, string>();
      changed = rewriteClasses(doc, (t) => {
        if (!names.has(t)) names.set(t, `c${rng.int(0, 36 ** 4).toString(36)}`);
        return names.get(t)!;
      });
    } else {
      for (const el of doc.querySelectorAll('[id]')) {
        if (rng.chance(0.5)) el.removeAttribute('id');
        else el.id = `i${rng.int(0, 36 ** 4).toString(36)}`;
        changed++;
      }
    }
    return `${how} (${changed} elements)`;
  },
};

const emptyBody: Mutation = {
  name: 'empty-body',
  weight: 3,
  apply(ctx) {
    const { rng } = ctx;
    const body = bodyOf(ctx);
    if (!body) return null;
    const how = rng.pick(['no children', 'empty paragraphs', 'whitespace only', 'one short line'] as const);
    if (how === 'no children') body.replaceChildren();
    else if (how === 'empty paragraphs') for (const p of body.querySelectorAll('p')) p.textContent = '';
    else if (how === 'whitespace only') body.innerHTML = '\n \u00A0 <p> </p><p>&nbsp;</p>\t<br>';
    else body.innerHTML = `<p ${MARK.paragraph}>Short.</p>`;
    return `body: ${how}`;
  },
};

const hugeBody: Mutation = {
  name: 'huge-body',
  weight: 0.1,
  apply(ctx) {
    const { doc, rng } = ctx;
    const body = bodyOf(ctx);
    if (!body) return null;
    const target = rng.int(900_000, 1_100_000);
    const how = rng.pick(['many paragraphs', 'one paragraph', 'burmese without spaces'] as const);
    if (how === 'many paragraphs') {
      const models = paragraphs(doc).filter((p) => body.contains(p));
      let length = body.textContent?.length ?? 0;
      for (let i = 0; length < target; i++) {
        const p = models.length ? (models[i % models.length].cloneNode(true) as Element) : doc.createElement('p');
        if (!models.length) p.textContent = `Paragraph ${i}: some 40 people and US$5 million, said U Kyaw Zaw on Monday.`;
        p.setAttribute(MARK.paragraph, '');
        body.append(p);
        length += p.textContent?.length ?? 0;
      }
    } else {
      const sentence = how === 'one paragraph' ? 'Some 4,705 people fled 12 villages, Lt-Gen Soe Win said on Monday. ' : 'ရွှေဈေးနှုန်းသည် ကျပ် ၆၈ သိန်းအထိမြင့်တက်ခဲ့သည်။';
      const p = doc.createElement('p');
      p.setAttribute(MARK.paragraph, '');
      p.textContent = sentence.repeat(Math.ceil(target / sentence.length));
      body.append(p);
    }
    return `body made ~${Math.round(target / 1000)} KB: ${how}`;
  },
};

/** Blocks an editor pastes into an article; those marked as paragraphs are body text the reader must keep. */
const BLOCKS: ((rng: Rng) => string)[] = [
  () => `<table><thead><tr><th>Township</th><th>Displaced</th></tr></thead><tbody><tr><td>Kani</td><td>4,705 people</td></tr><tr><td colspan="2">Total 12,000</td></tr><tr><td rowspan="3">၁၂</td></tr></tbody></table>`,
  () => `<table><tr><td><table><tr><td>Nested 5 percent</td></tr></table></td></tr></table>`,
  () => `<table></table>`,
  () => `<img src="/wp-content/uploads/x.jpg" alt="A photo of 300 displaced people">`,
  () => `<img>`,
  () => `<figure><img src="/y.jpg"><figcaption>Displaced people in Kani, where 40 were killed / The Irrawaddy</figcaption></figure>`,
  () => `<figure class="wp-block-table"><table><tr><td>US$5 million</td><td>2 lakh kyats</td></tr></table></figure>`,
  () => `<ul><li ${MARK.paragraph}>A first point about 3 villages</li><li><ul><li ${MARK.paragraph}>A nested point: 50 percent</li></ul></li></ul>`,
  () => `<ol start="-5"><li></li><li ${MARK.paragraph}>An item after an empty one</li></ol>`,
  () => `<dl><dt>Term</dt><dd>A definition of 8 km</dd></dl>`,
  () => `<blockquote><p ${MARK.paragraph}>“We lost 1.63 billion kyats,” a trader said.</p></blockquote>`,
  () => `<pre>  preformatted\n  12   34\n</pre>`,
  () => `<iframe src="https://www.youtube.com/embed/x"></iframe>`,
  () => `<video src="v.mp4"><track kind="captions"></video>`,
  () => `<svg><text>SVG text of 99 people</text></svg>`,
  () => `<math><mi>x</mi><mo>=</mo><mn>5</mn></math>`,
  () => `<details><summary>More</summary><p>A detail of 20 years.</p></details>`,
  () => `<p></p><p> </p><p>&nbsp;</p><br><br><hr>`,
  () => `<h2 ${MARK.paragraph}>A subheading with the numbers 2 and 3</h2>`,
  () => `<ul>${'<li><a href="/news/burma/another-story.html">Another story on the war</a></li>'.repeat(8)}</ul>`,
  (rng) => `<p ${MARK.paragraph}>${escapeHtml(sampleText(rng).text)}</p>`,
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const insertBlocks: Mutation = {
  name: 'insert-blocks',
  weight: 8,
  apply(ctx) {
    const { doc, rng } = ctx;
    const body = bodyOf(ctx);
    if (!body) return null;
    // Where an editor's blocks go: the body container, its paragraphs and what holds them (never inside a related-posts box).
    const places = new Set<Element>([body]);
    for (const p of paragraphs(doc)) {
      if (body.contains(p)) for (let el: Element | null = p; el && el !== body; el = el.parentElement) places.add(el);
    }
    const done: string[] = [];
    for (let n = rng.int(1, 6); n > 0; n--) {
      const k = rng.int(0, BLOCKS.length - 1);
      const holder = doc.createElement('div');
      holder.innerHTML = BLOCKS[k](rng);
      const parent = rng.pick([...places]);
      const before = parent.childNodes[rng.int(0, parent.childNodes.length)] ?? null;
      for (const node of [...holder.childNodes]) parent.insertBefore(node, before);
      done.push(`block ${k} in ${describe(parent)}`);
    }
    return done.join(', ');
  },
};

/** A chain of `depth` nested elements; returns its outermost and innermost. */
function chain(doc: Document, depth: number, tags: readonly string[], rng: Rng): { outer: Element; inner: Element } {
  // Built from the inside out: jsdom walks every ancestor on each insertion, so top-down is quadratic.
  const inner = doc.createElement(rng.pick(tags));
  let outer = inner;
  for (let d = 1; d < depth; d++) {
    const wrapper = doc.createElement(rng.pick(tags));
    wrapper.append(outer);
    outer = wrapper;
  }
  return { outer, inner };
}

const deepNesting: Mutation = {
  name: 'deep-nesting',
  weight: 0.7,
  apply(ctx) {
    const { doc, rng } = ctx;
    const depth = rng.int(200, 3000);
    const how = rng.pick(['around a paragraph', 'around the body content', 'around the body', 'inside a paragraph', 'nested lists', 'outside the body'] as const);
    const body = bodyOf(ctx);
    const paragraph = rng.pick(paragraphs(doc)) ?? body;
    const tags = rng.pick([['div'], ['div', 'section', 'span'], ['span', 'b', 'i', 'em']] as const);
    if (!body || !paragraph) return null;
    if (how === 'around a paragraph' || how === 'around the body') {
      const target = how === 'around the body' ? body : paragraph;
      const { outer, inner } = chain(doc, depth, tags, rng);
      target.replaceWith(outer);
      inner.append(target);
    } else if (how === 'around the body content') {
      const { outer, inner } = chain(doc, depth, tags, rng);
      inner.append(...body.childNodes);
      body.append(outer);
    } else if (how === 'inside a paragraph') {
      const { outer, inner } = chain(doc, depth, ['span', 'b', 'i', 'a'], rng);
      inner.append(...paragraph.childNodes);
      paragraph.append(outer);
    } else if (how === 'nested lists') {
      const { outer, inner } = chain(doc, depth, ['ul', 'li'], rng);
      inner.textContent = 'The deepest item: 7 people';
      body.append(outer);
    } else {
      const outside = containers(doc).filter((el) => !el.contains(body) && !body.contains(el));
      if (!outside.length) return null;
      const { outer, inner } = chain(doc, depth, tags, rng);
      inner.innerHTML = '<a href="/a">Link one</a> <a href="/b">Link two</a> <a href="/c">Link three</a>';
      rng.pick(outside).append(outer);
    }
    return `${depth} levels ${how} (${tags.join('/')})`;
  },
};

const unicodeText: Mutation = {
  name: 'unicode-text',
  weight: 10,
  apply(ctx) {
    const { doc, rng } = ctx;
    const body = bodyOf(ctx);
    const { kind, text } = sampleText(rng);
    const how = rng.pick(['new paragraphs', 'inside words', 'replace a paragraph', 'title and meta'] as const);
    if (how === 'new paragraphs' && body) {
      for (let n = rng.int(1, 5); n > 0; n--) {
        const p = doc.createElement('p');
        p.setAttribute(MARK.paragraph, '');
        p.textContent = n === 1 ? text : sampleText(rng, kind).text;
        body.insertBefore(p, body.children[rng.int(0, body.children.length)] ?? null);
      }
    } else if (how === 'inside words' || how === 'replace a paragraph') {
      const pool = paragraphs(doc);
      if (!pool.length) return null;
      const p = rng.pick(pool);
      const walker = doc.createTreeWalker(p, 4 /* SHOW_TEXT */);
      const texts: Text[] = [];
      for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
      if (how === 'replace a paragraph' || !texts.length) p.textContent = text;
      else {
        const node = rng.pick(texts);
        node.insertData(rng.int(0, node.length), text);
      }
    } else {
      const h1 = doc.querySelector(`[${MARK.title}]`) ?? doc.querySelector('h1');
      if (h1) h1.textContent = text;
      doc.querySelector('meta[property="og:title"]')?.setAttribute('content', text);
      doc.querySelector('meta[name="author"]')?.setAttribute('content', sampleText(rng).text);
    }
    return `${kind} text: ${how}`;
  },
};

const ATTRIBUTE_NAMES = ['onclick', 'onerror', 'onload', 'onmouseover', 'href', 'src', 'style', 'class', 'id', 'data-x', 'srcdoc', 'formaction', 'title', 'alt', 'rel', 'role', 'aria-label'];
const ODD_VALUES = ['', ' ', '123', 'a b', 'x"y', '#id', ':root', '[[', 'jeg_share jeg_sidebar footer', 'a'.repeat(5000), '\u0000', 'dialog', 'navigation'];

const ARTICLE_MARKS = `[${MARK.paragraph}], [${MARK.title}], [${MARK.body}]`;
function holdsArticle(el: Element): boolean {
  return el.matches(ARTICLE_MARKS) || !!el.querySelector(ARTICLE_MARKS);
}

const scriptAttributes: Mutation = {
  name: 'script-attributes',
  weight: 5,
  apply({ doc, rng }) {
    const pool = elements(doc);
    const done: string[] = [];
    for (let n = rng.int(1, 12); n > 0 && pool.length; n--) {
      const el = rng.pick(pool);
      const name = rng.pick(ATTRIBUTE_NAMES);
      // Roles and class names that call the article itself clutter would be the page's own verdict, not a bug of ours.
      if ((name === 'role' || name === 'class' || name === 'id') && holdsArticle(el)) continue;
      const value = rng.chance(0.6) ? rng.pick(TEXT_KINDS.scriptLike) : rng.pick(ODD_VALUES);
      el.setAttribute(name, value);
      done.push(`${describe(el)}[${name}]`);
    }
    return done.length ? `attributes ${done.join(', ')}` : null;
  },
};

const PUBLISHED_GARBAGE = ['', 'tomorrow', '0000-00-00', '２０２４-01-01', '2024-13-45T99:99', '1e309', 'NaN', '-2024-01-01', '၂၀၂၄-၀၄-၀၃'];

const metaGarbage: Mutation = {
  name: 'meta-garbage',
  weight: 3,
  apply({ doc, rng, isArticle }) {
    const done: string[] = [];
    doc.querySelector('meta[property="og:title"]')?.setAttribute('content', sampleText(rng).text);
    const published = doc.querySelector('meta[property="article:published_time"]');
    if (published) {
      published.setAttribute('content', rng.pick(PUBLISHED_GARBAGE));
      done.push('published time');
    }
    doc.querySelector('meta[name="author"]')?.setAttribute('content', sampleText(rng).text);
    // Only an article's own JSON-LD may change: a listing must not be handed article evidence.
    const ld = isArticle ? doc.querySelector('script[type="application/ld+json"]') : null;
    if (ld) {
      ld.textContent = rng.pick([
        '{"@type": "NewsArticle", "author": ',
        '{"@type":"NewsArticle","author":{"name":"\\u0000"}}',
        `{"@type":"NewsArticle","author":[{"name":${JSON.stringify(sampleText(rng).text)}}]}`,
        '[]',
        '"'.repeat(1000),
      ]);
      done.push('ld+json');
    }
    return `og:title, author${done.length ? ', ' + done.join(', ') : ''}`;
  },
};

export const DOM_MUTATIONS: Mutation[] = [
  removeNodes,
  removeLandmark,
  duplicateNodes,
  reorderChildren,
  renameClasses,
  emptyBody,
  hugeBody,
  insertBlocks,
  deepNesting,
  unicodeText,
  scriptAttributes,
  metaGarbage,
];
