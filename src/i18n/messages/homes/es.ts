/** Spanish texts of the homes area (a language home with few stories of its own). */
import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'homes.otherLanguages.title': 'En nuestros otros idiomas',
  'homes.otherLanguages.intro':
    'Hasta ahora se han publicado pocas noticias en español. Estas son las más recientes en nuestros otros idiomas, cada una con el idioma en que está escrita.',
};
