// The rule that turns what the recognizer found in a release into proposed links.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  PERSON_CONFIDENCE,
  type Recognized,
  namesItsSubjects,
  openingsOf,
  proposalsFrom,
  textsOf,
} from './newsroom.proposals.ts';

const found = (over: Partial<Recognized> = {}): Recognized => ({
  states: [],
  bodies: [],
  areas: [],
  people: [],
  ...over,
});

describe('links proposed from a release’s text', () => {
  it('proposes every body, state, person and area found, with the words each was found by', () => {
    const proposals = proposalsFrom(
      [],
      [
        found({
          bodies: [{ id: 'ministerial', seen: ['Ministerial Council'] }],
          states: [{ id: 'AZ', seen: ['Azerbaijan', 'Azerbaijani'] }],
          people: [{ personId: 'kairat-sarybay', proposed: false, seen: ['Kairat Sarybay'], confidence: 1 }],
          areas: [{ id: 'ict', seen: ['security of and in the use of ICTs'] }],
        }),
      ],
    );
    assert.deepEqual(proposals, [
      { kind: 'body', id: 'ministerial', seen: ['Ministerial Council'] },
      { kind: 'state', id: 'AZ', seen: ['Azerbaijan', 'Azerbaijani'] },
      { kind: 'person', id: 'kairat-sarybay', seen: ['Kairat Sarybay'] },
      { kind: 'area', id: 'ict', seen: ['security of and in the use of ICTs'] },
    ]);
  });

  it('joins what the English and the Russian texts found into one proposal each', () => {
    const proposals = proposalsFrom(
      [],
      [
        found({ bodies: [{ id: 'soc', seen: ['Senior Officials Committee', 'SOC'] }] }),
        found({ bodies: [{ id: 'soc', seen: ['Комитет старших должностных лиц', 'SOC'] }] }),
      ],
    );
    assert.deepEqual(proposals, [
      { kind: 'body', id: 'soc', seen: ['Senior Officials Committee', 'SOC', 'Комитет старших должностных лиц'] },
    ]);
  });

  it('proposes nothing for a release that already links a state, a body or a person', () => {
    const text = [found({ bodies: [{ id: 'soc', seen: ['SOC'] }], states: [{ id: 'KZ', seen: ['Kazakhstan'] }] })];
    for (const kind of ['state', 'body', 'person'] as const)
      assert.deepEqual(proposalsFrom([{ kind, id: 'x' }], text), [], kind);
    assert.equal(namesItsSubjects([{ kind: 'person' }]), true);
  });

  it('still proposes for a release that links only an activity, an area or a document, but not what it links', () => {
    const proposals = proposalsFrom(
      [
        { kind: 'activity', id: 'mc-7' },
        { kind: 'area', id: 'ict' },
      ],
      [found({ bodies: [{ id: 'ministerial', seen: ['MC'] }], areas: [{ id: 'ict', seen: ['ICTs'] }] })],
    );
    assert.deepEqual(proposals, [{ kind: 'body', id: 'ministerial', seen: ['MC'] }]);
    assert.equal(namesItsSubjects([{ kind: 'activity' }, { kind: 'area' }, { kind: 'document' }]), false);
  });

  it('never proposes again what the release holds as a proposal or had dismissed', () => {
    const text = [
      found({
        states: [
          { id: 'KZ', seen: ['Kazakhstan'] },
          { id: 'AZ', seen: ['Azerbaijan'] },
        ],
      }),
    ];
    assert.deepEqual(proposalsFrom([], text, [{ kind: 'state', id: 'KZ' }]), [
      { kind: 'state', id: 'AZ', seen: ['Azerbaijan'] },
    ]);
  });

  it('leaves out people still waiting in media’s review and names found too loosely', () => {
    const proposals = proposalsFrom(
      [],
      [
        found({
          people: [
            { personId: 'proposal-1', proposed: true, seen: ['Aliya Nurlanova'], confidence: 1 },
            { personId: 'zhang-ling', proposed: false, seen: ['Zhang Lin'], confidence: PERSON_CONFIDENCE },
            { personId: 'kairat-sarybay', proposed: false, seen: ['Kairat Sarybai'], confidence: 0.7 },
          ],
        }),
      ],
    );
    assert.deepEqual(proposals, [{ kind: 'person', id: 'zhang-ling', seen: ['Zhang Lin'] }]);
  });

  it('reads each language’s headline, lead and body together, and nothing for a language left empty', () => {
    assert.deepEqual(
      textsOf({
        title_en: 'Ministers meet',
        lead_en: null,
        body_en: 'The Council met.',
        title_ru: null,
        lead_ru: '  ',
        body_ru: null,
      }),
      ['Ministers meet.\nThe Council met.'],
    );
  });

  it('proposes only the bodies the headline or lead names when they name one, and a body named in passing otherwise', () => {
    const text = [
      found({
        bodies: [
          { id: 'soc', seen: ['Senior Officials Committee'] },
          { id: 'secretariat', seen: ['the Secretariat'] },
        ],
        states: [{ id: 'KZ', seen: ['Kazakhstan'] }],
      }),
    ];
    const opening = [found({ bodies: [{ id: 'soc', seen: ['Senior Officials Committee'] }] })];
    assert.deepEqual(
      proposalsFrom([], text, [], opening).map((p) => `${p.kind}:${p.id}`),
      ['body:soc', 'state:KZ'],
    );
    const passing = [found({ bodies: [{ id: 'secretariat', seen: ['the Secretariat'] }] })];
    assert.deepEqual(
      proposalsFrom([], passing, [], [found()]).map((p) => `${p.kind}:${p.id}`),
      ['body:secretariat'],
    );
  });

  it('takes the headline and the lead as the opening, or the body’s first sentence where there is no lead', () => {
    assert.deepEqual(
      openingsOf({
        title_en: 'Ministers meet',
        lead_en: null,
        body_en: 'Baku, 17 December — The Council met. The Secretariat prepared it.\n\nIt closed.',
        title_ru: 'Министры встретились',
        lead_ru: 'Совет провёл заседание.',
        body_ru: 'Секретариат подготовил заседание.',
      }),
      ['Ministers meet.\nBaku, 17 December — The Council met.', 'Министры встретились.\nСовет провёл заседание.'],
    );
  });
});
