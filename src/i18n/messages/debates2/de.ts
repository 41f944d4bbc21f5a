/** German texts of multilingual debates (ADR 0027). */
import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'debates2.translatedFrom':
    '{language, select, en {Aus dem Englischen übersetzt} de {Aus dem Deutschen übersetzt} fr {Aus dem Französischen übersetzt} it {Aus dem Italienischen übersetzt} es {Aus dem Spanischen übersetzt} pt {Aus dem Portugiesischen übersetzt} ar {Aus dem Arabischen übersetzt} zh {Aus dem Chinesischen übersetzt} ja {Aus dem Japanischen übersetzt} ru {Aus dem Russischen übersetzt} other {Maschinell übersetzt}}',
  'debates2.showOriginal': 'Original anzeigen',
  'debates2.showTranslation': 'Übersetzung anzeigen',
  'debates2.pending': 'Übersetzung noch nicht verfügbar',
  'debates2.unsupported': 'Keine maschinelle Übersetzung in diese Sprache',
  'debates2.multilingual':
    'Leserinnen und Leser aller Sprachen diskutieren mit: Schreiben Sie in Ihrer Sprache und lesen Sie jeden Kommentar in Ihre Sprache übersetzt.',
  'debates2.languageLabel': 'Sprache Ihres Kommentars',
  'debates2.languageDetect': 'Aus dem Text erkennen',
  'debates2.allLanguages': 'Alle Sprachen',
  'debates2.invite':
    'Unsere Journalistinnen und Journalisten fragen, Leserinnen und Leser in aller Welt antworten: Diskutieren Sie mit.',
  'debates2.inviteLink': 'Zu den offenen Debatten',
  'debates2.homeTitle': 'Offene Debatten',
  'debates2.homeMore': 'Alle Debatten',
  'debates2.settingMultilingual':
    'Mehrsprachig: Leserinnen und Leser aller Sprachen diskutieren mit, jede und jeder liest die Kommentare maschinell in die eigene Sprache übersetzt',
  'debates2.moderationTranslation': 'Maschinelle Übersetzung ({provider})',
  'debates2.moderationOriginal': 'Original ({language})',
  'debates2.moderationPending': 'Die Übersetzung in Ihre Sprache ist noch nicht verfügbar.',
  'debates2.moderationUnsupported': 'Aus dieser Sprache gibt es keine maschinelle Übersetzung in Ihre.',
};
