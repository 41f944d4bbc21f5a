/**
 * The editor's chrome (ADR 0029): the slash menu, the floating toolbar and link popover, the
 * side panel with length, reading time and the teaser and share card previews, the camera.
 */
export const en = {
  'editorux.slash.label': 'Insert a block',
  'editorux.slash.none': 'No block kind matches "{query}". Escape keeps the text as typed.',
  'editorux.slash.help': 'Type to filter, arrow keys to choose, Enter to insert, Escape to close.',
  'editorux.bubble.label': 'Format the selected text',
  'editorux.link.label': 'Link',
  'editorux.link.edit': 'Edit link',
  'editorux.link.remove': 'Remove link',
  'editorux.link.open': 'Open link in a new tab',
  'editorux.insight.title': 'Length and previews',
  'editorux.insight.words': '{count, plural, one {# word} other {# words}}',
  'editorux.insight.characters': '{count, plural, one {# character} other {# characters}}',
  'editorux.insight.reading': '{count, plural, one {# minute to read} other {# minutes to read}}',
  'editorux.teaser.title': 'Published as',
  'editorux.teaser.hint': "The teaser on the home page and in section lists, in the article's language.",
  'editorux.social.title': 'When shared',
  'editorux.social.hint': 'The card that social networks and messengers show for a shared link (Open Graph).',
  'editorux.preview.noHeadline': 'No headline yet',
  'editorux.preview.noImage': 'No hero image: readers see the teaser without a picture.',
  'editorux.camera': 'Take a photo',
} as const;

export type AreaMessages = Record<keyof typeof en, string>;
