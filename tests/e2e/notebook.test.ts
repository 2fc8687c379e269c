import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser, type E2EPage } from '@/node/browsers';
import { loadFixture } from '@/node/fixtures';
import { Router } from '@/node/router';
import { storeSettings } from '@/node/store-settings';
import { axeViolations } from './support/axe';
import { openPopupFor } from './support/extension';

/**
 * The research notebook as a reader uses it, in one browser profile from
 * start to end (the tests follow on from each other): keep facts on two
 * articles, find them again, export every format, import the backup into a
 * fresh profile, delete with undo, and an accessible page. The files are
 * checked against expectations written out by hand below.
 */

const seed = loadFixture('irrawaddy--russia-visit-2017');
const burmese = loadFixture('irrawaddy--burmese-edition');
const EN = seed.expected.url;
const MY = burmese.expected.url;
const PANEL = 'ayeyar-panel';

// ---- What the reader keeps, and what the files must say about it (written out by hand) ----

const EN_TITLE = 'Can Snr-Gen Min Aung Hlaing’s Trip to Russia Deepen Military Cooperation?';
const MY_TITLE = 'ရန်ကုန်တွင် ဆန်ဈေး ဆက်လက် မြင့်တက်';
const NOTE = 'SIPRI’s figure for 2001–2016; check the 2017 yearbook.';
const SENTENCES = {
  countries:
    'In Fomin’s words, the Myanmar commander-in-chief’s forthcoming trip held out bright prospects for the two countries to work together, both on military matters and in military technology.',
  arms: 'Over those years, SIPRI figures put the Tatmadaw’s arms spending at US$1.63 billion.',
  fomin: 'There, Rear Admiral Myint Nwe, deputy defense minister of Myanmar, sat down with the Russian deputy defense minister Lt-Gen Alexander Fomin.',
  rice: 'ပေါ်ဆန်မွှေး တစ်အိတ်လျှင် ကျပ် ၁၃၅,၀၀၀ အထိ ရောက်ရှိနေပြီး ပြီးခဲ့သည့်လနှင့် နှိုင်းယှဉ်လျှင် ၇ ဒသမ ၄ ရာခိုင်နှုန်း မြင့်တက်ခဲ့ကြောင်း ဘုရင့်နောင် ဆန်ကုန်စည်ဒိုင်မှ ကုန်သည်တစ်ဦးက ဆိုသည်။',
  shops: 'ဈေးနှုန်း တည်ငြိမ်စေရန် ရည်ရွယ်၍ ရန်ကုန်မြို့တွင်း ဆိုင်ခွဲ ၂၀ တွင် ဆန်ကို သတ်မှတ်ဈေးဖြင့် ရောင်းချပေးမည်ဟု ဆန်ကုန်သည်များ အသင်းတစ်ခုက ကြေညာထားသည်။',
};
/** A text-fragment link (#:~:text=), its terms percent-encoded with "-" too; a long sentence is linked by its first and last five words. */
const fragment = (url: string, ...terms: string[]) => `${url}#:~:text=${terms.map((t) => encodeURIComponent(t).replace(/-/g, '%2D')).join(',')}`;
const LINKS = {
  countries: fragment(EN, 'In Fomin’s words, the Myanmar', 'matters and in military technology.'),
  arms: fragment(EN, SENTENCES.arms),
  fomin: fragment(EN, 'There, Rear Admiral Myint Nwe,', 'defense minister Lt-Gen Alexander Fomin.'),
  rice: fragment(MY, 'ပေါ်ဆန်မွှေး တစ်အိတ်လျှင် ကျပ် ၁၃၅,၀၀၀ အထိ', 'မြင့်တက်ခဲ့ကြောင်း ဘုရင့်နောင် ဆန်ကုန်စည်ဒိုင်မှ ကုန်သည်တစ်ဦးက ဆိုသည်။'),
  shops: fragment(MY, 'ဈေးနှုန်း တည်ငြိမ်စေရန် ရည်ရွယ်၍ ရန်ကုန်မြို့တွင်း ဆိုင်ခွဲ', 'သတ်မှတ်ဈေးဖြင့် ရောင်းချပေးမည်ဟု ဆန်ကုန်သည်များ အသင်းတစ်ခုက ကြေညာထားသည်။'),
};
/** Every fact kept, as the notebook lists them by publication date (oldest first), in each article's order. */
const KEPT = ['two countries', 'US$1.63 billion', 'Alexander Fomin', 'ကျပ် ၁၃၅,၀၀၀', '၇ ဒသမ ၄ ရာခိုင်နှုန်း', 'ဆိုင်ခွဲ ၂၀'];

/** Times and today's date differ each run: files are compared with them in place of the values. */
const TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;
function today(): { iso: string; ris: string; parts: number[] } {
  const now = new Date();
  const parts = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  const iso = parts.map((n) => String(n).padStart(2, '0')).join('-');
  return { iso, ris: iso.replace(/-/g, '/'), parts };
}

function expectedCsv(day: string): string {
  const en = `${EN_TITLE},Ko Ye,2017-06-24,Guest Column,en,The Irrawaddy,${EN},${day}`;
  const my = `${MY_TITLE},ဧရာဝတီ,2024-04-03,သတင်း,my,ဧရာဝတီ,${MY},${day}`;
  return (
    '\uFEFF' +
    [
      'kind,text,value,unit,person_title,role,people,sentence,note,tags,link,kept,article_title,article_authors,article_published,article_section,article_edition,publication,article_url,accessed',
      `count,two countries,2,countries,,,Alexander Fomin,"${SENTENCES.countries}",,,"${LINKS.countries}",<time>,${en}`,
      `money,US$1.63 billion,1630000000,USD,,,,"${SENTENCES.arms}",${NOTE},arms; Russia,${LINKS.arms},<time>,${en}`,
      `person,Alexander Fomin,,,Lt-Gen,Russian deputy defense minister,Alexander Fomin,"${SENTENCES.fomin}",,,"${LINKS.fomin}",<time>,${en}`,
      `money,"ကျပ် ၁၃၅,၀၀၀",135000,MMK,,,,"${SENTENCES.rice}",,,"${LINKS.rice}",<time>,${my}`,
      `percent,၇ ဒသမ ၄ ရာခိုင်နှုန်း,7.4,percent,,,,"${SENTENCES.rice}",,,"${LINKS.rice}",<time>,${my}`,
      `count,ဆိုင်ခွဲ ၂၀,20,ဆိုင်ခွဲ,,,,${SENTENCES.shops},,,"${LINKS.shops}",<time>,${my}`,
      '',
    ].join('\r\n')
  );
}

function expectedMarkdown(day: string): string {
  return [
    '# Ayeyar notebook',
    '',
    `## [${EN_TITLE}](${EN})`,
    '',
    `Ko Ye · *The Irrawaddy* · Guest Column · published 2017-06-24 · English edition · accessed ${day}`,
    '',
    `- **two countries** (count): “${SENTENCES.countries}” [passage](${LINKS.countries})`,
    `- **US$1.63 billion** (money): “${SENTENCES.arms}” [passage](${LINKS.arms})`,
    `  - Note: ${NOTE}`,
    '  - Tags: arms, Russia',
    `- **Alexander Fomin** (person, Lt-Gen, Russian deputy defense minister): “${SENTENCES.fomin}” [passage](${LINKS.fomin})`,
    '',
    `## [${MY_TITLE}](${MY})`,
    '',
    `ဧရာဝတီ · *ဧရာဝတီ* · သတင်း · published 2024-04-03 · Burmese edition · accessed ${day}`,
    '',
    `- **ကျပ် ၁၃၅,၀၀၀** (money): “${SENTENCES.rice}” [passage](${LINKS.rice})`,
    `- **၇ ဒသမ ၄ ရာခိုင်နှုန်း** (percent): “${SENTENCES.rice}” [passage](${LINKS.rice})`,
    `- **ဆိုင်ခွဲ ၂၀** (count): “${SENTENCES.shops}” [passage](${LINKS.shops})`,
    '',
  ].join('\n');
}

function expectedCsl(parts: number[]): unknown {
  return [
    {
      id: EN,
      type: 'article-newspaper',
      title: EN_TITLE,
      'container-title': 'The Irrawaddy',
      author: [{ literal: 'Ko Ye' }],
      issued: { 'date-parts': [[2017, 6, 24]] },
      accessed: { 'date-parts': [parts] },
      section: 'Guest Column',
      language: 'en',
      URL: EN,
    },
    {
      id: MY,
      type: 'article-newspaper',
      title: MY_TITLE,
      'container-title': 'ဧရာဝတီ',
      author: [{ literal: 'ဧရာဝတီ' }],
      issued: { 'date-parts': [[2024, 4, 3]] },
      accessed: { 'date-parts': [parts] },
      section: 'သတင်း',
      language: 'my',
      URL: MY,
    },
  ];
}

function expectedRis(day: string): string {
  return [
    'TY  - NEWS',
    `TI  - ${EN_TITLE}`,
    'AU  - Ko Ye',
    'T2  - The Irrawaddy',
    'SE  - Guest Column',
    'PY  - 2017',
    'DA  - 2017/06/24',
    'LA  - en',
    `UR  - ${EN}`,
    `Y2  - ${day}`,
    'KW  - arms',
    'KW  - Russia',
    `N1  - two countries (count): “${SENTENCES.countries}” ${LINKS.countries}`,
    `N1  - US$1.63 billion (money): “${SENTENCES.arms}” Note: ${NOTE} ${LINKS.arms}`,
    `N1  - Alexander Fomin (person, Lt-Gen, Russian deputy defense minister): “${SENTENCES.fomin}” ${LINKS.fomin}`,
    'ER  - ',
    '',
    'TY  - NEWS',
    `TI  - ${MY_TITLE}`,
    'AU  - ဧရာဝတီ',
    'T2  - ဧရာဝတီ',
    'SE  - သတင်း',
    'PY  - 2024',
    'DA  - 2024/04/03',
    'LA  - my',
    `UR  - ${MY}`,
    `Y2  - ${day}`,
    `N1  - ကျပ် ၁၃၅,၀၀၀ (money): “${SENTENCES.rice}” ${LINKS.rice}`,
    `N1  - ၇ ဒသမ ၄ ရာခိုင်နှုန်း (percent): “${SENTENCES.rice}” ${LINKS.rice}`,
    `N1  - ဆိုင်ခွဲ ၂၀ (count): “${SENTENCES.shops}” ${LINKS.shops}`,
    'ER  - ',
    '',
  ].join('\r\n');
}

function expectedBackup(day: string): unknown {
  const article = (url: string, title: string, authors: string[], published: string, edition: string, section: string, publication: string) => ({
    url,
    title,
    authors,
    published,
    edition,
    section,
    publication,
    accessed: day,
  });
  const fact = (url: string, key: string, fields: object) => ({ id: `${url} ${key}`, articleUrl: url, key, note: '', tags: [], kept: '<time>', changed: '<time>', ...fields });
  const figure = { title: null, role: null, people: [] };
  return {
    format: 'ayeyar-notebook',
    version: 1,
    exported: '<time>',
    // Stored by address: the Burmese edition's sorts first.
    articles: [
      article(MY, MY_TITLE, ['ဧရာဝတီ'], '2024-04-03', 'my', 'သတင်း', 'ဧရာဝတီ'),
      article(EN, EN_TITLE, ['Ko Ye'], '2017-06-24', 'en', 'Guest Column', 'The Irrawaddy'),
    ],
    facts: [
      fact(MY, 'figure:ကျပ် ၁၃၅,၀၀၀', { ...figure, kind: 'money', text: 'ကျပ် ၁၃၅,၀၀၀', value: 135000, unit: 'MMK', order: 0, sentence: SENTENCES.rice, link: LINKS.rice }),
      fact(MY, 'figure:ဆိုင်ခွဲ ၂၀', { ...figure, kind: 'count', text: 'ဆိုင်ခွဲ ၂၀', value: 20, unit: 'ဆိုင်ခွဲ', order: 2, sentence: SENTENCES.shops, link: LINKS.shops }),
      fact(MY, 'figure:၇ ဒသမ ၄ ရာခိုင်နှုန်း', { ...figure, kind: 'percent', text: '၇ ဒသမ ၄ ရာခိုင်နှုန်း', value: 7.4, unit: 'percent', order: 1, sentence: SENTENCES.rice, link: LINKS.rice }),
      fact(EN, 'figure:US$1.63 billion', { ...figure, kind: 'money', text: 'US$1.63 billion', value: 1630000000, unit: 'USD', order: 1, sentence: SENTENCES.arms, link: LINKS.arms, note: NOTE, tags: ['arms', 'Russia'] }),
      fact(EN, 'figure:two countries', { ...figure, kind: 'count', text: 'two countries', value: 2, unit: 'countries', people: ['Alexander Fomin'], order: 0, sentence: SENTENCES.countries, link: LINKS.countries }),
      fact(EN, 'person:Alexander Fomin', {
        kind: 'person',
        text: 'Alexander Fomin',
        value: null,
        unit: null,
        title: 'Lt-Gen',
        role: 'Russian deputy defense minister',
        people: ['Alexander Fomin'],
        order: 20,
        sentence: SENTENCES.fomin,
        link: LINKS.fomin,
      }),
    ],
  };
}

// ---- In-page helpers (serialised into the page: no closures over test code) ----

function panelStatus(): string {
  return document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.status')!.textContent ?? '';
}

/** Panel indexes of facts by their text, and which are marked kept. */
function panelFacts(): { kind: string; index: number; text: string; kept: boolean }[] {
  return [...document.querySelector('ayeyar-panel')!.shadowRoot!.querySelectorAll<HTMLElement>('.fact')].map((item) => ({
    kind: item.dataset.fact!,
    index: Number(item.dataset.index),
    text: item.querySelector('.fact-value')!.textContent ?? '',
    kept: item.querySelector('.keep')!.hasAttribute('aria-expanded'),
  }));
}

function listed(): string[] {
  return [...document.querySelectorAll('#results tr[data-id] .value')].map((el) => el.textContent ?? '');
}

function setQuery(values: Record<string, string>): void {
  const form = document.getElementById('query') as HTMLFormElement;
  for (const [name, value] of Object.entries(values)) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Downloads are caught where the page clicks its link: the file's name, type and exact bytes (a byte-order mark included). */
function catchDownloads(): void {
  const caught: Promise<{ name: string; type: string; text: string }>[] = [];
  (window as unknown as { __downloads: typeof caught }).__downloads = caught;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const { href, download: name } = this;
    caught.push(
      fetch(href).then(async (response) => ({
        name,
        type: response.headers.get('content-type') ?? '',
        text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()),
      })),
    );
  };
}

async function lastDownload(): Promise<{ name: string; type: string; text: string }> {
  const caught = (window as unknown as { __downloads: Promise<{ name: string; type: string; text: string }>[] }).__downloads;
  return caught[caught.length - 1];
}

/** Hands a file to the import field as the file picker would. */
function importText(text: string): void {
  const input = document.getElementById('import') as HTMLInputElement;
  const files = new DataTransfer();
  files.items.add(new File([text], 'ayeyar-notebook.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const statusText = () => document.getElementById('status')!.textContent ?? '';

/** How many notebook pages are open in tabs, asked from an extension page. */
async function notebookTabs(browser: E2EBrowser): Promise<number> {
  const page = await browser.openExtensionPage('popup.html');
  const count = await page.evaluate(() => {
    type ExtensionApi = { extension: { getViews(filter: object): Window[] } };
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    return (scope.browser ?? scope.chrome).extension.getViews({ type: 'tab' }).filter((view) => view.location.pathname === '/notebook.html').length;
  });
  await page.close();
  return count;
}

async function openNotebook(browser: E2EBrowser): Promise<E2EPage> {
  const page = await browser.openExtensionPage('notebook.html');
  await page.waitForFunction(() => !document.querySelector('.results')!.hasAttribute('aria-busy'));
  return page;
}

async function openArticle(browser: E2EBrowser, url: string): Promise<E2EPage> {
  const page = await browser.open(url);
  await page.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('.keep'), undefined, 15_000);
  return page;
}

describe.each(BROWSERS)('research notebook in %s', (browserName) => {
  let browser: E2EBrowser;
  let backup = '';

  beforeAll(async () => {
    browser = await launch(browserName, new Router());
    // These tests read the panel's and the notebook's English words (language.test.ts switches them).
    await storeSettings(browser, { language: 'en' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps facts from two articles, with a note and tags, and still has them after a reload', async () => {
    const article = await openArticle(browser, EN);
    const facts = await article.evaluate(panelFacts);
    const ref = (text: string) => {
      const fact = facts.find((f) => f.text === text)!;
      return `${PANEL} [data-fact="${fact.kind}"][data-index="${fact.index}"]`;
    };
    for (const text of ['two countries', 'US$1.63 billion', 'Alexander Fomin']) {
      await article.click(`${ref(text)} .keep`);
      await article.waitForFunction((selector: string) => document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector(selector)!.hasAttribute('aria-expanded'), `${ref(text).slice(PANEL.length + 1)} .keep`);
    }
    expect(await article.evaluate(panelStatus)).toBe('Kept in the notebook.');

    // Once kept, the same button opens the fact's note and tags.
    await article.click(`${ref('US$1.63 billion')} .keep`);
    await article.waitForFunction(() => !!document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.note-form'));
    expect(await axeViolations(article, PANEL)).toEqual([]);
    await article.evaluate((note: string) => {
      const form = document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.note-form')!;
      form.querySelector('textarea')!.value = note;
      form.querySelector('input')!.value = 'arms, #Russia, arms';
    }, NOTE);
    await article.click(`${ref('US$1.63 billion')} .note-form .primary`);
    await article.waitForFunction(() => document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.status')!.textContent === 'Note and tags saved.');
    expect(await article.evaluate(() => !!document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.note-form'))).toBe(false);

    const rice = await openArticle(browser, MY);
    await rice.click(`${PANEL} .keep-all`);
    await rice.waitForFunction(() => /Every fact of this article is kept/.test(document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.status')!.textContent ?? ''));
    expect((await rice.evaluate(panelFacts)).every((f) => f.kept)).toBe(true);
    await rice.close();

    // Back on the first article: what was kept is marked, with its note.
    await article.reload();
    await article.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('.keep[aria-expanded]'), undefined, 15_000);
    expect((await article.evaluate(panelFacts)).filter((f) => f.kept).map((f) => f.text)).toEqual(['two countries', 'US$1.63 billion', 'Alexander Fomin']);
    await article.click(`${ref('US$1.63 billion')} .keep`);
    await article.waitForFunction(() => !!document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.note-form'));
    expect(await article.evaluate(() => [...document.querySelector('ayeyar-panel')!.shadowRoot!.querySelectorAll<HTMLInputElement>('.note-form textarea, .note-form input')].map((f) => f.value))).toEqual([NOTE, 'arms, Russia']);
    // The notebook opens from the panel, and from the toolbar popup.
    const before = await notebookTabs(browser);
    await article.click(`${PANEL} .open-notebook`);
    await expect.poll(() => notebookTabs(browser)).toBe(before + 1);
    const popup = await openPopupFor(browser, EN);
    await popup.click('#notebook-link');
    await expect.poll(() => notebookTabs(browser)).toBe(before + 2);
    expect(article.errors).toEqual([]);
    await article.close();

    // Firefox makes the notebook's storage persistent once asked (unlimitedStorage: without asking the reader);
    // Chromium has no such switch for extensions: the permission itself keeps the notebook from being cleared.
    if (browserName === 'firefox') {
      const page = await openNotebook(browser);
      expect(await page.evaluate(() => navigator.storage.persisted())).toBe(true);
      await page.close();
    }

    // The notebook page, loaded twice (puppeteer cannot reload a moz-extension page: each load is a new tab).
    for (let load = 0; load < 2; load++) {
      const notebook = await openNotebook(browser);
      await notebook.evaluate(setQuery, { sort: 'published-oldest' });
      expect(await notebook.evaluate(listed)).toEqual(KEPT);
      expect(notebook.errors).toEqual([]);
      await notebook.close();
    }
  });

  it('finds kept facts again: search over text and notes, filters, grouping by person', async () => {
    const notebook = await openNotebook(browser);
    const find = async (query: Record<string, string>) => {
      await notebook.evaluate(setQuery, { search: '', kind: '', person: '', tag: '', edition: '', from: '', to: '', sort: 'published-oldest', group: 'none', ...query });
      return notebook.evaluate(listed);
    };
    expect(await find({ search: 'yearbook' })).toEqual(['US$1.63 billion']);
    expect(await find({ search: 'FOMIN technology' })).toEqual(['two countries']);
    expect(await find({ search: 'ဆန်ဈေး' })).toEqual(KEPT.slice(3));
    expect(await find({ kind: 'money' })).toEqual(['US$1.63 billion', 'ကျပ် ၁၃၅,၀၀၀']);
    expect(await find({ person: 'Alexander Fomin' })).toEqual(['two countries', 'Alexander Fomin']);
    expect(await find({ tag: 'Russia' })).toEqual(['US$1.63 billion']);
    expect(await find({ edition: 'my' })).toEqual(KEPT.slice(3));
    expect(await find({ from: '2020-01-01', to: '2024-12-31' })).toEqual(KEPT.slice(3));
    expect(await find({ sort: 'value-largest', kind: 'count' })).toEqual(['ဆိုင်ခွဲ ၂၀', 'two countries']);
    expect(await notebook.evaluate(() => document.getElementById('results-heading')!.textContent)).toBe('2 facts from 2 articles (of 6 kept)');

    // Every figure a person is named with, and the person: grouped under their name.
    await find({ group: 'person' });
    const groups = await notebook.evaluate(() =>
      [...document.querySelectorAll('#results .group')].map((g) => [g.querySelector('h3')!.textContent, [...g.querySelectorAll('tr[data-id] .value')].map((v) => v.textContent)]),
    );
    expect(groups).toEqual([
      ['Alexander Fomin: 2 facts', ['two countries', 'Alexander Fomin']],
      ['Facts naming no one', ['US$1.63 billion', 'ကျပ် ၁၃၅,၀၀၀', '၇ ဒသမ ၄ ရာခိုင်နှုန်း', 'ဆိုင်ခွဲ ၂၀']],
    ]);
    // The source opens at the exact passage.
    expect(await notebook.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('#results a.passage')].map((a) => a.href).slice(0, 2))).toEqual([LINKS.countries, LINKS.fomin]);
    await notebook.close();
  });

  it('exports each format exactly as written out by hand', async () => {
    const notebook = await openNotebook(browser);
    await notebook.evaluate(catchDownloads);
    await notebook.evaluate(setQuery, { sort: 'published-oldest' });
    const day = today();
    const save = async (format: string) => {
      await notebook.click(`[data-export="${format}"]`);
      const file = await notebook.evaluate(lastDownload);
      expect(await notebook.evaluate(statusText)).toBe(`Saved ${file.name} to your downloads.`);
      return { ...file, text: file.text.replace(TIME, '<time>') };
    };

    const csv = await save('csv');
    expect([csv.name, csv.type]).toEqual([`ayeyar-notebook-${day.iso}.csv`, 'text/csv;charset=utf-8']);
    expect(csv.text).toBe(expectedCsv(day.iso));

    const markdown = await save('markdown');
    expect([markdown.name, markdown.type]).toEqual([`ayeyar-notebook-${day.iso}.md`, 'text/markdown;charset=utf-8']);
    expect(markdown.text).toBe(expectedMarkdown(day.iso));

    const csl = await save('csl');
    expect([csl.name, csl.type]).toEqual([`ayeyar-notebook-${day.iso}.csl.json`, 'application/vnd.citationstyles.csl+json']);
    expect(JSON.parse(csl.text)).toEqual(expectedCsl(day.parts));

    const ris = await save('ris');
    expect([ris.name, ris.type]).toEqual([`ayeyar-notebook-${day.iso}.ris`, 'application/x-research-info-systems']);
    expect(ris.text).toBe(expectedRis(day.ris));

    // What is shown: a search narrows every export but the backup.
    await notebook.evaluate(setQuery, { edition: 'my' });
    expect((await save('ris')).text).toBe(expectedRis(day.ris).slice(expectedRis(day.ris).indexOf('TY  - NEWS', 10)));
    const json = await save('json');
    expect([json.name, json.type]).toEqual([`ayeyar-notebook-${day.iso}.json`, 'application/json']);
    expect(JSON.parse(json.text)).toEqual(expectedBackup(day.iso));
    backup = (await notebook.evaluate(lastDownload)).text;
    expect(notebook.errors).toEqual([]);
    await notebook.close();
  });

  it('imports the backup into a fresh profile; a second import adds nothing', async () => {
    expect(backup).not.toBe('');
    const fresh = await launch(browserName, new Router());
    try {
      await storeSettings(fresh, { language: 'en' });
      const notebook = await openNotebook(fresh);
      expect(await notebook.evaluate(listed)).toEqual([]);
      await notebook.evaluate(importText, backup);
      await notebook.waitForFunction(() => /^Imported/.test(document.getElementById('status')!.textContent ?? ''));
      expect(await notebook.evaluate(statusText)).toBe('Imported: 6 facts added, 0 updated, 0 already here.');
      await notebook.evaluate(setQuery, { sort: 'published-oldest' });
      expect(await notebook.evaluate(listed)).toEqual(KEPT);

      await notebook.evaluate(importText, backup);
      await notebook.waitForFunction(() => /already here/.test(document.getElementById('status')!.textContent ?? '') && !/6 facts added/.test(document.getElementById('status')!.textContent ?? ''));
      expect(await notebook.evaluate(statusText)).toBe('Imported: 0 facts added, 0 updated, 6 already here.');
      expect(await notebook.evaluate(listed)).toEqual(KEPT);

      // Not a backup: refused, with the reason, and nothing changes.
      await notebook.evaluate(importText, 'TY  - NEWS\r\nER  - \r\n');
      await notebook.waitForFunction(() => /not JSON/.test(document.getElementById('status')!.textContent ?? ''));
      expect(await notebook.evaluate(listed)).toEqual(KEPT);

      // The imported facts are kept on the article too.
      const article = await openArticle(fresh, EN);
      await article.waitForFunction(() => document.querySelector('ayeyar-panel')!.shadowRoot!.querySelectorAll('.keep[aria-expanded]').length === 3, undefined, 10_000);
      expect(notebook.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('deletes a fact, and Undo brings it back with its note', async () => {
    const notebook = await openNotebook(browser);
    await notebook.evaluate(setQuery, { sort: 'published-oldest' });
    const row = `#results tr[data-id="${EN} figure:US$1.63 billion"]`;
    await notebook.click(`${row} button.danger`);
    await notebook.waitForFunction(() => document.getElementById('status')!.textContent === '1 fact deleted.');
    expect(await notebook.evaluate(listed)).toEqual(KEPT.filter((t) => t !== 'US$1.63 billion'));
    await notebook.click('#undo');
    await notebook.waitForFunction(() => document.getElementById('status')!.textContent === '1 fact restored.');
    expect(await notebook.evaluate(listed)).toEqual(KEPT);
    expect(await notebook.evaluate((selector: string) => document.querySelector(`${selector} .note-text`)?.textContent, row)).toBe(NOTE);

    // An article's facts all at once, then back.
    await notebook.evaluate(setQuery, { group: 'article' });
    await notebook.click('#results .group-head button.danger');
    await notebook.waitForFunction(() => document.getElementById('status')!.textContent === '3 facts deleted.');
    expect(await notebook.evaluate(listed)).toEqual(KEPT.slice(3));
    await notebook.click('#undo');
    await notebook.waitForFunction(() => document.getElementById('status')!.textContent === '3 facts restored.');
    expect((await notebook.evaluate(listed)).sort()).toEqual([...KEPT].sort());
    expect(notebook.errors).toEqual([]);
    await notebook.close();
  });

  it('axe-core finds nothing on the notebook page, grouped, with a note being edited', async () => {
    const notebook = await openNotebook(browser);
    expect(await axeViolations(notebook)).toEqual([]);
    await notebook.evaluate(setQuery, { group: 'article' });
    await notebook.click(`#results tr[data-id="${EN} figure:US$1.63 billion"] .actions button:not(.danger)`);
    await notebook.waitForFunction(() => !!document.querySelector('#results .note-form textarea'));
    expect(await notebook.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await axeViolations(notebook)).toEqual([]);
    await notebook.close();
  });
});
