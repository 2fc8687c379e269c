import type { ClutterGroup } from '../sites';

/**
 * What clutter looks like on any news site, as data. The generic detector
 * uses these when the site's own rules miss something (a renamed class, an
 * older theme). Sources: WordPress and its common plugins' conventions, the
 * IAB/Google ad tags, and the generic cosmetic filters of uBlock Origin.
 */

/** Ad tags of the big ad networks. Also hidden by the manifest stylesheet, before first paint. */
export const AD_MARKERS = [
  'ins.adsbygoogle',
  '[id^="div-gpt-ad"]',
  '[id^="google_ads_iframe"]',
  '[data-ad-slot]',
  '[data-ad-client]',
  '[data-google-query-id]',
  'iframe[src*="doubleclick.net"]',
  'iframe[src*="googlesyndication.com"]',
];

/** The whole text of an ad box's label (English and Burmese "advertisement"). */
export const AD_LABEL = /^(?:advertisements?|advertising|ads?|sponsored(?: content)?|promoted|ကြော်ငြာ)$/i;

/** A box around an ad tag holds at most this much text of its own ("×", "Advertisement"). */
export const AD_BOX_MAX_TEXT = 40;

/**
 * Words in class names and ids, by the group they mark. Matched as whole
 * words after splitting names on '-', '_', spaces and camelCase. Applied only
 * outside the article, or (the first three) to boxes inside the body.
 */
export const CLUTTER_NAMES: [ClutterGroup, RegExp][] = [
  ['ads', /(?:ads?|advert|adverts|advertisement|adsbygoogle|sponsor|sponsored|dfp|ad slot|outbrain|taboola)/],
  ['related', /\b(?:comments?|disqus|related|more in|popular|most read|trending|recommended|read next|also read|post navigation)\b/],
  ['share', /\b(?:share|sharing|social|sharedaddy|addtoany)\b/],
  ['popups', /\b(?:cookie|consent|gdpr|newsletter|subscribe|popup|modal|mailchimp|mc4wp)\b/],
  ['footer', /\b(?:footer|colophon|site info)\b/],
  ['sidebars', /\b(?:sidebar|widget area|secondary)\b/],
  ['header', /\b(?:masthead|site header|top ?bar|top strip|nav ?bar|navigation|mobile menu|main menu|breadcrumbs?|ticker|back to top|scroll to top)\b/],
];

/** Inside the article body only these name rules apply (ads, promotions, share bars). */
export const BODY_CLUTTER_NAMES = CLUTTER_NAMES.slice(0, 3);

/** Boxes of readers' prose: however much they hold, it is not the article's. */
export const READERS_PROSE_NAMES = /\b(?:comments?|disqus|replies|responses)\b/;

/**
 * Parts of an article that stand between its title and its body and must stay
 * visible: byline, date, featured image and caption.
 */
export const ARTICLE_META = [
  'time',
  '[rel~="author"]',
  '[itemprop="author"]',
  '[itemprop="datePublished"]',
  '[class*="byline"]',
  '[class*="author"]',
  '[class*="date"]',
  'figure',
  '[class*="featured"]',
  '.wp-caption',
];
