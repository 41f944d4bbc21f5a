/** Spanish texts of multilingual debates (ADR 0027). */
import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'debates2.translatedFrom':
    '{language, select, en {Traducido del inglés} de {Traducido del alemán} fr {Traducido del francés} it {Traducido del italiano} es {Traducido del español} pt {Traducido del portugués} ar {Traducido del árabe} zh {Traducido del chino} ja {Traducido del japonés} ru {Traducido del ruso} other {Traducción automática}}',
  'debates2.showOriginal': 'Ver el original',
  'debates2.showTranslation': 'Ver la traducción',
  'debates2.pending': 'Traducción aún no disponible',
  'debates2.unsupported': 'No hay traducción automática a este idioma',
  'debates2.multilingual':
    'Participan lectores de todos los idiomas: escriba en el suyo y lea cada comentario traducido a su idioma.',
  'debates2.languageLabel': 'Idioma de su comentario',
  'debates2.languageDetect': 'Reconocerlo por el texto',
  'debates2.allLanguages': 'Todos los idiomas',
  'debates2.invite':
    'Nuestros periodistas preguntan, lectores de todo el mundo responden: participe en los debates.',
  'debates2.inviteLink': 'Ver los debates abiertos',
  'debates2.homeTitle': 'Debates abiertos',
  'debates2.homeMore': 'Todos los debates',
  'debates2.settingMultilingual':
    'Multilingüe: participan lectores de todos los idiomas y cada uno lee los comentarios traducidos automáticamente a su idioma',
  'debates2.moderationTranslation': 'Traducción automática ({provider})',
  'debates2.moderationOriginal': 'Original ({language})',
  'debates2.moderationPending': 'La traducción a su idioma aún no está disponible.',
  'debates2.moderationUnsupported': 'No hay traducción automática de este idioma al suyo.',
};
