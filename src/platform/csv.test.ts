import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { readCsv, writeCsv } from './csv.ts';

const HOSTILE = ['=HYPERLINK("http://evil","x")', '@SUM(A1)', '+1+2', '-1+2', '\t=1+2', '\r=1+2', '＝1+2'];

it('writes text that starts like a formula with a quote before it, so a spreadsheet shows it as text', () => {
  const csv = writeCsv(
    HOSTILE.map((text) => [text]),
    { columns: ['text'] },
  );
  const cells = (parse(csv, { columns: true }) as Array<{ text: string }>).map((r) => r.text);
  assert.deepEqual(
    cells,
    HOSTILE.map((text) => `'${text}`),
  );
  assert.match(csv, /^"text"\n"'=HYPERLINK\(""http:\/\/evil"",""x""\)"\n"'@SUM\(A1\)"\n"'\+1\+2"\n"'-1\+2"\n/);
});

it('leaves typed numbers, dates and ordinary text as they are', () => {
  const csv = writeCsv([[-3, '2024-05-14', 'Tourism', null, 'e-mail', "'quoted"]], {
    columns: ['n', 'date', 'name', 'none', 'word', 'quote'],
  });
  assert.equal(csv, '"n","date","name","none","word","quote"\n-3,"2024-05-14","Tourism",,"e-mail","\'quoted"\n');
  assert.ok(writeCsv([[1]], { columns: ['n'], bom: true }).startsWith('\uFEFF'));
});

it('reads back what it wrote, the protective quote taken off again', () => {
  const texts = [...HOSTILE, "'quoted", 'plain'];
  // Cells are trimmed on reading; a leading tab or carriage return survives it behind its quote.
  assert.deepEqual(
    readCsv(
      writeCsv(
        texts.map((text) => [text]),
        { columns: ['text'], bom: true },
      ),
    ).map((r) => r.text),
    texts,
  );
  assert.deepEqual(readCsv('a\n"\'=1+2"\n'), [{ a: '=1+2' }], 'a quote a spreadsheet added is taken off too');
});

it('quotes every text cell, so a spreadsheet splitting on ";" cannot cut a formula out of one (regression)', () => {
  const csv = writeCsv([['Meeting;=2+5;'], [";=cmd|' /C calc'!A0"]], { columns: ['title'] });
  assert.equal(csv, `"title"\n"Meeting;=2+5;"\n";=cmd|' /C calc'!A0"\n`);
  assert.deepEqual(
    parse(csv, { delimiter: ';', relax_quotes: true, relax_column_count: true })
      .slice(1)
      .map((r: string[]) => r.length),
    [1, 1],
    'one cell each, split on ";"',
  );
});
