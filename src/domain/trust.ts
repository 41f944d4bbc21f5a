/**
 * Transparency settings: what an outlet discloses about itself (who owns and funds it, who
 * runs it, by which rules it works), one text per field and language. Fields are grouped
 * into topics; each topic has its own page, which the matching schema.org property names.
 * @example topicOf('correctionsPolicy') // 'corrections'
 */
import { invalid } from './errors.js';
import { DEFAULT_LANGUAGE, type Language } from './languages.js';

export const TRUST_FIELDS = [
  'legalName',
  'address',
  'brands',
  'mission',
  'publicServiceMandate',
  'ownership',
  'revenueSources',
  'masthead',
  'editorialContact',
  'principles',
  'ethicsPolicy',
  'verificationPolicy',
  'unnamedSourcesPolicy',
  'correctionsPolicy',
  'complaints',
  'pressCouncil',
  'readerData',
  'jtiCertificateUrl',
] as const;
export type TrustField = (typeof TRUST_FIELDS)[number];

/** The pages of the transparency section, in the order the overview shows them. */
export const TRUST_TOPICS = [
  'mission',
  'ownership',
  'masthead',
  'principles',
  'ethics',
  'verification',
  'sources',
  'corrections',
  'feedback',
  'data',
] as const;
export type TrustTopic = (typeof TRUST_TOPICS)[number];

/** Which topic page shows each field; the certificate link shows as the badge instead. */
const TOPIC_OF: Record<TrustField, TrustTopic | null> = {
  legalName: 'ownership',
  address: 'ownership',
  brands: 'ownership',
  ownership: 'ownership',
  revenueSources: 'ownership',
  mission: 'mission',
  publicServiceMandate: 'mission',
  masthead: 'masthead',
  editorialContact: 'masthead',
  principles: 'principles',
  ethicsPolicy: 'ethics',
  verificationPolicy: 'verification',
  unnamedSourcesPolicy: 'sources',
  correctionsPolicy: 'corrections',
  complaints: 'feedback',
  pressCouncil: 'feedback',
  readerData: 'data',
  jtiCertificateUrl: null,
};

/** The topic page of a field; null for the certificate link. */
export function topicOf(field: TrustField): TrustTopic | null {
  return TOPIC_OF[field];
}

/** The fields of a topic, in their order. */
export function fieldsOf(topic: TrustTopic): TrustField[] {
  return TRUST_FIELDS.filter((field) => TOPIC_OF[field] === topic);
}

/**
 * The schema.org properties of NewsMediaOrganization that point at a topic page, set only
 * when the topic has text. `publishingPrinciples` is also what each NewsArticle names.
 */
export const POLICY_TOPICS = {
  publishingPrinciples: 'principles',
  ethicsPolicy: 'ethics',
  verificationFactCheckingPolicy: 'verification',
  unnamedSourcesPolicy: 'sources',
  correctionsPolicy: 'corrections',
  actionableFeedbackPolicy: 'feedback',
  ownershipFundingInfo: 'ownership',
  masthead: 'masthead',
} as const satisfies Record<string, TrustTopic>;
export type PolicyProperty = keyof typeof POLICY_TOPICS;

/** The settings of one language: only the fields that have a text. */
export type TrustSettings = Partial<Record<TrustField, string>>;

/** The settings as readers of a language see them, and the language each text is in. */
export interface ResolvedTrustSettings {
  values: TrustSettings;
  /** The language of each shown text: its own, or the default language's as a fallback. */
  languageOf: Partial<Record<TrustField, Language>>;
}

export const MAX_TRUST_TEXT = 20_000;
/** Above this a text is shown shortened on the overview, in full on its topic page. */
export const LONG_TRUST_TEXT = 600;

export function isTrustField(value: unknown): value is TrustField {
  return typeof value === 'string' && (TRUST_FIELDS as readonly string[]).includes(value);
}

export function isTrustTopic(value: unknown): value is TrustTopic {
  return typeof value === 'string' && (TRUST_TOPICS as readonly string[]).includes(value);
}

/**
 * A language's own texts, completed by the default language's where it has none, so that a
 * reader of any language learns who owns the outlet even before a translation exists.
 */
export function resolveTrustSettings(
  language: Language,
  own: TrustSettings,
  fallback: TrustSettings,
): ResolvedTrustSettings {
  const values: TrustSettings = {};
  const languageOf: ResolvedTrustSettings['languageOf'] = {};
  for (const field of TRUST_FIELDS) {
    const mine = own[field];
    const theirs = language === DEFAULT_LANGUAGE ? undefined : fallback[field];
    if (mine) {
      values[field] = mine;
      languageOf[field] = language;
    } else if (theirs) {
      values[field] = theirs;
      languageOf[field] = DEFAULT_LANGUAGE;
    }
  }
  return { values, languageOf };
}

/** True when a topic has at least one text to show. */
export function topicHasText(topic: TrustTopic, values: TrustSettings): boolean {
  return fieldsOf(topic).some((field) => Boolean(values[field]));
}

/**
 * Checks and tidies a change to the settings: texts are trimmed (an empty text removes the
 * field), the certificate link must be an http(s) address.
 */
export function normalizeTrustChanges(
  changes: Partial<Record<TrustField, string | null>>,
): Partial<Record<TrustField, string | null>> {
  const out: Partial<Record<TrustField, string | null>> = {};
  for (const [field, raw] of Object.entries(changes)) {
    if (!isTrustField(field)) throw invalid(field, `Unknown setting ${field}`);
    const value = raw === null || raw === undefined ? '' : raw.replace(/\r\n?/g, '\n').trim();
    if (value.length > MAX_TRUST_TEXT) throw invalid(field, `Longer than ${MAX_TRUST_TEXT} characters`);
    if (field === 'jtiCertificateUrl' && value && !isHttpUrl(value)) {
      throw invalid(field, 'The certificate link must be an http or https address');
    }
    out[field] = value || null;
  }
  return out;
}

/** True for an absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !/\s/.test(value);
  } catch {
    return false;
  }
}

/** A correction on one language version of a story. */
export interface StoryNote {
  id: string;
  articleId: string;
  storyId: string;
  language: Language;
  createdAt: string;
}

/** A published language version of a story. */
export interface StoryArticle {
  id: string;
  storyId: string;
  language: Language;
  firstPublishedAt: string | null;
}

/**
 * The translations that have not yet received a correction made in another language of the
 * same story. Notes cannot be matched by their text across languages, so they are matched by
 * count: a translation has received as many corrections as it has notes of its own plus
 * notes an editor marked as not needed there; against each other version, those go first to
 * the marked notes, then to that version's notes in order, and what is left over is lacking.
 * A translation first published after a note was written started from the corrected text,
 * so it owes nothing for that note.
 * @example lackingCorrections({ notes, articles, notNeeded: [] }) // [{ note, translation }]
 */
export function lackingCorrections<N extends StoryNote, A extends StoryArticle>(input: {
  notes: readonly N[];
  articles: readonly A[];
  notNeeded: ReadonlyArray<{ correctionId: string; articleId: string }>;
}): Array<{ note: N; translation: A }> {
  const dismissed = new Set(input.notNeeded.map((n) => `${n.correctionId}|${n.articleId}`));
  const dismissedCount = new Map<string, number>();
  for (const n of input.notNeeded)
    dismissedCount.set(n.articleId, (dismissedCount.get(n.articleId) ?? 0) + 1);
  const notesOf = new Map<string, N[]>();
  const ordered = [...input.notes].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  for (const note of ordered) notesOf.set(note.articleId, [...(notesOf.get(note.articleId) ?? []), note]);
  const byStory = new Map<string, A[]>();
  for (const article of input.articles)
    byStory.set(article.storyId, [...(byStory.get(article.storyId) ?? []), article]);
  const lacking: Array<{ note: N; translation: A }> = [];
  for (const versions of byStory.values()) {
    for (const translation of versions) {
      const received = (notesOf.get(translation.id)?.length ?? 0) + (dismissedCount.get(translation.id) ?? 0);
      for (const source of versions) {
        if (source.id === translation.id) continue;
        const owed = (notesOf.get(source.id) ?? []).filter(
          (note) => !(translation.firstPublishedAt && translation.firstPublishedAt > note.createdAt),
        );
        const marked = owed.filter((note) => dismissed.has(`${note.id}|${translation.id}`));
        let available = received - marked.length;
        for (const note of owed) {
          if (dismissed.has(`${note.id}|${translation.id}`)) continue;
          if (available > 0) {
            available -= 1;
            continue;
          }
          lacking.push({ note, translation });
        }
      }
    }
  }
  return lacking.sort((a, b) => b.note.createdAt.localeCompare(a.note.createdAt));
}

/** The path of the transparency overview of a language, or of one of its topics. */
export function trustPath(language: Language, topic?: TrustTopic): string {
  return topic ? `/${language}/about/trust/${topic}` : `/${language}/about/trust`;
}

/** The paths of the policies that have a text, by their schema.org property. */
export function policyPaths(
  language: Language,
  values: TrustSettings,
): Partial<Record<PolicyProperty, string>> {
  const paths: Partial<Record<PolicyProperty, string>> = {};
  for (const [property, topic] of Object.entries(POLICY_TOPICS) as Array<[PolicyProperty, TrustTopic]>) {
    if (topicHasText(topic, values)) paths[property] = trustPath(language, topic);
  }
  return paths;
}
