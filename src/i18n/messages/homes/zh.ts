/** Chinese texts of the homes area (a language home with few stories of its own). */
import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'homes.otherLanguages.title': '来自我们的其他语种',
  'homes.otherLanguages.intro':
    '目前以中文发布的报道还不多。以下是我们其他语种的最新报道，每篇均注明其撰写语言。',
};
