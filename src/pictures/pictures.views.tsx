/** The media library in the office, and the one way a page shows a picture. */
import './pictures.messages.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { type Lang, type MessageKey, formatDate, t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import { OfficePage, type OfficeContext, problemText } from '../platform/layout/office.tsx';
import { type Picture, altOf, captionOf, creditOf } from './pictures.service.ts';
import { pictureAddress, sizeFor, srcsetOf } from './pictures.ts';

declare global {
  namespace JSX {
    // The browser picks among the `srcset` widths by `sizes`; the typings of @kitajs/html lack it.
    interface HtmlImageTag {
      sizes?: string | undefined;
    }
  }
}

/** A picture served from the site itself in every width it has, the browser choosing by `sizes`. */
export function PictureImg({
  picture,
  lang,
  sizes = '(max-width: 700px) 100vw, 700px',
  eager = false,
  decorative = false,
}: {
  picture: Picture;
  lang: Lang;
  sizes?: string;
  eager?: boolean;
  /** Beside words that already say what it shows (a name): no alternative text of its own. */
  decorative?: boolean;
}): JSX.Element {
  const fallback = sizeFor(picture.sizes, 960);
  return (
    <img
      src={fallback ? pictureAddress(picture.id, fallback.width) : ''}
      srcset={srcsetOf(picture.id, picture.sizes)}
      sizes={sizes}
      width={String(fallback?.width ?? picture.width)}
      height={String(fallback?.height ?? picture.height)}
      alt={decorative ? '' : altOf(picture, lang)}
      loading={eager ? undefined : 'lazy'}
    />
  );
}

/** A picture's credit in the page's language; the English standing in on a Russian page is marked as English. */
export function PictureCredit({
  picture,
  lang,
  tag = 'span',
}: {
  picture: Picture;
  lang: Lang;
  tag?: 'span' | 'figcaption';
}) {
  const credit = creditOf(picture, lang);
  if (!credit) return '';
  const marked = credit.lang !== lang ? credit.lang : undefined;
  const title = marked ? t(lang, 'pictures.creditInEnglish') : undefined;
  return tag === 'figcaption' ? (
    <figcaption class="credit" lang={marked} title={title} safe>
      {credit.text}
    </figcaption>
  ) : (
    <span class="credit" lang={marked} title={title} safe>
      {credit.text}
    </span>
  );
}

/** A picture with its caption and credit; the caption is said once, under it. */
export function PictureFigure({ picture, lang, class: cls }: { picture: Picture; lang: Lang; class?: string }) {
  const caption = captionOf(picture, lang);
  const credit = creditOf(picture, lang);
  return (
    <figure class={cls ?? 'article-figure'}>
      <PictureImg picture={picture} lang={lang} />
      {(!!caption || !!credit) && (
        <figcaption>
          {!!caption && <span safe>{caption}</span>}
          <PictureCredit picture={picture} lang={lang} />
        </figcaption>
      )}
    </figure>
  );
}

/** What an editor sees of a picture when choosing it: its caption or description, its date, the start of its id. */
const choiceLabel = (p: Picture, lang: Lang) =>
  [captionOf(p, lang) ?? altOf(p, lang), p.shownOn ? formatDate(lang, p.shownOn) : null, p.id.slice(0, 8)]
    .filter(Boolean)
    .join(' · ');

/**
 * The one way an office form chooses pictures from the media library, working
 * without JavaScript: one picture from a list, or several as ids a line (their
 * order is the order shown), with the library's thumbnails and ids beside it.
 * A value that names no picture stays in the field, so the refusal can point at it.
 */
export function PicturePicker({
  lang,
  name,
  label,
  value,
  pictures,
  problem,
  multiple = false,
  browse = true,
}: {
  lang: Lang;
  name: string;
  label: string;
  value: string;
  pictures: readonly Picture[];
  /** The refusal, already in the reader's words. */
  problem?: string | undefined;
  multiple?: boolean;
  /** Whether to show the library's thumbnails under the field (once a form is enough). */
  browse?: boolean;
}): JSX.Element {
  const id = `f-${name}`;
  const invalid = problem ? 'true' : undefined;
  const described = [multiple ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const known = pictures.some((p) => p.id === value);
  return (
    <div class="form-row picture-picker">
      <label for={id} safe>
        {label}
      </label>
      {multiple ? (
        <>
          <p class="hint" id={`${id}-hint`} safe>
            {t(lang, 'pictures.listHint')}
          </p>
          <textarea id={id} name={name} rows="4" aria-invalid={invalid} aria-describedby={described} safe>
            {value}
          </textarea>
        </>
      ) : (
        <select id={id} name={name} aria-invalid={invalid} aria-describedby={described}>
          <option value="" safe>
            {t(lang, 'pictures.noPicture')}
          </option>
          {!!value && !known && (
            <option value={value} selected safe>
              {t(lang, 'pictures.unknownChoice', { id: value })}
            </option>
          )}
          {pictures.map((p) => (
            <option value={p.id} selected={p.id === value} safe>
              {choiceLabel(p, lang)}
            </option>
          ))}
        </select>
      )}
      {!!problem && (
        <p class="field-error" id={`${id}-error`} safe>
          {problem}
        </p>
      )}
      {browse && pictures.length > 0 && <PictureShelf lang={lang} pictures={pictures} />}
    </div>
  );
}

/** The library folded under a field: each picture small, with its id to copy. */
export function PictureShelf({ lang, pictures }: { lang: Lang; pictures: readonly Picture[] }): JSX.Element {
  return (
    <details class="picture-shelf">
      <summary safe>{t(lang, 'pictures.browse')}</summary>
      <ul>
        {pictures.map((p) => (
          <li>
            <PictureImg picture={p} lang={lang} sizes="120px" />
            <span safe>{captionOf(p, lang) ?? altOf(p, lang)}</span>
            <code safe>{p.id}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One field of a picture's form, with its refusal beside it in the reader's words. */
const formField =
  (lang: Lang, values: Readonly<Record<string, string>>, problems: readonly FieldProblem[]) =>
  (name: string, label: MessageKey, type = 'text') => {
    const problem = problems.find((p) => p.field === name)?.message;
    return (
      <div class="form-row">
        <label for={`f-${name}`} safe>
          {t(lang, label)}
        </label>
        <input
          id={`f-${name}`}
          name={name}
          type={type}
          value={type === 'file' ? undefined : (values[name] ?? '')}
          accept={type === 'file' ? 'image/jpeg,image/png,image/webp' : undefined}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? `f-${name}-error` : undefined}
        />
        {!!problem && (
          <p class="field-error" id={`f-${name}-error`} safe>
            {problemText(lang, problem)}
          </p>
        )}
      </div>
    );
  };

/** A picture's words in both languages, side by side: the same on the upload form and the picture's page. */
const wordFields = (field: ReturnType<typeof formField>) => (
  <>
    <div class="pair">
      {field('alt_en', 'pictures.altEn')}
      {field('alt_ru', 'pictures.altRu')}
    </div>
    <div class="pair">
      {field('caption_en', 'pictures.captionEn')}
      {field('caption_ru', 'pictures.captionRu')}
    </div>
    <div class="pair">
      {field('credit', 'pictures.credit')}
      {field('credit_ru', 'pictures.creditRu')}
    </div>
  </>
);

/** A picture's words as its form shows them. */
export const wordsOf = (p: Picture): Record<string, string> => ({
  alt_en: p.alt.en,
  alt_ru: p.alt.ru ?? '',
  caption_en: p.caption.en ?? '',
  caption_ru: p.caption.ru ?? '',
  credit: p.credit ?? '',
  credit_ru: p.creditRu ?? '',
});

/** One picture in the office: shown large, with its words, which an editor may write again. */
export function OfficePicture({
  ctx,
  picture,
  version,
  values,
  problems,
  message = null,
}: {
  ctx: OfficeContext;
  picture: Picture;
  version: number;
  values: Record<string, string>;
  problems: FieldProblem[];
  message?: string | null;
}): JSX.Element {
  const { lang } = ctx;
  const field = formField(lang, values, problems);
  const editor = ctx.actor.role === 'editor' || ctx.actor.role === 'admin';
  const stale = problems.find((p) => p.field === 'version');
  return (
    <OfficePage ctx={ctx} title={captionOf(picture, lang) ?? altOf(picture, lang)}>
      <p>
        <a href={href(ctx, '/office/pictures')} safe>
          {t(lang, 'pictures.office')}
        </a>
      </p>
      {!!message && (
        <p class="notice" role="status" safe>
          {message}
        </p>
      )}
      {!!stale && (
        <p class="field-error" role="alert" safe>
          {problemText(lang, stale.message)}
        </p>
      )}
      <PictureFigure picture={picture} lang={lang} class="office-figure" />
      <p class="meta">
        <span safe>{`${t(lang, 'pictures.id')}: `}</span>
        <code safe>{picture.id}</code>
        {!!picture.shownOn && <span safe>{` · ${formatDate(lang, picture.shownOn)}`}</span>}
      </p>
      {editor && (
        <form method="post" action={href(ctx, `/office/pictures/${picture.id}`)} class="record-form panel" novalidate>
          <h2 safe>{t(lang, 'pictures.words')}</h2>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <input type="hidden" name="version" value={String(version)} />
          {wordFields(field)}
          <p class="office-actions">
            <button type="submit" safe>
              {t(lang, 'pictures.save')}
            </button>
          </p>
        </form>
      )}
    </OfficePage>
  );
}

export function OfficePictures({
  ctx,
  pictures,
  problems,
  values,
}: {
  ctx: OfficeContext;
  pictures: Picture[];
  problems: FieldProblem[];
  values: Record<string, string>;
}): JSX.Element {
  const { lang } = ctx;
  const field = formField(lang, values, problems);
  const editor = ctx.actor.role === 'editor' || ctx.actor.role === 'admin';
  return (
    <OfficePage ctx={ctx} title={t(lang, 'pictures.office')} lead={t(lang, 'pictures.lead')}>
      {editor && (
        <form
          method="post"
          action={href(ctx, '/office/pictures')}
          enctype="multipart/form-data"
          class="record-form panel"
          novalidate
        >
          <h2 safe>{t(lang, 'pictures.upload')}</h2>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          {field('file', 'pictures.file', 'file')}
          {wordFields(field)}
          {field('shown_on', 'pictures.shownOn', 'date')}
          {field('activity_id', 'pictures.activity')}
          <p class="office-actions">
            <button type="submit" safe>
              {t(lang, 'pictures.upload')}
            </button>
          </p>
        </form>
      )}
      {pictures.length === 0 ? (
        <p class="empty" safe>
          {t(lang, 'pictures.none')}
        </p>
      ) : (
        <ul class="picture-library">
          {pictures.map((p) => (
            <li>
              <PictureImg picture={p} lang={lang} sizes="200px" />
              <p>
                <a href={href(ctx, `/office/pictures/${p.id}`)} safe>
                  {captionOf(p, lang) ?? altOf(p, lang)}
                </a>
              </p>
              <p class="meta">
                <span safe>{`${t(lang, 'pictures.id')}: `}</span>
                <code safe>{p.id}</code>
                {!!p.shownOn && <span safe>{` · ${formatDate(lang, p.shownOn)}`}</span>}
                {!!creditOf(p, lang) && ' · '}
                <PictureCredit picture={p} lang={lang} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </OfficePage>
  );
}
