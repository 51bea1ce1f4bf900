/** An issue of the digest as a print-ready PDF, laid out by Typst from digest.typ. */
import './digest.messages.ts';
import { formatDate, t } from '../platform/i18n/i18n.ts';
import { plainText } from '../platform/markdown.ts';
import { templateStamp, typstDocument } from '../platform/pdf.ts';
import type { Picture } from '../pictures/pictures.service.ts';
import { altOf, captionOf, creditOf } from '../pictures/pictures.service.ts';
import type { Size } from '../pictures/pictures.ts';
import { AFTER_FLASH, isMonth, printOrder } from './digest.ts';
import type { Article, Issue } from './digest.service.ts';

const TEMPLATE = new URL('./digest.typ', import.meta.url);
const layOut = typstDocument(TEMPLATE);
/** The layout's own version, part of every stored PDF's stamp: a changed template lays issues out again. */
export const DIGEST_LAYOUT = templateStamp(TEMPLATE);

/** Paragraphs of a Markdown text, as plain text: the layout is Typst's, not the author's markup. */
export const paragraphs = (markdown: string | null) =>
  (markdown ?? '')
    .split(/\n\s*\n/)
    .map(plainText)
    .filter(Boolean);

/** Where the layout reads picture bytes: by the sizes a picture was kept in and the width it prints at. */
export type PictureBytes = Readonly<{ bytes: (sizes: readonly Size[], want: number) => Promise<Buffer | null> }>;

/** Long bodies read better in two columns; a short one would leave a column half empty. */
const TWO_COLUMNS_FROM = 1800;

export const sectionTitle = (lang: Issue['lang'], key: string): string => {
  if (isMonth(key)) {
    const s = formatDate(lang, key).replace(/\s+г\.$/, '');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }
  return key === AFTER_FLASH ? t(lang, 'digest.moreNews') : key;
};

export async function digestPdf(issue: Issue, pictures: PictureBytes): Promise<Buffer> {
  const { lang } = issue;
  const files = new Map<string, Buffer>();
  const place = async (p: Picture | null, want: number, caption?: string | null) => {
    if (!p) return null;
    const path = `/pictures/${p.id}-${want}.jpg`;
    if (!files.has(path)) {
      const bytes = await pictures.bytes(p.sizes, want);
      if (!bytes) return null;
      files.set(path, bytes);
    }
    return {
      path,
      caption: caption === undefined ? captionOf(p, lang) : caption,
      credit: creditOf(p, lang)?.text ?? null,
      alt: altOf(p, lang),
      wide: p.width >= p.height,
    };
  };
  const article = async (a: Article) => {
    const body = paragraphs(a.body);
    return {
      id: a.releaseId,
      title: a.title,
      dateline: a.dateline.replace(/\s*—$/, ''),
      lead: a.lead,
      paragraphs: body,
      columns: body.join(' ').length >= TWO_COLUMNS_FROM,
      quote: a.pullQuote,
      picture: await place(a.picture, 960),
    };
  };
  const sections = await Promise.all(
    issue.sections.map(async (s) => ({
      key: s.section,
      name: sectionTitle(lang, s.section),
      articles: await Promise.all(s.articles.map(article)),
    })),
  );
  const data = {
    lang,
    title: issue.row.title,
    issue: `№ ${issue.row.number} · ${formatDate(lang, issue.row.period_from)} – ${formatDate(lang, issue.row.period_to)}`,
    period: `${formatDate(lang, issue.row.period_from)} – ${formatDate(lang, issue.row.period_to)}`,
    edition:
      issue.edition && issue.edition.number > 1
        ? t(lang, 'digest.editionOf', {
            n: issue.edition.number,
            date: formatDate(lang, issue.edition.publishedAt.slice(0, 10)),
          })
        : null,
    labels: {
      inThisIssue: t(lang, 'digest.inThisIssue'),
      spotlight: t(lang, 'digest.spotlight'),
      foreword: t(lang, 'digest.foreword'),
      flash: t(lang, 'digest.flash'),
      activities: t(lang, 'digest.activities'),
      phone: t(lang, 'digest.phone'),
      email: t(lang, 'digest.email'),
      web: t(lang, 'digest.web'),
      page: t(lang, 'digest.pageShort'),
      social: t(lang, 'digest.social'),
    },
    contact: { org: t(lang, 'site.name'), acronym: t(lang, 'digest.acronym'), ...issue.contact },
    cover: {
      picture: await place(issue.coverPicture, 1600, null),
      emblem: await place(issue.emblem ?? null, 480, null),
      teasers: issue.cover.map((c) => c.text),
    },
    foreword: issue.row.foreword_text
      ? {
          paragraphs: paragraphs(issue.row.foreword_text),
          author: issue.row.foreword_author ?? '',
          title: issue.row.foreword_title ?? '',
        }
      : null,
    spotlight: issue.spotlight ? await article(issue.spotlight) : null,
    sections,
    blocks: printOrder(
      sections.map((s) => s.key),
      issue.partners,
    ),
    flash: issue.flash.map((f) => ({
      paragraphs: paragraphs(f.text),
      release: f.releaseId && issue.articles.some((a) => a.releaseId === f.releaseId) ? f.releaseId : null,
    })),
    pictures: await Promise.all(issue.pictures.map((p) => place(p.picture, 960, p.caption))),
    partners: await Promise.all(
      issue.partners.map(async (p) => ({
        title: p.title ?? '',
        paragraphs: paragraphs(p.text),
        picture: await place(p.picture, 960, null),
      })),
    ),
  };
  return layOut(data, files);
}
