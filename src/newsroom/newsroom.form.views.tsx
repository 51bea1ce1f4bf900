/** The release form: the text in both languages, its links, pictures, media contact and preview. */
import './newsroom.messages.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { type Lang, type MessageKey, sortByName, t } from '../platform/i18n/i18n.ts';
import { href } from '../platform/layout/layout.tsx';
import { OfficePage, type OfficeContext, problemText } from '../platform/layout/office.tsx';
import { editMode } from './newsroom.ts';
import type { Release } from './newsroom.ts';
import { ArticleBody, type LinkTarget, type Pictures, type Targets } from './newsroom.views.tsx';
import { textOf } from './newsroom.ts';
import { type LinkChoices, Row } from './newsroom.office.views.tsx';
import type { Picture } from '../pictures/pictures.service.ts';
import { PicturePicker } from '../pictures/pictures.views.tsx';

/**
 * Pictures given by address before the media library (imports may still give them): the
 * content-security policy lets only the site's own addresses show, so none is added here any
 * more. Those a release has are kept as they were, carried by the form, or removed on request.
 */
function EarlierImages({ lang, values }: { lang: Lang; values: Record<string, string | string[]> }): JSX.Element {
  const v = (name: string) => {
    const x = values[name];
    return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
  };
  const rows = Array.from({ length: 12 }, (_, i) => i + 1).filter((n) => v(`image_${n}_src`).trim() !== '');
  if (rows.length === 0) return '';
  return (
    <fieldset class="earlier-images">
      <legend safe>{t(lang, 'nr.images')}</legend>
      <p class="hint" safe>
        {t(lang, 'nr.imagesKept')}
      </p>
      <ul class="plain-list">
        {rows.map((n) => (
          <li>
            <code translate="no" safe>
              {v(`image_${n}_src`)}
            </code>
            {!!(v(`image_${n}_caption_en`) || v(`image_${n}_caption_ru`)) && (
              <span class="meta" safe>
                {[v(`image_${n}_caption_en`), v(`image_${n}_caption_ru`)].filter(Boolean).join(' / ')}
              </span>
            )}
            {(['src', 'caption_en', 'caption_ru'] as const).map((f) => (
              <input type="hidden" name={`image_${n}_${f}`} value={v(`image_${n}_${f}`)} />
            ))}
          </li>
        ))}
      </ul>
      <div class="form-row">
        <label class="choice">
          <input type="checkbox" name="images_drop" value="yes" checked={v('images_drop') === 'yes'} />{' '}
          <span safe>{t(lang, 'nr.imagesDrop')}</span>
        </label>
      </div>
    </fieldset>
  );
}

export function ReleaseForm({
  ctx,
  release,
  values,
  problems,
  links,
  conflict,
  preview = null,
  library = [],
}: {
  ctx: OfficeContext;
  release: Release | null;
  values: Record<string, string | string[]>;
  problems: FieldProblem[];
  links: LinkChoices;
  conflict: boolean;
  /** The release as the form's values would make it, with the names of what it links to: shown above the form, unsaved. */
  preview?: Readonly<{ release: Release; targets: Targets; pictures?: Pictures }> | null;
  /** The media library, to choose the lead picture and the gallery from. */
  library?: readonly Picture[];
}): JSX.Element {
  const { lang } = ctx;
  const mode = release ? editMode(release.status, ctx.actor.role) : 'edit';
  const v = (name: string) => {
    const x = values[name];
    return Array.isArray(x) ? (x[0] ?? '') : (x ?? '');
  };
  const chosen = (name: string) => {
    const x = values[name];
    return Array.isArray(x) ? x : x ? [x] : [];
  };
  const problem = (name: string) => {
    const p = problems.find((x) => x.field === name);
    return p ? problemText(lang, p.message) : undefined;
  };
  const attrs = (name: string) => ({
    id: `f-${name}`,
    name,
    'aria-invalid': problem(name) ? 'true' : undefined,
    'aria-describedby': problem(name) ? `f-${name}-error` : undefined,
  });
  const text = (name: string, label: MessageKey, l?: string) => (
    <Row id={`f-${name}`} label={t(lang, label)} problem={problem(name)}>
      <input {...attrs(name)} value={v(name)} lang={l} />
    </Row>
  );
  const area = (name: string, label: MessageKey, l: string, rows = 4) => (
    <Row id={`f-${name}`} label={t(lang, label)} problem={problem(name)}>
      <textarea {...attrs(name)} lang={l} rows={String(rows)} safe>
        {v(name)}
      </textarea>
    </Row>
  );
  // A box for each choice, sorted by name: a long list of states reads better ticked than Ctrl-clicked.
  const multi = (name: keyof LinkChoices, label: MessageKey) => (
    <fieldset
      class="form-row choices"
      id={`f-${name}`}
      aria-invalid={problem(name) ? 'true' : undefined}
      aria-describedby={problem(name) ? `f-${name}-error` : undefined}
    >
      <legend safe>{t(lang, label)}</legend>
      <div class="choice-grid">
        {sortByName(lang, links[name], (c) => c.label).map((c) => (
          <label class="choice">
            <input type="checkbox" name={name} value={c.value} checked={chosen(name).includes(c.value)} />{' '}
            <span safe>{c.label}</span>
          </label>
        ))}
      </div>
      {!!problem(name) && (
        <p class="field-error" id={`f-${name}-error`} safe>
          {problem(name)}
        </p>
      )}
    </fieldset>
  );
  const title = release
    ? `${t(lang, mode === 'correct' ? 'nr.correct' : 'nr.edit')}: ${textOf(lang, release).title}`
    : t(lang, 'nr.new');
  return (
    <OfficePage ctx={ctx} title={title}>
      {conflict && (
        <div class="conflict" role="alert">
          <p safe>{t(lang, 'nr.conflict')}</p>
        </div>
      )}
      {problems.length > 0 && (
        <div class="error-summary" role="alert">
          <p safe>{t(lang, 'office.fixErrors')}</p>
          <ul>
            {problems.map((p) => (
              <li>
                <a href={`#f-${p.field}`} safe>
                  {problemText(lang, p.message)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!!preview && (
        <section class="preview release-preview" aria-labelledby="preview">
          <h2 id="preview" safe>
            {t(lang, 'nr.preview')}
          </h2>
          <p class="notice" role="status" safe>
            {t(lang, 'nr.previewLead')}
          </p>
          {(['en', 'ru'] as const)
            .filter((l) => preview.release.title[l])
            .map((l) => (
              <div class="preview-lang" lang={l}>
                <ArticleBody
                  ctx={{ ...ctx, lang: l }}
                  release={preview.release}
                  targets={preview.targets}
                  events={[]}
                  pictures={preview.pictures}
                />
              </div>
            ))}
        </section>
      )}
      <form
        class="record-form release-form"
        method="post"
        action={href(ctx, release ? `/office/releases/${release.id}` : '/office/releases')}
        novalidate
      >
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        {!!release && <input type="hidden" name="version" value={v('version') || String(release.version)} />}
        {mode === 'correct' && area('correction', 'nr.correction', lang, 2)}
        <div class="pair">
          <fieldset>
            <legend safe>{t(lang, 'nr.english')}</legend>
            {text('title_en', 'nr.title', 'en')}
            {text('place_en', 'nr.place', 'en')}
            {area('lead_en', 'nr.lead', 'en', 3)}
            {area('body_en', 'nr.body', 'en', 14)}
          </fieldset>
          <fieldset>
            <legend safe>{t(lang, 'nr.russian')}</legend>
            {text('title_ru', 'nr.title', 'ru')}
            {text('place_ru', 'nr.place', 'ru')}
            {area('lead_ru', 'nr.lead', 'ru', 3)}
            {area('body_ru', 'nr.body', 'ru', 14)}
          </fieldset>
        </div>
        <div class="pair">
          <Row id="f-date" label={t(lang, 'nr.date')} problem={problem('date')}>
            <input {...attrs('date')} type="date" value={v('date')} required />
          </Row>
          <Row id="f-date_to" label={t(lang, 'nr.dateTo')} problem={problem('date_to')}>
            <input {...attrs('date_to')} type="date" value={v('date_to')} />
          </Row>
        </div>
        <fieldset>
          <legend safe>{t(lang, 'nr.contact')}</legend>
          <div class="pair">
            {text('contact_name', 'nr.col.contact_name', 'en')}
            {text('contact_name_ru', 'nr.col.contact_name_ru', 'ru')}
            {text('contact_title', 'nr.col.contact_title', 'en')}
            {text('contact_title_ru', 'nr.col.contact_title_ru', 'ru')}
            {text('contact_email', 'nr.contactEmail')}
            {text('contact_phone', 'nr.contactPhone')}
          </div>
        </fieldset>
        <fieldset>
          <legend safe>{t(lang, 'nr.links')}</legend>
          <p class="hint" safe>
            {t(lang, 'nr.multiHintBoxes')}
          </p>
          <div class="pair">
            {multi('states', 'nr.states')}
            {multi('bodies', 'nr.bodies')}
            {multi('areas', 'nr.areas')}
            {multi('people', 'nr.people')}
            {multi('activities', 'nr.activities')}
            {multi('documents', 'nr.documents')}
          </div>
        </fieldset>
        <ReleasePicturesFields lang={lang} values={values} problems={problems} library={library} />
        <EarlierImages lang={lang} values={values} />
        <p class="office-actions">
          <button type="submit" safe>
            {t(lang, 'office.save')}
          </button>
          <button
            type="submit"
            class="secondary"
            formaction={href(ctx, release ? `/office/releases/${release.id}/preview` : '/office/releases/preview')}
            safe
          >
            {t(lang, 'nr.showPreview')}
          </button>
          <a href={href(ctx, release ? `/office/releases/${release.id}` : '/office/releases')} safe>
            {t(lang, 'office.cancel')}
          </a>
        </p>
      </form>
    </OfficePage>
  );
}

/** The release's pictures from the media library: the lead picture and the gallery. */
function ReleasePicturesFields({
  lang,
  values,
  problems,
  library,
}: {
  lang: OfficeContext['lang'];
  values: Record<string, string | string[]>;
  problems: FieldProblem[];
  library: readonly Picture[];
}): JSX.Element {
  const value = (name: string) => {
    const x = values[name];
    return Array.isArray(x) ? x.join('\n') : (x ?? '');
  };
  const problem = (name: string) => {
    const p = problems.find((x) => x.field === name);
    return p ? problemText(lang, p.message, p.params) : undefined;
  };
  return (
    <fieldset>
      <legend safe>{t(lang, 'nr.pictures')}</legend>
      <PicturePicker
        lang={lang}
        name="lead_picture"
        label={t(lang, 'nr.leadPicture')}
        value={value('lead_picture')}
        pictures={library}
        problem={problem('lead_picture')}
        browse={false}
      />
      <PicturePicker
        lang={lang}
        name="gallery"
        label={t(lang, 'nr.gallery')}
        value={value('gallery')}
        pictures={library}
        problem={problem('gallery')}
        multiple
      />
    </fieldset>
  );
}

/** The form's values for a release being edited. */
export function formValuesOf(r: Release): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {
    title_en: r.title.en ?? '',
    title_ru: r.title.ru ?? '',
    lead_en: r.lead.en ?? '',
    lead_ru: r.lead.ru ?? '',
    body_en: r.body.en ?? '',
    body_ru: r.body.ru ?? '',
    place_en: r.place.en ?? '',
    place_ru: r.place.ru ?? '',
    date: r.date,
    date_to: r.dateTo ?? '',
    contact_name: r.contact.name ?? '',
    contact_title: r.contact.title ?? '',
    contact_name_ru: r.contact.nameRu ?? '',
    contact_title_ru: r.contact.titleRu ?? '',
    contact_email: r.contact.email ?? '',
    contact_phone: r.contact.phone ?? '',
    version: String(r.version),
    states: r.links.filter((l) => l.kind === 'state').map((l) => l.id),
    bodies: r.links.filter((l) => l.kind === 'body').map((l) => l.id),
    areas: r.links.filter((l) => l.kind === 'area').map((l) => l.id),
    people: r.links.filter((l) => l.kind === 'person').map((l) => l.id),
    activities: r.links.filter((l) => l.kind === 'activity').map((l) => l.id),
    documents: r.links.filter((l) => l.kind === 'document').map((l) => l.id),
  };
  values.lead_picture = r.pictures?.lead ?? '';
  values.gallery = (r.pictures?.gallery ?? []).join('\n');
  r.images.forEach((img, i) => {
    values[`image_${i + 1}_src`] = img.src;
    values[`image_${i + 1}_caption_en`] = img.caption.en ?? '';
    values[`image_${i + 1}_caption_ru`] = img.caption.ru ?? '';
  });
  return values;
}

export function linkChoices(targets: Targets): LinkChoices {
  const of = (kind: LinkTarget['kind']) =>
    [...targets.values()].filter((x) => x.kind === kind).map((x) => ({ value: x.id, label: x.name }));
  return {
    states: of('state'),
    bodies: of('body'),
    areas: of('area'),
    people: of('person'),
    activities: of('activity'),
    documents: of('document'),
  };
}
