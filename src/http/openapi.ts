/**
 * The OpenAPI 3 document, generated from the same zod schemas that validate requests.
 */
import { z } from 'zod';
import {
  ArticleCreateSchema,
  ArticleListSchema,
  ArticlePatchSchema,
  ArticleSchema,
  DiffSchema,
  NoteSchema,
  RestoreSchema,
  RevisionSummarySchema,
  SendBackSchema,
  SubmitSchema,
  VersionOnlySchema,
} from './schemas/articles.js';
import { ErrorSchema } from './schemas/common.js';
import { CorrectionCreateSchema, CorrectionSchema } from './schemas/corrections.js';
import { FRONT_PAGE_PATHS } from './schemas/front-pages.js';
import {
  MEDIA_LIST_OPERATION,
  MEDIA_PATCH_OPERATION,
  MediaSchema,
  MediaUploadSchema,
} from './schemas/media.js';
import {
  PublicArticleListSchema,
  PublicArticleSchema,
  PublicArticleSummarySchema,
} from './schemas/public.js';
import {
  DiscussedEntrySchema,
  MostDiscussedListSchema,
  PopularArticleSchema,
  PopularListSchema,
  ReadBeaconSchema,
} from './schemas/rankings.js';
import { readersOpenApiPaths } from './schemas/readers.js';
import {
  AuthorCreateSchema,
  AuthorPatchSchema,
  AuthorSchema,
  SectionCreateSchema,
  SectionPatchSchema,
  SectionSchema,
  TopicCreateSchema,
  TopicPatchSchema,
  TopicSchema,
} from './schemas/taxonomy.js';
import {
  CorrectionNotNeededSchema,
  ErrorReportCreateSchema,
  ErrorReportDecisionSchema,
  ErrorReportReceiptSchema,
  ErrorReportSchema,
  TrustSettingsPatchSchema,
  TrustSettingsSchema,
  trustOpenApiPaths,
} from './schemas/trust.js';

const NAMED = {
  Error: ErrorSchema,
  ErrorReportCreate: ErrorReportCreateSchema,
  ErrorReportReceipt: ErrorReportReceiptSchema,
  ErrorReport: ErrorReportSchema,
  ErrorReportDecision: ErrorReportDecisionSchema,
  TrustSettings: TrustSettingsSchema,
  TrustSettingsPatch: TrustSettingsPatchSchema,
  CorrectionNotNeeded: CorrectionNotNeededSchema,
  Article: ArticleSchema,
  ArticleList: ArticleListSchema,
  ArticleCreate: ArticleCreateSchema,
  ArticlePatch: ArticlePatchSchema,
  ArticleSubmit: SubmitSchema,
  ArticleSendBack: SendBackSchema,
  ArticleVersion: VersionOnlySchema,
  RevisionRestore: RestoreSchema,
  ArticleNote: NoteSchema,
  RevisionSummary: RevisionSummarySchema,
  RevisionDiff: DiffSchema,
  Media: MediaSchema,
  MediaUpload: MediaUploadSchema,
  Section: SectionSchema,
  SectionCreate: SectionCreateSchema,
  SectionPatch: SectionPatchSchema,
  Topic: TopicSchema,
  TopicCreate: TopicCreateSchema,
  TopicPatch: TopicPatchSchema,
  Author: AuthorSchema,
  AuthorCreate: AuthorCreateSchema,
  AuthorPatch: AuthorPatchSchema,
  Correction: CorrectionSchema,
  CorrectionCreate: CorrectionCreateSchema,
  PublicArticle: PublicArticleSchema,
  PublicArticleList: PublicArticleListSchema,
  PublicArticleSummary: PublicArticleSummarySchema,
  ReadBeacon: ReadBeaconSchema,
  PopularArticle: PopularArticleSchema,
  PopularList: PopularListSchema,
  DiscussedEntry: DiscussedEntrySchema,
  MostDiscussedList: MostDiscussedListSchema,
} as const;
type Named = keyof typeof NAMED;

const ref = (name: Named) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: Named) => ({ content: { 'application/json': { schema: ref(name) } } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: 'Error', ...json('Error') }]));
const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const queryParam = (name: string, schema: object) => ({ name, in: 'query', required: false, schema });

function crud(tag: string, item: Named, create: Named, patch: Named, key: string) {
  return {
    [`/api/v1/${tag}`]: {
      get: { tags: [tag], summary: `List ${tag}`, responses: { 200: { description: 'OK' }, ...errors(401) } },
      post: {
        tags: [tag],
        summary: `Create one of the ${tag}`,
        requestBody: { required: true, ...json(create) },
        responses: { 201: { description: 'Created', ...json(item) }, ...errors(400, 401, 403, 409) },
      },
    },
    [`/api/v1/${tag}/{${key}}`]: {
      parameters: [pathParam(key)],
      get: { tags: [tag], responses: { 200: { description: 'OK', ...json(item) }, ...errors(401, 404) } },
      patch: {
        tags: [tag],
        requestBody: { required: true, ...json(patch) },
        responses: { 200: { description: 'OK', ...json(item) }, ...errors(400, 401, 403, 404) },
      },
    },
  };
}

/** Builds the document; `publicUrl` becomes its server. */
export function openApiDocument(publicUrl: string) {
  // Every schema of NAMED carries `.meta({ id })`, so it sits in zod's global registry;
  // converting the registry emits one component per id, with references between them.
  void NAMED;
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'openapi-3.0',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return {
    openapi: '3.0.3',
    info: { title: 'Shortwave API', version: '1', description: 'Staff API of the Shortwave newsroom.' },
    servers: [{ url: publicUrl }],
    security: [{ bearer: [] }],
    paths: {
      '/api/v1/articles': {
        get: {
          tags: ['articles'],
          summary: 'List articles, newest change first',
          parameters: [
            queryParam('language', { type: 'string' }),
            queryParam('status', {
              type: 'string',
              enum: ['draft', 'in_review', 'scheduled', 'published', 'unpublished'],
            }),
            queryParam('section', { type: 'string' }),
            queryParam('q', { type: 'string', description: 'Words the headline or lead contains' }),
            queryParam('mine', { type: 'string', enum: ['1', 'true', '0', 'false'] }),
            queryParam('pending', { type: 'string', enum: ['1', 'true', '0', 'false'] }),
            queryParam('limit', { type: 'integer', minimum: 1, maximum: 100 }),
            queryParam('offset', { type: 'integer', minimum: 0 }),
          ],
          responses: { 200: { description: 'OK', ...json('ArticleList') }, ...errors(400, 401) },
        },
        post: {
          tags: ['articles'],
          summary: 'Create an article (a translation when translationOf is given)',
          requestBody: { required: true, ...json('ArticleCreate') },
          responses: {
            201: { description: 'Created', ...json('Article') },
            ...errors(400, 401, 403, 409, 415),
          },
        },
      },
      '/api/v1/articles/{id}': {
        parameters: [pathParam('id')],
        get: {
          tags: ['articles'],
          responses: { 200: { description: 'OK', ...json('Article') }, ...errors(401, 404) },
        },
        patch: {
          tags: ['articles'],
          summary: 'Change an article; send version (or If-Match) to refuse stale edits',
          requestBody: { required: true, ...json('ArticlePatch') },
          responses: { 200: { description: 'OK', ...json('Article') }, ...errors(400, 401, 403, 404, 409) },
        },
      },
      '/api/v1/articles/{id}/publish': {
        parameters: [pathParam('id')],
        post: {
          tags: ['articles'],
          responses: { 200: { description: 'OK', ...json('Article') }, ...errors(400, 401, 403, 404) },
        },
      },
      '/api/v1/articles/{id}/unpublish': {
        parameters: [pathParam('id')],
        post: {
          tags: ['articles'],
          responses: { 200: { description: 'OK', ...json('Article') }, ...errors(401, 403, 404) },
        },
      },
      '/api/v1/articles/{id}/corrections': {
        parameters: [pathParam('id')],
        get: { tags: ['articles'], responses: { 200: { description: 'OK' }, ...errors(401, 404) } },
        post: {
          tags: ['articles'],
          summary: 'Add a dated correction, clarification, update or retraction (editors)',
          requestBody: { required: true, ...json('CorrectionCreate') },
          responses: {
            201: { description: 'Created', ...json('Correction') },
            ...errors(400, 401, 403, 404, 409),
          },
        },
      },
      '/api/v1/articles/{id}/submit': {
        parameters: [pathParam('id')],
        post: {
          tags: ['workflow'],
          summary: 'Hand a draft to the desk: it waits in review',
          requestBody: { required: false, ...json('ArticleSubmit') },
          responses: { 200: { description: 'OK', ...json('Article') }, ...errors(400, 401, 403, 404, 409) },
        },
      },
      '/api/v1/articles/{id}/send-back': {
        parameters: [pathParam('id')],
        post: {
          tags: ['workflow'],
          summary: 'Send an article in review back to its writer with a comment (editors)',
          requestBody: { required: true, ...json('ArticleSendBack') },
          responses: { 200: { description: 'OK', ...json('Article') }, ...errors(400, 401, 403, 404, 409) },
        },
      },
      '/api/v1/articles/{id}/notes': {
        parameters: [pathParam('id')],
        get: {
          tags: ['workflow'],
          summary: 'The review conversation, oldest first: {items: ArticleNote[]}',
          responses: { 200: { description: 'OK' }, ...errors(401, 404) },
        },
      },
      '/api/v1/articles/{id}/pending': {
        parameters: [pathParam('id')],
        get: {
          tags: ['workflow'],
          summary: 'The held edit of a published article',
          responses: { 200: { description: 'OK', ...json('Article') }, ...errors(401, 404) },
        },
        delete: {
          tags: ['workflow'],
          summary: 'Drop the held edit (editors)',
          responses: { 200: { description: 'OK', ...json('Article') }, ...errors(401, 403, 404, 409) },
        },
      },
      '/api/v1/articles/{id}/pending/publish': {
        parameters: [pathParam('id')],
        post: {
          tags: ['workflow'],
          summary: 'Publish the held edit as an update (editors)',
          requestBody: { required: false, ...json('ArticleVersion') },
          responses: { 200: { description: 'OK', ...json('Article') }, ...errors(400, 401, 403, 404, 409) },
        },
      },
      '/api/v1/articles/{id}/revisions': {
        parameters: [pathParam('id')],
        get: {
          tags: ['revisions'],
          summary: 'Every revision, newest first: {items: RevisionSummary[]}',
          responses: { 200: { description: 'OK' }, ...errors(401, 404) },
        },
      },
      '/api/v1/articles/{id}/revisions/{number}': {
        parameters: [pathParam('id'), pathParam('number')],
        get: {
          tags: ['revisions'],
          summary: 'One revision with the article as it was then',
          responses: { 200: { description: 'OK' }, ...errors(401, 404) },
        },
      },
      '/api/v1/articles/{id}/revisions/{number}/restore': {
        parameters: [pathParam('id'), pathParam('number')],
        post: {
          tags: ['revisions'],
          summary: 'Bring back an old revision as a new one (held on published articles for contributors)',
          requestBody: { required: false, ...json('RevisionRestore') },
          responses: { 200: { description: 'OK', ...json('Article') }, ...errors(400, 401, 403, 404, 409) },
        },
      },
      '/api/v1/articles/{id}/diff': {
        parameters: [pathParam('id')],
        get: {
          tags: ['revisions'],
          summary: 'Word-level differences between two revisions',
          parameters: [
            { name: 'from', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } },
            { name: 'to', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } },
          ],
          responses: { 200: { description: 'OK', ...json('RevisionDiff') }, ...errors(400, 401, 404) },
        },
      },
      '/api/v1/media': {
        get: MEDIA_LIST_OPERATION,
        post: {
          tags: ['media'],
          summary: 'Upload an image',
          requestBody: { required: true, content: { 'multipart/form-data': { schema: ref('MediaUpload') } } },
          responses: {
            201: { description: 'Created', ...json('Media') },
            ...errors(400, 401, 403, 413, 415, 503),
          },
        },
      },
      '/api/v1/media/{id}': {
        parameters: [pathParam('id')],
        get: {
          tags: ['media'],
          responses: { 200: { description: 'OK', ...json('Media') }, ...errors(401, 404) },
        },
        patch: MEDIA_PATCH_OPERATION,
      },
      ...FRONT_PAGE_PATHS,
      '/api/v1/public/articles': {
        get: {
          tags: ['public'],
          summary: 'Published articles of a language, newest first; no token needed, CORS open, cacheable',
          security: [],
          parameters: [
            { name: 'language', in: 'query', required: true, schema: { type: 'string' } },
            queryParam('section', { type: 'string' }),
            queryParam('topic', { type: 'string' }),
            queryParam('author', { type: 'string' }),
            queryParam('limit', { type: 'integer', minimum: 1, maximum: 100 }),
            queryParam('offset', { type: 'integer', minimum: 0 }),
          ],
          responses: {
            200: { description: 'OK', ...json('PublicArticleList') },
            304: { description: 'Not modified' },
            ...errors(400),
          },
        },
      },
      '/api/v1/public/views': {
        post: {
          tags: ['public'],
          summary: 'Counts one read of an article (the beacon article pages send); no cookie, always 204',
          security: [],
          requestBody: {
            required: true,
            content: {
              'text/plain': { schema: ref('ReadBeacon') },
              'application/json': { schema: ref('ReadBeacon') },
            },
          },
          responses: { 204: { description: 'Received' }, ...errors(400, 413, 415) },
        },
      },
      '/api/v1/public/popular': {
        get: {
          tags: ['public'],
          summary: 'Popular Stories: the most read published articles of a language',
          security: [],
          parameters: [
            { name: 'language', in: 'query', required: true, schema: { type: 'string' } },
            queryParam('window', { type: 'string', enum: ['24h', '7d'], default: '24h' }),
            queryParam('limit', { type: 'integer', minimum: 1, maximum: 50 }),
          ],
          responses: {
            200: { description: 'OK', ...json('PopularList') },
            304: { description: 'Not modified' },
            ...errors(400),
          },
        },
      },
      '/api/v1/public/most-discussed': {
        get: {
          tags: ['public'],
          summary: 'Most Discussed: articles and debates with the most approved comments in 7 days',
          security: [],
          parameters: [
            { name: 'language', in: 'query', required: true, schema: { type: 'string' } },
            queryParam('limit', { type: 'integer', minimum: 1, maximum: 50 }),
          ],
          responses: {
            200: { description: 'OK', ...json('MostDiscussedList') },
            304: { description: 'Not modified' },
            ...errors(400),
          },
        },
      },
      '/api/v1/public/articles/{id}': {
        parameters: [pathParam('id')],
        get: {
          tags: ['public'],
          summary: 'One published article with its body nodes and translations',
          security: [],
          responses: {
            200: { description: 'OK', ...json('PublicArticle') },
            304: { description: 'Not modified' },
            ...errors(404),
          },
        },
      },
      ...crud('sections', 'Section', 'SectionCreate', 'SectionPatch', 'slug'),
      ...crud('topics', 'Topic', 'TopicCreate', 'TopicPatch', 'slug'),
      ...crud('authors', 'Author', 'AuthorCreate', 'AuthorPatch', 'slug'),
      ...trustOpenApiPaths(),
      ...readersOpenApiPaths(),
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A token from `shortwave token create`' },
        readerSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'sw_reader',
          description: 'A reader session (POST /api/v1/session)',
        },
      },
      schemas,
    },
  };
}
