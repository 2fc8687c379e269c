/**
 * What the notebook needs from the article page beyond its facts: the
 * canonical address, the section and the publication's name. Read in the
 * content script (it has the page); the background builds the records.
 */

export interface PageSource {
  /** The address the reader is at. */
  url: string;
  /** <link rel="canonical">, when the page has one. */
  canonical: string | null;
  section: string | null;
  /** og:site_name ("The Irrawaddy", "ဧရာဝတီ"). */
  siteName: string | null;
}

export function pageSource(doc: Document, url: string): PageSource {
  const content = (property: string) => doc.querySelector<HTMLMetaElement>(`meta[property="${property}"]`)?.content || null;
  return {
    url,
    // .href is the address resolved against the page's.
    canonical: doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || null,
    section: content('article:section'),
    siteName: content('og:site_name'),
  };
}
