/**
 * The words of jobs, in CICA's two working languages. Every file of
 * jobs that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'jobs.lead': 'Imports and reindexing run here, without keeping anyone waiting. The page shows how far each has come.',
  'jobs.none': 'No background work yet.',
  'jobs.kind': 'Work',
  'jobs.state': 'State',
  'jobs.progress': 'Progress',
  'jobs.started': 'Queued',
  'jobs.attempts': 'Attempts',
  'jobs.outcome': 'Outcome',
  'jobs.kind.release-import': 'Import of press releases',
  'jobs.kind.search-reindex': 'Rebuilding the search index',
  'jobs.state.queued': 'waiting',
  'jobs.state.running': 'running',
  'jobs.state.retrying': 'failed, will try again',
  'jobs.state.done': 'done',
  'jobs.state.failed': 'failed',
  'jobs.reindex': 'Rebuild the search index',
  'jobs.imported': {
    one: '{created} release created, {skipped} skipped',
    other: '{created} releases created, {skipped} skipped',
  },
  'jobs.refused': 'nothing imported: {n} problems',
};

export const ru: RussianTable<typeof en> = {
  'jobs.lead':
    'Импорт и перестройка поиска выполняются здесь, никого не задерживая. Страница показывает ход каждой задачи.',
  'jobs.none': 'Фоновых задач пока не было.',
  'jobs.kind': 'Задача',
  'jobs.state': 'Состояние',
  'jobs.progress': 'Ход',
  'jobs.started': 'Поставлена',
  'jobs.attempts': 'Попытки',
  'jobs.outcome': 'Итог',
  'jobs.kind.release-import': 'Импорт пресс-релизов',
  'jobs.kind.search-reindex': 'Перестройка поискового указателя',
  'jobs.state.queued': 'ожидает',
  'jobs.state.running': 'выполняется',
  'jobs.state.retrying': 'не удалась, будет повторена',
  'jobs.state.done': 'выполнена',
  'jobs.state.failed': 'не удалась',
  'jobs.reindex': 'Перестроить поисковый указатель',
  'jobs.imported': {
    one: 'создан {created} релиз, пропущено {skipped}',
    few: 'создано {created} релиза, пропущено {skipped}',
    many: 'создано {created} релизов, пропущено {skipped}',
    other: 'создано {created} релиза, пропущено {skipped}',
  },
  'jobs.refused': 'ничего не импортировано: замечаний — {n}',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
