import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { readArticles } from './articles.ts';
import { MAX_FILE_BYTES, sayRefusal } from './refusals.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const readWhole = (name: string, s: string | Uint8Array) => readArticles(name, typeof s === 'string' ? utf8(s) : s);
// The English reason is what most tests read; the refusal itself has its own test below.
const read = (name: string, s: string | Uint8Array) => {
  const r = readWhole(name, s);
  if (r.ok) return r;
  const { refusal: _, ...english } = r;
  return english;
};
const only = (name: string, s: string | Uint8Array) => {
  const r = read(name, s);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  assert.equal(r.articles.length, 1);
  return r.articles[0]!;
};

const BODY =
  'Astana, 26 June 2024 — Secretary General K. Sarybay laid a capsule in the foundation stone of the new building. ' +
  'Delegates of Kazakhstan and Tajikistan attended the ceremony, which was held in Astana on June 26.';

describe('plain text articles', () => {
  it('reads the headline, the date line and the paragraphs', () => {
    const a = only(
      'a.txt',
      `Foundation stone laid for a new headquarters\ndate 2024-06-28\n\n${BODY}\n\nA second paragraph.`,
    );
    assert.equal(a.title, 'Foundation stone laid for a new headquarters');
    assert.equal(a.published, '2024-06-28');
    assert.equal(a.lang, 'en');
    assert.match(a.text, /^Astana, 26 June 2024/);
    assert.match(a.text, /A second paragraph\.$/);
    assert.equal(a.format, 'text');
  });

  it('takes the publication date from the dateline when no date line is given', () => {
    assert.equal(only('a.txt', `Headline\n\n${BODY}`).published, '2024-06-26');
  });

  it('refuses a date line naming a day that does not exist', () => {
    assert.deepEqual(read('a.txt', `Headline\ndate 2024-02-30\n\n${BODY}`), {
      ok: false,
      reason: 'the date "2024-02-30" does not exist',
    });
  });

  it('refuses an empty file, a blank file and a headline with no text', () => {
    assert.deepEqual(read('a.txt', ''), { ok: false, reason: 'the file is empty' });
    assert.deepEqual(read('a.txt', '  \n\n '), { ok: false, reason: 'the file has no text' });
    assert.deepEqual(read('a.txt', 'Only a headline\n'), { ok: false, reason: 'the article has no text' });
  });

  it('refuses a binary file and one too large to be a page', () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    assert.deepEqual(read('a.txt', binary), { ok: false, reason: 'the file is binary, not text' });
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    assert.deepEqual(read('a.html', big), { ok: false, reason: 'the file is larger than 5 MB' });
  });
});

describe('encodings', () => {
  it('reads a Russian article saved in Windows-1251', () => {
    const text =
      'Заложен камень в основание новой штаб-квартиры\n\nАстана, 26 июня 2024 г. — Генеральный секретарь Кайрат Сарыбай ' +
      'заложил капсулу времени в фундамент нового здания Секретариата. На церемонии присутствовали делегаты государств-членов.';
    const a = only('ru.txt', iconv.encode(text, 'win1251'));
    assert.equal(a.title, 'Заложен камень в основание новой штаб-квартиры');
    assert.equal(a.lang, 'ru');
    assert.equal(a.published, '2024-06-26');
    assert.match(a.text, /Кайрат Сарыбай/);
  });

  it('reads a page that declares windows-1251 in its meta tag', () => {
    const html = `<!doctype html><html lang="ru"><head><meta charset="windows-1251"><title>Встреча экспертов</title></head><body><article><h1>Встреча экспертов</h1><p>${'Эксперты государств-членов обсудили проект документа о мерах доверия в экономическом измерении. '.repeat(4)}</p></article></body></html>`;
    const r = readArticles('ru.html', iconv.encode(html, 'win1251'));
    assert.ok(r.ok);
    assert.equal(r.encoding.toLowerCase(), 'windows-1251');
    assert.match(r.articles[0]!.text, /Эксперты государств-членов/);
  });
});

describe('Markdown with front matter', () => {
  it('takes title, date, address and language from the front matter', () => {
    const a = only(
      'a.md',
      `---\ntitle: Youth Council meets\ndate: 2024-10-03\nurl: https://example.org/youth\nlang: en\n---\n\nThe **Youth Council** met [in Astana](https://example.org) to discuss volunteerism among young people of the member states.`,
    );
    assert.deepEqual(
      [a.title, a.published, a.url, a.lang],
      ['Youth Council meets', '2024-10-03', 'https://example.org/youth', 'en'],
    );
    assert.match(a.text, /^The Youth Council met in Astana to discuss/);
  });

  it('refuses front matter that is not plain YAML data', () => {
    const r = read('a.md', '---js\nmodule.exports = {}\n---\nText of the article that is long enough to count here.');
    assert.equal(r.ok, false);
  });
});

describe('saved HTML pages', () => {
  const page = (head: string, body: string) =>
    `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
  const story = `<nav><a href="/">Home</a><a href="/news">News</a></nav><article><h1>Senior officials meet in Astana</h1><p>${'The Senior Officials Committee met in Astana to review the implementation of confidence building measures across the five dimensions. '.repeat(3)}</p><p>Delegates of the member states took part.</p></article><footer>Copyright</footer>`;

  it('finds the main text and takes the title and date from JSON-LD', () => {
    const a = only(
      'p.html',
      page(
        `<title>Site | Senior officials</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Senior officials meet","datePublished":"2024-06-28T09:00:00Z","inLanguage":"en"}</script>`,
        story,
      ),
    );
    assert.equal(a.title, 'Senior officials meet');
    assert.equal(a.published, '2024-06-28');
    assert.match(a.text, /Senior Officials Committee met in Astana/);
    assert.doesNotMatch(a.text, /Copyright|Home/);
  });

  it('takes the date from the meta tags when there is no JSON-LD', () => {
    const a = only(
      'p.html',
      page('<meta property="article:published_time" content="2024-06-29"><title>T</title>', story),
    );
    assert.equal(a.published, '2024-06-29');
  });

  it('runs no script in the page', () => {
    const a = only('p.html', page('<title>T</title><script>globalThis.ran = true</script>', story));
    assert.ok(a.text);
    assert.equal((globalThis as { ran?: boolean }).ran, undefined);
  });

  it('refuses a page with no article in it', () => {
    assert.deepEqual(read('p.html', page('<title>Menu</title>', '<nav><a href="/">Home</a></nav>')), {
      ok: false,
      reason: 'no article text was found in the page',
    });
  });
});

describe('feeds', () => {
  const item = (title: string, date: string, text: string) =>
    `<item><title>${title}</title><link>https://example.org/${encodeURIComponent(title)}</link><pubDate>${date}</pubDate><description><![CDATA[<p>${text}</p>]]></description></item>`;
  const rss = (items: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items}</channel></rss>`;

  it('reads each RSS item as an article', () => {
    const r = read(
      'wire.rss',
      rss(
        item(
          'Experts meet',
          'Fri, 28 Jun 2024 08:00:00 GMT',
          'Experts met in Astana to discuss the draft of a concept paper.',
        ) +
          item(
            'Forum opens',
            'Thu, 03 Oct 2024 08:00:00 GMT',
            'The forum opened in Astana with delegations of the member states.',
          ),
      ),
    );
    assert.ok(r.ok);
    assert.deepEqual(
      r.articles.map((a) => [a.title, a.published, a.url]),
      [
        ['Experts meet', '2024-06-28', 'https://example.org/Experts%20meet'],
        ['Forum opens', '2024-10-03', 'https://example.org/Forum%20opens'],
      ],
    );
  });

  it('reads Atom entries', () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>Council meets</title><link rel="alternate" href="https://example.org/c"/><published>2024-12-17T10:00:00Z</published><content type="html">&lt;p&gt;The Ministerial Council met online under the chairmanship of Kazakhstan.&lt;/p&gt;</content></entry></feed>`;
    const a = only('f.atom', atom);
    assert.deepEqual([a.title, a.url, a.published], ['Council meets', 'https://example.org/c', '2024-12-17']);
    assert.match(a.text, /Ministerial Council met online/);
  });

  it('refuses broken XML, naming the line', () => {
    const r = read('wire.rss', '<?xml version="1.0"?>\n<rss><channel>\n<item><title>x</item></channel></rss>');
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.reason, /^the feed is not well-formed XML \(line 3/);
  });

  it('refuses a feed that declares entities', () => {
    const r = read(
      'wire.rss',
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel></channel></rss>',
    );
    assert.deepEqual(r, { ok: false, reason: 'the feed declares a DOCTYPE, which is refused' });
  });

  it('refuses the whole feed when one item has a day that does not exist', () => {
    const r = read(
      'wire.rss',
      rss(
        item(
          'Good',
          'Fri, 28 Jun 2024 08:00:00 GMT',
          'Experts met in Astana to discuss the draft of a concept paper.',
        ) + item('Bad', '2024-02-30', 'Experts met in Astana to discuss the draft of a concept paper.'),
      ),
    );
    assert.deepEqual(r, { ok: false, reason: 'item 2: the date "2024-02-30" does not exist' });
  });
});

describe('refusals', () => {
  it('keeps why as data, said in English and in Russian from the same refusal', () => {
    const r = readWhole(
      'f.rss',
      `<rss><channel><item><title>A</title><pubDate>2024-02-30</pubDate></item></channel></rss>`,
    );
    assert.ok(!r.ok);
    assert.deepEqual(r.refusal, { code: 'item', n: 1, inner: { code: 'no-such-date', date: '2024-02-30' } });
    assert.equal(sayRefusal('en', r.refusal), 'item 1: the date "2024-02-30" does not exist');
    assert.equal(sayRefusal('ru', r.refusal), 'запись 1: даты «2024-02-30» не существует');
    // what only the XML parser says (in English) stays out of the Russian
    const broken = readWhole('b.rss', '<rss><channel><item></channel></rss>');
    assert.ok(!broken.ok);
    assert.match(broken.reason, /^the feed is not well-formed XML \(line 1\): .+/);
    assert.equal(sayRefusal('ru', broken.refusal), 'разметка ленты нарушена (строка 1)');
  });
});
