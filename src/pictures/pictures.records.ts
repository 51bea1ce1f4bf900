/** Pictures as other records refer to them: a person's portrait, the Secretariat's emblem. */
import './pictures.messages.ts';
import { t } from '../platform/i18n/i18n.ts';
import type { RecordsOf } from '../platform/records.ts';

export const picturesRecords: RecordsOf = {
  records: [
    {
      // The Secretariat's one row: its emblem, shown in the site's header and on the digest's cover.
      type: 'secretariat',
      table: 'secretariat',
      key: 'id',
      labels: { one: 'res.secretariat', many: 'res.secretariat' },
      order: 'id',
      retirable: false,
      fields: [{ column: 'emblem_picture_id', kind: 'ref', ref: 'picture', label: 'col.emblem' }],
      title: (_v, lang) => t(lang, 'res.secretariat'),
    },
  ],
  // Named by their description, which every picture has; the date tells like pictures apart.
  references: [{ kind: 'picture', table: 'picture', key: 'id', label: ['alt_en', 'alt_ru'], extra: 'shown_on' }],
};
