/**
 * The words of archive, in CICA's two working languages. Every file of
 * archive that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'nav.speeches': 'Speeches',
  'archive.title': 'Archive of the earlier sites',
  'archive.lead':
    'Press releases and speeches as the Secretariat’s current and older sites published them: saved pages or text copies. Every run is checked whole first; nothing is written if any file is refused.',
  'archive.files': 'Saved pages or text copies',
  'archive.kind': 'Kind of publication',
  'archive.kind.auto': 'As each page’s section says',
  'archive.kind.release': 'Press releases',
  'archive.kind.speech': 'Speeches and statements',
  'archive.publish': 'Publish what is imported (otherwise drafts)',
  'archive.dryRun': 'Dry run: show what would be created',
  'archive.import': 'Import',
  'archive.noFiles': 'Choose at least one file.',
  'archive.summary':
    '{files} files: {created} to create, {already} already in the archive, {refused} refused, {flagged} flagged',
  'archive.summaryDone':
    '{files} files: {created} created, {already} already in the archive, {refused} refused, {flagged} flagged',
  'archive.dryRunDone': 'Dry run: nothing was written.',
  'archive.nothingWritten': 'Nothing was imported: mend or leave out the refused files and run again.',
  'archive.col.file': 'File',
  'archive.col.outcome': 'Outcome',
  'archive.col.found': 'Recognized',
  'archive.col.missing': 'Not found',
  'archive.col.linked': 'Linked',
  'archive.status.created': 'created',
  'archive.status.would-create': 'would be created',
  'archive.status.already': 'already in the archive',
  'archive.status.refused': 'refused',
  'archive.found.section': 'section label',
  'archive.found.headline': 'headline',
  'archive.found.dateline': 'dateline',
  'archive.found.posted': '“Posted on” line',
  'archive.found.contact': 'media contact',
  'archive.found.address': 'old address',
  'archive.layout.current': 'current site',
  'archive.layout.older': 'older site',
  'archive.layout.text': 'text copy',
  'archive.reason.empty': 'the file is empty',
  'archive.reason.too-large': 'the file is larger than 5 MB',
  'archive.reason.binary': 'the file is binary, not text',
  'archive.reason.encoding': 'the encoding of the file cannot be told ({detail})',
  'archive.reason.not-ours':
    'this is not a page of the Secretariat’s sites: it has no section label such as “Press Releases” and no s-cica.org address',
  'archive.reason.no-headline': 'no headline was found',
  'archive.reason.no-date': 'no date was found: neither a dateline nor a “Posted on” line',
  'archive.reason.bad-posted': 'the “Posted on” line names no date that exists: {detail}',
  'archive.reason.bad-dateline': 'the dateline names a day that does not exist: {detail}',
  'archive.reason.no-text': 'the page has no text after its headline',
  'archive.reason.not-editor': 'only editors and administrators import the archive',
  'archive.reason.wrong-section': 'the page is in the section “{detail}”, not of the kind this run imports',
  'archive.reason.invalid': 'the item cannot be saved: {detail}',
  'archive.reason.repeat-in-run': 'the same old address comes earlier in this run ({detail})',
  'archive.reason.already': 'already imported ({detail})',
  'archive.reason.not-written': 'the run could not be written ({detail})',
  'archive.flags': 'Flagged for staff',
  'archive.flagsLead':
    'What the imports kept but could not trust. Correct the item if the text is wrong, then mark the flag settled.',
  'archive.noFlags': 'Nothing is flagged.',
  'archive.flag.dates-disagree': 'The dateline “{dateline}” and the “Posted on” date {posted} are too far apart.',
  'archive.flag.post-contradicts':
    'The text calls {name} “{written}” on {date}; the record has them as {held} that day.',
  'archive.flag.post-not-held':
    'The text names the post “{written}” ({seen}) on {date}; the record has nobody in it that day.',
  'archive.heldNone': 'no post',
  'archive.settle': 'Mark settled',
  'archive.settled': 'The flag is settled.',
  'archive.flagGone': 'That flag has already been settled or does not exist.',
  'archive.openItem': 'Open the item',
  'archive.notFoundTitle': 'This old address is not in the archive',
  'archive.notFoundLead':
    'The page you followed comes from an earlier site of the CICA Secretariat. It has not been brought over, or its number is mistyped. Search the releases and speeches instead:',
  'archive.searchButton': 'Search',
  'archive.browse': 'Or browse the press releases and the speeches.',
};

export const ru: RussianTable<typeof en> = {
  'nav.speeches': 'Выступления',
  'archive.title': 'Архив прежних сайтов',
  'archive.lead':
    'Пресс-релизы и выступления в том виде, в каком их публиковали нынешний и прежний сайты Секретариата: сохранённые страницы или текстовые копии. Каждый запуск сначала проверяется целиком; если хотя бы один файл отклонён, ничего не записывается.',
  'archive.files': 'Сохранённые страницы или текстовые копии',
  'archive.kind': 'Вид публикации',
  'archive.kind.auto': 'По разделу каждой страницы',
  'archive.kind.release': 'Пресс-релизы',
  'archive.kind.speech': 'Выступления и заявления',
  'archive.publish': 'Опубликовать импортированное (иначе черновики)',
  'archive.dryRun': 'Пробный запуск: показать, что будет создано',
  'archive.import': 'Импортировать',
  'archive.noFiles': 'Выберите хотя бы один файл.',
  'archive.summary':
    'Файлов: {files}; будет создано: {created}, уже в архиве: {already}, отклонено: {refused}, с пометками: {flagged}',
  'archive.summaryDone':
    'Файлов: {files}; создано: {created}, уже в архиве: {already}, отклонено: {refused}, с пометками: {flagged}',
  'archive.dryRunDone': 'Пробный запуск: ничего не записано.',
  'archive.nothingWritten': 'Ничего не импортировано: исправьте или уберите отклонённые файлы и запустите снова.',
  'archive.col.file': 'Файл',
  'archive.col.outcome': 'Итог',
  'archive.col.found': 'Распознано',
  'archive.col.missing': 'Не найдено',
  'archive.col.linked': 'Связи',
  'archive.status.created': 'создано',
  'archive.status.would-create': 'будет создано',
  'archive.status.already': 'уже в архиве',
  'archive.status.refused': 'отклонено',
  'archive.found.section': 'название раздела',
  'archive.found.headline': 'заголовок',
  'archive.found.dateline': 'место и дата',
  'archive.found.posted': 'строка «Опубликовано»',
  'archive.found.contact': 'контакт для СМИ',
  'archive.found.address': 'прежний адрес',
  'archive.layout.current': 'нынешний сайт',
  'archive.layout.older': 'прежний сайт',
  'archive.layout.text': 'текстовая копия',
  'archive.reason.empty': 'файл пуст',
  'archive.reason.too-large': 'файл больше 5 МБ',
  'archive.reason.binary': 'файл двоичный, а не текстовый',
  'archive.reason.encoding': 'не удаётся определить кодировку файла ({detail})',
  'archive.reason.not-ours':
    'это не страница сайтов Секретариата: на ней нет названия раздела вроде «Пресс-релизы» и нет адреса s-cica.org',
  'archive.reason.no-headline': 'заголовок не найден',
  'archive.reason.no-date': 'дата не найдена: нет ни места и даты в начале текста, ни строки «Опубликовано»',
  'archive.reason.bad-posted': 'в строке «Опубликовано» указан несуществующий день: {detail}',
  'archive.reason.bad-dateline': 'в начале текста указан несуществующий день: {detail}',
  'archive.reason.no-text': 'после заголовка на странице нет текста',
  'archive.reason.not-editor': 'импортировать архив могут только редакторы и администраторы',
  'archive.reason.wrong-section': 'страница из раздела «{detail}», а не того вида, который импортируется',
  'archive.reason.invalid': 'материал нельзя сохранить: {detail}',
  'archive.reason.repeat-in-run': 'тот же прежний адрес уже встречался в этом запуске ({detail})',
  'archive.reason.already': 'уже импортировано ({detail})',
  'archive.reason.not-written': 'запуск не удалось записать ({detail})',
  'archive.flags': 'Пометки для сотрудников',
  'archive.flagsLead':
    'То, что импорт сохранил, но чему нельзя верить без проверки. Исправьте материал, если ошибка в тексте, затем отметьте пометку как решённую.',
  'archive.noFlags': 'Пометок нет.',
  'archive.flag.dates-disagree':
    'Дата в начале текста («{dateline}») и дата публикации {posted} слишком далеки друг от друга.',
  'archive.flag.post-contradicts': 'В тексте {name} назван(а) «{written}» на {date}; по записям в этот день: {held}.',
  'archive.flag.post-not-held':
    'В тексте названа должность «{written}» ({seen}) на {date}; по записям в этот день её никто не занимал.',
  'archive.heldNone': 'без должности',
  'archive.settle': 'Отметить как решённое',
  'archive.settled': 'Пометка снята.',
  'archive.flagGone': 'Эта пометка уже снята или не существует.',
  'archive.openItem': 'Открыть материал',
  'archive.notFoundTitle': 'Этого прежнего адреса нет в архиве',
  'archive.notFoundLead':
    'Страница, по ссылке на которую вы пришли, — с прежнего сайта Секретариата СВМДА. Она не перенесена, или в её номере опечатка. Воспользуйтесь поиском по пресс-релизам и выступлениям:',
  'archive.searchButton': 'Найти',
  'archive.browse': 'Или просмотрите пресс-релизы и выступления.',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
