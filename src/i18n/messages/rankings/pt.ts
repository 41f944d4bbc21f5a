import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {};
