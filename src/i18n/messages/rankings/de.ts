import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'rankings.popular.title': 'Meistgelesen',
  'rankings.popular.empty': 'Es wurden noch nicht genug Artikel gelesen, um eine Rangliste zu bilden.',
  'rankings.discussed.title': 'Meistdiskutiert',
  'rankings.discussed.empty': 'Keine Kommentare in den letzten sieben Tagen.',
  'rankings.discussed.debate': 'Debatte',
  'rankings.discussed.comments': 'Kommentare: {count}',
};
