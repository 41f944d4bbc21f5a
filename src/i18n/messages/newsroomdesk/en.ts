/** English texts of the newsroom desk area (corrections form, counts, publishing checks, header menu): the reference. */
export const en = {
  'newsroomdesk.correct.action': 'Correction',
  'newsroomdesk.correct.actionFor': 'Add a correction to “{headline}”',
  'newsroomdesk.correct.title': 'Add a correction',
  'newsroomdesk.correct.intro':
    'The note is published at once, dated, on every language version you choose, and listed in the corrections log.',
  'newsroomdesk.correct.languages': 'Language versions it applies to',
  'newsroomdesk.correct.unpublished': 'not published',
  'newsroomdesk.correct.done': 'The note is published on: {languages}.',
  'newsroomdesk.correct.back': 'Back to the article in the editor',
  'newsroomdesk.correct.error.kind': 'Choose the kind of note.',
  'newsroomdesk.correct.error.text': 'Write the text readers will see.',
  'newsroomdesk.correct.error.textLong':
    'The text may have at most {max, plural, one {# character} other {# characters}}.',
  'newsroomdesk.correct.error.languages': 'Choose at least one language version.',
  'newsroomdesk.correct.error.unpublished':
    'Only a language version that readers have seen can be corrected.',
  'newsroomdesk.correct.error.changed': 'The article was changed at the same moment. Send the form again.',
  'newsroomdesk.count.articles': '{count, plural, one {# article} other {# articles}}',
  'newsroomdesk.count.comments': '{count, plural, one {# comment} other {# comments}}',
  'newsroomdesk.count.images': '{count, plural, one {# image} other {# images}}',
  'newsroomdesk.publish.heading': 'Before publishing',
  'newsroomdesk.publish.heroAlt': 'The main image needs alt text before the article can be published.',
  'newsroomdesk.publish.heroCredit': 'The main image needs a credit before the article can be published.',
  'newsroomdesk.publish.bodyAlt':
    'Image {n} in the body ({label}) needs alt text before the article can be published.',
  'newsroomdesk.publish.bodyCredit':
    'Image {n} in the body ({label}) needs a credit before the article can be published.',
  'newsroomdesk.nav.menu': 'Menu',
} as const;

export type NewsroomDeskMessages = Record<keyof typeof en, string>;
