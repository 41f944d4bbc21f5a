/**
 * The contract between the newsroom and a machine-translation provider (Apertium APY,
 * LibreTranslate, DeepL): the adapters in src/integrations/ implement it, the composition
 * root picks one from the settings (or none: machine translation is then off), and the
 * translation use cases in src/commands/ call it. Only text is translated; a body keeps its
 * structure, marks, links, URLs and code.
 * @example const es = await mt.translateTexts(['Good morning'], 'en', 'es'); // ['Buenos días']
 */
import type { BodyDoc } from '../domain/body.js';
import type { Language } from '../domain/languages.js';

export interface MachineTranslation {
  /** The provider's name as the newsroom shows it: `Apertium`, `LibreTranslate`, `DeepL`. */
  readonly provider: string;
  /** Whether `from` → `to` can be translated, directly or through the pivot language. */
  canTranslate(from: Language, to: Language): Promise<boolean>;
  /** Plain texts in order; one translated text per input. Throws `MachineTranslationError`. */
  translateTexts(texts: readonly string[], from: Language, to: Language): Promise<string[]>;
  /** An article body: its text translated, everything else (structure, marks, links, ids) kept. */
  translateBody(body: BodyDoc, from: Language, to: Language): Promise<BodyDoc>;
}

/** Why a translation did not happen: the pair is missing, or the provider failed or timed out. */
export class MachineTranslationError extends Error {
  constructor(
    readonly reason: 'unsupported_pair' | 'unavailable' | 'rejected',
    message: string,
  ) {
    super(message);
    this.name = 'MachineTranslationError';
  }
}
