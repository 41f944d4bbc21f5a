import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'editorux.slash.label': 'Insérer un bloc',
  'editorux.slash.none':
    'Aucun type de bloc ne correspond à « {query} ». Échap garde le texte tel qu’il a été saisi.',
  'editorux.slash.help': 'Tapez pour filtrer, flèches pour choisir, Entrée pour insérer, Échap pour fermer.',
  'editorux.bubble.label': 'Mettre en forme le texte sélectionné',
  'editorux.link.label': 'Lien',
  'editorux.link.edit': 'Modifier le lien',
  'editorux.link.remove': 'Supprimer le lien',
  'editorux.link.open': 'Ouvrir le lien dans un nouvel onglet',
  'editorux.insight.title': 'Longueur et aperçus',
  'editorux.insight.words': '{count, plural, one {# mot} many {# de mots} other {# mots}}',
  'editorux.insight.characters':
    '{count, plural, one {# caractère} many {# de caractères} other {# caractères}}',
  'editorux.insight.reading':
    '{count, plural, one {# minute de lecture} many {# de minutes de lecture} other {# minutes de lecture}}',
  'editorux.teaser.title': 'Tel que publié',
  'editorux.teaser.hint':
    'Le chapeau sur la page d’accueil et dans les listes de rubrique, dans la langue de l’article.',
  'editorux.social.title': 'Lors d’un partage',
  'editorux.social.hint':
    'La carte que les réseaux sociaux et les messageries affichent pour un lien partagé (Open Graph).',
  'editorux.preview.noHeadline': 'Pas encore de titre',
  'editorux.preview.noImage': 'Pas d’image principale : les lecteurs voient le chapeau sans image.',
  'editorux.camera': 'Prendre une photo',
};
