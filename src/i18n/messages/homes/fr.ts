/** French texts of the homes area (a language home with few stories of its own). */
import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'homes.otherLanguages.title': 'Dans nos autres langues',
  'homes.otherLanguages.intro':
    'Peu d’articles ont encore paru en français. Voici les plus récents dans nos autres langues, chacun avec la langue dans laquelle il est rédigé.',
};
