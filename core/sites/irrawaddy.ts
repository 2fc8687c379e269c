import type { SiteRules } from './types';

/**
 * The Irrawaddy (English and Burmese editions), JNews WordPress theme since
 * about 2023. Evidence for each selector: ../shared/docs/irrawaddy-structure.md
 * ("site": seen working on irrawaddy.com; "theme": JNews markup whose text is
 * seen on the site; "guess": plausible). Container classes are preferred over
 * numbered blocks (jeg_postblock_21 vs _22 vary with configuration); the
 * generic detector covers what these miss.
 */
export const irrawaddy: SiteRules = {
  id: 'irrawaddy',
  name: 'The Irrawaddy',
  editions: [
    { host: 'www.irrawaddy.com', language: 'en' },
    { host: 'irrawaddy.com', language: 'en' },
    { host: 'burma.irrawaddy.com', language: 'my' },
  ],

  articlePaths: [
    // English: /news/burma/<slug>.html, /opinion/<section>/<slug>.html, /business/…, /in-person/…
    /^\/(?:news|opinion|specials|business|in-person|lifestyle|election|photo|video|culture|books)\/(?:[\w%-]+\/)*[\w%-]+\.html$/i,
    // Burmese: /article/YYYY/MM/DD/<id>.html (2021–), /news/YYYY/MM/DD/<id>.html (older)
    /^\/(?:article|news)\/\d{4}\/\d{2}\/\d{2}\/\d+\.html$/i,
  ],
  // Every article path ends in .html (above), with or without a query or fragment; home, sections, tags and authors do not.
  articleGlobs: ['*.html', '*.html?*'],
  listingPaths: [
    /^\/$/,
    /^\/(?:category|tag|author|page|search)\//i,
    /\/page\/\d+\/?$/i,
    /^\/feed\b/i,
  ],

  hide: {
    header: [
      '.jeg_header_wrapper', // desktop header: top bar, logo bar, main menu (theme)
      '.jeg_header_sticky', // sticky copy of the menu (theme)
      '.jeg_stickybar',
      '.sticky_blankspace',
      '.jeg_navbar_mobile_wrapper', // mobile bar (theme)
      '#jeg_off_canvas', // off-canvas menu, third copy (theme)
      '.jeg_search_wrapper', // search boxes, three copies (theme)
      '.jeg_search_result',
      '.jeg_breadcrumbs', // breadcrumbs (theme)
      '.jeg_topbar', // top bar: edition link, date, weather (theme)
      '.jeg_top_date',
      '.jeg_top_weather',
      '.jscroll-to-top',
    ],
    related: [
      '.jnews_inline_related_post_wrapper', // "Related Posts" inside the body (site)
      '.jnews_inline_related_post',
      // Pre-2023 custom theme: title-case headline lists inside .entry-content, between body paragraphs
      // (issue 9: seen on real pre-2023 articles, where their names and numbers fed the panel).
      '.related-article-inline',
      '.jnews_related_post_container', // "Similar Picks", Load More (site)
      '.jeg_block_loadmore',
      '.jnews_popup_post_container', // "Next Post" slide-in (theme)
      '.jeg_post_tags', // tags (theme)
      '.jnews_author_box_container', // author box (theme)
      '.jnews_prev_next_container', // previous/next (theme)
      '.jnews_comment_container',
      '.fb-comments-wrapper',
      '.jeg_postblock_5', // another post block (site)
    ],
    ads: [
      '.jeg_ad', // ads (theme)
      '.ads-wrapper',
      '[class*="jnews_"][class*="_ads"]',
    ],
    sidebars: [
      '.jeg_sidebar', // sidebar (site)
      '.widget', // "Recommended", "Most Read", newsletter widgets (site)
      '.widget_jnews_popular',
    ],
    share: [
      '.jeg_share_top_container', // views + share buttons (theme)
      '.jeg_share_bottom_container',
      '.jeg_views_count',
      '.jeg_sharelist',
      '.share-float',
      '.jeg_meta_reading_time', // "Reading Time: N mins read" (theme)
      '.jeg_meta_like_container', // like counts "0 0" (guess)
      '.jeg_meta_zoom', // font size "A A" (theme)
    ],
    popups: [
      '#jeg_loginform', // login / register / forgot pop-ups (theme)
      '#jeg_registerform',
      '#jeg_forgotform',
      '.jeg_popup',
      '.mfp-bg',
      '.mfp-wrap',
      '.mc4wp-form', // newsletter (guess)
      '.jeg_newsletter',
      '.jnews_newsletter_heading',
      '.jeg_cookie', // cookie notice (guess)
      '.jnews-cookie-law-policy',
      '#cookie-notice',
      '#cookie-law-info-bar',
    ],
    footer: [
      '.footer-holder', // footer (theme)
      '.jeg_footer',
      '.jeg_footer_primary',
    ],
  },

  // One box of each region the hide rules name, on every JNews article (theme); the pre-2023 theme has none of them.
  frame: ['.jeg_header_wrapper', '.jeg_navbar_mobile_wrapper', '.jeg_main_content', '.jeg_sidebar', '.jeg_share_top_container', '.jeg_footer'],
  articleColumn: ['.jeg_main_content'],
  body: ['.entry-content .content-inner', '.entry-content', '.jeg_inner_content .content-inner'],
  bodyExclude: [
    '.jnews_inline_related_post_wrapper',
    '.related-article-inline', // pre-2023 in-body related lists (see hide.related)
    '.jeg_share_button',
    '.jeg_post_tags',
    '.fb-comments-wrapper',
    '.jeg_ad',
    '.ads-wrapper',
    'script',
    'style',
    'noscript',
    'template',
    'figcaption',
    '.wp-caption-text',
    '.__cf_email__',
  ],
  keep: {
    title: ['.entry-header h1.jeg_post_title', '.entry-header h1', 'h1.jeg_post_title'],
    byline: ['.jeg_meta_author'],
    date: ['.jeg_meta_date'],
    featured: ['.jeg_featured', 'p.wp-caption-text'],
  },
};
