/**
 * Latin-script words a Russian page shows its reader: the text of the page (and
 * its title and image descriptions), less what the page itself marks as English
 * (`lang="en"`, said visibly to be given in English) and what is no prose (scripts,
 * styles, code, and what is marked `translate="no"`, such as a web address). Used by the test that keeps the Russian site Russian.
 */
import { Parser } from 'htmlparser2';

const SKIPPED = new Set(['script', 'style', 'code', 'pre', 'svg']);
const LATIN_WORD = /[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ0-9'’.-]*/g;

export type LatinWord = Readonly<{ word: string; context: string }>;

export function latinWords(html: string): LatinWord[] {
  const found: LatinWord[] = [];
  // One entry per open element: is its text skipped, by its own name or an ancestor's?
  const stack: boolean[] = [];
  const skipping = () => stack.length > 0 && stack[stack.length - 1] === true;
  const scan = (text: string) => {
    for (const m of text.matchAll(LATIN_WORD)) {
      const at = m.index ?? 0;
      found.push({ word: m[0].replace(/[.'’-]+$/, ''), context: text.slice(Math.max(0, at - 40), at + 40).trim() });
    }
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const skip =
          skipping() ||
          SKIPPED.has(name) ||
          attrs.translate === 'no' ||
          (attrs.lang !== undefined && !attrs.lang.startsWith('ru'));
        if (!skipping() && !skip) {
          if (attrs.alt) scan(attrs.alt);
          if (attrs['aria-label']) scan(attrs['aria-label']);
        }
        stack.push(skip);
      },
      onclosetag() {
        stack.pop();
      },
      ontext(text) {
        if (!skipping()) scan(text);
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return found;
}
