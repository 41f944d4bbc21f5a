import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'rankings.popular.title': 'Самое читаемое',
  'rankings.popular.empty': 'Статьи пока прочитаны слишком мало раз, чтобы составить рейтинг.',
  'rankings.discussed.title': 'Самое обсуждаемое',
  'rankings.discussed.empty': 'За последние семь дней комментариев нет.',
  'rankings.discussed.debate': 'Дебаты',
  'rankings.discussed.comments': 'Комментарии: {count}',
};
