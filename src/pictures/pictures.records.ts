/** Pictures as other records refer to them: a person's portrait, the Secretariat's emblem. */
import type { RecordsOf } from '../platform/records.ts';

export const picturesRecords: RecordsOf = {
  records: [],
  // Named by their description, which every picture has; the date tells like pictures apart.
  references: [{ kind: 'picture', table: 'picture', key: 'id', label: ['alt_en', 'alt_ru'], extra: 'shown_on' }],
};
