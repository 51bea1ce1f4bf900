/**
 * What an article mentions: people by any spelling of their names, states by
 * name, adjective or a one-letter typo, bodies by name or abbreviation,
 * priority areas by name. The index is built once from the record's names
 * (and the proposals waiting for review) and then read thousands of times a
 * second: every look-up is a Map read, fuzzy ones through a deletion index
 * rather than a scan of every name. Pure.
 */
import { distance } from 'fastest-levenshtein';
import { deletions, isLetterCode, memo, nameKey, nominatives, russianStem } from './names.ts';

export type PersonEntry = Readonly<{ id: string; names: readonly string[]; proposed?: boolean }>;
export type NamedEntry = Readonly<{ id: string; names: readonly string[]; abbreviations?: readonly string[] }>;

export type PersonFinding = {
  personId: string;
  proposed: boolean;
  seen: string[];
  confidence: number;
  /** The post written next to the name ("Deputy Minister of Foreign Affairs of Kazakhstan"), as written. */
  posts: string[];
};
/** A name written next to a post or a title that matches nobody on the record. */
export type UnknownName = { name: string; post: string | null; seen: string };
export type Mention = { id: string; seen: string[] };
export type Findings = {
  people: PersonFinding[];
  unknown: UnknownName[];
  states: Mention[];
  bodies: Mention[];
  areas: Mention[];
};

type Token = Readonly<{ text: string; start: number; end: number; upper: boolean; initial: boolean; cyr: boolean }>;

// Asked of every word of every article: character tests, not regular expressions, where they can be.
const isUpper = (ch: string) => ch !== ch.toLowerCase();
const isCyrillicCode = (code: number) => code >= 0x400 && code <= 0x52f;

// What follows a language's name where a state's adjective would be followed by a noun.
const AFTER_LANGUAGE = new Set(
  'and or by with as on at for from to the a an language languages translation version versions edition subtitles'.split(
    ' ',
  ),
);

/**
 * Whether the word at `i` names a language rather than a state: "in Russian", "translated into
 * Kazakh and English", "the Russian language", "на казахском языке". An adjective before a noun
 * ("Russian diplomats", "in Kazakh media") still names the state.
 */
function namesLanguage(tokens: readonly Token[], i: number, text: string): boolean {
  const next = tokens[i + 1];
  const nextWord = next?.text.toLowerCase();
  if (nextWord?.startsWith('язык') || nextWord === 'language' || nextWord === 'languages') return true;
  const before = (k: number) => tokens[k]?.text.toLowerCase();
  const into = (k: number) => before(k) === 'in' || before(k) === 'into';
  // "into Kazakh and Tajik": the second language of a pair has "and" before it
  const paired = (before(i - 1) === 'and' || before(i - 1) === 'or') && tokens[i - 2]?.upper === true && into(i - 3);
  if (!into(i - 1) && !paired) return false;
  // the sentence or clause ends after the word, or it is followed by a word no noun would be
  const gap = next ? text.slice(tokens[i]!.end, next.start) : '';
  return !next || /[.,;:!?)—–]/.test(gap) || AFTER_LANGUAGE.has(nextWord!);
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    // a word: letters, with apostrophes and hyphens inside it ("Nur-Sultan", "Officials'")
    let end = i + 1;
    let j = end;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isLetterCode(c)) end = ++j;
      else if (c === 39 || c === 0x2019 || c === 45) j++;
      else break;
    }
    const dotted = text.charCodeAt(end) === 46;
    const raw = text.slice(start, end);
    const initial = raw.length === 1 && dotted && isUpper(raw);
    let word = initial ? `${raw}.` : raw;
    if (!initial && (word.includes("'") || word.includes('’'))) word = word.replace(/['’]s?$/, '');
    out.push({
      text: word,
      start,
      end: end + (dotted ? 1 : 0),
      upper: isUpper(word[0]!),
      initial,
      cyr: isCyrillicCode(word.charCodeAt(0)) || isCyrillicCode(word.charCodeAt(word.length - 1)),
    });
    i = end + (dotted ? 1 : 0);
  }
  return out;
}

/** Whether a word is lower-case ASCII letters only: its phrase key is itself. */
function plainLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * The key a phrase word is compared by: Russian words by their stem, others lowercased
 * without marks. Asked of every word of every text, so most English words skip the table.
 */
const phraseKey = (word: string): string => (plainLower(word) ? word : phraseKeyOf(word));
const phraseKeyOf = memo((word: string) =>
  /\p{Script=Cyrillic}/u.test(word)
    ? russianStem(word.replace(/ё/g, 'е'))
    : word
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/['’]s?$/, ''),
);

/** The keys a word of a name may have, for each of its likely nominatives. */
const keysOf = (() => {
  let cache = new Map<string, string[]>();
  return (word: string): string[] => {
    let v = cache.get(word);
    if (!v) {
      if (cache.size > 100_000) cache = new Map();
      v = [...new Set(nominatives(word).map(nameKey))];
      cache.set(word, v);
    }
    return v;
  };
})();

type NameSlot = Readonly<{ personId: string; other: string; initial: string }>;
type Phrase = Readonly<{ id: string; rest: readonly string[] }>;

/** Posts and titles: what an official is called next to a name. */
const POST_WORDS = new Set(
  [
    'minister',
    'ministers',
    'deputy',
    'ambassador',
    'secretary',
    'director',
    'chairman',
    'chairwoman',
    'chair',
    'president',
    'head',
    'representative',
    'adviser',
    'advisor',
    'officer',
    'envoy',
    'consul',
    'spokesperson',
    'speaker',
    'counsellor',
    'министр',
    'заместитель',
    'посол',
    'секретарь',
    'директор',
    'председатель',
    'президент',
    'глава',
    'представитель',
    'советник',
    'спикер',
    // words that open a post's title before its head word
    'executive',
    'permanent',
    'генеральный',
    'исполнительный',
    'постоянный',
    'чрезвычайный',
  ].map((w) => phraseKey(w)),
);
/** Capitalized words of titles and institutions, never part of a person's name. */
const NOT_NAME = new Set(
  'general foreign affairs ministry committee council republic state states office secretariat national international united nations university forum conference assembly parliament government embassy permanent mission cica asia asian'.split(
    ' ',
  ),
);
const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'dr', 'h.e', 'he', 'г-н', 'г-жа']);

export type RecognitionIndex = {
  /** Adds a person (a new proposal) so the next article finds them under any spelling. */
  addPerson(person: PersonEntry): void;
  recognize(text: string): Findings;
};

export function buildIndex(input: {
  people: readonly PersonEntry[];
  states: readonly NamedEntry[];
  bodies: readonly NamedEntry[];
  areas: readonly NamedEntry[];
}): RecognitionIndex {
  // key of one word of a name → the people whose names have that word, with the other word and its initial
  const byWord = new Map<string, NameSlot[]>();
  // deletion of a word key → the word keys it comes from, for one-edit misspellings
  const byDeletion = new Map<string, Set<string>>();
  const proposed = new Set<string>();
  let nearCache = new Map<string, string[]>();
  const nameWords = new Set<string>();

  const addDeletions = (key: string) => {
    if (key.length < 4) return;
    for (const d of [key, ...deletions(key)]) {
      const set = byDeletion.get(d);
      if (set) set.add(key);
      else byDeletion.set(d, new Set([key]));
    }
  };
  const addSlot = (key: string, slot: NameSlot) => {
    const list = byWord.get(key);
    if (!list) {
      byWord.set(key, [slot]);
      addDeletions(key);
    } else if (!list.some((s) => s.personId === slot.personId && s.other === slot.other)) list.push(slot);
  };
  const addPerson = (person: PersonEntry) => {
    nearCache = new Map();
    if (person.proposed) proposed.add(person.id);
    for (const name of person.names) {
      const words = tokenize(name)
        .filter((t) => !t.initial)
        .map((t) => nameKey(t.text))
        .filter(Boolean);
      if (words.length < 2) continue;
      // The first and the last word: given name and surname, in whichever order the record keeps them.
      const a = words[0]!;
      const b = words[words.length - 1]!;
      nameWords.add(a);
      nameWords.add(b);
      addSlot(b, { personId: person.id, other: a, initial: a[0]! });
      addSlot(a, { personId: person.id, other: b, initial: b[0]! });
    }
  };
  for (const p of input.people) addPerson(p);

  const phrases = (entries: readonly NamedEntry[]) => {
    const byFirst = new Map<string, Phrase[]>();
    const abbreviations = new Map<string, string>();
    const singleByDeletion = new Map<string, Set<string>>();
    const singleOwner = new Map<string, string>();
    for (const e of entries) {
      for (const name of e.names) {
        const keys = tokenize(name).map((t) => phraseKey(t.text));
        if (keys.length === 0) continue;
        const [first, ...rest] = keys;
        const list = byFirst.get(first!) ?? [];
        list.push({ id: e.id, rest });
        byFirst.set(first!, list);
        // A one-word name of six letters or more is found with one letter wrong ("Kazkhstan").
        if (rest.length === 0 && first!.length >= 6) {
          singleOwner.set(first!, e.id);
          for (const d of [first!, ...deletions(first!)]) {
            const set = singleByDeletion.get(d) ?? new Set();
            set.add(first!);
            singleByDeletion.set(d, set);
          }
        }
      }
      for (const abbr of e.abbreviations ?? []) abbreviations.set(abbr, e.id);
    }
    for (const list of byFirst.values()) list.sort((x, y) => y.rest.length - x.rest.length);
    /** The one-word name `key` is one letter away from, if any: asked of every long capitalized word, so kept. */
    const typo = memo((key: string): string => {
      for (const d of [key, ...deletions(key)]) {
        const hit = [...(singleByDeletion.get(d) ?? [])].find((k) => distance(k, key) <= 1);
        if (hit) return singleOwner.get(hit)!;
      }
      return '';
    });
    return { byFirst, abbreviations, typo };
  };
  const stateIndex = phrases(input.states);
  const bodyIndex = phrases(input.bodies);
  const areaIndex = phrases(input.areas);

  /** Word keys within one edit of `key`, itself first; answers kept until a person is added. */
  const near = (key: string): string[] => {
    let found = nearCache.get(key);
    if (found === undefined) {
      if (nearCache.size > 100_000) nearCache = new Map();
      found = computeNear(key);
      nearCache.set(key, found);
    }
    return found;
  };
  const computeNear = (key: string): string[] => {
    if (byWord.has(key)) return [key];
    if (key.length < 4) return [];
    const found = new Set<string>();
    for (const d of [key, ...deletions(key)]) for (const k of byDeletion.get(d) ?? []) found.add(k);
    return [...found].filter((k) => distance(k, key) <= 1);
  };

  function matchPhrases(
    index: ReturnType<typeof phrases>,
    tokens: readonly Token[],
    keys: readonly string[],
    text: string,
    taken: Uint8Array,
    skip: (i: number) => boolean = () => false,
  ): Mention[] {
    const found = new Map<string, string[]>();
    const add = (id: string, from: number, to: number) => {
      const seen = text.slice(tokens[from]!.start, tokens[to]!.end).replace(/\.$/, '');
      const list = found.get(id) ?? [];
      if (!list.includes(seen)) list.push(seen);
      found.set(id, list);
      for (let k = from; k <= to; k++) taken[k] = 1;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const abbr = index.abbreviations.get(t.text);
      if (abbr && t.text === t.text.toUpperCase()) {
        add(abbr, i, i);
        continue;
      }
      let matched = false;
      for (const p of index.byFirst.get(keys[i]!) ?? []) {
        if (p.rest.length === 0 && skip(i)) continue;
        if (p.rest.every((k, j) => keys[i + 1 + j] === k)) {
          add(p.id, i, i + p.rest.length);
          i += p.rest.length;
          matched = true;
          break;
        }
      }
      if (matched || !t.upper || t.cyr || keys[i]!.length < 6) continue;
      const typo = index.typo(keys[i]!);
      if (typo) add(typo, i, i);
    }
    return [...found].map(([id, seen]) => ({ id, seen }));
  }

  function recognize(text: string): Findings {
    const tokens = tokenize(text);
    const keys = tokens.map((t) => phraseKey(t.text));
    const taken = new Uint8Array(tokens.length);
    const states = matchPhrases(stateIndex, tokens, keys, text, taken, (i) => namesLanguage(tokens, i, text));
    const bodies = matchPhrases(bodyIndex, tokens, keys, text, taken);
    const areas = matchPhrases(areaIndex, tokens, keys, text, taken);

    const people = new Map<string, PersonFinding>();
    const surnameOnly: Array<{ index: number; candidates: Set<string> }> = [];
    const used = new Uint8Array(tokens.length);
    const found = (personId: string, from: number, to: number, confidence: number) => {
      const seen = text.slice(tokens[from]!.start, tokens[to]!.end).replace(/(?<!\b\p{Lu})\.$/u, '');
      let f = people.get(personId);
      if (!f) {
        f = { personId, proposed: proposed.has(personId), seen: [], confidence, posts: [] };
        people.set(personId, f);
      }
      if (!f.seen.includes(seen)) f.seen.push(seen);
      f.confidence = Math.max(f.confidence, confidence);
      const post = postNextTo(text, tokens, from, to);
      if (post && !f.posts.includes(post)) f.posts.push(post);
      for (let k = from; k <= to; k++) used[k] = 1;
    };

    const wordKeys = (t: Token) => keysOf(t.text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.upper || used[i] || taken[i]) continue;
      const next = tokens[i + 1];
      const adjacent = next?.upper && !taken[i + 1] && /^[\s\u00a0]+$/.test(text.slice(t.end, next.start));
      if (t.initial) {
        // "K. Sarybay": an initial, then the surname
        if (!adjacent) continue;
        const initial = nameKey(t.text[0]!);
        const hit = bestPair(wordKeys(next), (slot) => slot.initial === initial[0], 0.9);
        if (hit) found(hit.personId, i, i + 1, hit.confidence);
        continue;
      }
      if (adjacent && !next.initial) {
        const left = wordKeys(t);
        const right = wordKeys(next);
        const hit = bestPair(right, (slot) => left.some((l) => close(slot.other, l)), 1, left);
        if (hit) {
          found(hit.personId, i, i + 1, hit.confidence);
          i++;
          continue;
        }
      }
      // A surname alone counts only for someone named in full elsewhere in the article.
      const candidates = new Set<string>();
      for (const k of wordKeys(t)) for (const slot of byWord.get(k) ?? []) candidates.add(slot.personId);
      if (candidates.size) surnameOnly.push({ index: i, candidates });
    }
    for (const { index, candidates } of surnameOnly) {
      const known = [...candidates].filter((id) => people.has(id));
      if (known.length === 1) found(known[0]!, index, index, people.get(known[0]!)!.confidence * 0.9);
    }

    return { people: [...people.values()], unknown: unknownNames(text, tokens, used, taken), states, bodies, areas };
  }

  /**
   * The best person whose name has a word near one of `keys` and whose other
   * word passes `other`; exact spellings beat one-letter ones.
   */
  function bestPair(
    keys: readonly string[],
    other: (slot: NameSlot) => boolean,
    base: number,
    otherKeys?: readonly string[],
  ): { personId: string; confidence: number } | null {
    let best: { personId: string; confidence: number } | null = null;
    for (const key of keys) {
      for (const k of near(key)) {
        for (const slot of byWord.get(k) ?? []) {
          if (!other(slot)) continue;
          const fuzzy = (k !== key ? 1 : 0) + (otherKeys && !otherKeys.includes(slot.other) ? 1 : 0);
          const confidence = base - fuzzy * 0.15;
          if (!best || confidence > best.confidence) best = { personId: slot.personId, confidence };
        }
      }
    }
    return best;
  }

  /** Names that stand next to a post or a title but match nobody: candidates for new people. */
  function unknownNames(text: string, tokens: readonly Token[], used: Uint8Array, taken: Uint8Array): UnknownName[] {
    const out = new Map<string, UnknownName>();
    for (let i = 0; i < tokens.length; i++) {
      if (used[i] || taken[i]) continue;
      // a run of two or three capitalized words that are not posts, states or bodies
      let j = i;
      while (
        j < tokens.length &&
        j - i < 3 &&
        tokens[j]!.upper &&
        !tokens[j]!.initial &&
        !used[j] &&
        !taken[j] &&
        !POST_WORDS.has(phraseKey(tokens[j]!.text)) &&
        !HONORIFICS.has(phraseKey(tokens[j]!.text)) &&
        !NOT_NAME.has(phraseKey(tokens[j]!.text)) &&
        (j === i || /^[\s\u00a0]+$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)))
      )
        j++;
      // "Foreign Affairs of …" is an institution, not a name
      if (j - i < 2 || /^\s+(?:of|for)\s/.test(text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 5))) continue;
      const before = i > 0 ? phraseKey(tokens[i - 1]!.text.replace(/\.$/, '')) : '';
      const post = postNextTo(text, tokens, i, j - 1);
      const titled = HONORIFICS.has(before.replace(/\.$/, ''));
      if (post || titled) {
        const name = text.slice(tokens[i]!.start, tokens[j - 1]!.end).replace(/\.$/, '');
        const key = tokens
          .slice(i, j)
          .map((t) => nameKey(t.text))
          .join(' ');
        if (!out.has(key)) out.set(key, { name, post, seen: name });
      }
      i = j - 1;
    }
    return [...out.values()];
  }

  return { addPerson, recognize };
}

/** Two word keys equal, or one edit apart where both are long enough for an edit to be a typo. */
function close(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 4 && distance(a, b) <= 1;
}

const CLAUSE_END = /[.;:!?()«»"“”]|,\s|\s[-–—]\s/g;
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'to', 'at']);

/**
 * The post written right before a name ("Deputy Minister of Foreign Affairs
 * of Kazakhstan Alibek Bakayev") or right after it ("Alibek Bakayev, Deputy
 * Minister …,"), as written; null if neither side holds one. Between the post
 * word and the name only title words may stand, so "the Minister said that
 * Alibek Bakayev" gives no post.
 */
function postNextTo(text: string, tokens: readonly Token[], from: number, to: number): string | null {
  const nameStart = tokens[from]!.start;
  const head = text.slice(Math.max(0, nameStart - 160), nameStart);
  let cut = 0;
  for (const m of head.matchAll(CLAUSE_END)) cut = m.index + m[0].length;
  const clauseStart = nameStart - head.length + cut;
  let first = -1;
  for (let k = from - 1; k >= 0 && tokens[k]!.start >= clauseStart && from - k <= 10; k--) {
    const t = tokens[k]!;
    const key = phraseKey(t.text);
    // "… Kairat Sarybay and Deputy Minister … Alibek Bakayev": the post is the one after "and"
    if (key === 'and' || key === 'и') break;
    if (POST_WORDS.has(key)) first = k;
    else if (!(t.upper || CONNECTORS.has(key) || t.cyr)) break;
  }
  if (first !== -1) return text.slice(tokens[first]!.start, nameStart).trim();
  const after = text.slice(tokens[to]!.end, tokens[to]!.end + 160);
  const m = /^,\s+(?:the\s+)?([^,.;:()—–]+)/u.exec(after);
  if (m) {
    const words = tokenize(m[1]!);
    if (words.length && POST_WORDS.has(phraseKey(words[0]!.text))) return m[1]!.trim();
  }
  return null;
}
