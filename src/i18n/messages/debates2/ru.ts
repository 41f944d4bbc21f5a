/** Russian texts of multilingual debates (ADR 0027). */
import type { AreaMessages } from './en.js';

export const ru: AreaMessages = {
  'debates2.translatedFrom':
    '{language, select, en {Переведено с английского} de {Переведено с немецкого} fr {Переведено с французского} it {Переведено с итальянского} es {Переведено с испанского} pt {Переведено с португальского} ar {Переведено с арабского} zh {Переведено с китайского} ja {Переведено с японского} ru {Переведено с русского} other {Машинный перевод}}',
  'debates2.showOriginal': 'Показать оригинал',
  'debates2.showTranslation': 'Показать перевод',
  'debates2.pending': 'Перевод пока недоступен',
  'debates2.unsupported': 'Машинного перевода на этот язык нет',
  'debates2.multilingual':
    'Участвуют читатели на всех языках: пишите на своём и читайте каждый комментарий в переводе на свой язык.',
  'debates2.languageLabel': 'Язык вашего комментария',
  'debates2.languageDetect': 'Определить по тексту',
  'debates2.allLanguages': 'Все языки',
  'debates2.invite':
    'Наши журналисты спрашивают, читатели со всего мира отвечают: присоединяйтесь к дискуссиям.',
  'debates2.inviteLink': 'Открытые дискуссии',
  'debates2.homeTitle': 'Открытые дискуссии',
  'debates2.homeMore': 'Все дискуссии',
  'debates2.settingMultilingual':
    'Многоязычная: участвуют читатели на всех языках, и каждый читает комментарии в машинном переводе на свой язык',
  'debates2.moderationTranslation': 'Машинный перевод ({provider})',
  'debates2.moderationOriginal': 'Оригинал ({language})',
  'debates2.moderationPending': 'Перевод на ваш язык пока недоступен.',
  'debates2.moderationUnsupported': 'Машинного перевода с этого языка на ваш нет.',
};
