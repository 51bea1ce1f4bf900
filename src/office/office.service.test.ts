import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import type { Actor } from '../platform/access.ts';
import { createChanges, refused } from '../platform/changes.ts';
import { fixedClock } from '../platform/clock.ts';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { buildServices } from '../services.ts';
import { addAccounts } from '../platform/testing/accounts.ts';

const editor: Actor = {
  id: 'acct-editor',
  email: 'e@cica.test',
  name: 'Erlan Editor',
  role: 'editor',
  stateCode: null,
};
const other: Actor = { id: 'acct-other', email: 'o@cica.test', name: 'Olga Other', role: 'editor', stateCode: null };

describeEachEngine('office: editing the record', (record, it) => {
  let clock = fixedClock('2026-11-23', '10:00:00');
  const services = () => buildServices(record().db, clock);
  // The two editors as accounts, for the audit trail.
  beforeEach(async () => {
    clock = fixedClock('2026-11-23', '10:00:00');
    await addAccounts(record().db, editor, other);
  });

  /** Saudi Arabia admitted as a member from 1 October 2026, by the editor. */
  const admitSaudiArabia = () =>
    services().office.create(editor, 'status-periods', {
      state_code: 'SA',
      status: 'member',
      from_date: '2026-10-01',
      sources: 'test decision',
      confidence: 'H',
      note_en: 'Admitted.',
    });
  /** Two saves of Kazakhstan from one version: the editor's goes through, the other editor's is refused. */
  async function saveKazakhstanTwice() {
    const state = await services().office.get('states', 'KZ');
    const first = await services().office.update(
      editor,
      'states',
      'KZ',
      { name_en: 'Kazakhstan', name_ru: 'Казахстан', official_name_en: 'Republic of Kazakhstan' },
      state.version,
    );
    const second = await services().office.update(
      other,
      'states',
      'KZ',
      { name_en: 'Kazakhstan', name_ru: 'Казахстан', official_name_ru: 'Республика Казахстан' },
      state.version,
    );
    return { state, first, second };
  }
  /** Bahrain's names saved by the editor, a minute after the last change. */
  async function renameBahrain(nameEn: string, nameRu: string) {
    clock.advance(60_000);
    const bh = await services().office.get('states', 'BH');
    return services().office.update(editor, 'states', 'BH', { name_en: nameEn, name_ru: nameRu }, bh.version);
  }

  it('refuses bad input with the field named, and changes nothing', async () => {
    const before = await services().office.list('status-periods');
    const result = await services().office.create(editor, 'status-periods', {
      state_code: 'SA',
      status: 'member',
      from_date: '2026-10-01',
      until_date: '2026-01-01',
      sources: 'test',
      confidence: 'H',
    });
    assert.deepEqual(result, {
      ok: false,
      kind: 'invalid',
      problems: [{ field: 'until_date', message: 'field.endBeforeStart' }],
    });
    const missing = await services().office.create(editor, 'status-periods', {
      state_code: 'XX',
      status: 'guest',
      from_date: '2026-13',
      sources: '',
      confidence: 'H',
    });
    assert.equal(missing.ok, false);
    const fields = !missing.ok && missing.kind === 'invalid' ? missing.problems.map((p) => p.field).sort() : [];
    assert.deepEqual(fields, ['from_date', 'sources', 'status']);
    assert.deepEqual(await services().office.list('status-periods'), before);
  });

  it('refuses a required field filled with spaces only, on create and on update, and saves nothing', async () => {
    const before = await services().office.list('status-periods');
    const created = await services().office.create(editor, 'status-periods', {
      state_code: 'SA',
      status: 'member',
      from_date: '2026-10-01',
      sources: '   \t ',
      confidence: 'H',
    });
    assert.deepEqual(created, {
      ok: false,
      kind: 'invalid',
      problems: [{ field: 'sources', message: 'field.required' }],
    });
    assert.deepEqual(await services().office.list('status-periods'), before);
    const kz = await services().office.get('states', 'KZ');
    const updated = await services().office.update(editor, 'states', 'KZ', { ...kz, name_en: '   ' }, kz.version);
    assert.equal(updated.ok, false);
    const fields = !updated.ok && updated.kind === 'invalid' ? updated.problems.map((p) => [p.field, p.message]) : [];
    assert.deepEqual(fields, [['name_en', 'field.required']]);
    assert.equal((await services().office.get('states', 'KZ')).name_en, kz.name_en);
  });

  it('refuses a one-line field longer than a line (a name pasted many times over), and keeps the record', async () => {
    const kz = await services().office.get('states', 'KZ');
    const long = 'Казахстан'.repeat(600);
    const updated = await services().office.update(editor, 'states', 'KZ', { ...kz, name_ru: long }, kz.version);
    assert.equal(updated.ok, false);
    const fields = !updated.ok && updated.kind === 'invalid' ? updated.problems.map((p) => [p.field, p.message]) : [];
    assert.deepEqual(fields, [['name_ru', 'field.tooLong']]);
    assert.equal((await services().office.get('states', 'KZ')).name_ru, kz.name_ru);
  });

  it("saves records inside another capability's change, and keeps none of them when that change is refused", async () => {
    const s = services();
    const change = createChanges(record().db, clock);
    const kept = await change(editor, async (c) => {
      const [person] = await s.office.saveIn(c, [{ type: 'people', input: { name_en: 'Rustam Quliyev' } }]);
      // the name points at the person made a moment ago in the same transaction
      await s.office.saveIn(c, [
        { type: 'person-names', input: { person_id: person, name: 'Рустам Кулиев', lang: 'ru', script: 'Cyrl' } },
      ]);
      return { ok: true, id: person! };
    });
    assert.ok(kept.ok);
    assert.equal((await s.office.list('person-names', { column: 'person_id', value: kept.id })).length, 1);
    assert.equal((await s.office.history('people', kept.id)).length, 1);

    const refusedLater = await change(editor, async (c) => {
      await s.office.saveIn(c, [{ type: 'people', input: { name_en: 'Samir Aliyev' } }]);
      return c.refuse(refused('changed-meanwhile'));
    });
    assert.equal(refusedLater.ok, false);
    const invalidName = await change(editor, async (c) => {
      await s.office.saveIn(c, [{ type: 'people', input: { name_en: 'Samir Aliyev' } }]);
      await s.office.saveIn(c, [
        { type: 'person-names', input: { person_id: 'nobody', name: 'x', lang: 'en', script: 'Latn' } },
      ]);
      return { ok: true, id: 'never' };
    });
    assert.deepEqual(invalidName, {
      ok: false,
      kind: 'invalid',
      problems: [{ field: 'person_id', message: 'field.unknownRef' }],
    });
    assert.equal((await s.people.persons()).filter((p) => p.name.en === 'Samir Aliyev').length, 0);
  });

  it('refuses a reference to a record that does not exist', async () => {
    const result = await services().office.create(editor, 'status-periods', {
      state_code: 'XX',
      status: 'member',
      from_date: '2026',
      sources: 'test',
      confidence: 'H',
    });
    assert.deepEqual(result, {
      ok: false,
      kind: 'invalid',
      problems: [{ field: 'state_code', message: 'field.unknownRef' }],
    });
  });

  it('closes the open status period when a new one starts, keeping the old answers for earlier dates', async () => {
    const before = await services().registry.standings('2025-01-01', 'observer');
    const result = await admitSaudiArabia();
    assert.equal(result.ok, true);
    const history = (await services().registry.profile('SA', '2026-11-23')).history;
    assert.deepEqual(
      history.map((h) => [h.status, h.from, h.until]),
      [
        ['observer', '2023-12-26', '2026-10-01'],
        ['member', '2026-10-01', null],
      ],
    );
    assert.deepEqual(
      await services().registry.standings('2025-01-01', 'observer'),
      before,
      'asOf 2025 answers as before',
    );
    assert.ok((await services().registry.standings('2026-11-23', 'member')).some((s) => s.stateCode === 'SA'));
  });

  it('audits the change: who, when, and the values before and after', async () => {
    assert.equal((await admitSaudiArabia()).ok, true);
    const periods = await services().office.list('status-periods', { column: 'state_code', value: 'SA' });
    const closed = periods.find((p) => p.status === 'observer')!;
    const [entry] = await services().office.history('status-periods', String(closed.id));
    assert.equal(entry?.actor?.name, 'Erlan Editor');
    assert.equal(entry?.at, '2026-11-23T10:00:00.000Z');
    assert.equal(entry?.before?.until_date, null);
    assert.equal(entry?.after?.until_date, '2026-10-01');
  });

  it('closes the previous coordinator of an area when a new one is named, but not its co-coordinators', async () => {
    const result = await services().office.create(editor, 'coordinator-terms', {
      priority_area_id: 'tourism',
      state_code: 'KZ',
      role: 'coordinator',
      from_date: '2026-06-01',
      sources: 'SOC decision',
      confidence: 'H',
    });
    assert.equal(result.ok, true);
    const area = async (date: string) =>
      (await services().cbm.catalogueOn(date)).dimensions.flatMap((d) => d.areas).find((a) => a.area.id === 'tourism')!;
    assert.equal((await area('2026-06-01')).coordinator?.stateCode, 'KZ');
    assert.equal((await area('2025-06-01')).coordinator?.stateCode, 'TJ', 'the earlier answer stays');
    assert.deepEqual(
      (await area('2026-06-01')).coCoordinators.map((c) => c.stateCode),
      ['LK'],
    );
  });

  it('refuses a save from an old version of a record of every capability, changing nothing', async () => {
    const plan = await services().office.create(editor, 'action-plans', { year: '2031', title_en: 'Action plan 2031' });
    assert.ok(plan.ok);
    for (const type of ['states', 'chair-terms', 'bodies', 'people', 'dimensions', 'documents', 'action-plans']) {
      const [row] = await services().office.list(type);
      assert.ok(row, `${type} has a record`);
      const r = services().office.resource(type);
      const id = String(row[r.key]);
      const values = Object.fromEntries(
        r.fields
          .filter((f) => !f.immutable)
          .map((f) => [f.column, row[f.column] === null ? '' : String(row[f.column])]),
      );
      const first = await services().office.update(editor, type, id, values, row.version);
      assert.equal(first.ok, true, `${type}: ${JSON.stringify(first)}`);
      const stale = await services().office.update(
        other,
        type,
        id,
        { ...values, [r.fields.find((f) => f.lang === 'en' && !f.immutable)?.column ?? 'note_en']: 'Overwritten' },
        row.version,
      );
      assert.equal(!stale.ok && stale.kind, 'conflict', type);
      assert.deepEqual(
        await services().office.get(type, id),
        { ...row, version: row.version + 1 },
        `${type} unchanged by the stale save`,
      );
    }
  });

  it('refuses a back-dated coordinator term that overlaps the one in force, and saves nothing', async () => {
    const before = await services().office.list('coordinator-terms');
    const result = await services().office.create(editor, 'coordinator-terms', {
      priority_area_id: 'tourism',
      state_code: 'CN',
      role: 'coordinator',
      from_date: '2010-01-01',
      until_date: '2030',
      sources: 'test',
      confidence: 'H',
    });
    assert.deepEqual(result, {
      ok: false,
      kind: 'invalid',
      problems: [{ field: 'from_date', message: 'field.overlapsCoordinator' }],
    });
    assert.deepEqual(await services().office.list('coordinator-terms'), before);
    const coCoordinator = await services().office.create(editor, 'coordinator-terms', {
      priority_area_id: 'tourism',
      state_code: 'CN',
      role: 'co-coordinator',
      from_date: '2010-01-01',
      until_date: '2030',
      sources: 'test',
      confidence: 'H',
    });
    assert.equal(coCoordinator.ok, true, 'co-coordinators may overlap');
  });

  it("hands the head of the Secretariat's post on, closing the last holder's term", async () => {
    const person = await services().office.create(editor, 'people', { name_en: 'Test Successor', state_code: 'AZ' });
    assert.ok(person.ok);
    const pos = await services().office.create(editor, 'positions', {
      person_id: person.id,
      post: 'secretary-general',
      from_date: '2026-11-01',
      sources: 'test',
      confidence: 'H',
    });
    assert.equal(pos.ok, true);
    const heads = await services().people.secretariatHeads();
    const sarybay = heads.find((h) => h.person.id === 'kairat-sarybay' && h.post === 'secretary-general')!;
    assert.equal(sarybay.until, '2026-11-01');
  });

  it('refuses the second of two saves made from the same version, saying what changed', async () => {
    const { state, first, second } = await saveKazakhstanTwice();
    assert.equal(first.ok, true);
    assert.equal(second.ok, false);
    assert.ok(!second.ok && second.kind === 'conflict');
    if (!second.ok && second.kind === 'conflict') {
      assert.deepEqual(second.changed, ['official_name_en']);
      assert.equal(second.by?.actor?.name, 'Erlan Editor');
      assert.equal(second.current.official_name_en, 'Republic of Kazakhstan');
    }
    const now = await services().office.get('states', 'KZ');
    assert.equal(now.official_name_ru, null, 'the second save changed nothing');
    assert.equal(now.version, state.version + 1);
  });

  it('retires a record: kept in the office with its history, gone from the public site', async () => {
    const body = await services().office.get('bodies', 'pnlu');
    assert.equal((await services().office.setRetired(editor, 'bodies', 'pnlu', body.version, true)).ok, true);
    assert.ok(!(await services().bodies.bodies()).some((b) => b.id === 'pnlu'));
    assert.ok((await services().office.get('bodies', 'pnlu')).retired_at);
    assert.equal((await services().office.history('bodies', 'pnlu'))[0]?.action, 'retire');
    await assert.rejects(services().office.setRetired(editor, 'status-periods', 'kz-1', 1, true), {
      code: 'FORBIDDEN',
    });
  });

  it('lists translations that are missing or older than their English', async () => {
    const gaps = async () =>
      (await services().office.parity()).map((g) => `${g.resource.type}/${g.id}/${g.field}/${g.gap}`);
    assert.ok((await gaps()).includes('documents/declaration-1999/title_ru/missing'));
    await renameBahrain('Kingdom of Bahrain', 'Бахрейн');
    assert.ok((await gaps()).includes('states/BH/name_ru/stale'), 'English changed, Russian did not');
    await renameBahrain('Kingdom of Bahrain', 'Королевство Бахрейн');
    assert.ok(!(await gaps()).includes('states/BH/name_ru/stale'));
  });

  it('filters the audit log by person, record type and date', async () => {
    const { second } = await saveKazakhstanTwice();
    assert.equal(second.ok, false);
    assert.equal((await renameBahrain('Kingdom of Bahrain', 'Бахрейн')).ok, true);
    assert.equal((await renameBahrain('Kingdom of Bahrain', 'Королевство Бахрейн')).ok, true);
    const byOther = await services().office.log({ accountId: other.id });
    assert.deepEqual(byOther, [], 'the refused save left no entry');
    const states = await services().office.log({ recordType: 'states' });
    assert.ok(states.length >= 3 && states.every((e) => e.recordType === 'states'));
    assert.deepEqual(await services().office.log({ fromDay: '2026-11-24' }), []);
    assert.ok((await services().office.log({ toDay: '2026-11-23' })).length > 0, 'the last day is included');
  });
});
