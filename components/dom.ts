/**
 * Builds DOM from data. Strings always become text nodes: page text reaches
 * our UI only as text, never as markup.
 */
export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  // Plain loops: the panel calls this a hundred times as an article opens, before V8 has optimised anything.
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === 'object' ? child : doc.createTextNode(String(child)));
  }
  return el;
}
