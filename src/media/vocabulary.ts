/**
 * Words outlets use for states and bodies that the record does not keep as
 * names: adjectives ("Kazakh", "таджикский"), the older or looser names of a
 * body ("Committee of Senior Officials") and abbreviations. Language, not
 * facts: the names themselves come from the record.
 */

/** Adjectives and other names of states, by ISO code; Russian adjectives in any case match through their stem. */
export const STATE_WORDS: Readonly<Record<string, readonly string[]>> = {
  AF: ['Afghan', 'афганский'],
  AZ: ['Azerbaijani', 'Azeri', 'азербайджанский'],
  BH: ['Bahraini', 'бахрейнский'],
  BD: ['Bangladeshi', 'бангладешский'],
  KH: ['Cambodian', 'камбоджийский'],
  CN: ['Chinese', 'PRC', "People's Republic of China", 'китайский', 'КНР'],
  EG: ['Egyptian', 'египетский'],
  IN: ['Indian', 'индийский'],
  IR: ['Iranian', 'иранский'],
  IQ: ['Iraqi', 'иракский'],
  IL: ['Israeli', 'израильский'],
  JO: ['Jordanian', 'иорданский'],
  KZ: ['Kazakh', 'Kazakhstani', 'казахстанский', 'казахский', 'РК'],
  KW: ['Kuwaiti', 'кувейтский'],
  KG: ['Kyrgyz', 'Kirghiz', 'кыргызский', 'киргизский', 'кыргызстанский'],
  MN: ['Mongolian', 'монгольский'],
  PK: ['Pakistani', 'пакистанский'],
  PS: ['Palestinian', 'палестинский'],
  QA: ['Qatari', 'катарский'],
  KR: ['Korean', 'South Korea', 'корейский', 'Южная Корея'],
  RU: ['Russian', 'Russian Federation', 'российский', 'Российская Федерация', 'РФ'],
  LK: ['Sri Lankan', 'шри-ланкийский'],
  TJ: ['Tajik', 'Tajikistani', 'таджикский', 'таджикистанский'],
  TH: ['Thai', 'тайский', 'таиландский'],
  TR: ['Turkish', 'Turkey', 'турецкий', 'Турция'],
  AE: ['Emirati', 'UAE', 'ОАЭ', 'эмиратский'],
  UZ: ['Uzbek', 'Uzbekistani', 'узбекский', 'узбекистанский'],
  VN: ['Vietnamese', 'Vietnam', 'вьетнамский'],
};

/** Other names and abbreviations of bodies, by the body's id in the record. */
export const BODY_WORDS: Readonly<
  Record<string, Readonly<{ names: readonly string[]; abbreviations: readonly string[] }>>
> = {
  summit: { names: ['CICA Summit', 'Summit', 'саммит СВМДА'], abbreviations: [] },
  ministerial: {
    names: ['Ministerial Council', 'Ministerial Meeting', 'Council of Foreign Ministers', 'СМИД'],
    abbreviations: ['MC', 'СМИД'],
  },
  soc: {
    names: ['Committee of Senior Officials', "Senior Officials' Committee", 'Senior Officials Meeting'],
    abbreviations: ['SOC', 'CSO', 'КСДЛ'],
  },
  swg: { names: ['SWG meeting'], abbreviations: ['SWG', 'СРГ'] },
  'think-tank-forum': { names: ['Think Tank Forum'], abbreviations: ['TTF'] },
  cep: { names: ['Council of Eminent Persons'], abbreviations: ['CEP'] },
  // Staff and outlets alike call it "the Secretariat" once CICA is named; Russian declines it ("Секретариата").
  secretariat: { names: ['the Secretariat', 'Секретариат'], abbreviations: [] },
  pnlu: { names: [], abbreviations: ['PNLU'] },
  ngf: { names: [], abbreviations: ['NGF'] },
};
