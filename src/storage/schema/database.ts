/**
 * The whole database as Kysely sees it: every area's tables composed into one `Schema`.
 * Times are ISO 8601 UTC text and JSON is text; both dialects store them the same way.
 * A new area puts its row types in its own file here and joins the list below.
 * @example const db = new Kysely<Schema>({ dialect });
 */
import type { ArticlesSchema } from './articles.js';
import type { CachePurgesSchema } from './cache-purges.js';
import type { CommentsSchema } from './comments.js';
import type { FrontPagesSchema } from './front-pages.js';
import type { LimitsSchema } from './limits.js';
import type { MachineTranslationsSchema } from './machine-translations.js';
import type { MediaSchema } from './media.js';
import type { RankingsSchema } from './rankings.js';
import type { ReadersSchema } from './readers.js';
import type { StaffSchema } from './staff.js';
import type { TaxonomySchema } from './taxonomy.js';
import type { TranslationsSchema } from './translations.js';
import type { TrustSchema } from './trust.js';

/** Every table by name, area by area. */
export interface Schema
  extends TaxonomySchema,
    MediaSchema,
    ArticlesSchema,
    FrontPagesSchema,
    StaffSchema,
    LimitsSchema,
    TrustSchema,
    ReadersSchema,
    CommentsSchema,
    RankingsSchema,
    CachePurgesSchema,
    MachineTranslationsSchema,
    TranslationsSchema {}
