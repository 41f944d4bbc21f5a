import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'editorux.slash.label': 'Вставить блок',
  'editorux.slash.none': 'Ни один тип блока не подходит к «{query}». Escape оставит текст как есть.',
  'editorux.slash.help': 'Печатайте для фильтра, стрелки — выбор, Enter — вставить, Escape — закрыть.',
  'editorux.bubble.label': 'Форматировать выделенный текст',
  'editorux.link.label': 'Ссылка',
  'editorux.link.edit': 'Изменить ссылку',
  'editorux.link.remove': 'Удалить ссылку',
  'editorux.link.open': 'Открыть ссылку в новой вкладке',
  'editorux.insight.title': 'Объём и предпросмотр',
  'editorux.insight.words': '{count, plural, one {# слово} few {# слова} many {# слов} other {# слова}}',
  'editorux.insight.characters':
    '{count, plural, one {# знак} few {# знака} many {# знаков} other {# знака}}',
  'editorux.insight.reading':
    '{count, plural, one {# минута чтения} few {# минуты чтения} many {# минут чтения} other {# минуты чтения}}',
  'editorux.teaser.title': 'Как будет опубликовано',
  'editorux.teaser.hint': 'Анонс на главной странице и в списках рубрик, на языке статьи.',
  'editorux.social.title': 'При публикации ссылки',
  'editorux.social.hint': 'Карточка, которую соцсети и мессенджеры показывают для ссылки (Open Graph).',
  'editorux.preview.noHeadline': 'Заголовка пока нет',
  'editorux.preview.noImage': 'Нет главного изображения: читатели увидят анонс без картинки.',
  'editorux.camera': 'Сделать фото',
};
