/** English texts of the translation area (the translator's view, the translation desk): the reference. */
export const en = {
  'translation.title': 'Translation',
  'translation.intro':
    'Original on the left, this version on the right, paragraph by paragraph. Mark each field reviewed once you have checked it; a version with unreviewed fields cannot be published.',
  'translation.mtOff':
    'Machine translation is off: new versions get the original text, to translate by hand.',
  'translation.mtOn': 'Machine translation: {provider}',
  'translation.translateInto': 'Translate into',
  'translation.translateAll': 'All languages',
  'translation.translateButton': 'Make the drafts',
  'translation.original': 'Original',
  'translation.version': 'This version',
  'translation.reviewed': 'Reviewed',
  'translation.unreviewed': 'Not reviewed',
  'translation.markReviewed': 'Mark reviewed',
  'translation.saveReviewed': 'Save and mark reviewed',
  'translation.nextShortcut': 'Alt+Shift+R marks the next unreviewed field',
  'translation.sourceUpdated': 'The original was updated after this version was made.',
  'translation.sourceWas': 'Then',
  'translation.sourceNow': 'Now',
  'translation.deskTitle': 'Translation desk',
  'translation.deskIntro':
    'Stories published in other languages and not yet in this one, most important first, and the state of every version.',
  'translation.deskEmpty': 'Every published story already has a version in this language.',
  'translation.deskMissing': 'Not yet in this language',
  'translation.deskVersions': 'Versions in this language',
  'translation.deskLanguage': 'Language',
  'translation.openTranslator': 'Open the translation',
  'translation.allReviewed': 'Every field is reviewed.',
  'translation.state.machine': 'machine translation, not reviewed',
  'translation.state.manual': 'copied, to translate by hand',
  'translation.made': 'Drafts made: {languages}',
  'translation.field.headline': 'Headline',
  'translation.field.lead': 'Lead',
  'translation.field.kicker': 'Kicker',
  'translation.field.heroAlt': 'Image alt text',
  'translation.field.heroCaption': 'Image caption',
  'translation.retranslate': 'Translate the changed parts again',
  'translation.publish': 'Publish this version',
  'translation.overrideLabel':
    'Reason to publish although the language check doubts the text (editors; kept in the notes)',
  'translation.overrideHint':
    'Leave empty unless the check is wrong, e.g. a quoted statement in another language.',
  'translation.field.block': 'Paragraph {n}',
  'translation.deskOrder':
    'Order: stories pinned to a front page first, then the most read in the last seven days, then those missing in the most languages, then the newest.',
  'translation.field.body': 'Body text',
  'translation.field.blockAlt': 'Block {n}: image alt text',
  'translation.field.blockCaption': 'Block {n}: image caption',
  'translation.guard.unreviewed':
    'This version cannot go out yet: nobody has reviewed these fields: {fields}. Mark them reviewed in the translation view.',
  'translation.guard.language':
    'This version cannot go out yet: the field “{field}” reads as {detected}, not {expected}. Correct it, or publish from the translation view with a reason.',
  'translation.publishPending': 'Publish the held changes',
  'translation.pendingNote':
    'This version is live: changes made here wait as held changes, and go out once every field is reviewed.',
} as const;

export type AreaMessages = Record<keyof typeof en, string>;
