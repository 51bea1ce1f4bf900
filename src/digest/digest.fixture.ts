/**
 * Made-up releases for an October–December 2024 issue (not the Secretariat's
 * texts), for tests, screenshots and the benchmark: a ministerial meeting to be
 * the spotlight, a release with a two-line headline, a picture and a long body.
 */
import type { Actor } from '../platform/access.ts';
import type { Services } from '../services.ts';

const paragraph = (n: number, lang: 'en' | 'ru') =>
  lang === 'en'
    ? `Paragraph ${n}. Delegations of the member states exchanged views on confidence building measures, on the implementation of the Catalogue and on the work of the coordinators of priority areas, and agreed to continue the consultations.`
    : `Абзац ${n}. Делегации государств-членов обменялись мнениями о мерах доверия, о выполнении Каталога и о работе координаторов приоритетных направлений и договорились продолжить консультации.`;

export async function seedDigestReleases(
  services: Services,
  editor: Actor,
  { extra = 0 }: { extra?: number } = {},
): Promise<string[]> {
  const ids: string[] = [];
  const release = async (date: string, en: string, ru: string, more: Record<string, unknown> = {}, paragraphs = 3) => {
    const r = await services.newsroom.create(
      editor,
      {
        date,
        place_en: 'Astana',
        place_ru: 'Астана',
        title_en: en,
        title_ru: ru,
        lead_en: `${en}: the lead paragraph.`,
        lead_ru: `${ru}: вводный абзац.`,
        body_en: Array.from({ length: paragraphs }, (_, i) => paragraph(i + 1, 'en')).join('\n\n'),
        body_ru: Array.from({ length: paragraphs }, (_, i) => paragraph(i + 1, 'ru')).join('\n\n'),
        ...more,
      },
      { publish: true },
    );
    if (!r.ok) throw new Error(`fixture release refused: ${JSON.stringify(r)}`);
    ids.push(r.id);
  };
  await release('2024-10-03', 'Youth Council meets in Astana', 'Молодёжный совет собрался в Астане', {
    bodies: ['youth-council'],
  });
  await release(
    '2024-10-17',
    'Senior Officials Committee meets in Baku',
    'Комитет старших должностных лиц собрался в Баку',
    { bodies: ['soc'] },
  );
  await release(
    '2024-11-12',
    'Ministers of Foreign Affairs adopt the Baku statement on confidence building in a changing world',
    'Министры иностранных дел приняли Бакинское заявление о мерах доверия в меняющемся мире',
    { bodies: ['ministerial'] },
  );
  await release(
    '2024-11-28',
    'A long report on the seminar on transport corridors, with a picture of the delegations and a very long text that runs over several pages of the issue',
    'Подробный отчёт о семинаре по транспортным коридорам с фотографией делегаций и очень длинным текстом на несколько страниц выпуска',
    {
      images: [
        { src: '/static/favicon.svg', caption_en: 'The delegations in Almaty', caption_ru: 'Делегации в Алматы' },
      ],
    },
    40,
  );
  await release(
    '2024-12-10',
    'Secretary General meets the Ambassador of China',
    'Генеральный секретарь встретился с послом Китая',
  );
  for (let i = 0; i < extra; i++) {
    const month = 10 + (i % 3);
    await release(
      `2024-${month}-${String(1 + (i % 27)).padStart(2, '0')}`,
      `Release ${i + 1} of the quarter on cooperation in Asia`,
      `Сообщение ${i + 1} квартала о сотрудничестве в Азии`,
      {},
      6,
    );
  }
  return ids;
}
