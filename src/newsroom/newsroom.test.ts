import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { availableActions, contactIn, dateline, editMode, effectiveStatus, slugFor, transition } from './newsroom.ts';

const now = new Date('2024-12-10T09:00:00Z');

describe('the release workflow', () => {
  it('goes draft → in review → approved → published, each step by its role', () => {
    assert.deepEqual(transition('draft', 'submit', 'editor', { now }), { ok: true, to: 'in-review' });
    assert.deepEqual(transition('in-review', 'approve', 'reviewer', { now }), { ok: true, to: 'approved' });
    assert.deepEqual(transition('approved', 'publish', 'editor', { now }), { ok: true, to: 'published' });
    assert.deepEqual(transition('published', 'archive', 'editor', { now }), { ok: true, to: 'archived' });
  });
  it('lets no editor approve their own work, and no reviewer submit', () => {
    assert.deepEqual(transition('in-review', 'approve', 'editor', { now }), { ok: false, reason: 'role-may-not' });
    assert.deepEqual(transition('draft', 'submit', 'reviewer', { now }), { ok: false, reason: 'role-may-not' });
    assert.deepEqual(transition('draft', 'publish', 'admin', { now }), { ok: false, reason: 'not-from-this-status' });
  });
  it('sends back only with a comment', () => {
    assert.deepEqual(transition('in-review', 'send-back', 'reviewer', { now, comment: '  ' }), {
      ok: false,
      reason: 'comment-required',
    });
    assert.deepEqual(transition('in-review', 'send-back', 'reviewer', { now, comment: 'Check the date.' }), {
      ok: true,
      to: 'draft',
    });
  });
  it('schedules only for a time still to come, and publishes by itself when it arrives', () => {
    assert.deepEqual(transition('approved', 'schedule', 'editor', { now }), { ok: false, reason: 'time-required' });
    assert.deepEqual(transition('approved', 'schedule', 'editor', { now, publishAt: '2024-12-10T08:00:00Z' }), {
      ok: false,
      reason: 'time-in-past',
    });
    assert.deepEqual(transition('approved', 'schedule', 'editor', { now, publishAt: '2024-12-11T08:00:00Z' }), {
      ok: true,
      to: 'scheduled',
    });
    assert.equal(effectiveStatus('scheduled', '2024-12-11T08:00:00Z', now), 'scheduled');
    assert.equal(effectiveStatus('scheduled', '2024-12-11T08:00:00Z', new Date('2024-12-11T08:00:00Z')), 'published');
  });
  it('offers each role only the buttons it may press', () => {
    assert.deepEqual(availableActions('in-review', null, 'reviewer', now), ['approve', 'send-back']);
    assert.deepEqual(availableActions('in-review', null, 'editor', now), []);
    assert.deepEqual(availableActions('approved', null, 'editor', now), ['publish', 'schedule']);
  });
  it('edits drafts, corrects published releases, and freezes what is under review', () => {
    assert.equal(editMode('draft', 'editor'), 'edit');
    assert.equal(editMode('published', 'editor'), 'correct');
    assert.equal(editMode('in-review', 'editor'), null);
    assert.equal(editMode('draft', 'reviewer'), null);
  });
});

describe('datelines', () => {
  it("follow each language's house style", () => {
    assert.equal(dateline('en', 'Astana', '2024-12-10', null), 'Astana, 10 December 2024 —');
    assert.equal(dateline('ru', 'Астана', '2024-12-10', null), 'Астана, 10 декабря 2024 г. —');
    assert.equal(dateline('en', 'Astana', '2024-10-03', '2024-10-04'), 'Astana, 3–4 October 2024 —');
    assert.equal(dateline('ru', 'Астана', '2024-10-03', '2024-10-04'), 'Астана, 3–4 октября 2024 г. —');
    assert.equal(dateline('en', 'Geneva', '2024-11-25', '2024-11-27'), 'Geneva, 25–27 November 2024 —');
  });
});

it('makes address-safe slugs from the title and date', () => {
  assert.equal(
    slugFor('Seventh Ministerial Council Meeting held online!', '2024-12-17'),
    '2024-12-17-seventh-ministerial-council-meeting-held-online',
  );
  assert.equal(slugFor('Türkiye hosts Çınar', '2024-01-01'), '2024-01-01-turkiye-hosts-cinar');
  // Regression: a long title made an address the router refused (414), and on PostgreSQL a one-word title of 9,000 letters broke the index.
  const long = slugFor(
    'Internationalization of counterterrorism cooperation: intergovernmental telecommunications interoperability recommendations',
    '2024-01-01',
  );
  assert.equal(long, '2024-01-01-internationalization-of-counterterrorism-cooperation');
  assert.equal(slugFor('x'.repeat(9000), '2024-01-01'), `2024-01-01-${'x'.repeat(60)}`);
  assert.equal(slugFor('Заседание Совета', '2024-01-01'), '2024-01-01-zasedanie-soveta');
  assert.equal(slugFor('!!!', '2024-01-01'), '2024-01-01-release');
});

describe('the media contact', () => {
  const akbota = {
    id: 'akbota-batyrkhan',
    name: { en: 'Akbota Batyrkhan', ru: 'Акбота Батырхан' },
    stateCode: null,
    names: [
      { name: 'Akbota Batyrkhan', lang: 'en', script: 'Latn' },
      { name: 'Акбота Батырхан', lang: 'ru', script: 'Cyrl' },
    ],
  };
  const contact = {
    name: 'Akbota Batyrkhan',
    title: 'PR Officer',
    nameRu: null,
    titleRu: null,
    email: 'a.batyrkhan@s-cica.org',
    phone: null,
  };

  it('is named and titled in the page language where the record knows the person and the post', () => {
    assert.deepEqual(contactIn('ru', contact, [akbota]), {
      ...contact,
      name: 'Акбота Батырхан',
      title: 'сотрудник по связям с общественностью',
    });
    assert.equal(
      contactIn('ru', { ...contact, title: 'Public Relations Officer' }, [akbota]).title,
      'сотрудник по связям с общественностью',
    );
    assert.equal(contactIn('en', contact, [akbota]).title, 'Public Relations Officer');
  });

  it('takes what staff wrote in Russian before the record', () => {
    const written = { ...contact, nameRu: 'А. Батырхан', titleRu: 'пресс-секретарь' };
    assert.deepEqual(contactIn('ru', written, [akbota]), { ...written, name: 'А. Батырхан', title: 'пресс-секретарь' });
  });

  it('stays as staff typed it where the record does not know it', () => {
    const stranger = {
      name: 'A. Stranger',
      title: 'Spokesperson',
      nameRu: null,
      titleRu: null,
      email: null,
      phone: null,
    };
    assert.deepEqual(contactIn('ru', stranger, [akbota]), stranger);
  });
});
