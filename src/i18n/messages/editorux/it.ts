import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'editorux.slash.label': 'Inserisci un blocco',
  'editorux.slash.none':
    'Nessun tipo di blocco corrisponde a «{query}». Esc lascia il testo come è stato digitato.',
  'editorux.slash.help': 'Digita per filtrare, frecce per scegliere, Invio per inserire, Esc per chiudere.',
  'editorux.bubble.label': 'Formatta il testo selezionato',
  'editorux.link.label': 'Link',
  'editorux.link.edit': 'Modifica link',
  'editorux.link.remove': 'Rimuovi link',
  'editorux.link.open': 'Apri il link in una nuova scheda',
  'editorux.insight.title': 'Lunghezza e anteprime',
  'editorux.insight.words': '{count, plural, one {# parola} many {# di parole} other {# parole}}',
  'editorux.insight.characters':
    '{count, plural, one {# carattere} many {# di caratteri} other {# caratteri}}',
  'editorux.insight.reading':
    '{count, plural, one {# minuto di lettura} many {# di minuti di lettura} other {# minuti di lettura}}',
  'editorux.teaser.title': 'Come verrà pubblicato',
  'editorux.teaser.hint':
    'L’anteprima in prima pagina e negli elenchi delle rubriche, nella lingua dell’articolo.',
  'editorux.social.title': 'Quando viene condiviso',
  'editorux.social.hint':
    'La scheda che social network e app di messaggistica mostrano per un link condiviso (Open Graph).',
  'editorux.preview.noHeadline': 'Ancora nessun titolo',
  'editorux.preview.noImage': 'Nessuna immagine principale: i lettori vedono l’anteprima senza foto.',
  'editorux.camera': 'Scatta una foto',
};
