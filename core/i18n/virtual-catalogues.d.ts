/** The catalogues, compiled at build time from public/_locales (wxt.config.ts): every message, for the extension's pages. */
declare module 'virtual:ayeyar-messages' {
  const catalogues: Record<import('./messages').UiLanguage, import('./messages').Catalogue>;
  export default catalogues;
}

/** Only the facts panel's messages (PANEL_KEY_PREFIX), for the content script, which an article page loads. */
declare module 'virtual:ayeyar-panel-messages' {
  const catalogues: Record<import('./messages').UiLanguage, import('./messages').Catalogue>;
  export default catalogues;
}
