/** Italian texts of the homes area (a language home with few stories of its own). */
import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'homes.otherLanguages.title': 'Dalle nostre altre lingue',
  'homes.otherLanguages.intro':
    'Finora sono usciti pochi articoli in italiano. Ecco i più recenti nelle nostre altre lingue, ognuno con l’indicazione della lingua in cui è scritto.',
};
