/**
 * Front matter of a Markdown file: YAML between two `---` lines, and nothing
 * else. gray-matter also ran `---js` front matter as JavaScript; here the YAML
 * is data only: no other language, no explicit tags (`!!js/function`,
 * `!!binary`), no anchors or aliases (billion laughs), no keys that reach an
 * object's prototype. Pure: text in, fields or one reason out.
 */
import { isAlias, isMap, parseDocument, visit } from 'yaml';
import { FORBIDDEN_KEYS } from './json.ts';

export type FrontMatter = { ok: true; data: Record<string, unknown>; body: string } | { ok: false; reason: string };

const OPENING = /^\uFEFF?---([^\r\n]*)\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export function parseFrontMatter(text: string): FrontMatter {
  const opening = OPENING.exec(text);
  if (!opening) return { ok: true, data: {}, body: text };
  const language = opening[1]!.trim();
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    return { ok: false, reason: `front matter must be YAML (opened by "---"); "---${language}" is refused` };
  }
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { ok: false, reason: 'front matter is not closed by a "---" line' };
  const yaml = rest.slice(0, closing.index);
  const body = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');

  const doc = parseDocument(yaml, { schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) return { ok: false, reason: `front matter is not valid YAML: ${error.message.split('\n')[0]}` };
  let refused: string | null = null;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || ('anchor' in node && node.anchor))
        refused = 'front matter may not use YAML anchors or aliases';
      else if ('tag' in node && node.tag)
        refused = `front matter may not use YAML tags ("${node.tag.replace('tag:yaml.org,2002:', '!!')}")`;
      return refused ? visit.BREAK : undefined;
    },
    Pair(_key, pair) {
      const key =
        pair.key && typeof pair.key === 'object' && 'value' in pair.key ? String(pair.key.value) : String(pair.key);
      if (FORBIDDEN_KEYS.has(key)) refused = `front matter may not use the key "${key}"`;
      return refused ? visit.BREAK : undefined;
    },
  });
  if (refused) return { ok: false, reason: refused };
  const warning = doc.warnings[0];
  if (warning) return { ok: false, reason: `front matter is not valid YAML: ${warning.message.split('\n')[0]}` };
  if (doc.contents === null) return { ok: true, data: {}, body };
  if (!isMap(doc.contents)) return { ok: false, reason: 'front matter must be a list of fields ("name: value" lines)' };
  return { ok: true, data: doc.toJS() as Record<string, unknown>, body };
}
