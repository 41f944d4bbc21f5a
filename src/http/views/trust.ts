import { DEFAULT_LANGUAGE, type Language } from '../../domain/languages.js';
import { policyPaths, type ResolvedTrustSettings, resolveTrustSettings } from '../../domain/trust.js';
import type { OrganizationTrust } from '../../render/json-ld.js';
import type { Db } from '../../storage/db.js';
import { trustSettingsFor } from '../../storage/repos/trust.js';

/** The transparency settings of a language as readers see them: its own texts, else English ones. */
export async function resolvedTrustOf(db: Db, language: Language): Promise<ResolvedTrustSettings> {
  const found = await trustSettingsFor(db, [language, DEFAULT_LANGUAGE]);
  return resolveTrustSettings(language, found[language] ?? {}, found[DEFAULT_LANGUAGE] ?? {});
}

/** What the organization's structured data says of its policies, in a language. */
export function organizationTrustOf(
  language: Language,
  resolved: ResolvedTrustSettings,
  publicUrl: string,
): OrganizationTrust {
  const paths = policyPaths(language, resolved.values);
  return {
    policies: Object.fromEntries(Object.entries(paths).map(([key, path]) => [key, `${publicUrl}${path}`])),
    legalName: resolved.values.legalName ?? null,
    address: resolved.values.address ?? null,
  };
}
