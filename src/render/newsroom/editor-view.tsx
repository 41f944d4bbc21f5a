/**
 * The view model of the newsroom's article editor page, and the data the editor island
 * (client/editor/main.ts) reads from the page. The render layer and the island share these
 * types; the island imports them as types only.
 */
import type { BodyDoc } from '../../domain/body.js';
import type { Language } from '../../domain/languages.js';
import type { StaffUser } from '../../domain/staff.js';
import type { Translator } from '../../i18n/catalogue.js';
import type { MessagePart } from '../../lib/message-parts.js';

/** An article as the editor edits it (what the staff API answers, less what it does not need). */
export interface EditorArticle {
  id: string;
  storyId: string;
  language: Language;
  status: string;
  version: number;
  type: string;
  headline: string;
  lead: string;
  kicker: string | null;
  dateline: string | null;
  section: string | null;
  source: string | null;
  topics: string[];
  authors: string[];
  hero: { mediaId: string; alt: string; caption: string | null; credit: string | null } | null;
  body: BodyDoc;
  publishAt: string | null;
  /** The reader's address, once published. */
  url?: string | undefined;
  /** The number of the edit held back from readers of a published article, if any (the fields above show it). */
  pendingRevision?: number | null | undefined;
}

/** Recommended lengths (characters); longer is allowed, the counter says so. */
export const LENGTH_LIMITS = { headline: 90, lead: 300 } as const;

/** What the island needs beyond the form fields: rendered as JSON into the page. */
export interface EditorBootstrap {
  article: EditorArticle | null;
  /** The article's language (also for a new article). */
  language: Language;
  /** The interface language of the staff member, for dates and messages. */
  uiLanguage: Language;
  /** The newsroom's time zone (NEWSROOM_TIME_ZONE): times read as on every other page. */
  timeZone: string;
  /** The island's texts in the interface language; a plural message as parts (`Translator.parts`). */
  messages: Record<string, string | MessagePart[]>;
  /** Addresses of small renditions of the images the article uses, by media id. */
  mediaPreviews: Record<string, string>;
  /** Headlines of the articles the "More" boxes point to, by id. */
  relatedHeadlines: Record<string, string>;
  limits: typeof LENGTH_LIMITS;
}

export interface Option {
  value: string;
  label: string;
}

/** What the buttons of the page may offer; decided on the server from the policy table. */
/** The workflow steps this staff member may take on the article now (from src/domain/workflow.ts). */
export interface EditorPermissions {
  submit: boolean;
  sendBack: boolean;
  publish: boolean;
  /** Schedule, or for a scheduled article a new time. */
  schedule: boolean;
  unpublish: boolean;
  publishPending: boolean;
  /** The staff member's edits wait as a pending revision (EDITS of the workflow table). */
  editsHeld: boolean;
}

export interface EditorPageView {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  article: EditorArticle | null;
  language: Language;
  types: Option[];
  sections: Option[];
  topics: Option[];
  authors: Option[];
  heroPreview: string | null;
  /** The other language versions of the story. */
  translations: Array<{ id: string; language: Language; status: string }>;
  /** Languages the story has no version in yet. */
  missingLanguages: Option[];
  /** "Translate into …": the machine-translation provider (null: off), and this version's translator view if "Translate" made it. */
  translating?: { machine: string | null; reviewHref: string | null } | undefined;
  /** Another language version to translate from, shown beside the editor. */
  original: {
    id: string;
    language: Language;
    headline: string;
    lead: string;
    paragraphs: string[];
    alternatives: Option[];
  } | null;
  allowed: EditorPermissions;
  /** What the article's images lack before it can be published, in the newsroom's language. */
  publishGaps?: string[] | undefined;
  bootstrap: EditorBootstrap;
  script: string | null;
  /** The reader site's host name, as a shared link's card shows it. */
  publicHost?: string | undefined;
}
