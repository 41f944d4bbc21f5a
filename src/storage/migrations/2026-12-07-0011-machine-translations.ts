/**
 * The machine-translation cache (ADR 0023): one row per text a provider translated, keyed by
 * provider, languages and the SHA-256 of the text sent, so the same paragraph is never sent
 * (or paid for) twice. Derivable: backups leave it out.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('machine_translations')
    .ifNotExists()
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('from_language', 'text', (c) => c.notNull())
    .addColumn('to_language', 'text', (c) => c.notNull())
    // Hex SHA-256 of the text as sent (with its markup), so the key stays short.
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('translation', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('machine_translations_pk', [
      'provider',
      'from_language',
      'to_language',
      'text_hash',
    ])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('machine_translations').ifExists().execute();
}
