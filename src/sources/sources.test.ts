import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { citedKeys } from './sources.ts';

describe('sources: the keys a page cites', () => {
  it('lists each key once, in the order the page first cites it', () => {
    assert.deepEqual(
      citedKeys([
        { sources: ['S-mid-2004', 'SEED3'], confidence: 'H' },
        { sources: ['SEED3', 'S-extrel'], confidence: 'M' },
      ]),
      ['S-mid-2004', 'SEED3', 'S-extrel'],
    );
  });

  it('passes over facts that carry no provenance', () => {
    assert.deepEqual(citedKeys([null, undefined, { sources: [], confidence: 'L' }]), []);
  });
});
