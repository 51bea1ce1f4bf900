/**
 * The bench's press-release text: words drawn with Zipf's law from a vocabulary of
 * VOCABULARY words per language, as real text is (a few words in every release,
 * most in a few). The first ranks are real English and Russian words of the kind
 * CICA releases use, the rest made of syllables; PostgreSQL generates the text
 * (zipfText) and the bench asks its queries from the same ranks (wordAt).
 */

export const VOCABULARY = 6000;

// Roughly in the order of their frequency in press releases: function words first.
const EN = `the of and to in a on for with was by as at that from this be an are were which has its it will
have their also between during cica asia security cooperation confidence building measures member states
conference interaction meeting secretariat executive director ministers foreign affairs summit dialogue
development regional international countries delegation chairmanship session held participants discussed
issues agreed support joint implementation economic dimension new environmental human energy trade
transport terrorism threats drugs migration water tourism culture youth health finance technology digital
food agriculture business council senior officials committee working group experts forum report plan
action priority areas partners organization united nations deputy minister ambassador representative
special envoy visit talks agenda declaration statement adopted signed memorandum understanding framework
peace stability sustainable prosperity mutual trust consultations initiative proposal project programme
training seminar workshop roundtable strategy policy capacity exchange information media press release
astana almaty bangkok beijing baku ankara tehran delhi cairo doha moscow dushanbe tashkent bishkek
ulaanbaatar seoul hanoi colombo kabul islamabad amman manama kuala lumpur jerusalem abu dhabi minsk
first second third annual year years month week today yesterday next last welcome thanked noted stressed
underlined important role further efforts common challenges region world global level high framework
secretary general coordinator coordinators countries observer observers status application membership
green economy climate change disaster emergency cyber space internet financial investment infrastructure
connectivity corridor railway logistics customs border control narcotics extremism radicalism`;

const RU = `и в на по с о для что это также между а как из к от не при был была были будет его их
свмда азии безопасности сотрудничества мер доверия государств членов совещания взаимодействию встречи
секретариата исполнительный директор министров иностранных дел саммит диалога развития региональной
международной стран делегации председательства сессии участники обсудили вопросы согласовали поддержку
совместной реализации экономического измерения новых экологических человеческого энергетики торговли
транспорта терроризма угроз наркотиков миграции водных туризма культуры молодёжи здравоохранения финансов
технологий цифровой продовольственной сельского хозяйства бизнеса совета старших должностных лиц комитета
рабочей группы экспертов форума доклад плана действий приоритетных направлений партнёров организации
объединённых наций заместитель министра посол представитель специальный посланник визит переговоры
повестки декларации заявление принято подписан меморандум взаимопонимании рамочной мира стабильности
устойчивого процветания взаимного доверия консультации инициативы предложение проект программы обучения
семинар практикум круглый стол стратегии политики потенциала обмена информацией сми пресс релиз
астана алматы бангкок пекин баку анкара тегеран дели каир доха москва душанбе ташкент бишкек улан батор
сеул ханой коломбо кабул исламабад амман манама куала лумпур иерусалим абу даби минск первый второй
третий ежегодный год года месяц неделя сегодня вчера следующий прошлый приветствовал поблагодарил отметил
подчеркнул важную роль дальнейшие усилия общие вызовы региона мира глобальном уровне высоком генеральный
секретарь координатор координаторы наблюдатель наблюдатели статус заявка членство зелёной экономики
изменения климата бедствий чрезвычайных кибер пространства интернета финансовых инвестиций инфраструктуры
взаимосвязанности коридора железной дороги логистики таможенного пограничного контроля экстремизма радикализма`;

const real = (text: string) => [...new Set(text.split(/\s+/).filter(Boolean))];
export const REAL = { en: real(EN), ru: real(RU) } as const;

// Made-up words beyond the real ones: three syllables from the rank, one rank one word (checked by the bench).
const LETTERS = {
  en: { consonants: 'bdfgklmnprstvz', vowels: 'aeiou', ending: 'an' },
  ru: { consonants: 'бвгдзклмнпрстж', vowels: 'аеиоу', ending: 'ов' },
} as const;

/** The word at a rank (1 = the most frequent) of a language's vocabulary, as zipfText's SQL makes it. */
export function wordAt(lang: 'en' | 'ru', rank: number): string {
  const words = REAL[lang];
  if (rank <= words.length) return words[rank - 1]!;
  const { consonants, vowels, ending } = LETTERS[lang];
  const syllable = (x: number) => consonants[x % 14]! + vowels[Math.floor(x / 14) % 5]!;
  return (
    syllable(rank % 70) +
    syllable(Math.floor(rank / 70) % 70) +
    syllable((Math.floor(rank / 4900) + rank * 3) % 70) +
    ending
  );
}

/** SQL: a Zipf-distributed rank, 1…VOCABULARY: P(rank) ≈ 1 / (rank · H). */
const RANK = `floor(power(${VOCABULARY + 1}, random()))::int`;

/** SQL: the word at the rank `r` (an integer expression), as wordAt. */
function wordSql(lang: 'en' | 'ru', r: string): string {
  const words = REAL[lang];
  const { consonants, vowels, ending } = LETTERS[lang];
  const syllable = (x: string) =>
    `substr('${consonants}', 1 + (${x}) % 14, 1) || substr('${vowels}', 1 + ((${x}) / 14) % 5, 1)`;
  return `case when ${r} <= ${words.length} then (array['${words.join("','")}'])[${r}]
    else ${syllable(`${r} % 70`)} || ${syllable(`(${r} / 70) % 70`)} || ${syllable(`(${r} / 4900 + ${r} * 3) % 70`)} || '${ending}' end`;
}

/**
 * SQL: `n` words drawn independently from the language's Zipf distribution, separated by
 * `separator` (paragraphs: '\n\n' every `paragraph` words). Depends on the row (`i`) only so
 * that PostgreSQL runs the subquery for each row.
 */
export function zipfText(lang: 'en' | 'ru', n: number, paragraph = n): string {
  return `array_to_string(array(select (select ${wordSql(lang, 'r')} from (select ${RANK} + 0 * (i + k) as r) x)
    || case when k % ${paragraph} = 0 and k < ${n} then E'\\n\\n' else '' end
    from generate_series(1, ${n}) k), ' ')`;
}

/** A rank's share of the words of a text: 1 / (rank · H), H the vocabulary's harmonic number. */
export function zipfShare(rank: number): number {
  let h = 0;
  for (let r = 1; r <= VOCABULARY; r++) h += Math.log((r + 1) / r);
  return Math.log((rank + 1) / rank) / h;
}

/** A seeded generator of uniform numbers in [0, 1) (mulberry32), so a bench's text is the same every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` words drawn as zipfText draws them, in JavaScript: paragraphs of `paragraph` words. */
export function zipfWords(lang: 'en' | 'ru', n: number, random: () => number, paragraph = n): string {
  let text = '';
  for (let k = 1; k <= n; k++) {
    const rank = Math.max(1, Math.min(VOCABULARY, Math.floor((VOCABULARY + 1) ** random())));
    text += wordAt(lang, rank) + (k % paragraph === 0 && k < n ? '\n\n' : k < n ? ' ' : '');
  }
  return text;
}
