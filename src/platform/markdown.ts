/**
 * Markdown from staff becomes HTML for the site: marked parses, sanitize-html
 * keeps only what a press release needs. Nothing else renders user text as HTML.
 */
import { decodeHTML } from 'entities';
import { type Token, type Tokens, marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'b',
    'i',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'h2',
    'h3',
    'h4',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
    'sup',
    'sub',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: { h1: 'h2', a: sanitizeHtml.simpleTransform('a', { rel: 'noopener' }) },
};

export function renderMarkdown(source: string): string {
  return sanitizeHtml(marked.parse(source, { async: false, gfm: true }), ALLOWED);
}

const NO_TAGS: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {} };

/** The words of marked's tokens, blocks apart, inline pieces as written; raw HTML loses its tags (and scripts). */
function collectText(tokens: readonly Token[], out: string[], block: boolean): void {
  for (const t of tokens) {
    if (t.type === 'html') out.push(decodeHTML(sanitizeHtml(t.raw, NO_TAGS)));
    else if (t.type === 'list') for (const item of (t as Tokens.List).items) collectText(item.tokens, out, true);
    else if (t.type === 'table') {
      const table = t as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) {
        collectText(cell.tokens, out, false);
        out.push(' ');
      }
    } else if ('tokens' in t && t.tokens) collectText(t.tokens, out, block && t.type === 'blockquote');
    else if (t.type === 'br' || t.type === 'hr' || t.type === 'space') out.push(' ');
    else if ('text' in t && typeof t.text === 'string') out.push(decodeHTML(t.text));
    if (block) out.push(' ');
  }
}

/**
 * What may make Markdown of a text: inline marks, entities and HTML anywhere; at a line's
 * start a heading, quote, list, rule, indented code or a heading's underline. Tested against
 * marked's own reading of generated texts (markdown.test.ts).
 */
const MARKDOWN_SYNTAX = /[*_`[\]<&\\~|#]|^[ \t]*(?:[>+-]|\d+[.)])|^(?: {4}|\t)|^[ \t]*[=-]+[ \t]*$/m;

/**
 * Plain text of Markdown, for feeds' summaries, search and meta descriptions: the text itself
 * (an ampersand is "&", not "&amp;"), to be escaped where it is shown. Read from marked's
 * tokens rather than from rendered HTML: an import indexes thousands of releases.
 */
export function plainText(source: string): string {
  // Most releases are plain prose: without a character Markdown reads, the text is itself.
  return MARKDOWN_SYNTAX.test(source) ? readPlainText(source) : source.replace(/\s+/g, ' ').trim();
}

/** plainText by marked's tokens, whatever the text: what the shortcut must agree with. */
export function readPlainText(source: string): string {
  const out: string[] = [];
  collectText(marked.lexer(source, { gfm: true }), out, true);
  return out.join('').replace(/\s+/g, ' ').trim();
}
