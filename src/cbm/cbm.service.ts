import type { IsoDate } from '../platform/dates.ts';
import { coordinatorsOn, versionOn } from './cbm.ts';
import type { CbmStore } from './cbm.store.ts';
import type { CoordinatorRecord, Dimension, Measure, PriorityArea, Version } from './cbm.ts';

export type AreaOnDate = Readonly<{
  area: PriorityArea;
  coordinator: CoordinatorRecord | null;
  coCoordinators: CoordinatorRecord[];
  measures: Measure[];
}>;

export type DimensionOnDate = Readonly<{ dimension: Dimension; measures: Measure[]; areas: AreaOnDate[] }>;

export type CatalogueOnDate = Readonly<{
  date: IsoDate;
  version: Version | null;
  versions: Version[];
  dimensions: DimensionOnDate[];
}>;

export type StateRole = CoordinatorRecord & Readonly<{ area: PriorityArea; dimension: Dimension }>;

export function createCbmService(store: CbmStore) {
  return {
    /** The Catalogue as it stood on a date: its measures adopted by then, and the coordinators then in force. */
    async catalogueOn(date: IsoDate): Promise<CatalogueOnDate> {
      const [versions, dimensions, areas, measures, terms] = await Promise.all([
        store.versions(),
        store.dimensions(),
        store.priorityAreas(),
        store.measures(),
        store.coordinatorTerms(),
      ]);
      const adopted = new Set(versions.filter((v) => v.adoptedOn <= date).map((v) => v.id));
      const inCatalogue = measures.filter((m) => adopted.has(m.versionId));
      return {
        date,
        version: versionOn(versions, date),
        versions,
        dimensions: dimensions.map((dimension) => ({
          dimension,
          measures: inCatalogue.filter((m) => m.dimensionId === dimension.id && m.priorityAreaId === null),
          areas: areas
            .filter((a) => a.dimensionId === dimension.id)
            .map((area) => {
              const on = coordinatorsOn(
                terms.filter((t) => t.priorityAreaId === area.id),
                date,
              );
              return {
                area,
                coordinator: on.coordinator as CoordinatorRecord | null,
                coCoordinators: on.coCoordinators as CoordinatorRecord[],
                measures: inCatalogue.filter((m) => m.priorityAreaId === area.id),
              };
            }),
        })),
      };
    },

    async rolesOf(stateCode: string): Promise<StateRole[]> {
      const [dimensions, areas, terms] = await Promise.all([
        store.dimensions(),
        store.priorityAreas(),
        store.coordinatorTerms({ stateCode }),
      ]);
      return terms.map((t) => {
        const area = areas.find((a) => a.id === t.priorityAreaId)!;
        return { ...t, area, dimension: dimensions.find((d) => d.id === area.dimensionId)! };
      });
    },

    /** The priority areas alone, for naming them: cheaper than the whole Catalogue on a date. */
    async dimensions(): Promise<Dimension[]> {
      return store.dimensions();
    },

    async priorityAreas(): Promise<PriorityArea[]> {
      return store.priorityAreas();
    },

    async areaCount(): Promise<number> {
      return (await store.priorityAreas()).length;
    },
  };
}

export type CbmService = ReturnType<typeof createCbmService>;
