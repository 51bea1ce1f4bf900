/** An issue of the digest as a print-ready PDF, laid out by Typst from digest.typ. */
import './digest.messages.ts';
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECRETARIAT_CONTACT } from '../platform/contact.ts';
import { formatDate, t } from '../platform/i18n/i18n.ts';
import { plainText } from '../platform/markdown.ts';
import { typstDocument } from '../platform/pdf.ts';
import type { Article, Issue } from './digest.service.ts';

const layOut = typstDocument(new URL('./digest.typ', import.meta.url));
const STATIC_DIR = fileURLToPath(new URL('../platform/static/', import.meta.url));
const PICTURE = /\.(png|jpe?g|gif|svg)$/i;

/** Paragraphs of a Markdown text, as plain text: the layout is Typst's, not the author's markup. */
const paragraphs = (markdown: string | null) =>
  (markdown ?? '')
    .split(/\n\s*\n/)
    .map(plainText)
    .filter(Boolean);

/**
 * The pictures Typst may place: files of the site's own (`/static/…`). A
 * picture elsewhere on the web cannot be fetched while laying out; its caption
 * stands alone.
 */
function pictures() {
  const files = new Map<string, Buffer>();
  const place = (src: string | null, caption: string | null) => {
    let path: string | null = null;
    const local = src?.startsWith('/static/') ? `${STATIC_DIR}${src.slice('/static/'.length)}` : null;
    if (local && PICTURE.test(local) && !local.includes('..') && existsSync(local)) {
      path = `/pictures/${files.size + 1}${extname(local).toLowerCase()}`;
      files.set(path, readFileSync(local));
    }
    return { path, caption };
  };
  return { files, place };
}

export function digestPdf(issue: Issue): Promise<Buffer> {
  const { lang } = issue;
  const { files, place } = pictures();
  const article = (a: Article) => ({
    title: a.title,
    dateline: a.dateline.replace(/ —$/, ''),
    lead: a.lead,
    paragraphs: paragraphs(a.body),
    images: a.release.images.map((img) =>
      place(img.src, (lang === 'en' ? img.caption.en : img.caption.ru) ?? img.caption.en),
    ),
  });
  const monthName = (m: string) => {
    const s = formatDate(lang, m).replace(/ г\.$/, '');
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const data = {
    lang,
    title: issue.row.title,
    issue: `№ ${issue.row.number} · ${formatDate(lang, issue.row.period_from)} – ${formatDate(lang, issue.row.period_to)}`,
    period: `${formatDate(lang, issue.row.period_from)} – ${formatDate(lang, issue.row.period_to)}`,
    labels: {
      inThisIssue: t(lang, 'digest.inThisIssue'),
      spotlight: t(lang, 'digest.spotlight'),
      foreword: t(lang, 'digest.foreword'),
      flash: t(lang, 'digest.flash'),
      activities: t(lang, 'digest.activities'),
      phone: t(lang, 'digest.phone'),
      email: t(lang, 'digest.email'),
      web: t(lang, 'digest.web'),
    },
    contact: { org: t(lang, 'site.name'), address: t(lang, 'footer.address'), ...SECRETARIAT_CONTACT },
    teasers: issue.teasers.map((a) => a.title),
    foreword: issue.row.foreword_text
      ? {
          paragraphs: paragraphs(issue.row.foreword_text),
          author: issue.row.foreword_author ?? '',
          title: issue.row.foreword_title ?? '',
        }
      : null,
    spotlight: issue.spotlight ? article(issue.spotlight) : null,
    months: issue.months.map((m) => ({ name: monthName(m.month), articles: m.articles.map(article) })),
    flash: issue.flash.map((f) => f.text ?? ''),
    pictures: issue.pictures.map((p) => place(p.src, p.text)),
    partners: issue.partners.map((p) => ({ title: p.title ?? '', text: p.text })),
  };
  return layOut(data, files);
}
