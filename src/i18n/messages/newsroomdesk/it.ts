/** Italian texts of the newsroom desk area. */
import type { NewsroomDeskMessages } from './en.js';

export const it: NewsroomDeskMessages = {
  'newsroomdesk.correct.action': 'Rettifica',
  'newsroomdesk.correct.actionFor': 'Aggiungi una rettifica a «{headline}»',
  'newsroomdesk.correct.title': 'Aggiungi una rettifica',
  'newsroomdesk.correct.intro':
    'La nota viene pubblicata subito, con la data, su ogni versione linguistica scelta e compare nel registro delle rettifiche.',
  'newsroomdesk.correct.languages': 'Versioni linguistiche interessate',
  'newsroomdesk.correct.unpublished': 'non pubblicata',
  'newsroomdesk.correct.done': 'La nota è pubblicata su: {languages}.',
  'newsroomdesk.correct.back': 'Torna all’articolo nell’editor',
  'newsroomdesk.correct.error.kind': 'Scegli il tipo di nota.',
  'newsroomdesk.correct.error.text': 'Scrivi il testo che vedranno i lettori.',
  'newsroomdesk.correct.error.textLong':
    'Il testo può avere al massimo {max, plural, one {# carattere} many {# di caratteri} other {# caratteri}}.',
  'newsroomdesk.correct.error.languages': 'Scegli almeno una versione linguistica.',
  'newsroomdesk.correct.error.unpublished':
    'Si può rettificare solo una versione linguistica già vista dai lettori.',
  'newsroomdesk.correct.error.changed':
    'L’articolo è stato modificato nello stesso momento. Invia di nuovo il modulo.',
  'newsroomdesk.count.articles': '{count, plural, one {# articolo} many {# di articoli} other {# articoli}}',
  'newsroomdesk.count.comments': '{count, plural, one {# commento} many {# di commenti} other {# commenti}}',
  'newsroomdesk.count.images': '{count, plural, one {# immagine} many {# di immagini} other {# immagini}}',
  'newsroomdesk.publish.heading': 'Prima di pubblicare',
  'newsroomdesk.publish.heroAlt':
    'L’immagine principale deve avere un testo alternativo prima che l’articolo possa essere pubblicato.',
  'newsroomdesk.publish.heroCredit':
    'L’immagine principale deve avere un credito prima che l’articolo possa essere pubblicato.',
  'newsroomdesk.publish.bodyAlt':
    'L’immagine {n} nel testo ({label}) deve avere un testo alternativo prima che l’articolo possa essere pubblicato.',
  'newsroomdesk.publish.bodyCredit':
    'L’immagine {n} nel testo ({label}) deve avere un credito prima che l’articolo possa essere pubblicato.',
  'newsroomdesk.nav.menu': 'Menu',
};
