/** German texts of the homes area (a language home with few stories of its own). */
import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'homes.otherLanguages.title': 'Aus unseren anderen Sprachen',
  'homes.otherLanguages.intro':
    'Auf Deutsch sind bisher erst wenige Beiträge erschienen. Hier die neuesten aus unseren anderen Sprachen, jeweils mit der Sprache, in der sie geschrieben sind.',
};
