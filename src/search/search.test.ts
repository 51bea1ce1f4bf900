import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ftsQuery, queryTokens, segments, tsQuery } from './search.ts';

it('turns words of any script into prefix queries, dropping what is not a word', () => {
  const tokens = queryTokens('Казах "Ministerial" OR drop;table -- Türkiye');
  assert.deepEqual(tokens, ['казах', 'ministerial', 'or', 'drop', 'table', 'türkiye']);
  assert.equal(ftsQuery(['казах', 'council']), '"казах"* AND "council"*');
  assert.equal(tsQuery(['казах', 'council']), 'казах:* & council:*');
  assert.deepEqual(queryTokens('  —  '), []);
});

it('finds the highlighted runs of a snippet', () => {
  assert.deepEqual(segments('The \u0001Council\u0002 met in \u0001Baku\u0002.'), [
    { text: 'The ', mark: false }, { text: 'Council', mark: true }, { text: ' met in ', mark: false }, { text: 'Baku', mark: true }, { text: '.', mark: false },
  ]);
});
