/**
 * The words of cbm, in CICA's two working languages. Every file of
 * cbm that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'cbm.title': 'Catalogue of Confidence Building Measures',
  'cbm.lead':
    "The Catalogue groups CICA's confidence building measures in five dimensions and {areas} priority areas. Member states take part voluntarily, step by step; each area has a coordinating state and co-coordinators.",
  'cbm.versions': 'Versions of the Catalogue',
  'cbm.adopted': 'Adopted {date}',
  'cbm.dimension': 'Dimension',
  'cbm.coordinator': 'Coordinator',
  'cbm.coCoordinators': 'Co-coordinators',
  'cbm.noneKnown': 'A dash stands where the record names no coordinator or co-coordinator for an area.',
  'cbm.dimensionMeasures': 'Measures of the dimension as a whole',
  'cbm.coordinatorsOn': 'Coordinators in force on {date}',
  'cbm.documents': 'Concept papers and plans',
  'field.overlapsCoordinator': 'Another coordinator holds this priority area over these dates.',
  'res.area': 'Priority area',
  'res.areas': 'Priority areas',
  'res.coordinatorTerm': 'Coordinator term',
  'res.coordinatorTerms': 'Coordinators',
  'res.dimension': 'Dimension',
  'res.dimensions': 'Dimensions',
  'res.measure': 'Measure',
  'res.measures': 'Measures',
  'res.version': 'Catalogue version',
  'res.versions': 'Catalogue versions',
};

export const ru: RussianTable<typeof en> = {
  'cbm.title': 'Каталог мер доверия',
  'cbm.lead':
    'Каталог объединяет меры доверия СВМДА в пять измерений и {areas} приоритетных направлений. Государства-члены участвуют добровольно и поэтапно; у каждого направления есть государство-координатор и сокоординаторы.',
  'cbm.versions': 'Редакции Каталога',
  'cbm.adopted': 'Принят {date}',
  'cbm.dimension': 'Измерение',
  'cbm.coordinator': 'Координатор',
  'cbm.coCoordinators': 'Сокоординаторы',
  'cbm.noneKnown': 'Прочерк означает, что координатор или сокоординаторы направления в записях не указаны.',
  'cbm.dimensionMeasures': 'Меры измерения в целом',
  'cbm.coordinatorsOn': 'Координаторы на {date}',
  'cbm.documents': 'Концепции и планы',
  'field.overlapsCoordinator': 'В эти даты у приоритетного направления уже есть координатор.',
  'res.area': 'Приоритетное направление',
  'res.areas': 'Приоритетные направления',
  'res.coordinatorTerm': 'Срок координатора',
  'res.coordinatorTerms': 'Координаторы',
  'res.dimension': 'Измерение',
  'res.dimensions': 'Измерения',
  'res.measure': 'Мера',
  'res.measures': 'Меры',
  'res.version': 'Редакция Каталога',
  'res.versions': 'Редакции Каталога',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
