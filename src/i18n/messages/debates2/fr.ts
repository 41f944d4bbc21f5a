/** French texts of multilingual debates (ADR 0027). */
import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'debates2.translatedFrom':
    '{language, select, en {Traduit de l’anglais} de {Traduit de l’allemand} fr {Traduit du français} it {Traduit de l’italien} es {Traduit de l’espagnol} pt {Traduit du portugais} ar {Traduit de l’arabe} zh {Traduit du chinois} ja {Traduit du japonais} ru {Traduit du russe} other {Traduction automatique}}',
  'debates2.showOriginal': 'Afficher l’original',
  'debates2.showTranslation': 'Afficher la traduction',
  'debates2.pending': 'Traduction pas encore disponible',
  'debates2.unsupported': 'Pas de traduction automatique vers cette langue',
  'debates2.multilingual':
    'Des lecteurs de toutes les langues participent : écrivez dans la vôtre et lisez chaque commentaire traduit dans votre langue.',
  'debates2.languageLabel': 'Langue de votre commentaire',
  'debates2.languageDetect': 'La reconnaître d’après le texte',
  'debates2.allLanguages': 'Toutes les langues',
  'debates2.invite':
    'Nos journalistes posent les questions, les lecteurs du monde entier répondent : participez aux débats.',
  'debates2.inviteLink': 'Voir les débats en cours',
  'debates2.homeTitle': 'Débats en cours',
  'debates2.homeMore': 'Tous les débats',
  'debates2.settingMultilingual':
    'Multilingue : des lecteurs de toutes les langues participent, et chacun lit les commentaires traduits automatiquement dans sa langue',
  'debates2.moderationTranslation': 'Traduction automatique ({provider})',
  'debates2.moderationOriginal': 'Original ({language})',
  'debates2.moderationPending': 'La traduction dans votre langue n’est pas encore disponible.',
  'debates2.moderationUnsupported':
    'Il n’existe pas de traduction automatique de cette langue vers la vôtre.',
};
