import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SHARED, capabilityOf, placeMessages } from './placement.ts';

describe('where a message belongs', () => {
  // Source texts, templates and all: the placeholders are what the placement reads.
  const files = [
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a view's source text
    { path: 'cbm/cbm.views.tsx', text: "t(lang, 'cbm.title'); t(lang, `role.${r}`); t(lang, 'both.word')" },
    { path: 'digest/digest.views.tsx', text: 't(lang, \'both.word\'); t(lang, "digest.title")' },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a builder's source text
    { path: 'platform/records.ts', text: 'label: `col.${base}_en`' },
    { path: 'bodies/bodies.records.ts', text: "label: 'col.meeting_kind'" },
  ];
  const keys = ['cbm.title', 'role.coordinator', 'both.word', 'digest.title', 'col.name_en', 'col.meeting_kind', 'x.y'];
  const placed = placeMessages(keys, files, new Map([['x.y', 'cbm']]));

  it('is with the one capability that names it, whole or from a template', () => {
    assert.equal(placed.homes.get('cbm.title'), 'cbm');
    assert.equal(placed.homes.get('role.coordinator'), 'cbm');
    assert.equal(placed.homes.get('digest.title'), 'digest');
    assert.equal(placed.homes.get('col.meeting_kind'), 'bodies');
    assert.deepEqual([...(placed.users.get('cbm') ?? [])], ['cbm/cbm.views.tsx']);
  });
  it('is shared when two capabilities or the platform say it', () => {
    assert.equal(placed.homes.get('both.word'), SHARED);
    assert.equal(placed.homes.get('col.name_en'), SHARED);
  });
  it('stays where it is when nothing says it', () => {
    assert.deepEqual(placed.unused, ['x.y']);
    assert.equal(placed.homes.get('x.y'), 'cbm');
  });
  it('knows a capability from its folder', () => {
    assert.equal(capabilityOf('activities/activities.views.tsx'), 'activities');
    assert.equal(capabilityOf('platform/http/app.ts'), SHARED);
    assert.equal(capabilityOf('cli.ts'), SHARED);
    assert.equal(capabilityOf('migrations/0001-start.ts'), SHARED);
  });
});
