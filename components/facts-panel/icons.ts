/** Line icons for the panel, built as SVG nodes (no markup strings). */

const PATHS = {
  copy: 'M9 9h10v10H9z M5 15V5h10',
  keep: 'M7 4h10v16l-5-4-5 4z',
  collapse: 'M13 6l6 6-6 6 M5 6l6 6-6 6',
  side: 'M4 5h16v14H4z M9 5v14',
  prev: 'M15 6l-6 6 6 6',
  next: 'M9 6l6 6-6 6',
  logo: 'M6 3h12v18H6z M6 15c3-3 6 3 12 0',
} as const;

export type IconName = keyof typeof PATHS;

const SVG_NS = 'http://www.w3.org/2000/svg';

export function icon(doc: Document, name: IconName): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', PATHS[name]);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  path.setAttribute('stroke-linecap', 'round');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}
