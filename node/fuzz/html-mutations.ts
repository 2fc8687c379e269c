import { MARK } from './corpus';
import type { Rng } from './prng';

/**
 * Mutations of the page as HTML text, for what no DOM can hold: markup cut
 * short, closing tags with no opening, elements never closed, broken
 * entities and NUL bytes. The parser then repairs the page the way browsers
 * do, and Ayeyar must read whatever comes out.
 */

export interface HtmlMutation {
  name: string;
  weight: number;
  apply(html: string, rng: Rng): { html: string; did: string };
}

/** A random position, half the time in the stretch after the article body starts. */
function position(html: string, rng: Rng): number {
  const body = html.indexOf(MARK.body);
  if (body >= 0 && rng.chance(0.5)) return Math.min(html.length, body + rng.int(0, 30_000));
  return rng.int(0, html.length);
}

/** The position just after the next '>' from a random point: between two tags or before text. */
function boundary(html: string, rng: Rng): number {
  const at = html.indexOf('>', position(html, rng));
  return at < 0 ? html.length : at + 1;
}

function insertAt(html: string, at: number, text: string): string {
  return html.slice(0, at) + text + html.slice(at);
}

/** Inserts each of `count` pieces at its own boundary; returns the new HTML and the pieces. */
function scatter(html: string, rng: Rng, count: number, piece: () => string): { html: string; did: string } {
  const pieces: string[] = [];
  for (let n = 0; n < count; n++) {
    const p = piece();
    html = insertAt(html, boundary(html, rng), p);
    pieces.push(p);
  }
  return { html, did: pieces.join(' ') };
}

const truncate: HtmlMutation = {
  name: 'truncate',
  weight: 4,
  apply(html, rng) {
    const at = position(html, rng);
    return { html: html.slice(0, at), did: `cut at ${at} of ${html.length}` };
  },
};

const STRAY = ['</div>', '</p>', '</table>', '</body>', '</html>', '</li>', '</ul>', '</span>', '</a>', '</article>', '</section>', '</main>', '</head>', '</h1>', '</tr>', '</td>', '</form>', '</template>', '</svg>', '</br>'];

const strayClosingTags: HtmlMutation = {
  name: 'stray-closing-tags',
  weight: 4,
  apply: (html, rng) => scatter(html, rng, rng.int(1, 10), () => rng.pick(STRAY)),
};

/** Opening tags never closed; the raw-text ones (which swallow the rest of the page) are rarer. */
const UNCLOSED: (readonly [string, number])[] = [
  ['<p>', 5], ['<div>', 5], ['<table>', 4], ['<div class="wrap">', 3], ['<ul><li>', 2], ['<a href="/x">', 2], ['<b>', 2],
  ['<table><tr><td>', 2], ['<span>', 2], ['<h2>', 1], ['<blockquote>', 1], ['<form>', 1], ['<nav>', 1], ['<aside>', 1],
  ['<header>', 1], ['<select>', 1], ['<svg>', 1], ['<math>', 1], ['<template>', 0.5], ['<textarea>', 0.3], ['<title>', 0.3],
  ['<noscript>', 0.3], ['<!--', 0.3], ['<![CDATA[', 0.3], ['<xmp>', 0.2], ['<plaintext>', 0.2], ['<iframe>', 0.2],
  ['<style>', 0.2], ['<script>', 0.2],
];

const unclosedTags: HtmlMutation = {
  name: 'unclosed-tags',
  weight: 5,
  apply: (html, rng) => scatter(html, rng, rng.int(1, 5), () => rng.weighted(UNCLOSED)),
};

const ENTITIES = ['&#0;', '&#xD800;', '&#x110000;', '&amp', '&nbsp', '&#', '&#x;', '&notanentity;', '&#9999999999;', '&lt;script&gt;', '&#x1031;&#x1000;'];

const brokenEntities: HtmlMutation = {
  name: 'broken-entities',
  weight: 2,
  apply: (html, rng) => scatter(html, rng, rng.int(1, 10), () => rng.pick(ENTITIES)),
};

/** A quote, bracket or slash dropped inside a tag: unbalanced quotes swallow attributes and the tags after them. */
const brokenTags: HtmlMutation = {
  name: 'broken-tags',
  weight: 2,
  apply(html, rng) {
    const done: string[] = [];
    for (let n = rng.int(1, 5); n > 0; n--) {
      const at = html.indexOf('<', position(html, rng));
      if (at < 0) continue;
      const junk = rng.pick(['"', "'", '<', '=', '/', '<<', ' x="']);
      html = insertAt(html, at + rng.int(1, 12), junk);
      done.push(junk);
    }
    return { html, did: done.join(' ') };
  },
};

const rawJunk: HtmlMutation = {
  name: 'raw-junk',
  weight: 2,
  apply(html, rng) {
    const junk = ['\u0000', '\uD800', '\uDFFF', '\r', '\u000C', '\uFEFF', '\u2028'];
    const done: string[] = [];
    for (let n = rng.int(1, 20); n > 0; n--) {
      const c = rng.pick(junk);
      html = insertAt(html, position(html, rng), c);
      done.push(`U+${c.charCodeAt(0).toString(16).toUpperCase()}`);
    }
    return { html, did: done.join(' ') };
  },
};

export const HTML_MUTATIONS: HtmlMutation[] = [truncate, strayClosingTags, unclosedTags, brokenEntities, brokenTags, rawJunk];
