/**
 * Loads an organization pack into an empty record. Like a migration, a pack
 * load is a one-time edge operation over the whole record, so it writes the
 * tables directly, in one transaction: either all of it lands or none does.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../platform/db/database.ts';
import { DomainError, type FieldProblem } from '../platform/errors.ts';
import { packFiles, type Pack } from './pack.schema.ts';

export const CICA_PACK_DIR = fileURLToPath(new URL('./cica/', import.meta.url));

export async function readPack(dir: string): Promise<Pack> {
  const problems: FieldProblem[] = [];
  const pack: Record<string, unknown> = {};
  for (const [file, schema] of Object.entries(packFiles)) {
    const raw = JSON.parse(await readFile(join(dir, file), 'utf8'));
    const parsed = schema.safeParse(raw);
    if (parsed.success) pack[file.replace(/\.json$/, '')] = parsed.data;
    else
      for (const issue of parsed.error.issues) {
        problems.push({ field: `${file}: ${issue.path.join('.')}`, message: issue.message });
      }
  }
  if (problems.length) throw new DomainError('PACK_INVALID', 'the pack does not match its schema', problems);
  const result = pack as Pack;
  const broken = brokenReferences(result);
  if (broken.length) throw new DomainError('PACK_INVALID', 'the pack refers to records it does not have', broken);
  return result;
}

/** Every reference in the pack must name a record of the pack: checked here so the error says which. */
export function brokenReferences(pack: Pack): FieldProblem[] {
  const states = new Set(pack.states.states.map((s) => s.code));
  const meetings = new Set(pack.bodies.bodies.flatMap((b) => b.meetings.map((m) => m.id)));
  const bodies = new Set(pack.bodies.bodies.map((b) => b.id));
  const dimensions = new Set(pack.cbm.dimensions.map((d) => d.id));
  const areas = new Set(pack.cbm.priorityAreas.map((a) => a.id));
  const versions = new Set(pack.cbm.versions.map((v) => v.id));
  const problems: FieldProblem[] = [];
  const check = (set: Set<string>, value: string | null | undefined, field: string) => {
    if (value != null && !set.has(value)) problems.push({ field, message: `unknown reference "${value}"` });
  };
  // Every key a fact cites must resolve to a source, or the reader's citation would be missing.
  const sources = new Set(pack.sources.sources.map((s) => s.key));
  for (const [file, data] of Object.entries(pack)) {
    if (file === 'sources') continue;
    const keys = new Set<string>();
    JSON.stringify(data, (k, v) => {
      if (k === 'sources' && typeof v === 'string') for (const key of v.split(',')) keys.add(key.trim());
      return v;
    });
    for (const key of keys) if (key) check(sources, key, `${file}.json: sources`);
  }
  pack.states.states.forEach((s, i) =>
    s.statuses.forEach((st, j) => check(meetings, st.meeting, `states.json: states.${i}.statuses.${j}.meeting`)),
  );
  pack.bodies.bodies.forEach((b, i) =>
    b.meetings.forEach((m, j) => check(states, m.country, `bodies.json: bodies.${i}.meetings.${j}.country`)),
  );
  pack.chairmanship.terms.forEach((t, i) => {
    check(states, t.state, `chairmanship.json: terms.${i}.state`);
    check(meetings, t.handoverMeeting, `chairmanship.json: terms.${i}.handoverMeeting`);
  });
  pack.people.people.forEach((p, i) => check(states, p.state, `people.json: people.${i}.state`));
  pack.cbm.versions.forEach((v, i) => check(meetings, v.meeting, `cbm.json: versions.${i}.meeting`));
  pack.cbm.priorityAreas.forEach((a, i) => {
    check(dimensions, a.dimension, `cbm.json: priorityAreas.${i}.dimension`);
    a.coordinators.forEach((c, j) => check(states, c.state, `cbm.json: priorityAreas.${i}.coordinators.${j}.state`));
  });
  pack.cbm.measures.forEach((m, i) => {
    check(dimensions, m.dimension, `cbm.json: measures.${i}.dimension`);
    check(areas, m.area, `cbm.json: measures.${i}.area`);
    check(versions, m.version, `cbm.json: measures.${i}.version`);
  });
  pack.activities.activities.forEach((a, i) => {
    check(states, a.country, `activities.json: activities.${i}.country`);
    check(bodies, a.body, `activities.json: activities.${i}.body`);
  });
  const documentIds = new Set(pack.documents.documents.map((d) => d.id));
  pack.documents.documents.forEach((d, i) => {
    check(meetings, d.meeting, `documents.json: documents.${i}.meeting`);
    check(bodies, d.body, `documents.json: documents.${i}.body`);
    check(areas, d.area, `documents.json: documents.${i}.area`);
    check(documentIds, d.amends, `documents.json: documents.${i}.amends`);
    check(documentIds, d.replaces, `documents.json: documents.${i}.replaces`);
    d.actions.forEach((a, j) => check(states, a.state, `documents.json: documents.${i}.actions.${j}.state`));
  });
  pack.finance.budgets.forEach((b, i) => check(meetings, b.meeting, `finance.json: budgets.${i}.meeting`));
  pack.finance.contributions.forEach((c, i) => check(states, c.state, `finance.json: contributions.${i}.state`));
  pack.finance.ranks.forEach((r, i) => check(states, r.state, `finance.json: ranks.${i}.state`));
  return problems;
}

/** Whether the record already holds an organization: a pack loads only into an empty one. */
export async function isLoaded(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('state').select('code').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function loadPack(db: Kysely<Database>, pack: Pack): Promise<void> {
  const sourced = (f: { sources: string; confidence: string }) => ({ sources: f.sources, confidence: f.confidence });
  const notes = (f: { noteEn?: string | undefined; noteRu?: string | undefined }) => ({
    note_en: f.noteEn ?? null,
    note_ru: f.noteRu ?? null,
  });
  const insert = async <T extends keyof Database>(trx: Kysely<Database>, table: T, rows: Insertable<Database[T]>[]) => {
    // Chunked: both engines cap the number of bound parameters in one statement.
    for (let i = 0; i < rows.length; i += 200) {
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + 200) as never)
        .execute();
    }
  };

  await db.transaction().execute(async (trx) => {
    await insert(
      trx,
      'source',
      pack.sources.sources.map((s) => ({
        key: s.key,
        url: s.url ?? null,
        title_en: s.titleEn ?? null,
        title_ru: s.titleRu ?? null,
        publisher_en: s.publisherEn ?? null,
        publisher_ru: s.publisherRu ?? null,
        date: s.date ?? null,
      })),
    );
    const { states, organizations } = pack.states;
    await insert(
      trx,
      'state',
      states.map((s) => ({
        code: s.code,
        name_en: s.nameEn,
        name_ru: s.nameRu,
        official_name_en: s.officialNameEn ?? null,
        official_name_ru: s.officialNameRu ?? null,
      })),
    );

    const bodies = pack.bodies.bodies;
    await insert(
      trx,
      'body',
      bodies.map((b) => ({
        id: b.id,
        kind: b.kind,
        position: b.position,
        name_en: b.nameEn,
        name_ru: b.nameRu,
        acronym_en: b.acronymEn ?? null,
        acronym_ru: b.acronymRu ?? null,
        former_name_en: b.formerNameEn ?? null,
        former_name_ru: b.formerNameRu ?? null,
        renamed_on: b.renamedOn ?? null,
        founded: b.founded ?? null,
        role_en: b.roleEn ?? null,
        role_ru: b.roleRu ?? null,
        frequency_en: b.frequencyEn ?? null,
        frequency_ru: b.frequencyRu ?? null,
      })),
    );
    await insert(
      trx,
      'meeting_series',
      bodies.flatMap((b) =>
        b.series.map((s, i) => ({
          id: `${b.id}-${i + 1}`,
          body_id: b.id,
          from_date: s.from,
          noun_en: s.nounEn,
          head_ru: JSON.stringify(s.headRu),
          gender_ru: s.genderRu,
          tail_ru: s.tailRu,
        })),
      ),
    );
    // A meeting of a body is an activity (decision 013); it keeps its id, so references to it hold.
    await insert(
      trx,
      'activity',
      bodies.flatMap((b) =>
        b.meetings.map((m) => ({
          id: m.id,
          kind: 'meeting',
          status: m.status ?? 'held',
          body_id: b.id,
          meeting_number: m.number ?? null,
          meeting_kind: m.kind ?? 'regular',
          title_en: m.titleEn ?? null,
          title_ru: m.titleRu ?? null,
          start_date: m.start,
          end_date: m.end ?? null,
          city_en: m.cityEn ?? null,
          city_ru: m.cityRu ?? null,
          country_code: m.country ?? null,
          format: m.format ?? null,
          summary_en: m.summaryEn ?? null,
          summary_ru: m.summaryRu ?? null,
          ...sourced(m),
        })),
      ),
    );
    await insert(
      trx,
      'activity',
      pack.activities.activities.map((a) => ({
        id: a.id,
        kind: a.kind,
        status: a.status,
        body_id: a.body ?? null,
        title_en: a.titleEn,
        title_ru: a.titleRu ?? null,
        start_date: a.start,
        end_date: a.end ?? null,
        city_en: a.cityEn ?? null,
        city_ru: a.cityRu ?? null,
        country_code: a.country ?? null,
        format: a.format ?? null,
        organizers: a.organizers?.join(' ') ?? null,
        summary_en: a.summaryEn ?? null,
        summary_ru: a.summaryRu ?? null,
        ...sourced(a),
      })),
    );

    await insert(
      trx,
      'state_status',
      states.flatMap((s) =>
        s.statuses.map((st, i) => ({
          id: `${s.code.toLowerCase()}-${i + 1}`,
          state_code: s.code,
          status: st.status,
          from_date: st.from,
          from_attested: st.fromAttested ?? null,
          until_date: st.until ?? null,
          until_attested: st.untilAttested ?? null,
          meeting_id: st.meeting ?? null,
          ...notes(st),
          ...sourced(st),
        })),
      ),
    );
    await insert(
      trx,
      'organization',
      organizations.map((o) => ({
        id: o.id,
        acronym_en: o.acronymEn ?? null,
        acronym_ru: o.acronymRu ?? null,
        name_en: o.nameEn,
        name_ru: o.nameRu,
      })),
    );
    await insert(
      trx,
      'organization_relation',
      organizations.flatMap((o) =>
        o.relations.map((r, i) => ({
          id: `${o.id}-${i + 1}`,
          organization_id: o.id,
          relation: r.relation,
          instrument_en: r.instrumentEn ?? null,
          instrument_ru: r.instrumentRu ?? null,
          from_date: r.from,
          from_attested: r.fromAttested ?? null,
          until_date: r.until ?? null,
          place_en: r.placeEn ?? null,
          place_ru: r.placeRu ?? null,
          ...notes(r),
          ...sourced(r),
        })),
      ),
    );

    await insert(
      trx,
      'chair_term',
      pack.chairmanship.terms.map((t) => ({
        id: t.id,
        state_code: t.state,
        from_date: t.from,
        until_date: t.until,
        planned_until: t.plannedUntil ?? null,
        designated_on: t.designatedOn ?? null,
        handover_meeting_id: t.handoverMeeting ?? null,
        ...notes(t),
        ...sourced(t),
      })),
    );

    const people = pack.people.people;
    await insert(
      trx,
      'person',
      people.map((p) => ({ id: p.id, name_en: p.nameEn, name_ru: p.nameRu ?? null, state_code: p.state })),
    );
    await insert(
      trx,
      'person_name',
      people.flatMap((p) => [
        { id: `${p.id}-0`, person_id: p.id, name: p.nameEn, lang: 'en', script: 'Latn', origin: null },
        ...(p.nameRu
          ? [
              {
                id: `${p.id}-ru`,
                person_id: p.id,
                name: p.nameRu,
                lang: 'ru',
                script: 'Cyrl',
                origin: p.nameRuOrigin ?? null,
              },
            ]
          : []),
        ...p.names.map((n, i) => ({
          id: `${p.id}-${i + 1}`,
          person_id: p.id,
          name: n.name,
          lang: n.lang,
          script: n.script,
          origin: null,
        })),
      ]),
    );
    await insert(
      trx,
      'position',
      people.flatMap((p) =>
        p.positions.map((pos, i) => ({
          id: `${p.id}-${i + 1}`,
          person_id: p.id,
          post: pos.post,
          from_date: pos.from,
          from_attested: pos.fromAttested ?? null,
          until_date: pos.until ?? null,
          until_attested: pos.untilAttested ?? null,
          ...notes(pos),
          ...sourced(pos),
        })),
      ),
    );

    const cbm = pack.cbm;
    await insert(
      trx,
      'catalogue_version',
      cbm.versions.map((v) => ({
        id: v.id,
        adopted_on: v.adoptedOn,
        meeting_id: v.meeting ?? null,
        title_en: v.titleEn,
        title_ru: v.titleRu,
        ...notes(v),
        ...sourced(v),
      })),
    );
    await insert(
      trx,
      'dimension',
      cbm.dimensions.map((d) => ({ id: d.id, position: d.position, name_en: d.nameEn, name_ru: d.nameRu })),
    );
    await insert(
      trx,
      'priority_area',
      cbm.priorityAreas.map((a) => ({
        id: a.id,
        dimension_id: a.dimension,
        position: a.position,
        name_en: a.nameEn,
        name_ru: a.nameRu,
        ...notes(a),
      })),
    );
    await insert(
      trx,
      'measure',
      cbm.measures.map((m, i) => ({
        id: `measure-${i + 1}`,
        dimension_id: m.dimension,
        priority_area_id: m.area ?? null,
        catalogue_version_id: m.version,
        code: m.code ?? null,
        position: i + 1,
        text_en: m.en,
        text_ru: m.ru ?? null,
        ...sourced(m),
      })),
    );
    await insert(
      trx,
      'coordinator_term',
      cbm.priorityAreas.flatMap((a) =>
        a.coordinators.map((c, i) => ({
          id: `${a.id}-${i + 1}`,
          priority_area_id: a.id,
          state_code: c.state,
          role: c.role,
          from_date: c.from ?? null,
          from_attested: c.fromAttested ?? null,
          until_date: c.until ?? null,
          until_attested: c.untilAttested ?? null,
          ...notes(c),
          ...sourced(c),
        })),
      ),
    );

    const documents = pack.documents.documents;
    await insert(
      trx,
      'document',
      documents.map((d) => ({
        id: d.id,
        kind: d.kind,
        title_en: d.titleEn,
        title_ru: d.titleRu,
        date: d.date,
        place_en: d.placeEn ?? null,
        place_ru: d.placeRu ?? null,
        meeting_id: d.meeting ?? null,
        body_id: d.body ?? null,
        priority_area_id: d.area ?? null,
        amends_id: d.amends ?? null,
        adoption_method: d.adoption ?? null,
        replaces_id: d.replaces ?? null,
        eif_required: d.rule?.required ?? null,
        eif_days_after: d.rule?.daysAfter ?? null,
        eif_late_days_after: d.rule?.lateDaysAfter ?? null,
        classification: 'public',
        ...notes(d),
        ...sourced(d),
      })),
    );
    await insert(
      trx,
      'document_action',
      documents.flatMap((d) =>
        d.actions.map((a, i) => ({
          id: `${d.id}-${i + 1}`,
          document_id: d.id,
          state_code: a.state,
          action: a.action,
          date: a.date,
          date_attested: a.dateAttested ?? null,
          reference: a.reference ?? null,
          ...sourced(a),
        })),
      ),
    );

    const finance = pack.finance;
    await insert(
      trx,
      'budget',
      finance.budgets.map((b) => ({
        id: `budget-${b.year}`,
        year: b.year,
        currency: b.currency,
        approved_on: b.approvedOn,
        meeting_id: b.meeting ?? null,
        budget_document_id: null,
        financial_report_id: null,
        audit_report_id: null,
        ...notes(b),
        ...sourced(b),
      })),
    );
    await insert(
      trx,
      'contribution',
      finance.contributions.map((c) => ({
        id: `contribution-${c.year}-${c.state.toLowerCase()}`,
        year: c.year,
        state_code: c.state,
        kind: c.kind,
        ...sourced(c),
      })),
    );
    await insert(
      trx,
      'contributor_rank',
      finance.ranks.map((r) => ({
        id: `rank-${r.year}-${r.rank}`,
        year: r.year,
        rank: r.rank,
        state_code: r.state,
        ...sourced(r),
      })),
    );
    await insert(
      trx,
      'capsule',
      pack.capsules.capsules.map((c) => ({
        id: c.id,
        title_en: c.titleEn,
        title_ru: c.titleRu,
        sealed_on: c.sealedOn,
        place_en: c.placeEn ?? null,
        place_ru: c.placeRu ?? null,
        opens_on: c.opensOn,
        people_present: null,
        states_present: null,
        ...notes(c),
        ...sourced(c),
      })),
    );
    await insert(
      trx,
      'document_attested',
      documents.flatMap((d) =>
        (d.attested ?? []).map((a, i) => ({
          id: `${d.id}-attested-${i + 1}`,
          document_id: d.id,
          count: a.count,
          as_of: a.asOf,
          ...sourced(a),
        })),
      ),
    );
    // The Secretariat's own record (its emblem, chosen later in the office), one row.
    await insert(trx, 'secretariat', [{ id: 'cica' }]);
  });
}
