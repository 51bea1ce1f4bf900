/**
 * The words of pictures, in CICA's two working languages. Every file of
 * pictures that says one of them imports this module, which adds them to the
 * platform's tables; the compiler learns the keys by declaration merging.
 */
import { type RussianTable, defineMessages } from '../platform/i18n/i18n.ts';

export const en = {
  'pictures.lead':
    'The media library: pictures for releases, the digest and profiles, kept in three widths without their metadata.',
  'pictures.upload': 'Upload a picture',
  'pictures.file': 'Picture (JPEG, PNG or WebP, up to 10 MB)',
  'pictures.altEn': 'Description for readers who cannot see it (English)',
  'pictures.altRu': 'Description for readers who cannot see it (Russian)',
  'pictures.captionEn': 'Caption (English)',
  'pictures.captionRu': 'Caption (Russian)',
  'pictures.credit': 'Credit (English)',
  'pictures.creditRu': 'Credit (Russian)',
  'pictures.creditInEnglish': 'The credit is not yet written in Russian: shown in English.',
  'pictures.shownOn': 'Date it shows',
  'pictures.activity': 'Activity it shows (its id)',
  'pictures.none': 'No picture has been uploaded yet.',
  'pictures.id': 'Id',
  'pictures.noFile': 'Choose a picture to upload.',
  'pictures.empty': 'The file is empty.',
  'pictures.tooLarge': 'The picture is larger than 10 MB.',
  'pictures.kind': 'Only JPEG, PNG and WebP pictures are taken.',
  'pictures.nameMismatch': "The file's name does not match what it holds.",
  'pictures.unreadable': 'The picture cannot be read.',
  'pictures.noPicture': '— no picture —',
  'res.secretariat': 'The Secretariat',
  'col.emblem':
    'Emblem (a picture of the media library; the site and the digest show the wordmark while none is chosen)',
  'pictures.unknownChoice': '{id} (no such picture)',
  'pictures.browse': 'The media library: its pictures and their ids',
  'pictures.listHint': 'One picture id a line, in the order they are shown.',
  'pictures.words': 'Descriptions, captions and credits',
  'pictures.save': 'Save the words',
};

export const ru: RussianTable<typeof en> = {
  'pictures.lead':
    'Медиатека: фотографии для пресс-релизов, дайджеста и профилей; хранятся в трёх размерах, без метаданных.',
  'pictures.upload': 'Загрузить фотографию',
  'pictures.file': 'Фотография (JPEG, PNG или WebP, до 10 МБ)',
  'pictures.altEn': 'Описание для незрячих читателей (по-английски)',
  'pictures.altRu': 'Описание для незрячих читателей (по-русски)',
  'pictures.captionEn': 'Подпись (по-английски)',
  'pictures.captionRu': 'Подпись (по-русски)',
  'pictures.credit': 'Автор снимка (по-английски)',
  'pictures.creditRu': 'Автор снимка (по-русски)',
  'pictures.creditInEnglish': 'Автор снимка пока не указан по-русски: показано по-английски.',
  'pictures.shownOn': 'Дата съёмки',
  'pictures.activity': 'Мероприятие на снимке (его идентификатор)',
  'pictures.none': 'Фотографии ещё не загружены.',
  'pictures.id': 'Идентификатор',
  'pictures.noFile': 'Выберите фотографию для загрузки.',
  'pictures.empty': 'Файл пуст.',
  'pictures.tooLarge': 'Фотография больше 10 МБ.',
  'pictures.kind': 'Принимаются только фотографии JPEG, PNG и WebP.',
  'pictures.nameMismatch': 'Имя файла не соответствует его содержимому.',
  'pictures.unreadable': 'Фотографию не удаётся прочитать.',
  'pictures.noPicture': '— без фотографии —',
  'res.secretariat': 'Секретариат',
  'col.emblem': 'Эмблема (изображение из медиатеки; пока она не выбрана, сайт и дайджест показывают название)',
  'pictures.unknownChoice': '{id} (такой фотографии нет)',
  'pictures.browse': 'Медиатека: фотографии и их идентификаторы',
  'pictures.listHint': 'По одному идентификатору в строке, в порядке показа.',
  'pictures.words': 'Описания, подписи и авторы снимка',
  'pictures.save': 'Сохранить',
};

defineMessages(en, ru);

type Words = typeof en;
declare module '../platform/i18n/i18n.ts' {
  interface Messages extends Words {}
}
