import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {};
