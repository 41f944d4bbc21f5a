/** Italian texts of the translation area. */
import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'translation.title': 'Traduzione',
  'translation.intro':
    'L’originale a sinistra, questa versione a destra, paragrafo per paragrafo. Segna ogni campo come rivisto dopo averlo controllato; una versione con campi non rivisti non può essere pubblicata.',
  'translation.mtOff':
    'La traduzione automatica è disattivata: le nuove versioni ricevono il testo originale, da tradurre a mano.',
  'translation.mtOn': 'Traduzione automatica: {provider}',
  'translation.translateInto': 'Traduci in',
  'translation.translateAll': 'Tutte le lingue',
  'translation.translateButton': 'Crea le bozze',
  'translation.original': 'Originale',
  'translation.version': 'Questa versione',
  'translation.reviewed': 'Rivisto',
  'translation.unreviewed': 'Non rivisto',
  'translation.markReviewed': 'Segna come rivisto',
  'translation.saveReviewed': 'Salva e segna come rivisto',
  'translation.nextShortcut': 'Alt+Maiusc+R segna il prossimo campo non rivisto',
  'translation.sourceUpdated': 'L’originale è stato modificato dopo la creazione di questa versione.',
  'translation.sourceWas': 'Prima',
  'translation.sourceNow': 'Ora',
  'translation.deskTitle': 'Desk traduzioni',
  'translation.deskIntro':
    'Articoli pubblicati in altre lingue e non ancora in questa, i più importanti per primi, e lo stato di ogni versione.',
  'translation.deskEmpty': 'Ogni articolo pubblicato ha già una versione in questa lingua.',
  'translation.deskMissing': 'Non ancora in questa lingua',
  'translation.deskVersions': 'Versioni in questa lingua',
  'translation.deskLanguage': 'Lingua',
  'translation.openTranslator': 'Apri la traduzione',
  'translation.allReviewed': 'Tutti i campi sono rivisti.',
  'translation.state.machine': 'traduzione automatica, non rivista',
  'translation.state.manual': 'copiato, da tradurre a mano',
  'translation.made': 'Bozze create: {languages}',
  'translation.field.headline': 'Titolo',
  'translation.field.lead': 'Sommario',
  'translation.field.kicker': 'Occhiello',
  'translation.field.heroAlt': 'Testo alternativo dell’immagine',
  'translation.field.heroCaption': 'Didascalia',
  'translation.retranslate': 'Ritraduci le parti modificate',
  'translation.publish': 'Pubblica questa versione',
  'translation.overrideLabel':
    'Motivo per pubblicare nonostante il dubbio del controllo della lingua (redazione; resta nelle note)',
  'translation.overrideHint':
    'Lascia vuoto a meno che il controllo sbagli, per esempio con una citazione in un’altra lingua.',
  'translation.field.block': 'Paragrafo {n}',
  'translation.deskOrder':
    'Ordine: prima gli articoli fissati in una prima pagina, poi i più letti degli ultimi sette giorni, poi quelli che mancano nel maggior numero di lingue, poi i più recenti.',
  'translation.field.body': 'Testo',
  'translation.field.blockAlt': 'Blocco {n}: testo alternativo dell’immagine',
  'translation.field.blockCaption': 'Blocco {n}: didascalia dell’immagine',
  'translation.guard.unreviewed':
    'Questa versione non può ancora uscire: nessuno ha revisionato questi campi: {fields}. Segnali come revisionati nella vista di traduzione.',
  'translation.guard.language':
    'Questa versione non può ancora uscire: il campo «{field}» sembra in {detected}, non in {expected}. Correggilo o pubblica dalla vista di traduzione indicando un motivo.',
  'translation.publishPending': 'Pubblica le modifiche in attesa',
  'translation.pendingNote':
    'Questa versione è online: le modifiche fatte qui restano in attesa e escono quando ogni campo è revisionato.',
};
