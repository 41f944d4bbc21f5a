/** German texts of the translation area. */
import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'translation.title': 'Übersetzung',
  'translation.intro':
    'Links das Original, rechts diese Fassung, Absatz für Absatz. Markieren Sie jedes Feld als geprüft, sobald Sie es kontrolliert haben; eine Fassung mit ungeprüften Feldern kann nicht veröffentlicht werden.',
  'translation.mtOff':
    'Maschinelle Übersetzung ist ausgeschaltet: Neue Fassungen erhalten den Originaltext zum Übersetzen von Hand.',
  'translation.mtOn': 'Maschinelle Übersetzung: {provider}',
  'translation.translateInto': 'Übersetzen in',
  'translation.translateAll': 'Alle Sprachen',
  'translation.translateButton': 'Entwürfe anlegen',
  'translation.original': 'Original',
  'translation.version': 'Diese Fassung',
  'translation.reviewed': 'Geprüft',
  'translation.unreviewed': 'Nicht geprüft',
  'translation.markReviewed': 'Als geprüft markieren',
  'translation.saveReviewed': 'Speichern und als geprüft markieren',
  'translation.nextShortcut': 'Alt+Umschalt+R markiert das nächste ungeprüfte Feld',
  'translation.sourceUpdated': 'Das Original wurde geändert, nachdem diese Fassung entstanden ist.',
  'translation.sourceWas': 'Damals',
  'translation.sourceNow': 'Jetzt',
  'translation.deskTitle': 'Übersetzungsdesk',
  'translation.deskIntro':
    'Geschichten, die in anderen Sprachen erschienen sind und in dieser noch fehlen, die wichtigsten zuerst, und der Stand jeder Fassung.',
  'translation.deskEmpty': 'Jede veröffentlichte Geschichte hat schon eine Fassung in dieser Sprache.',
  'translation.deskMissing': 'Noch nicht in dieser Sprache',
  'translation.deskVersions': 'Fassungen in dieser Sprache',
  'translation.deskLanguage': 'Sprache',
  'translation.openTranslator': 'Übersetzung öffnen',
  'translation.allReviewed': 'Alle Felder sind geprüft.',
  'translation.state.machine': 'maschinell übersetzt, nicht geprüft',
  'translation.state.manual': 'kopiert, von Hand zu übersetzen',
  'translation.made': 'Entwürfe angelegt: {languages}',
  'translation.field.headline': 'Titel',
  'translation.field.lead': 'Vorspann',
  'translation.field.kicker': 'Dachzeile',
  'translation.field.heroAlt': 'Alternativtext des Bildes',
  'translation.field.heroCaption': 'Bildunterschrift',
  'translation.retranslate': 'Geänderte Teile neu übersetzen',
  'translation.publish': 'Diese Fassung veröffentlichen',
  'translation.overrideLabel':
    'Grund, trotz Zweifeln der Sprachprüfung zu veröffentlichen (Redaktion; wird in den Notizen festgehalten)',
  'translation.overrideHint':
    'Leer lassen, außer die Prüfung irrt, etwa bei einem Zitat in einer anderen Sprache.',
  'translation.field.block': 'Absatz {n}',
  'translation.deskOrder':
    'Reihenfolge: zuerst Geschichten, die auf einer Startseite angeheftet sind, dann die in den letzten sieben Tagen meistgelesenen, dann die, die in den meisten Sprachen fehlen, dann die neuesten.',
  'translation.field.body': 'Text',
  'translation.field.blockAlt': 'Block {n}: Alternativtext des Bildes',
  'translation.field.blockCaption': 'Block {n}: Bildunterschrift',
  'translation.guard.unreviewed':
    'Diese Fassung kann noch nicht erscheinen: Niemand hat diese Felder geprüft: {fields}. Markieren Sie sie in der Übersetzungsansicht als geprüft.',
  'translation.guard.language':
    'Diese Fassung kann noch nicht erscheinen: Das Feld „{field}“ liest sich wie {detected}, nicht wie {expected}. Korrigieren Sie es oder veröffentlichen Sie in der Übersetzungsansicht mit einer Begründung.',
  'translation.publishPending': 'Zurückgehaltene Änderungen veröffentlichen',
  'translation.pendingNote':
    'Diese Fassung ist online: Änderungen hier werden zurückgehalten und erscheinen erst, wenn jedes Feld geprüft ist.',
};
