/**
 * The words of jobs, in CICA's two working languages. Every file of
 * jobs that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'jobs.lead':
    'Imports, reindexing and PDF layouts run here, without keeping anyone waiting. The page shows how far each has come.',
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
  'jobs.kind.digest-pdf': 'PDF of a digest issue',
  'jobs.kind.digest-publish': 'Publishing a digest issue',
  'jobs.kind.report-pdf': 'PDF of the implementation report',
  'jobs.kind.coverage-import': 'Import of media coverage',
  'jobs.step.gather': 'Gathering the data',
  'jobs.step.layout': 'Laying out the pages',
  'jobs.step.store': 'Storing the PDF',
  'jobs.step.done': 'done',
  'jobs.step.now': 'under way',
  'jobs.step.waiting': 'waiting',
  'jobs.step.failed': 'failed',
  'jobs.detail': 'Technical detail',
  'jobs.steps': 'Steps',
  'jobs.attemptOf': 'Attempt {n} of {max}',
  'jobs.followLead':
    'This page follows the work and loads itself again every {n} seconds until it is over; you may also leave it and come back from Background work.',
  'jobs.overLead': 'The work is over.',
  'jobs.willRetry': 'It will be tried again shortly.',
  'jobs.gaveUp':
    'No attempt is left. Ask again once the cause is put right; the technical detail is kept for the administrator.',
  'jobs.openPdf': 'Open the PDF',
  'jobs.backToIssue': 'Back to the issue',
  'jobs.all': 'All background work',
  'jobs.refreshNow': 'Look again now',
  'jobs.pdfReady': 'The PDF is ready.',
  'jobs.published': 'The issue is published as edition {n}, with its PDF.',
  'jobs.notPublished.conflict':
    'Not published: the issue was changed after publishing was asked for. Look at it again and publish.',
  'jobs.notPublished.refused': 'Not published: the issue can no longer be published from where it stands.',
  'jobs.notPublished.invalid': 'Not published: the issue has problems to put right.',
  'jobs.coverageDone': {
    one: '{n} article imported, {duplicates} already on record, files refused: {refused}',
    other: '{n} articles imported, {duplicates} already on record, files refused: {refused}',
  },
  'jobs.coverageSummary': 'What was imported, file by file',
  'jobs.error.PDF_GATHER': 'The data for the document could not be read.',
  'jobs.error.PDF_LAYOUT': 'The document could not be laid out (a picture or a text in it could not be typeset).',
  'jobs.error.PDF_STORE': 'The PDF was laid out but could not be kept in the file store.',
  'jobs.error.BUSY': 'Too many documents were being laid out at once.',
  'jobs.error.NO_ACCOUNT': 'The account that asked for this work no longer exists.',
  'jobs.error.FILES_MISSING': 'The uploaded files are no longer in the file store.',
  'jobs.error.RECORD_NOT_FOUND': 'The record this work was for no longer exists.',
  'jobs.error.other': 'Something failed underneath.',
};

export const ru: RussianTable<typeof en> = {
  'jobs.lead':
    'Импорт, перестройка поиска и вёрстка документов выполняются здесь, никого не задерживая. Страница показывает ход каждой задачи.',
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
  'jobs.kind.digest-pdf': 'PDF выпуска дайджеста',
  'jobs.kind.digest-publish': 'Публикация выпуска дайджеста',
  'jobs.kind.report-pdf': 'PDF отчёта о реализации',
  'jobs.kind.coverage-import': 'Импорт публикаций СМИ',
  'jobs.step.gather': 'Сбор данных',
  'jobs.step.layout': 'Вёрстка страниц',
  'jobs.step.store': 'Сохранение PDF',
  'jobs.step.done': 'готово',
  'jobs.step.now': 'выполняется',
  'jobs.step.waiting': 'ожидает',
  'jobs.step.failed': 'не удался',
  'jobs.detail': 'Технические подробности',
  'jobs.steps': 'Этапы',
  'jobs.attemptOf': 'Попытка {n} из {max}',
  'jobs.followLead':
    'Страница следит за ходом работы и обновляется сама каждые {n} с, пока работа не завершится; её можно закрыть и вернуться через раздел «Фоновые задачи».',
  'jobs.overLead': 'Работа завершена.',
  'jobs.willRetry': 'Скоро будет предпринята новая попытка.',
  'jobs.gaveUp':
    'Попыток не осталось. Повторите запрос, когда причина будет устранена; технические подробности сохранены для администратора.',
  'jobs.openPdf': 'Открыть PDF',
  'jobs.backToIssue': 'Вернуться к выпуску',
  'jobs.all': 'Все фоновые задачи',
  'jobs.refreshNow': 'Обновить сейчас',
  'jobs.pdfReady': 'PDF готов.',
  'jobs.published': 'Выпуск опубликован как издание {n} вместе с PDF.',
  'jobs.notPublished.conflict':
    'Не опубликовано: выпуск изменили после запроса на публикацию. Просмотрите его ещё раз и опубликуйте.',
  'jobs.notPublished.refused': 'Не опубликовано: в нынешнем состоянии выпуск опубликовать нельзя.',
  'jobs.notPublished.invalid': 'Не опубликовано: в выпуске есть замечания, которые нужно исправить.',
  'jobs.coverageDone': {
    one: 'импортирована {n} публикация, уже были в записи — {duplicates}, отклонено файлов — {refused}',
    few: 'импортировано {n} публикации, уже были в записи — {duplicates}, отклонено файлов — {refused}',
    many: 'импортировано {n} публикаций, уже были в записи — {duplicates}, отклонено файлов — {refused}',
    other: 'импортировано {n} публикации, уже были в записи — {duplicates}, отклонено файлов — {refused}',
  },
  'jobs.coverageSummary': 'Что импортировано, по файлам',
  'jobs.error.PDF_GATHER': 'Не удалось прочитать данные документа.',
  'jobs.error.PDF_LAYOUT': 'Не удалось сверстать документ (изображение или текст в нём не поддались вёрстке).',
  'jobs.error.PDF_STORE': 'PDF свёрстан, но сохранить его в хранилище файлов не удалось.',
  'jobs.error.BUSY': 'Одновременно верстали слишком много документов.',
  'jobs.error.NO_ACCOUNT': 'Учётной записи, запросившей эту работу, больше нет.',
  'jobs.error.FILES_MISSING': 'Загруженных файлов больше нет в хранилище.',
  'jobs.error.RECORD_NOT_FOUND': 'Записи, для которой выполнялась работа, больше нет.',
  'jobs.error.other': 'Сбой на внутреннем уровне.',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
