// A quarter imported as plain releases: the recognizer proposes what each is about,
// nothing of it is public or feeds the digest's spotlight until an editor confirms it,
// and once confirmed the spotlight is the Ministerial Council's meeting.
import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import type { Actor } from '../platform/access.ts';
import { signedInStaff } from '../platform/testing/accounts.ts';
import { describePlatformOnEachEngine, servicesOf } from '../platform/testing/app.ts';
import { Client } from '../platform/testing/client.ts';

/** October–December 2024 as the Secretariat might have sent it out: plain text, nothing said of what it is about. */
const QUARTER = [
  {
    key: 'visit-tashkent',
    lang: 'en',
    title: 'CICA Secretary General visits Uzbekistan',
    place: 'Tashkent',
    date: '2024-10-22',
    body: 'Tashkent, 22 October 2024 — Secretary General of CICA Kairat Sarybay paid a working visit to Uzbekistan. In the Ministry of Foreign Affairs he discussed the preparation of the events of the chairmanship and the work of the Secretariat in the fields of economic cooperation and tourism.',
  },
  {
    key: 'visit-tashkent',
    lang: 'ru',
    title: 'Генеральный секретарь СВМДА посетил Узбекистан',
    place: 'Ташкент',
    date: '2024-10-22',
    body: 'Ташкент, 22 октября 2024 г. — Генеральный секретарь СВМДА Кайрат Сарыбай посетил Узбекистан с рабочим визитом. В Министерстве иностранных дел он обсудил подготовку мероприятий председательства и работу Секретариата.',
  },
  {
    key: 'workshop-ict',
    lang: 'en',
    title: 'CICA workshop on the security of and in the use of ICTs',
    place: 'Astana',
    date: '2024-11-14',
    body: 'Astana, 14 November 2024 — Experts from member states gathered for a workshop on the security of and in the use of information and communication technologies. Participants from China and the Russian Federation shared national practices in protecting critical information infrastructure.',
  },
  {
    key: 'workshop-ict',
    lang: 'ru',
    title: 'Семинар СВМДА по безопасности в сфере использования ИКТ',
    place: 'Астана',
    date: '2024-11-14',
    body: 'Астана, 14 ноября 2024 г. — Эксперты государств-членов собрались на семинар по безопасности в сфере использования информационно-коммуникационных технологий. Участники из Китая и России рассказали о национальной практике защиты критической информационной инфраструктуры.',
  },
  {
    key: 'soc-december',
    lang: 'en',
    title: 'CICA Senior Officials Committee meets in Astana',
    place: 'Astana',
    date: '2024-12-03',
    dateTo: '2024-12-04',
    body: 'Astana, 3–4 December 2024 — The Senior Officials Committee held its regular meeting. Delegations approved the budget of the Secretariat for 2025, discussed the draft CICA Charter and prepared the documents of the forthcoming meeting of the Ministerial Council.',
  },
  {
    key: 'soc-december',
    lang: 'ru',
    title: 'Комитет старших должностных лиц СВМДА провёл заседание в Астане',
    place: 'Астана',
    date: '2024-12-03',
    dateTo: '2024-12-04',
    body: 'Астана, 3–4 декабря 2024 г. — Комитет старших должностных лиц провёл очередное заседание. Делегации утвердили бюджет Секретариата на 2025 год и обсудили проект Устава СВМДА.',
  },
  {
    key: 'mc-seven',
    lang: 'en',
    title: 'Seventh meeting of the CICA Ministerial Council held online',
    place: 'Baku',
    date: '2024-12-17',
    body: 'Baku, 17 December 2024 — The Seventh Meeting of the Ministerial Council was held online, hosted by Azerbaijan. The ministers adopted a statement on the 25th anniversary of the 1999 Declaration, and Kazakhstan handed over the chairmanship to Azerbaijan.',
  },
  {
    key: 'mc-seven',
    lang: 'ru',
    title: 'Седьмое заседание Совета министров СВМДА прошло в онлайн-формате',
    place: 'Баку',
    date: '2024-12-17',
    body: 'Баку, 17 декабря 2024 г. — Седьмое заседание Совета министров иностранных дел прошло в онлайн-формате под председательством Азербайджана. Казахстан передал председательство Азербайджану.',
  },
];

const file = (items: unknown[]) => ({ name: 'quarter-2024-q4.json', content: JSON.stringify(items) });

describePlatformOnEachEngine('links proposed for a quarter imported as plain releases', (app, it) => {
  let editor: Client;
  let reviewer: Client;
  let actor: Actor;
  beforeEach(async () => {
    ({ editor, reviewer, actor } = await signedInStaff(app));
  });

  const services = () => servicesOf(app);
  async function importQuarter() {
    const result = await services().newsroom.importFiles(actor, [file(QUARTER)], { publish: true });
    assert.ok(result.ok, JSON.stringify(result));
    return new Map(result.created.map((c) => [c.origin, c]));
  }
  const byKey = async (title: string) =>
    await app
      .db()
      .selectFrom('press_release')
      .select(['id', 'slug'])
      .where('title_en', '=', title)
      .executeTakeFirstOrThrow();
  const spotlight = async () =>
    (await services().digest.preview({ from: '2024-10-01', to: '2024-12-31', lang: 'en' })).spotlight?.releaseId;
  const proposals = async (id: string) =>
    (await services().newsroom.proposals(id)).map((p) => `${p.kind}:${p.targetId}`).sort();

  it('proposes what each release names, keeps it off the public page and the spotlight, and confirms it', async () => {
    const created = await importQuarter();
    assert.equal(created.size, 4);
    const mc = await byKey('Seventh meeting of the CICA Ministerial Council held online');
    const soc = await byKey('CICA Senior Officials Committee meets in Astana');
    const visit = await byKey('CICA Secretary General visits Uzbekistan');
    const found = await proposals(mc.id);
    for (const want of ['body:ministerial', 'state:AZ', 'state:KZ'])
      assert.ok(found.includes(want), `${want} in ${found}`);
    assert.ok((await proposals(soc.id)).includes('body:soc'));
    assert.ok((await proposals(visit.id)).includes('person:kairat-sarybay'));
    assert.ok((await proposals(visit.id)).includes('state:UZ'));

    // Waiting proposals are nobody's business but the office's.
    assert.equal((await services().newsroom.get(mc.id)).links.length, 0);
    assert.equal(await spotlight(), visit.id, 'without links the suggestion is the period’s first release');
    const page = await new Client(app()).get(`/en/news/${mc.slug}`);
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /\/news\/about\//);
    const topic = await new Client(app()).get('/en/news/about/body/ministerial');
    assert.doesNotMatch(topic.body, new RegExp(mc.slug));
    const api = JSON.parse((await new Client(app()).get('/api/press-releases?lang=en')).body) as {
      items: Array<{ slug: string; about: unknown[] }>;
    };
    assert.deepEqual(api.items.find((i) => i.slug === mc.slug)?.about, []);

    // The office page lists them with the words found; a reviewer sees them but has no buttons.
    const office = (await editor.get(`/en/office/releases/${mc.id}`)).body;
    assert.match(office, /<h2 id="proposals">Proposed from the text<\/h2>/);
    assert.match(
      office,
      /<strong>Council of Ministers of Foreign Affairs<\/strong><p class="meta"><span>Found as<\/span>: <q lang="en">Ministerial Council<\/q>/,
    );
    assert.match(office, /Confirm all \(\d+\)/);
    const ru = (await editor.get(`/ru/office/releases/${mc.id}`)).body;
    assert.match(ru, /<h2 id="proposals">Предложено по тексту<\/h2>/);
    assert.match(ru, /<span>Найдено как<\/span>: .*<q lang="ru">Совета министров иностранных дел<\/q>/);
    const seen = (await reviewer.get(`/en/office/releases/${mc.id}`)).body;
    assert.match(seen, /Proposed from the text/);
    assert.doesNotMatch(seen, /value="confirm"/);

    // Every release's proposals confirmed at once, each by its own form.
    for (const r of [mc, soc, visit, await byKey('CICA workshop on the security of and in the use of ICTs')]) {
      const form = (await editor.get(`/en/office/releases/${r.id}`)).body;
      const version = /name="version" value="(\d+)"/.exec(form)![1]!;
      const res = await editor.post(`/en/office/releases/${r.id}/proposals`, {
        version,
        proposal: 'all',
        decision: 'confirm',
      });
      assert.equal(res.statusCode, 303, res.body.slice(0, 400));
      assert.deepEqual(await proposals(r.id), []);
    }
    assert.equal(await spotlight(), mc.id, 'the most senior body’s meeting leads the issue');
    const after = (await new Client(app()).get(`/en/news/${mc.slug}`)).body;
    assert.match(after, /href="\/en\/news\/about\/body\/ministerial"/);
    const audit = await app
      .db()
      .selectFrom('audit_entry')
      .selectAll()
      .where('record_id', '=', mc.id)
      .where('action', '=', 'update')
      .execute();
    assert.equal(audit.length, 1);
    assert.match(audit[0]!.after ?? '', /body:ministerial/);
  });

  it('confirms or dismisses one, refuses a stale or a bad decision changing nothing, and never proposes twice', async () => {
    await importQuarter();
    const mc = await byKey('Seventh meeting of the CICA Ministerial Council held online');
    const waiting = await services().newsroom.proposals(mc.id);
    const az = waiting.find((p) => p.kind === 'state' && p.targetId === 'AZ')!;
    const kz = waiting.find((p) => p.kind === 'state' && p.targetId === 'KZ')!;
    const version = () =>
      editor.get(`/en/office/releases/${mc.id}`).then((r) => /name="version" value="(\d+)"/.exec(r.body)![1]!);

    const v = await version();
    const bad = await editor.post(`/en/office/releases/${mc.id}/proposals`, {
      version: v,
      proposal: az.id,
      decision: 'maybe',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /class="field-error" role="alert"/);
    const ruBad = await editor.post(`/ru/office/releases/${mc.id}/proposals`, {
      version: v,
      proposal: 'nonsense',
      decision: 'confirm',
    });
    assert.equal(ruBad.statusCode, 400);
    assert.match(ruBad.body, /class="field-error" role="alert">[^<]*[а-я]/);
    assert.equal((await services().newsroom.proposals(mc.id)).length, waiting.length);

    assert.equal(
      (
        await editor.post(`/en/office/releases/${mc.id}/proposals`, {
          version: v,
          proposal: az.id,
          decision: 'confirm',
        })
      ).statusCode,
      303,
    );
    const stale = await editor.post(`/en/office/releases/${mc.id}/proposals`, {
      version: v,
      proposal: kz.id,
      decision: 'dismiss',
    });
    assert.equal(stale.statusCode, 409);
    assert.ok((await proposals(mc.id)).includes('state:KZ'), 'a stale page changed nothing');
    const settled = await editor.post(`/en/office/releases/${mc.id}/proposals`, {
      version: await version(),
      proposal: az.id,
      decision: 'dismiss',
    });
    assert.equal(settled.statusCode, 400);
    assert.match(settled.body, /This proposal has already been confirmed or dismissed\./);
    assert.equal(
      (
        await editor.post(`/en/office/releases/${mc.id}/proposals`, {
          version: await version(),
          proposal: kz.id,
          decision: 'dismiss',
        })
      ).statusCode,
      303,
    );
    assert.deepEqual(
      (await services().newsroom.get(mc.id)).links.map((l) => `${l.kind}:${l.id}`),
      ['state:AZ'],
    );
    assert.equal(
      (
        await reviewer.post(`/en/office/releases/${mc.id}/proposals`, {
          version: await version(),
          proposal: 'all',
          decision: 'confirm',
        })
      ).statusCode,
      403,
    );

    // The same file again: every release is already there, and nothing is proposed twice.
    const rows = async () =>
      (await app.db().selectFrom('release_link').select('id').where('release_id', '=', mc.id).execute()).length;
    const before = await rows();
    const again = await services().newsroom.importFiles(actor, [file(QUARTER)], { publish: true });
    assert.ok(again.ok);
    assert.equal(again.created.length, 0);
    assert.equal(await rows(), before);
    // A Russian text newly given to a release that links a state proposes nothing more.
    const mended = QUARTER.map((i) =>
      i.key === 'mc-seven' && i.lang === 'ru'
        ? { ...i, body: `${i.body} Казахстан и Азербайджан подписали протокол.` }
        : i,
    );
    const third = await services().newsroom.importFiles(actor, [file(mended)], { publish: true });
    assert.ok(third.ok && third.updated?.length === 1, JSON.stringify(third));
    assert.equal(await rows(), before);
  });

  it('proposes nothing for releases that name what they are about', async () => {
    const named = QUARTER.filter((i) => i.key === 'mc-seven').map((i) => ({ ...i, states: ['AZ'] }));
    const result = await services().newsroom.importFiles(actor, [file(named)], { publish: true });
    assert.ok(result.ok);
    const mc = await byKey('Seventh meeting of the CICA Ministerial Council held online');
    assert.deepEqual(await proposals(mc.id), []);
    assert.doesNotMatch((await editor.get(`/en/office/releases/${mc.id}`)).body, /Proposed from the text/);
  });
});
