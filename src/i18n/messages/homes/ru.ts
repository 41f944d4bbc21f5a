/** Russian texts of the homes area (a language home with few stories of its own). */
import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'homes.otherLanguages.title': 'Из других наших языковых версий',
  'homes.otherLanguages.intro':
    'На русском языке пока опубликовано немного материалов. Вот самые новые материалы на других наших языках; у каждого указан язык, на котором он написан.',
};
