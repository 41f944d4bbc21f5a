import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'limits.tooLarge.title': 'Отправлено слишком много за один раз',
  'limits.tooLarge.body':
    'Отправленное вами больше, чем {size}, которые принимает эта форма. Сократите текст и попробуйте ещё раз.',
  'limits.tooDeep.title': 'Не удалось прочитать отправленное',
  'limits.tooDeep.body':
    'Отправленное вами вложено глубже {levels, plural, one {# уровня} few {# уровней} many {# уровней} other {# уровня}} — ни одна форма этого сайта такого не создаёт. Обновите страницу и попробуйте ещё раз.',
  'limits.tooManyFields.title': 'В форме слишком много полей',
  'limits.tooManyFields.body':
    'В отправленной форме больше {fields, plural, one {# поля} few {# полей} many {# полей} other {# поля}} — ни одна форма этого сайта такого не создаёт. Обновите страницу и попробуйте ещё раз.',
};
