/** German texts of the newsroom desk area. */
import type { NewsroomDeskMessages } from './en.js';

export const de: NewsroomDeskMessages = {
  'newsroomdesk.correct.action': 'Korrektur',
  'newsroomdesk.correct.actionFor': 'Korrektur zu „{headline}“ hinzufügen',
  'newsroomdesk.correct.title': 'Korrektur hinzufügen',
  'newsroomdesk.correct.intro':
    'Der Hinweis erscheint sofort, mit Datum, auf jeder gewählten Sprachfassung und im Korrekturverzeichnis.',
  'newsroomdesk.correct.languages': 'Betroffene Sprachfassungen',
  'newsroomdesk.correct.unpublished': 'nicht veröffentlicht',
  'newsroomdesk.correct.done': 'Der Hinweis ist veröffentlicht auf: {languages}.',
  'newsroomdesk.correct.back': 'Zurück zum Artikel im Editor',
  'newsroomdesk.correct.error.kind': 'Wählen Sie die Art des Hinweises.',
  'newsroomdesk.correct.error.text': 'Schreiben Sie den Text, den die Leserschaft sieht.',
  'newsroomdesk.correct.error.textLong':
    'Der Text darf höchstens {max, plural, one {# Zeichen} other {# Zeichen}} lang sein.',
  'newsroomdesk.correct.error.languages': 'Wählen Sie mindestens eine Sprachfassung.',
  'newsroomdesk.correct.error.unpublished':
    'Korrigiert werden kann nur eine Sprachfassung, die bereits veröffentlicht wurde.',
  'newsroomdesk.correct.error.changed':
    'Der Artikel wurde im selben Moment geändert. Senden Sie das Formular noch einmal.',
  'newsroomdesk.count.articles': '{count, plural, one {# Artikel} other {# Artikel}}',
  'newsroomdesk.count.comments': '{count, plural, one {# Kommentar} other {# Kommentare}}',
  'newsroomdesk.count.images': '{count, plural, one {# Bild} other {# Bilder}}',
  'newsroomdesk.publish.heading': 'Vor dem Veröffentlichen',
  'newsroomdesk.publish.heroAlt':
    'Das Hauptbild braucht einen Alternativtext, bevor der Artikel veröffentlicht werden kann.',
  'newsroomdesk.publish.heroCredit':
    'Das Hauptbild braucht eine Bildquelle, bevor der Artikel veröffentlicht werden kann.',
  'newsroomdesk.publish.bodyAlt':
    'Bild {n} im Text ({label}) braucht einen Alternativtext, bevor der Artikel veröffentlicht werden kann.',
  'newsroomdesk.publish.bodyCredit':
    'Bild {n} im Text ({label}) braucht eine Bildquelle, bevor der Artikel veröffentlicht werden kann.',
  'newsroomdesk.nav.menu': 'Menü',
};
