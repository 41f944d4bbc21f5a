/** The operations area's texts in the ten languages. */
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { zh } from './zh.js';

export const messages = { en, de, fr, it, es, pt, ar, zh, ja, ru };
