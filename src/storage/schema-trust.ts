/** Row types of the trust tables (migration 0007): site settings and error reports. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the trust tables arrive
export interface TrustSchema {}
