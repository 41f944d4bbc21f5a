import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'searchux.didYouMean': 'Vouliez-vous dire {suggestion} ?',
};
