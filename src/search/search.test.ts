import assert from 'node:assert/strict';
import { it } from 'node:test';
import {
  NAME_KEY,
  entryBody,
  ftsQuery,
  indexWords,
  nameKeys,
  queryTerms,
  queryTokens,
  segments,
  shownText,
  snippetOf,
  tsQuery,
} from './search.ts';

it('turns words of any script into prefix queries, dropping what is not a word', () => {
  const tokens = queryTokens('Казах "Ministerial" OR drop;table -- Türkiye');
  assert.deepEqual(tokens, ['казах', 'ministerial', 'or', 'drop', 'table', 'türkiye']);
  assert.equal(ftsQuery(['казах', 'council']), '"казах"* AND "council"*');
  assert.equal(tsQuery(['казах', 'council']), 'казах:* & council:*');
  assert.deepEqual(queryTokens('  —  '), []);
});

it('asks a beginning as the words that start with it, and leaves one that begins too many to FTS5', () => {
  const expansions = new Map([
    ['ministerial', ['ministerial', 'ministerials']],
    ['kazakhstan', []],
  ]);
  assert.equal(
    ftsQuery(['council', 'ministerial', 'kazakhstan'], expansions),
    '"council"* AND ("ministerial" OR "ministerials") AND "kazakhstan"*',
  );
});

it("reads a text's words as the index does: lower-cased, each once, any script", () => {
  assert.deepEqual(indexWords('CICA — СВМДА, cica; 2024-10-03'), ['cica', 'свмда', '2024', '10', '03']);
});

it('finds the highlighted runs of a snippet', () => {
  assert.deepEqual(segments('The \u0001Council\u0002 met in \u0001Baku\u0002.'), [
    { text: 'The ', mark: false },
    { text: 'Council', mark: true },
    { text: ' met in ', mark: false },
    { text: 'Baku', mark: true },
    { text: '.', mark: false },
  ]);
});

it('cuts a snippet around the first word the query begins, marking every match', () => {
  const text = 'One two three four five six seven eight nine ten Казахстан eleven twelve thirteen Kazakh fourteen.';
  assert.equal(snippetOf(text, ['казах'], 6), '…ten \u0001Казахстан\u0002 eleven twelve thirteen Kazakh…');
  assert.equal(
    snippetOf(text, ['kaz', 'казах'], 100),
    'One two three four five six seven eight nine ten \u0001Казахстан\u0002 eleven twelve thirteen \u0001Kazakh\u0002 fourteen.',
  );
  assert.equal(snippetOf('No match here', ['zzz'], 2), 'No match…');
  assert.equal(snippetOf('', ['a']), '');
});

it('marks no word for an initial written beside a longer word of the query', () => {
  const text = 'Secretary General Kairat Sarybay visited Kazakhstan and Kuwait.';
  assert.equal(
    snippetOf(text, ['k', 'sarybay'], 100),
    'Secretary General Kairat \u0001Sarybay\u0002 visited Kazakhstan and Kuwait.',
  );
  assert.equal(snippetOf('Kuwait hosted it.', ['k'], 100), '\u0001Kuwait\u0002 hosted it.');
});

it('indexes keys apart from words, and asks each word with its key', () => {
  assert.deepEqual(nameKeys(['Kairat Sarybay', 'Кайрат Сарыбай']), [`${NAME_KEY}kairat`, `${NAME_KEY}saribai`]);
  assert.deepEqual(queryTerms(['k', 'sarybai', '2024']), [
    ['k', `${NAME_KEY}k`],
    ['sarybai', `${NAME_KEY}saribai`],
    ['2024'],
  ]);
  assert.equal(ftsQuery(queryTerms(['sarybai', '2024'])), `("sarybai"* OR "${NAME_KEY}saribai"*) AND "2024"*`);
  assert.equal(tsQuery(queryTerms(['сарыбай'])), `(сарыбай:* | ${NAME_KEY}saribai:*)`);
});

it('keeps what an entry is only found by out of what it shows', () => {
  const body = entryBody('Met the press.', ['Kairat Sarybay', 'qxsaribai']);
  assert.equal(shownText(body), 'Met the press.');
  assert.deepEqual(indexWords(body), ['met', 'the', 'press', 'kairat', 'sarybay', 'qxsaribai']);
  assert.equal(entryBody('Plain.'), 'Plain.');
  assert.equal(shownText('Plain.'), 'Plain.');
});
