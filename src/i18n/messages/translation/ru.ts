/** Russian texts of the translation area. */
import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'translation.title': 'Перевод',
  'translation.intro':
    'Слева оригинал, справа эта версия, абзац за абзацем. Отмечайте каждое поле как проверенное после проверки; версию с непроверенными полями опубликовать нельзя.',
  'translation.mtOff':
    'Машинный перевод выключен: новые версии получают исходный текст для перевода вручную.',
  'translation.mtOn': 'Машинный перевод: {provider}',
  'translation.translateInto': 'Перевести на',
  'translation.translateAll': 'Все языки',
  'translation.translateButton': 'Создать черновики',
  'translation.original': 'Оригинал',
  'translation.version': 'Эта версия',
  'translation.reviewed': 'Проверено',
  'translation.unreviewed': 'Не проверено',
  'translation.markReviewed': 'Отметить как проверенное',
  'translation.saveReviewed': 'Сохранить и отметить как проверенное',
  'translation.nextShortcut': 'Alt+Shift+R отмечает следующее непроверенное поле',
  'translation.sourceUpdated': 'Оригинал изменился после создания этой версии.',
  'translation.sourceWas': 'Было',
  'translation.sourceNow': 'Стало',
  'translation.deskTitle': 'Стол переводов',
  'translation.deskIntro':
    'Материалы, опубликованные на других языках и ещё не вышедшие на этом, сначала самые важные, и состояние каждой версии.',
  'translation.deskEmpty': 'У каждого опубликованного материала уже есть версия на этом языке.',
  'translation.deskMissing': 'Ещё не на этом языке',
  'translation.deskVersions': 'Версии на этом языке',
  'translation.deskLanguage': 'Язык',
  'translation.openTranslator': 'Открыть перевод',
  'translation.allReviewed': 'Все поля проверены.',
  'translation.state.machine': 'машинный перевод, не проверено',
  'translation.state.manual': 'скопировано, перевести вручную',
  'translation.made': 'Созданы черновики: {languages}',
  'translation.field.headline': 'Заголовок',
  'translation.field.lead': 'Лид',
  'translation.field.kicker': 'Надзаголовок',
  'translation.field.heroAlt': 'Альтернативный текст изображения',
  'translation.field.heroCaption': 'Подпись к изображению',
  'translation.retranslate': 'Перевести изменённые части заново',
  'translation.publish': 'Опубликовать эту версию',
  'translation.overrideLabel':
    'Причина публикации, несмотря на сомнения проверки языка (редакторы; сохраняется в заметках)',
  'translation.overrideHint':
    'Оставьте пустым, если проверка не ошиблась, например из-за цитаты на другом языке.',
  'translation.field.block': 'Абзац {n}',
  'translation.deskOrder':
    'Порядок: сначала материалы, закреплённые на главной странице, затем самые читаемые за последние семь дней, затем те, которых нет на наибольшем числе языков, затем самые новые.',
  'translation.field.body': 'Текст',
  'translation.field.blockAlt': 'Блок {n}: альтернативный текст изображения',
  'translation.field.blockCaption': 'Блок {n}: подпись к изображению',
  'translation.guard.unreviewed':
    'Эту версию пока нельзя выпустить: никто не проверил эти поля: {fields}. Отметьте их как проверенные в окне перевода.',
  'translation.guard.language':
    'Эту версию пока нельзя выпустить: поле «{field}» написано, похоже, на языке «{detected}», а не «{expected}». Исправьте его или опубликуйте из окна перевода, указав причину.',
  'translation.publishPending': 'Опубликовать отложенные изменения',
  'translation.pendingNote':
    'Эта версия опубликована: изменения, сделанные здесь, откладываются и выходят, когда все поля проверены.',
};
