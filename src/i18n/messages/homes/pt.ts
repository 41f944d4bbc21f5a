/** Portuguese texts of the homes area (a language home with few stories of its own). */
import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'homes.otherLanguages.title': 'Nos nossos outros idiomas',
  'homes.otherLanguages.intro':
    'Até agora foram publicadas poucas reportagens em português. Aqui estão as mais recentes nos nossos outros idiomas, cada uma com o idioma em que foi escrita.',
};
