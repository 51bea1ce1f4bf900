/**
 * The words of speeches, in CICA's two working languages. Every file of
 * speeches that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'speech.title': 'Speeches and statements',
  'speech.lead': 'Statements and remarks of the head of the CICA Secretariat and other speakers, as delivered.',
  'speech.none': 'No speeches have been published yet.',
  'speech.notFound': 'No speech has been published at this address.',
  'speech.speaker': 'Speaker',
  'speech.occasion': 'Occasion',
  'speech.inEnglishOnly': 'This speech has not been translated into Russian; it is shown in English.',
  'speech.all': 'All speeches',
  'speech.kind': 'Speech',
};

export const ru: RussianTable<typeof en> = {
  'speech.title': 'Выступления и заявления',
  'speech.lead':
    'Заявления и выступления главы Секретариата СВМДА и других ораторов в том виде, в каком они были произнесены.',
  'speech.none': 'Выступления пока не опубликованы.',
  'speech.notFound': 'По этому адресу выступление не опубликовано.',
  'speech.speaker': 'Выступающий',
  'speech.occasion': 'Повод',
  'speech.inEnglishOnly': 'Это выступление не переведено на русский язык; оно приводится на английском.',
  'speech.all': 'Все выступления',
  'speech.kind': 'Выступление',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
