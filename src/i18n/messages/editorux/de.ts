import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'editorux.slash.label': 'Block einfügen',
  'editorux.slash.none': 'Keine Blockart passt zu «{query}». Mit Escape bleibt der Text, wie er getippt ist.',
  'editorux.slash.help':
    'Tippen zum Filtern, Pfeiltasten zum Wählen, Enter zum Einfügen, Escape zum Schliessen.',
  'editorux.bubble.label': 'Markierten Text formatieren',
  'editorux.link.label': 'Link',
  'editorux.link.edit': 'Link bearbeiten',
  'editorux.link.remove': 'Link entfernen',
  'editorux.link.open': 'Link in neuem Tab öffnen',
  'editorux.insight.title': 'Länge und Vorschau',
  'editorux.insight.words': '{count, plural, one {# Wort} other {# Wörter}}',
  'editorux.insight.characters': '{count, plural, one {# Zeichen} other {# Zeichen}}',
  'editorux.insight.reading': '{count, plural, one {# Minute Lesezeit} other {# Minuten Lesezeit}}',
  'editorux.teaser.title': 'So erscheint der Artikel',
  'editorux.teaser.hint':
    'Der Anriss auf der Startseite und in den Ressortlisten, in der Sprache des Artikels.',
  'editorux.social.title': 'Beim Teilen',
  'editorux.social.hint':
    'Die Karte, die soziale Netzwerke und Messenger zu einem geteilten Link zeigen (Open Graph).',
  'editorux.preview.noHeadline': 'Noch kein Titel',
  'editorux.preview.noImage': 'Kein Aufmacherbild: Die Leserschaft sieht den Anriss ohne Bild.',
  'editorux.camera': 'Foto aufnehmen',
};
