/**
 * Archive pages written for the tests and the benchmark, in each layout the
 * Secretariat's sites used: the current site (index.php?…), the older one
 * (page/…, "Posted on: … | Back | Print") and plain-text copies. The events
 * and wording are made up; no page is a copy of the Secretariat's.
 */
import iconv from 'iconv-lite';

export type PageSpec = Readonly<{
  id: number;
  title: string;
  dateline: string;
  paragraphs: readonly string[];
  posted?: string;
  contact?: readonly string[];
  section?: string;
  lang?: 'en' | 'ru';
}>;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A saved page of the current site: menu, section label, headline, dateline, text, media contact, footer. */
export function currentPage(p: PageSpec, path = `index.php?view=page&t=press_releases&id=${p.id}`): string {
  const [first, ...more] = p.paragraphs;
  return `<!doctype html>
<html lang="${p.lang ?? 'en'}"><head><meta charset="utf-8"><title>${esc(p.title)} | CICA</title>
<link rel="canonical" href="https://www.s-cica.org/${p.lang === 'ru' ? 'ru/' : ''}${esc(path)}">
<script>window.tracker = 1;</script></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="#">About CICA</a></li><li><a href="#">Press Releases</a></li></ul></nav></header>
<main><div class="section-label">${esc(p.section ?? 'Press Releases')}</div>
<article><h1>${esc(p.title)}</h1>
<p><strong>${esc(p.dateline)}</strong> ${esc(first ?? '')}</p>
${more.map((x) => `<p>${esc(x)}</p>`).join('\n')}
${p.contact ? `<p><strong>Media Contact:</strong><br>${p.contact.map(esc).join('<br>')}</p>` : ''}
</article></main>
<footer><p>55/20 Mangilik Yel ave., Astana</p><p>All rights reserved</p></footer>
</body></html>`;
}

/** A saved page of the older site: "About Us News / Press Releases", "Posted on: … | Back | Print". */
export function olderPage(p: PageSpec, slug = `press-release-${p.id}`): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>CICA</title>
<meta property="og:url" content="http://www.s-cica.org/page/${esc(slug)}/"></head>
<body><div id="menu"><ul><li>About CICA</li><li>Areas of cooperation</li><li>External relations</li></ul></div>
<div id="content"><div class="crumbs">${esc(p.section ?? 'About Us News / Press Releases')}</div>
<h2 class="title">${esc(p.title)}</h2>
<div class="posted">Posted on: ${esc(p.posted ?? '')} | <a href="javascript:history.back()">Back</a> | <a href="#" onclick="print()">Print</a></div>
<div class="text">${[`${p.dateline} ${p.paragraphs[0] ?? ''}`, ...p.paragraphs.slice(1)].map((x) => `<p>${esc(x)}</p>`).join('')}
${p.contact ? `<p>Media Contact: ${p.contact.map(esc).join(', ')}</p>` : ''}</div></div>
</body></html>`;
}

/** A plain-text copy of a page, as someone copied it from the browser. */
export function textCopy(p: PageSpec, address?: string): string {
  return [
    p.section ?? 'Press Releases',
    '',
    p.title,
    ...(p.posted ? [`Posted on: ${p.posted} | Back | Print`] : []),
    '',
    `${p.dateline} ${p.paragraphs[0] ?? ''}`,
    ...p.paragraphs.slice(1).flatMap((x) => ['', x]),
    ...(p.contact ? ['', 'Media Contact:', ...p.contact] : []),
    ...(address ? ['', `Source: ${address}`] : []),
    '',
  ].join('\n');
}

/** The Russian page of the current site saved in Windows-1251, as older browsers saved it. */
export function windows1251(html: string): Uint8Array {
  return new Uint8Array(iconv.encode(html.replace('charset="utf-8"', 'charset="windows-1251"'), 'win1251'));
}

export const bytes = (s: string) => new TextEncoder().encode(s);

export const CONTACT = ['Aigerim Temirbek', 'PR Officer', 'a.temirbek@example.org', '+7 7172 000000'];

export const RELEASE_2024: PageSpec = {
  id: 3101,
  title: 'Secretariat hosts a seminar on water management',
  dateline: 'Astana, 12 March 2024 —',
  paragraphs: [
    'The CICA Secretariat hosted a seminar on the joint management of rivers for experts of Kazakhstan and Mongolia.',
    'Secretary General Kairat Sarybay opened the seminar and spoke of the Catalogue of Confidence Building Measures.',
  ],
  contact: CONTACT,
};

export const RELEASE_2019: PageSpec = {
  id: 3102,
  title: 'Executive Director meets students of a diplomatic school',
  dateline: 'Almaty, 3 December 2019 —',
  posted: 'December 05, 2019',
  paragraphs: [
    'Executive Director of the CICA Secretariat Habibullo Mirzozoda met students of a school of international relations.',
    'He spoke of the work of the Senior Officials Committee and answered questions on the Conference.',
  ],
  contact: CONTACT,
};

export const RELEASE_RU: PageSpec = {
  id: 3103,
  lang: 'ru',
  section: 'Пресс-релизы',
  title: 'Секретариат провёл семинар по водным ресурсам',
  dateline: 'Астана, 14 марта 2024 г. —',
  paragraphs: [
    'Секретариат СВМДА провёл семинар по совместному управлению реками для экспертов Казахстана и Монголии.',
    'Генеральный секретарь Кайрат Сарыбай открыл семинар и рассказал о Каталоге мер доверия.',
  ],
};

export const SPEECH_2023: PageSpec = {
  id: 501,
  section: 'Statements and Remarks of CICA Secretary General',
  title: 'Remarks by Secretary General Kairat Sarybay at the Think Tank Forum',
  dateline: 'Astana, 5 October 2023 —',
  paragraphs: [
    'Distinguished participants, it is an honour to address the Think Tank Forum on the day of CICA.',
    'The Conference has grown into a platform of dialogue for all of Asia, and its measures of confidence matter more each year.',
  ],
};

/** A page of the old site with generated words, for the benchmark and the large-run tests. */
export function generatedPage(n: number): { name: string; content: string } {
  const day = (n % 28) + 1;
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const month = months[n % 12]!;
  const year = 2006 + (n % 13);
  const spec: PageSpec = {
    id: 10_000 + n,
    title: `Meeting number ${n} of experts on confidence building measures`,
    dateline: `Almaty, ${day} ${month} ${year} —`,
    posted: `${month} ${String(day).padStart(2, '0')}, ${year}`,
    paragraphs: [
      `Experts of the Member States met for the ${n}th time to discuss the implementation of confidence building measures in the economic dimension.`,
      'The participants exchanged views on cooperation in the field of transport and agreed to meet again next year.',
    ],
    contact: CONTACT,
  };
  return n % 3 === 0
    ? {
        name: `release-${n}.txt`,
        content: textCopy(spec, `https://www.s-cica.org/index.php?view=page&t=press_releases&id=${spec.id}`),
      }
    : n % 3 === 1
      ? { name: `release-${n}.html`, content: olderPage(spec, `archive-release-${n}`) }
      : { name: `release-${n}.html`, content: currentPage({ ...spec, posted: undefined } as PageSpec) };
}
