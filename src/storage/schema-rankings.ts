/** Row types of the rankings tables (migration 0009): read counts. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the rankings tables arrive
export interface RankingsSchema {}
