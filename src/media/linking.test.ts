import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ActivityEntry, activityCalendar, decisionFor, sameEvent, scoreActivities, widen } from './linking.ts';
import { analyse } from './media.ts';
import {
  AREAS,
  BODIES,
  CEREMONY_EN,
  CEREMONY_REPRINT,
  CEREMONY_RU,
  CEREMONY_WIRE,
  PEOPLE,
  STATES,
} from './media.fixture.ts';
import { buildIndex } from './recognize.ts';
import { hamming, nearDuplicate, simhash } from './simhash.ts';

const index = () => buildIndex({ people: PEOPLE, states: STATES, bodies: BODIES, areas: AREAS });
const activity = (over: Partial<ActivityEntry> = {}): ActivityEntry => ({
  id: 'act-ceremony',
  title: 'Foundation stone of the new headquarters',
  from: '2024-06-26',
  to: '2024-06-26',
  places: ['Astana', 'Астана'],
  stateCodes: ['KZ', 'TJ', 'AZ'],
  bodyId: null,
  personIds: ['p-sarybay', 'p-bakayev'],
  ...over,
});

describe('linking an article to the activities it reports', () => {
  it('links the English report to the ceremony with its evidence', () => {
    const a = analyse(CEREMONY_EN, index());
    const [best] = scoreActivities(a.signature, [activity()]);
    assert.equal(best?.activityId, 'act-ceremony');
    assert.equal(decisionFor(best!.confidence), 'linked');
    assert.deepEqual(
      best!.evidence.find((e) => e.kind === 'date'),
      {
        kind: 'date',
        seen: 'Astana, 26 June 2024 —',
        from: '2024-06-26',
        to: '2024-06-26',
      },
    );
    assert.deepEqual(
      best!.evidence.find((e) => e.kind === 'place'),
      { kind: 'place', seen: 'Astana' },
    );
    assert.deepEqual(
      best!.evidence.find((e) => e.kind === 'people'),
      { kind: 'people', ids: ['p-sarybay', 'p-bakayev'] },
    );
  });

  it('gives the title words it agrees on as the article and the title write them, not as stems', () => {
    const a = analyse(CEREMONY_EN, index());
    const [best] = scoreActivities(a.signature, [
      activity({ title: 'Foundation Stone of the New Headquarters Building' }),
    ]);
    assert.deepEqual(
      best!.evidence.find((e) => e.kind === 'title'),
      {
        kind: 'title',
        words: [
          { seen: 'foundation', title: 'Foundation' },
          { seen: 'stone', title: 'Stone' },
          { seen: 'headquarters', title: 'Headquarters' },
          { seen: 'building', title: 'Building' },
        ],
      },
    );
    const ru = analyse(CEREMONY_RU, index());
    const [linked] = scoreActivities(ru.signature, [
      activity({ title: 'Закладка капсулы времени в фундамент здания' }),
    ]);
    const words = linked!.evidence.find((e) => e.kind === 'title');
    assert.ok(words && words.kind === 'title');
    assert.deepEqual(
      words.words.map((w) => [w.seen, w.title]),
      [
        ['капсулу', 'капсулы'],
        ['времени', 'времени'],
        ['фундамент', 'фундамент'],
        ['здания', 'здания'],
      ],
    );
  });

  it('links the Russian report to the activity recorded in English', () => {
    const a = analyse(CEREMONY_RU, index());
    assert.deepEqual([...a.signature.personIds].sort(), ['p-bakayev', 'p-sarybay']);
    const [best] = scoreActivities(a.signature, [activity({ places: ['Astana'] })]);
    assert.equal(best?.activityId, 'act-ceremony');
    assert.equal(decisionFor(best!.confidence), 'linked');
    assert.deepEqual(
      best!.evidence.find((e) => e.kind === 'place'),
      { kind: 'place', seen: 'Астана' },
    );
  });

  it('links one article to each of two activities it reports', () => {
    const soc = activity({
      id: 'act-soc',
      from: '2024-06-27',
      to: '2024-06-27',
      bodyId: 'soc',
      personIds: ['p-sarybay'],
    });
    const a = analyse(CEREMONY_WIRE, index());
    const found = scoreActivities(a.signature, [activity(), soc]).map((l) => l.activityId);
    assert.deepEqual(found.sort(), ['act-ceremony', 'act-soc']);
  });

  it('leaves a link it is unsure of for review, and proposes nothing far from the date', () => {
    const weak = analyse(
      {
        title: 'Secretariat news',
        published: '2024-06-30',
        text: 'Kairat Sarybay spoke to students about a ceremony held in Astana on June 26 at the site of a new building.',
      },
      index(),
    );
    const [l] = scoreActivities(weak.signature, [activity()]);
    assert.equal(l && decisionFor(l.confidence), 'proposed');
    assert.deepEqual(scoreActivities(weak.signature, [activity({ from: '2023-01-10', to: '2023-01-10' })]), []);
  });

  it('finds candidates through the calendar, not by scanning', () => {
    const calendar = activityCalendar([activity(), activity({ id: 'act-old', from: '2020-01-01', to: '2020-01-02' })]);
    const a = analyse(CEREMONY_EN, index());
    assert.deepEqual(
      calendar.candidates(a.signature).map((x) => x.id),
      ['act-ceremony'],
    );
  });
});

describe('stories', () => {
  it('joins two outlets with four people spelled differently into one story and one set of people', () => {
    const en = analyse(CEREMONY_EN, index());
    const wire = analyse(CEREMONY_WIRE, index());
    const four = ['p-bakayev', 'p-musayev', 'p-nasredin', 'p-sarybay'];
    assert.deepEqual([...en.signature.personIds].sort(), four);
    assert.deepEqual([...wire.signature.personIds].sort(), four);
    const story = { from: '2024-06-26', to: '2024-06-26', ...en.signature };
    assert.ok(sameEvent(story, wire.signature));
    assert.ok(sameEvent(widen(story, wire.signature), analyse(CEREMONY_RU, index()).signature));
  });

  it('keeps an event on other days apart', () => {
    const en = analyse(CEREMONY_EN, index());
    const story = { from: '2024-10-03', to: '2024-10-04', ...en.signature };
    assert.equal(sameEvent(story, en.signature), false);
  });
});

describe('near-duplicates', () => {
  it('recognizes a wire story reprinted under another headline', () => {
    const wire = simhash(CEREMONY_WIRE.text);
    const reprint = simhash(CEREMONY_REPRINT.text);
    assert.ok(nearDuplicate(wire, reprint), `hamming ${hamming(wire!, reprint!)}`);
  });

  it('tells two reports of one event written separately apart', () => {
    assert.equal(nearDuplicate(simhash(CEREMONY_WIRE.text), simhash(CEREMONY_EN.text)), false);
  });

  it('fingerprints nothing too short to tell', () => {
    assert.equal(simhash('Short note.'), null);
    assert.equal(nearDuplicate(null, null), false);
  });
});
