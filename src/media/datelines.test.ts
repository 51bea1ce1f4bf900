import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDate, parseDateline, statedDates } from './datelines.ts';

const dateline = (text: string, year: number | null = null) => {
  const parsed = parseDateline(text, year);
  assert.ok(parsed.ok, `parsed ${text}`);
  return parsed.dateline;
};

describe('datelines in the house styles', () => {
  it('reads the current English style, a single day', () => {
    assert.deepEqual(dateline('Astana, 10 December 2024 — The Secretariat hosted...'), {
      place: 'Astana',
      from: '2024-12-10',
      to: '2024-12-10',
      seen: 'Astana, 10 December 2024 —',
    });
  });

  it('reads a range written with a hyphen and with an en dash', () => {
    const a = dateline('Astana, 3-4 October 2024 — Delegates met');
    assert.equal(a?.from, '2024-10-03');
    assert.equal(a?.to, '2024-10-04');
    const b = dateline('Geneva, 25–27 November 2024 — Experts met');
    assert.deepEqual([b?.place, b?.from, b?.to], ['Geneva', '2024-11-25', '2024-11-27']);
  });

  it('reads the date-first variants of earlier releases', () => {
    const a = dateline('26 June 2024 – Astana, Kazakhstan - The foundation stone');
    assert.deepEqual([a?.place, a?.from], ['Astana', '2024-06-26']);
    assert.equal(a?.seen, '26 June 2024 – Astana, Kazakhstan -');
    assert.equal(dateline('25 January 2024 – Astana – Members of parliament')?.from, '2024-01-25');
    assert.equal(dateline('12 March 2024 - Astana - The meeting')?.from, '2024-03-12');
  });

  it('reads the place-dash-date variant', () => {
    const a = dateline('Astana, Kazakhstan – 5 October 2023 – A reception');
    assert.deepEqual([a?.place, a?.from], ['Astana', '2023-10-05']);
  });

  it('reads the Russian house style, with "г." and with "года"', () => {
    const a = dateline('Астана, 26 июня 2024 г. — Состоялась церемония');
    assert.deepEqual([a?.place, a?.from, a?.to], ['Астана', '2024-06-26', '2024-06-26']);
    const b = dateline('Баку, 3–4 октября 2024 года — Эксперты');
    assert.deepEqual([b?.place, b?.from, b?.to], ['Баку', '2024-10-03', '2024-10-04']);
  });

  it('reads the wire style with the year taken from the publication', () => {
    const a = dateline('ASTANA, June 26 (Wire) – The Secretary General', 2024);
    assert.deepEqual([a?.place, a?.from], ['Astana', '2024-06-26']);
    assert.equal(dateline('ASTANA, June 26 – text', null), null);
  });

  it('refuses a dateline naming a day that does not exist', () => {
    const parsed = parseDateline('Astana, 31 June 2024 — text', null);
    assert.deepEqual(parsed, { ok: false, reason: 'no-such-date', seen: 'Astana, 31 June 2024 —' });
  });

  it('finds no dateline in a plain opening sentence', () => {
    assert.equal(dateline('The Secretariat welcomed guests on Monday.'), null);
  });
});

describe('dates stated in the text', () => {
  it('reads "held in Astana on June 26" with the year given', () => {
    assert.deepEqual(statedDates('The ceremony was held in Astana on June 26, two days ago.', 2024), [
      { place: 'Astana', from: '2024-06-26', to: '2024-06-26', seen: 'held in Astana on June 26' },
    ]);
  });

  it('reads a Russian date with its place', () => {
    const [d] = statedDates('Заседание прошло 3–4 октября 2024 года в Баку.', null);
    assert.deepEqual([d?.place, d?.from, d?.to], ['Баку', '2024-10-03', '2024-10-04']);
  });

  it('skips dates that do not exist', () => {
    assert.deepEqual(statedDates('The meeting on 30 February was cancelled.', 2024), []);
  });
});

describe('single dates', () => {
  it('reads every written form and tells a missing day from nonsense', () => {
    assert.deepEqual(parseDate('2024-06-26'), { ok: true, date: '2024-06-26' });
    assert.deepEqual(parseDate('26 June 2024'), { ok: true, date: '2024-06-26' });
    assert.deepEqual(parseDate('June 26, 2024'), { ok: true, date: '2024-06-26' });
    assert.deepEqual(parseDate('26 июня 2024 г.'), { ok: true, date: '2024-06-26' });
    assert.deepEqual(parseDate('2024-02-30'), { ok: false, reason: 'no-such-date' });
    assert.deepEqual(parseDate('2023-02-29'), { ok: false, reason: 'no-such-date' });
    assert.deepEqual(parseDate('2024-02-29'), { ok: true, date: '2024-02-29' });
    assert.deepEqual(parseDate('soon'), { ok: false, reason: 'not-a-date' });
  });
});
