/** Russian texts of the newsroom desk area. */
import type { NewsroomDeskMessages } from './en.js';

export const ru: NewsroomDeskMessages = {
  'newsroomdesk.correct.action': 'Поправка',
  'newsroomdesk.correct.actionFor': 'Добавить поправку к «{headline}»',
  'newsroomdesk.correct.title': 'Добавить поправку',
  'newsroomdesk.correct.intro':
    'Примечание публикуется сразу, с датой, на каждой выбранной языковой версии и появляется в журнале поправок.',
  'newsroomdesk.correct.languages': 'К каким языковым версиям относится',
  'newsroomdesk.correct.unpublished': 'не опубликована',
  'newsroomdesk.correct.done': 'Примечание опубликовано: {languages}.',
  'newsroomdesk.correct.back': 'Вернуться к статье в редакторе',
  'newsroomdesk.correct.error.kind': 'Выберите вид примечания.',
  'newsroomdesk.correct.error.text': 'Напишите текст, который увидят читатели.',
  'newsroomdesk.correct.error.textLong':
    'Текст может содержать не более {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}}.',
  'newsroomdesk.correct.error.languages': 'Выберите хотя бы одну языковую версию.',
  'newsroomdesk.correct.error.unpublished':
    'Исправить можно только языковую версию, которую читатели уже видели.',
  'newsroomdesk.correct.error.changed': 'Статью изменили в тот же момент. Отправьте форму ещё раз.',
  'newsroomdesk.count.articles':
    '{count, plural, one {# статья} few {# статьи} many {# статей} other {# статьи}}',
  'newsroomdesk.count.comments':
    '{count, plural, one {# комментарий} few {# комментария} many {# комментариев} other {# комментария}}',
  'newsroomdesk.count.images':
    '{count, plural, one {# изображение} few {# изображения} many {# изображений} other {# изображения}}',
  'newsroomdesk.publish.heading': 'Перед публикацией',
  'newsroomdesk.publish.heroAlt':
    'Главному изображению нужен альтернативный текст, иначе статью нельзя опубликовать.',
  'newsroomdesk.publish.heroCredit':
    'У главного изображения должен быть указан автор, иначе статью нельзя опубликовать.',
  'newsroomdesk.publish.bodyAlt':
    'Изображению {n} в тексте ({label}) нужен альтернативный текст, иначе статью нельзя опубликовать.',
  'newsroomdesk.publish.bodyCredit':
    'У изображения {n} в тексте ({label}) должен быть указан автор, иначе статью нельзя опубликовать.',
  'newsroomdesk.nav.menu': 'Меню',
};
