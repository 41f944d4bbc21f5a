/** Row types of the machine-translation cache (migration 0011, ADR 0023). */

/** One text a provider translated from one language into another. */
export interface MachineTranslationsTable {
  provider: string;
  from_language: string;
  to_language: string;
  /** Hex SHA-256 of the text as sent to the provider. */
  text_hash: string;
  translation: string;
  created_at: string;
}

export interface MachineTranslationsSchema {
  machine_translations: MachineTranslationsTable;
}
