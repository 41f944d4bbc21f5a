/** French texts of the newsroom desk area. */
import type { NewsroomDeskMessages } from './en.js';

export const fr: NewsroomDeskMessages = {
  'newsroomdesk.correct.action': 'Correction',
  'newsroomdesk.correct.actionFor': 'Ajouter une correction à « {headline} »',
  'newsroomdesk.correct.title': 'Ajouter une correction',
  'newsroomdesk.correct.intro':
    'La note est publiée aussitôt, datée, sur chaque version linguistique choisie, et figure dans le journal des corrections.',
  'newsroomdesk.correct.languages': 'Versions linguistiques concernées',
  'newsroomdesk.correct.unpublished': 'non publiée',
  'newsroomdesk.correct.done': 'La note est publiée sur : {languages}.',
  'newsroomdesk.correct.back': 'Retour à l’article dans l’éditeur',
  'newsroomdesk.correct.error.kind': 'Choisissez le type de note.',
  'newsroomdesk.correct.error.text': 'Écrivez le texte que les lecteurs verront.',
  'newsroomdesk.correct.error.textLong':
    'Le texte peut compter au plus {max, plural, one {# caractère} many {# de caractères} other {# caractères}}.',
  'newsroomdesk.correct.error.languages': 'Choisissez au moins une version linguistique.',
  'newsroomdesk.correct.error.unpublished':
    'Seule une version linguistique déjà vue par les lecteurs peut être corrigée.',
  'newsroomdesk.correct.error.changed':
    'L’article a été modifié au même moment. Envoyez le formulaire à nouveau.',
  'newsroomdesk.count.articles': '{count, plural, one {# article} many {# d’articles} other {# articles}}',
  'newsroomdesk.count.comments':
    '{count, plural, one {# commentaire} many {# de commentaires} other {# commentaires}}',
  'newsroomdesk.count.images': '{count, plural, one {# image} many {# d’images} other {# images}}',
  'newsroomdesk.publish.heading': 'Avant de publier',
  'newsroomdesk.publish.heroAlt':
    'L’image principale doit avoir un texte alternatif avant que l’article puisse être publié.',
  'newsroomdesk.publish.heroCredit':
    'L’image principale doit avoir un crédit avant que l’article puisse être publié.',
  'newsroomdesk.publish.bodyAlt':
    'L’image {n} du texte ({label}) doit avoir un texte alternatif avant que l’article puisse être publié.',
  'newsroomdesk.publish.bodyCredit':
    'L’image {n} du texte ({label}) doit avoir un crédit avant que l’article puisse être publié.',
  'newsroomdesk.nav.menu': 'Menu',
};
