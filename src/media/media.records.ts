/** The registry of outlets whose coverage is imported, as staff edit it. */
import './media.messages.ts';
import { type RecordsOf, s } from '../platform/records.ts';

const ADDRESS = /^https?:\/\/[^\s/]+\.[^\s]+$/;

export const mediaRecords: RecordsOf = {
  records: [
    {
      type: 'media-sources',
      table: 'media_source',
      key: 'id',
      labels: { one: 'res.mediaSource', many: 'res.mediaSources' },
      order: 'name',
      retirable: false,
      fields: [
        { column: 'name', kind: 'text', label: 'media.col.name', required: true },
        { column: 'country_code', kind: 'ref', ref: 'state', label: 'media.col.country' },
        { column: 'lang', kind: 'text', label: 'media.col.lang', pattern: /^[a-z]{2,3}$/ },
        { column: 'site', kind: 'text', label: 'media.col.site', pattern: ADDRESS },
        { column: 'feed_url', kind: 'text', label: 'media.col.feed', pattern: ADDRESS },
      ],
      title: (v) => s(v.name),
    },
  ],
  references: [{ kind: 'media-source', table: 'media_source', key: 'id', label: ['name', 'name'] }],
};
