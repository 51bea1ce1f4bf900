import assert from 'node:assert/strict';
import { it } from 'node:test';
import { plainText, readPlainText, renderMarkdown } from './markdown.ts';

it('renders Markdown and strips what could run or mislead', () => {
  const html = renderMarkdown(
    '# Title\n\nThe **Secretariat** [site](https://www.s-cica.org) <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>',
  );
  assert.match(html, /<h2>Title<\/h2>/);
  assert.match(html, /<strong>Secretariat<\/strong>/);
  assert.match(html, /<a href="https:\/\/www.s-cica.org" rel="noopener">site<\/a>/);
  assert.doesNotMatch(html, /script|javascript|onerror|<img/);
});

it('gives plain text for summaries', () => {
  assert.equal(plainText('The **Council** met in _Baku_.\n\n- one\n- two'), 'The Council met in Baku. one two');
});

it('gives the text itself, to be escaped where it is shown: no entities, no tags, no scripts', () => {
  assert.equal(
    plainText(
      'Tom & Jerry &amp; co. <b>bold</b> `a<b` [link](https://x.org) \\*star\\*\n\n<script>alert(1)</script>\n\n> quoted\n\n| a | b |\n|---|---|\n| c | d |',
    ),
    'Tom & Jerry & co. bold a<b link *star* quoted a b c d',
  );
  assert.equal(plainText('# Heading\nText under it.\n\n1. first\n2. second'), 'Heading Text under it. first second');
});

it('reads plain prose as itself only where marked would read it so', () => {
  // Prose of words, digits and punctuation, with what makes Markdown only at a line's start
  // (lists, quotes, code, rules, underlines); and the same with Markdown's marks anywhere.
  const prose = [
    'Astana',
    'Совет',
    ' ',
    ' ',
    '\n',
    '\n\n',
    '    ',
    '\t',
    '2024',
    '1.',
    '3)',
    '.',
    ',',
    '-',
    '—',
    '(',
    ')',
    '"',
    "'",
    ':',
    '!',
    '?',
    '>',
    '=',
    '+',
    'www.cica.kz',
    'https://x.org',
    'a@b.kz',
    '%',
  ];
  const marks = [...prose, '*', '_', '`', '[', ']', '<', '&', '#', '~', '|', '\\', '&amp;'];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let n = 0; n < 20_000; n++) {
    const pieces = n % 2 ? marks : prose;
    let text = '';
    const length = 1 + Math.floor(random() * 12);
    for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
    assert.equal(plainText(text), readPlainText(text), JSON.stringify(text));
  }
});
