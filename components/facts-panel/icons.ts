/**
 * Line icons for the panel, drawn by its stylesheet: each control's class
 * names its icon, a mask painted in the control's text colour. A fact's
 * controls then carry no nodes of their own, and nothing is built per fact.
 */

/** Control class -> the icon's path (24 x 24, stroked). */
const ICONS = {
  brand: 'M6 3h12v18H6z M6 15c3-3 6 3 12 0',
  copy: 'M9 9h10v10H9z M5 15V5h10',
  keep: 'M7 4h10v16l-5-4-5 4z',
  collapse: 'M13 6l6 6-6 6 M5 6l6 6-6 6',
  move: 'M4 5h16v14H4z M9 5v14',
  prev: 'M15 6l-6 6 6 6',
  next: 'M9 6l6 6-6 6',
} as const;

/** Icons filled as well as stroked, in a state: a kept fact's Keep. */
const FILLED: Record<string, keyof typeof ICONS> = { '.keep[aria-expanded]': 'keep' };

function maskOf(path: string, fill: boolean): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="${path}" fill="${fill ? 'black' : 'none'}" stroke="black" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/** The rules that give each control its icon (panel.css draws `--icon`); built when a panel is, not as the script loads before first paint. */
export function iconCss(): string {
  return [
    ...Object.entries(ICONS).map(([control, path]) => `.${control}{--icon:${maskOf(path, false)}}`),
    ...Object.entries(FILLED).map(([selector, name]) => `${selector}{--icon:${maskOf(ICONS[name], true)}}`),
  ].join('');
}
