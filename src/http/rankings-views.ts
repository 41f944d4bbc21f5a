/**
 * Kept for src/http/routes/api-rankings.ts until it moves into routes/api/ (another branch
 * rewrites it): the rankings' views now live in src/http/views/rankings.ts. Delete this file
 * once nothing imports it.
 * @example import { MOST_DISCUSSED } from './views/rankings.js';
 */
export { MOST_DISCUSSED } from './views/rankings.js';
