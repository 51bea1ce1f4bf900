/**
 * The words of capsules, in CICA's two working languages. Every file of
 * capsules that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'capsule.title': 'Time capsules',
  'capsule.lead':
    'Messages sealed until their day. Nobody reads them before it; from that day anyone can, and can check that they are what was sealed.',
  'capsule.none': 'No time capsule is recorded.',
  'capsule.sealedOn': 'Sealed',
  'capsule.opensOn': 'To be opened',
  'capsule.present': 'Present',
  'capsule.statesPresent': 'States present',
  'capsule.digest': 'SHA-256 digest of the sealed contents',
  'capsule.digestNote':
    'Published when the contents were sealed. On the opening day the contents are shown with this check, and anyone can compute the digest of the sealed file themselves.',
  'capsule.stillSealed': 'Sealed until {date}. Nobody can read the contents before that day, whatever their role.',
  'capsule.notHeld': 'The contents are not known to the record.',
  'capsule.contents': 'Contents',
  'capsule.text.en': 'Message in English',
  'capsule.text.ru': 'Message in Russian',
  'capsule.files': 'Files',
  'capsule.verified': 'The contents match the digest published at sealing.',
  'capsule.mismatch': 'The contents do NOT match the digest published at sealing.',
  'capsule.unreadable': 'The capsule is due to open, but its contents cannot be read with this server’s key.',
  'capsule.bundle': 'The sealed file (JSON), whose SHA-256 is the digest above',
  'capsule.status.sealed': 'sealed',
  'capsule.status.open': 'open',
  'capsule.status.notHeld': 'contents not held',
  'capsule.seal.title': 'Seal the contents: {title}',
  'capsule.seal.lead':
    'Sealing is final: once sealed, the contents cannot be changed or read by anyone, administrators included, before the opening day. Files can be sealed through the API (POST /api/capsules/{id}/seal).',
  'capsule.seal.submit': 'Seal',
  'capsule.seal.done': 'Sealed. The digest is published on the capsule’s page.',
  'capsule.opensInPast': 'The opening day must be after today.',
  'capsule.opensOnDay': 'Sealing needs the opening day in full (YYYY-MM-DD).',
  'capsule.empty': 'There is nothing to seal: write a message or add a file.',
  'capsule.tooLarge': 'The contents are too large to seal (at most 8 MB).',
  'capsule.badFile': 'Each file needs a name and its contents in base64.',
  'capsule.noKey': 'No capsule key is configured (CAPSULE_KEY_FILE), so nothing can be sealed.',
  'capsule.alreadySealed': 'This capsule is sealed already; sealing is final.',
  'capsule.notFound': 'No such capsule.',
  'capsule.notOpen': 'This capsule is sealed until {date}.',
  'capsule.col.sealed_on': 'Sealed on',
  'capsule.col.opens_on': 'Opens on',
  'capsule.col.people_present': 'People present',
  'capsule.col.states_present': 'States present',
  'capsule.col.text_en': 'Message (English)',
  'capsule.col.text_ru': 'Message (Russian)',
  'res.capsule': 'Time capsule',
};

export const ru: RussianTable<typeof en> = {
  'capsule.title': 'Капсулы времени',
  'capsule.lead':
    'Послания, запечатанные до своего дня. До него их никто не прочтёт; с этого дня прочесть может каждый и убедиться, что это то самое запечатанное послание.',
  'capsule.none': 'Капсулы времени в записи отсутствуют.',
  'capsule.sealedOn': 'Запечатана',
  'capsule.opensOn': 'Вскрытие',
  'capsule.present': 'Присутствовали',
  'capsule.statesPresent': 'Присутствовавшие государства',
  'capsule.digest': 'Хеш SHA-256 запечатанного содержимого',
  'capsule.digestNote':
    'Опубликован при запечатывании. В день вскрытия содержимое показывается с этой проверкой, и каждый может сам вычислить хеш запечатанного файла.',
  'capsule.stillSealed': 'Запечатана до {date}. До этого дня содержимое не может прочесть никто, независимо от роли.',
  'capsule.notHeld': 'Содержимое в записи неизвестно.',
  'capsule.contents': 'Содержимое',
  'capsule.text.en': 'Послание на английском языке',
  'capsule.text.ru': 'Послание на русском языке',
  'capsule.files': 'Файлы',
  'capsule.verified': 'Содержимое совпадает с хешем, опубликованным при запечатывании.',
  'capsule.mismatch': 'Содержимое НЕ совпадает с хешем, опубликованным при запечатывании.',
  'capsule.unreadable': 'Срок вскрытия настал, но ключ этого сервера не открывает содержимое.',
  'capsule.bundle': 'Запечатанный файл (JSON), хеш SHA-256 которого указан выше',
  'capsule.status.sealed': 'запечатана',
  'capsule.status.open': 'вскрыта',
  'capsule.status.notHeld': 'содержимое неизвестно',
  'capsule.seal.title': 'Запечатать содержимое: {title}',
  'capsule.seal.lead':
    'Запечатывание окончательно: после него содержимое нельзя изменить, и до дня вскрытия его не прочтёт никто, включая администраторов. Файлы запечатываются через API (POST /api/capsules/{id}/seal).',
  'capsule.seal.submit': 'Запечатать',
  'capsule.seal.done': 'Запечатано. Хеш опубликован на странице капсулы.',
  'capsule.opensInPast': 'День вскрытия должен быть позже сегодняшнего.',
  'capsule.opensOnDay': 'Для запечатывания нужна полная дата вскрытия (ГГГГ-ММ-ДД).',
  'capsule.empty': 'Запечатывать нечего: напишите послание или добавьте файл.',
  'capsule.tooLarge': 'Содержимое слишком велико (не более 8 МБ).',
  'capsule.badFile': 'У каждого файла должно быть имя и содержимое в base64.',
  'capsule.noKey': 'Ключ капсул не настроен (CAPSULE_KEY_FILE), поэтому запечатать ничего нельзя.',
  'capsule.alreadySealed': 'Эта капсула уже запечатана; запечатывание окончательно.',
  'capsule.notFound': 'Такой капсулы нет.',
  'capsule.notOpen': 'Эта капсула запечатана до {date}.',
  'capsule.col.sealed_on': 'Дата запечатывания',
  'capsule.col.opens_on': 'Дата вскрытия',
  'capsule.col.people_present': 'Присутствовавшие лица',
  'capsule.col.states_present': 'Присутствовавшие государства',
  'capsule.col.text_en': 'Послание (английский)',
  'capsule.col.text_ru': 'Послание (русский)',
  'res.capsule': 'Капсула времени',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
