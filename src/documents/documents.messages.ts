/**
 * The words of documents, in CICA's two working languages. Every file of
 * documents that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'documents.title': 'Basic documents and legal instruments',
  'documents.instruments': 'Basic documents and legal instruments',
  'documents.concepts': 'Concept papers and action plans',
  'documents.ratifications': 'Ratifications',
  'documents.lawNumber': 'Law No. {number}',
  'documents.adoptedAt': 'Adopted at',
  'doc.visibility.public': 'Public',
  'doc.visibility.restricted': 'Restricted',
  'doc.visibility.internal': 'Internal',
  'doc.kind.declaration': 'Declaration',
  'doc.kind.statement': 'Statement',
  'doc.kind.act': 'Act',
  'doc.kind.memorandum': 'Memorandum',
  'doc.kind.convention': 'Convention',
  'doc.kind.agreement': 'Agreement',
  'doc.kind.protocol': 'Protocol',
  'doc.kind.road-map': 'Road map',
  'doc.kind.concept-paper': 'Concept paper',
  'doc.kind.action-plan': 'Action plan',
  'doc.kind.regulations': 'Regulations',
  'doc.kind.guidelines': 'Guidelines',
  'doc.kind.budget': 'Budget',
  'doc.kind.report': 'Report',
  'action.signature': 'signed',
  'action.ratification': 'ratified',
  'action.accession': 'acceded',
  'col.action': 'Action',
  'col.classification': 'Classification',
  'col.date': 'Date',
  'col.reference': 'National reference',
  'res.document': 'Document',
  'res.documentAction': 'Signature or ratification',
  'res.documentActions': 'Signatures and ratifications',
};

export const ru: RussianTable<typeof en> = {
  'documents.title': 'Основополагающие документы и правовые акты',
  'documents.instruments': 'Основополагающие документы и правовые акты',
  'documents.concepts': 'Концепции и планы действий',
  'documents.ratifications': 'Ратификации',
  'documents.lawNumber': 'Закон № {number}',
  'documents.adoptedAt': 'Принятие:',
  'doc.visibility.public': 'Открытый',
  'doc.visibility.restricted': 'Ограниченного доступа',
  'doc.visibility.internal': 'Внутренний',
  'doc.kind.declaration': 'Декларация',
  'doc.kind.statement': 'Заявление',
  'doc.kind.act': 'Акт',
  'doc.kind.memorandum': 'Меморандум',
  'doc.kind.convention': 'Конвенция',
  'doc.kind.agreement': 'Соглашение',
  'doc.kind.protocol': 'Протокол',
  'doc.kind.road-map': 'Дорожная карта',
  'doc.kind.concept-paper': 'Концепция',
  'doc.kind.action-plan': 'План действий',
  'doc.kind.regulations': 'Положение',
  'doc.kind.guidelines': 'Руководящие принципы',
  'doc.kind.budget': 'Бюджет',
  'doc.kind.report': 'Отчёт',
  'action.signature': 'подписание',
  'action.ratification': 'ратификация',
  'action.accession': 'присоединение',
  'col.action': 'Действие',
  'col.classification': 'Гриф',
  'col.date': 'Дата',
  'col.reference': 'Национальный акт',
  'res.document': 'Документ',
  'res.documentAction': 'Подписание или ратификация',
  'res.documentActions': 'Подписания и ратификации',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
