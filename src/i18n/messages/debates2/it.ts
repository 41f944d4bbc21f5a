/** Italian texts of multilingual debates (ADR 0027). */
import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'debates2.translatedFrom':
    '{language, select, en {Tradotto dall’inglese} de {Tradotto dal tedesco} fr {Tradotto dal francese} it {Tradotto dall’italiano} es {Tradotto dallo spagnolo} pt {Tradotto dal portoghese} ar {Tradotto dall’arabo} zh {Tradotto dal cinese} ja {Tradotto dal giapponese} ru {Tradotto dal russo} other {Traduzione automatica}}',
  'debates2.showOriginal': 'Mostra l’originale',
  'debates2.showTranslation': 'Mostra la traduzione',
  'debates2.pending': 'Traduzione non ancora disponibile',
  'debates2.unsupported': 'Nessuna traduzione automatica in questa lingua',
  'debates2.multilingual':
    'Partecipano lettori di tutte le lingue: scrivete nella vostra e leggete ogni commento tradotto nella vostra lingua.',
  'debates2.languageLabel': 'Lingua del vostro commento',
  'debates2.languageDetect': 'Riconoscerla dal testo',
  'debates2.allLanguages': 'Tutte le lingue',
  'debates2.invite':
    'I nostri giornalisti chiedono, i lettori di tutto il mondo rispondono: partecipate ai dibattiti.',
  'debates2.inviteLink': 'Vedi i dibattiti aperti',
  'debates2.homeTitle': 'Dibattiti aperti',
  'debates2.homeMore': 'Tutti i dibattiti',
  'debates2.settingMultilingual':
    'Multilingue: partecipano lettori di tutte le lingue e ciascuno legge i commenti tradotti automaticamente nella propria lingua',
  'debates2.moderationTranslation': 'Traduzione automatica ({provider})',
  'debates2.moderationOriginal': 'Originale ({language})',
  'debates2.moderationPending': 'La traduzione nella vostra lingua non è ancora disponibile.',
  'debates2.moderationUnsupported': 'Non esiste una traduzione automatica da questa lingua alla vostra.',
};
