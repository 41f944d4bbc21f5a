/** Row types of the readers' tables (migration 0008): accounts, comments, debates, views. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the readers' tables arrive
export interface ReaderSchema {}
