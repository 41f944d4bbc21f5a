import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {};
