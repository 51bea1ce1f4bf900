/**
 * Media monitoring figures: extraction and linking of generated articles against
 * a record of generated people (five spellings each) and activities, on one core;
 * and the review queue page with thousands of links and names waiting.
 * Usage: npm run bench:media [-- articles people activities waiting]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRecord } from '../src/platform.ts';
import type { Actor } from '../src/platform/access.ts';
import { systemClock } from '../src/platform/clock.ts';
import { activityCalendar, addDays, scoreActivities, type ActivityEntry } from '../src/media/linking.ts';
import { analyse } from '../src/media/media.ts';
import { buildIndex, type PersonEntry } from '../src/media/recognize.ts';
import { QueuePage } from '../src/media/media.views.tsx';
import { buildServices } from '../src/services.ts';
import { newId } from '../src/platform/ids.ts';
import type { MediaTables } from '../src/media/media.store.ts';
import type { Kysely } from 'kysely';

const ARTICLES = Number(process.argv[2] ?? 10_000);
const PEOPLE = Number(process.argv[3] ?? 10_000);
const ACTIVITIES = Number(process.argv[4] ?? 5_000);
const WAITING = Number(process.argv[5] ?? 5_000);

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

const LATIN = [
  'ka',
  'ra',
  'sa',
  'ry',
  'bay',
  'mu',
  'nur',
  'ta',
  'li',
  'bek',
  'zha',
  'dos',
  'er',
  'an',
  'ul',
  'gul',
  'ti',
  'mir',
];
const CYR: Record<string, string> = {
  ka: 'ка',
  ra: 'ра',
  sa: 'са',
  ry: 'ры',
  bay: 'бай',
  mu: 'му',
  nur: 'нур',
  ta: 'та',
  li: 'ли',
  bek: 'бек',
  zha: 'жа',
  dos: 'дос',
  er: 'ер',
  an: 'ан',
  ul: 'ул',
  gul: 'гул',
  ti: 'ти',
  mir: 'мир',
};
const word = () => {
  const parts = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(LATIN));
  return { latin: parts.join(''), cyrillic: parts.map((p) => CYR[p]).join('') };
};
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

// people: five spellings each (recorded, y/i variant, Cyrillic, surname first, a second romanization)
const people: Array<PersonEntry & { given: string; surname: string }> = Array.from({ length: PEOPLE }, (_, i) => {
  const g = word();
  const s = word();
  const given = cap(g.latin);
  const surname = cap(s.latin);
  return {
    id: `p${i}`,
    given,
    surname,
    names: [
      `${given} ${surname}`,
      `${given} ${surname.replace(/y/g, 'i')}`,
      `${cap(g.cyrillic)} ${cap(s.cyrillic)}`,
      `${surname} ${given}`,
      `${given.replace(/zh/g, 'j')} ${surname.replace(/ay/g, 'ai')}`,
    ],
  };
});
const CITIES = [
  'Astana',
  'Almaty',
  'Baku',
  'Dushanbe',
  'Tashkent',
  'Bishkek',
  'Shanghai',
  'Geneva',
  'Istanbul',
  'Doha',
];
const STATES = [
  { id: 'KZ', names: ['Kazakhstan', 'Kazakh'] },
  { id: 'AZ', names: ['Azerbaijan', 'Azerbaijani'] },
  { id: 'TJ', names: ['Tajikistan', 'Tajik'] },
  { id: 'CN', names: ['China', 'Chinese'] },
  { id: 'UZ', names: ['Uzbekistan', 'Uzbek'] },
];
const BODIES = [
  { id: 'soc', names: ['Senior Officials Committee', 'Committee of Senior Officials'], abbreviations: ['SOC', 'CSO'] },
  { id: 'swg', names: ['Special Working Group'], abbreviations: ['SWG'] },
];
const MONTHS = [
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

const activities: ActivityEntry[] = Array.from({ length: ACTIVITIES }, (_, i) => {
  const from = addDays('2015-01-01', Math.floor(random() * 3650));
  return {
    id: `a${i}`,
    title: `Meeting on ${pick(['transport', 'tourism', 'energy', 'youth', 'security', 'migration'])} cooperation`,
    from,
    to: random() < 0.3 ? addDays(from, 1) : from,
    places: [pick(CITIES)],
    stateCodes: [pick(STATES).id, pick(STATES).id],
    bodyId: random() < 0.3 ? pick(BODIES).id : null,
    personIds: [pick(people).id, pick(people).id, pick(people).id],
  };
});

const FILLER =
  'Delegations exchanged views on the implementation of confidence building measures and agreed to continue the work in the coming months. The participants noted the progress made since the previous meeting and discussed the draft plan of activities for the next year.';
const articles = Array.from({ length: ARTICLES }, () => {
  const a = pick(activities);
  const [d, m] = [Number(a.from.slice(8)), MONTHS[Number(a.from.slice(5, 7)) - 1]!];
  const named = a.personIds.map((id) => {
    const p = people[Number(id.slice(1))]!;
    return pick([p.names[0]!, p.names[1]!, `${p.given[0]}. ${p.surname}`, p.names[3]!]);
  });
  const text = `${a.places[0]}, ${d} ${m} ${a.from.slice(0, 4)} — ${named[0]}, head of the ${pick(STATES).names[1]} delegation, opened the meeting of the ${pick(BODIES).names[0]}. ${named[1]} and ${named[2]} also spoke. ${FILLER} ${FILLER}`;
  return { title: a.title, published: addDays(a.to, 1), text };
});

function extraction(): void {
  const t0 = performance.now();
  const index = buildIndex({ people, states: STATES, bodies: BODIES, areas: [] });
  const calendar = activityCalendar(activities);
  const built = performance.now() - t0;
  let linked = 0;
  let linking = 0;
  const start = performance.now();
  for (const article of articles) {
    const a = analyse(article, index);
    const t = performance.now();
    const links = scoreActivities(a.signature, calendar.candidates(a.signature));
    linking += performance.now() - t;
    if (links.length) linked++;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(`  of which linking ${(linking / 1000).toFixed(2)} s`);
  console.log(`index of ${PEOPLE} people × 5 spellings, ${ACTIVITIES} activities: built in ${Math.round(built)} ms`);
  console.log(
    `extraction and linking: ${ARTICLES} articles in ${seconds.toFixed(2)} s = ${Math.round(ARTICLES / seconds)} articles/s on one core (${linked} linked)`,
  );
}

async function queuePage(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-media-'));
  try {
    const record = await openRecord(join(dir, 'record.sqlite'));
    const db = record.db as unknown as Kysely<MediaTables>;
    const services = buildServices(record.db, systemClock);
    const at = '2024-07-01T00:00:00.000Z';
    // activities to link to, written straight into the table: the figure is the queue's, not the office's
    const activityIds = Array.from({ length: 200 }, () => newId());
    for (const id of activityIds)
      await record.db
        .insertInto('activity')
        .values({
          id,
          kind: 'meeting',
          status: 'held',
          title_en: `Meeting ${id.slice(-4)}`,
          start_date: '2024-06-26',
        } as never)
        .execute();
    await db
      .insertInto('media_source')
      .values({ id: 'src', name: 'Bench Wire', country_code: null, lang: null, site: null, feed_url: null })
      .execute();
    for (let i = 0; i < WAITING; i += 500) {
      const rows = Array.from({ length: Math.min(500, WAITING - i) }, (_, k) => ({
        id: newId(),
        source_id: 'src',
        url: `https://bench.example/${i + k}`,
        title: `Generated article ${i + k}`,
        lang: 'en',
        published: '2024-06-27',
        text: FILLER,
        raw: FILLER,
        format: 'text',
        content_hash: `h${i + k}`,
        fingerprint: null,
        dateline_place: null,
        dateline_from: null,
        dateline_to: null,
        dateline_seen: null,
        story_id: null,
        duplicate_of: null,
        imported_at: at,
      }));
      await db.insertInto('media_article').values(rows).execute();
      await db
        .insertInto('media_link')
        .values(
          rows.map((r) => ({
            id: newId(),
            article_id: r.id,
            activity_id: pick(activityIds),
            confidence: 0.45 + random() * 0.3,
            evidence: JSON.stringify([
              { kind: 'date', seen: 'Astana, 26 June 2024 —', from: '2024-06-26', to: '2024-06-26' },
              { kind: 'place', seen: 'Astana' },
            ]),
            status: 'proposed',
            decided_at: null,
          })),
        )
        .execute();
      const proposals = rows.map((r) => ({
        id: `pp-${r.id}`,
        name: `${cap(word().latin)} ${cap(word().latin)}`,
        post: 'Ambassador',
        status: 'proposed',
        person_id: null,
        created_at: at,
      }));
      await db.insertInto('media_proposed_person').values(proposals).execute();
      await db
        .insertInto('media_proposed_name')
        .values(proposals.map((p) => ({ id: newId(), proposal_id: p.id, name: p.name })))
        .execute();
      // each proposal seen once beside its post, as the queue shows it
      await db
        .insertInto('media_mention')
        .values(
          proposals.map((p, i) => ({
            id: newId(),
            article_id: rows[i]!.id,
            kind: 'proposal',
            target_id: p.id,
            seen: JSON.stringify([p.name]),
            posts: JSON.stringify([p.post]),
            confidence: 0.5,
          })),
        )
        .execute();
    }
    const actor: Actor = { id: 'bench', email: 'bench@cica.test', name: 'Bench', role: 'editor', stateCode: null };
    const ctx = {
      lang: 'en' as const,
      path: '/office/coverage',
      search: '',
      today: '2024-07-01',
      staff: true,
      actor,
      csrf: 'x',
    };
    const render = async () => {
      const view = await services.media.queue('ru');
      return QueuePage({ ctx, view: { ...view, canDecide: true, notice: null } });
    };
    await render();
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await render();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `review queue with ${WAITING} links and ${WAITING} names waiting: median ${times[10]!.toFixed(1)} ms, slowest ${times[19]!.toFixed(1)} ms (first 100 of each shown)`,
    );
    await record.db.destroy();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`${cpus()[0]?.model ?? 'unknown cpu'}, Node ${process.version}`);
extraction();
await queuePage();
