/** French texts of the translation area. */
import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'translation.title': 'Traduction',
  'translation.intro':
    'L’original à gauche, cette version à droite, paragraphe par paragraphe. Marquez chaque champ comme relu une fois vérifié ; une version avec des champs non relus ne peut pas être publiée.',
  'translation.mtOff':
    'La traduction automatique est désactivée : les nouvelles versions reçoivent le texte original, à traduire à la main.',
  'translation.mtOn': 'Traduction automatique : {provider}',
  'translation.translateInto': 'Traduire en',
  'translation.translateAll': 'Toutes les langues',
  'translation.translateButton': 'Créer les brouillons',
  'translation.original': 'Original',
  'translation.version': 'Cette version',
  'translation.reviewed': 'Relu',
  'translation.unreviewed': 'Non relu',
  'translation.markReviewed': 'Marquer comme relu',
  'translation.saveReviewed': 'Enregistrer et marquer comme relu',
  'translation.nextShortcut': 'Alt+Maj+R marque le prochain champ non relu',
  'translation.sourceUpdated': 'L’original a été modifié après la création de cette version.',
  'translation.sourceWas': 'Avant',
  'translation.sourceNow': 'Maintenant',
  'translation.deskTitle': 'Bureau de traduction',
  'translation.deskIntro':
    'Les articles publiés dans d’autres langues et pas encore dans celle-ci, les plus importants d’abord, et l’état de chaque version.',
  'translation.deskEmpty': 'Chaque article publié a déjà une version dans cette langue.',
  'translation.deskMissing': 'Pas encore dans cette langue',
  'translation.deskVersions': 'Versions dans cette langue',
  'translation.deskLanguage': 'Langue',
  'translation.openTranslator': 'Ouvrir la traduction',
  'translation.allReviewed': 'Tous les champs sont relus.',
  'translation.state.machine': 'traduction automatique, non relue',
  'translation.state.manual': 'copié, à traduire à la main',
  'translation.made': 'Brouillons créés : {languages}',
  'translation.field.headline': 'Titre',
  'translation.field.lead': 'Chapeau',
  'translation.field.kicker': 'Surtitre',
  'translation.field.heroAlt': 'Texte alternatif de l’image',
  'translation.field.heroCaption': 'Légende de l’image',
  'translation.retranslate': 'Retraduire les parties modifiées',
  'translation.publish': 'Publier cette version',
  'translation.overrideLabel':
    'Raison de publier malgré le doute du contrôle de langue (rédaction ; conservée dans les notes)',
  'translation.overrideHint':
    'Laissez vide sauf si le contrôle se trompe, par exemple pour une citation dans une autre langue.',
  'translation.field.block': 'Paragraphe {n}',
  'translation.deskOrder':
    'Ordre : d’abord les articles épinglés sur une page d’accueil, puis les plus lus des sept derniers jours, puis ceux qui manquent dans le plus de langues, puis les plus récents.',
  'translation.field.body': 'Corps du texte',
  'translation.field.blockAlt': 'Bloc {n} : texte alternatif de l’image',
  'translation.field.blockCaption': 'Bloc {n} : légende de l’image',
  'translation.guard.unreviewed':
    'Cette version ne peut pas encore paraître : personne n’a relu ces champs : {fields}. Marquez-les comme relus dans la vue de traduction.',
  'translation.guard.language':
    'Cette version ne peut pas encore paraître : le champ « {field} » se lit comme du {detected}, pas du {expected}. Corrigez-le ou publiez depuis la vue de traduction en donnant une raison.',
  'translation.publishPending': 'Publier les modifications en attente',
  'translation.pendingNote':
    'Cette version est en ligne : les modifications faites ici restent en attente et paraissent une fois chaque champ relu.',
};
