/**
 * Schemas of the readers' API: accounts and sessions, threads and comments, debates, and
 * the moderators' calls. Named ones appear in the OpenAPI document.
 */
import { z } from 'zod';
import { COMMENT_MODES, MAX_COMMENT_LENGTH, MAX_REASON_LENGTH } from '../../domain/comments.js';
import { REFUSAL_REASONS } from '../../domain/moderation.js';
import { MAX_NAME_LENGTH, MAX_READER_PASSWORD } from '../../domain/readers.js';
import { LanguageSchema } from './common.js';

const Email = z.string().trim().min(1).max(254);
const Password = z.string().min(1).max(MAX_READER_PASSWORD);
const IsoTime = z.iso.datetime({ offset: true });

export const SignUpSchema = z
  .strictObject({
    email: Email,
    password: Password,
    displayName: z.string().max(MAX_NAME_LENGTH * 4),
    language: LanguageSchema.optional(),
  })
  .meta({ id: 'ReaderSignUp' });

export const SignedUpSchema = z
  .object({
    status: z.enum(['confirmation_sent', 'confirmation_not_sent']),
    mailSent: z.boolean().meta({
      description:
        'False when the mail server refused the confirmation email or could not be reached: the account is kept, and signing up again with the same address sends a new link',
    }),
    message: z.string().optional().meta({ description: 'What to do when mailSent is false' }),
  })
  .meta({ id: 'ReaderSignedUp' });

export const ConfirmSchema = z
  .strictObject({ token: z.string().min(1).max(200) })
  .meta({ id: 'ReaderConfirm' });

export const LogInSchema = z.strictObject({ email: Email, password: Password }).meta({ id: 'ReaderLogIn' });

export const SessionSchema = z
  .object({
    csrfToken: z.string().nullable(),
    reader: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  })
  .meta({ id: 'ReaderSession' });

export const ResetRequestSchema = z.strictObject({ email: Email }).meta({ id: 'ReaderResetRequest' });

export const ResetSchema = z
  .strictObject({ token: z.string().min(1).max(200), password: Password })
  .meta({ id: 'ReaderReset' });

export const ReaderPatchSchema = z
  .strictObject({ displayName: z.string().max(MAX_NAME_LENGTH * 4) })
  .meta({ id: 'ReaderPatch' });

export const ReaderDeleteSchema = z.strictObject({ password: Password }).meta({ id: 'ReaderDelete' });

export const CommentCreateSchema = z
  .strictObject({
    body: z.string().max(MAX_COMMENT_LENGTH * 2),
    parentId: z.string().max(40).nullish(),
  })
  .meta({ id: 'CommentCreate' });

export const CommentCreatedSchema = z
  .object({ id: z.string(), status: z.enum(['approved', 'pending']) })
  .meta({ id: 'CommentCreated' });

export const CommentRefusalSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string().meta({ description: 'In English; apps show their own text for `reason`' }),
      field: z.string().optional(),
      requestId: z.string().optional(),
      reason: z.enum(REFUSAL_REASONS).meta({
        description: 'Why the moderation checks refused the comment: stable, one message per reason',
      }),
    }),
  })
  .meta({ id: 'CommentRefusal' });

export const ThreadQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const ReportSchema = z
  .strictObject({ reason: z.string().max(MAX_REASON_LENGTH).default('') })
  .meta({ id: 'CommentReport' });

const AuthorSchema = z.object({
  name: z.string().nullable(),
  badge: z.enum(['journalist', 'moderator']).nullable(),
  deleted: z.boolean(),
});

type CommentJsonShape = {
  id: string;
  parentId: string | null;
  body: string;
  author: z.infer<typeof AuthorSchema>;
  createdAt: string;
  featured: boolean;
  recommendations: number;
  replies: CommentJsonShape[];
};

export const CommentSchema: z.ZodType<CommentJsonShape> = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    body: z.string().meta({ description: 'Plain text; paragraphs are separated by an empty line' }),
    author: AuthorSchema,
    createdAt: z.string(),
    featured: z.boolean(),
    recommendations: z.number(),
    get replies() {
      return z.array(CommentSchema);
    },
  })
  .meta({ id: 'Comment' });

export const ThreadSchema = z
  .object({
    thread: z.object({
      kind: z.enum(['article', 'debate']),
      id: z.string(),
      language: LanguageSchema,
      headline: z.string(),
      url: z.string(),
      mode: z.enum(COMMENT_MODES),
      open: z.boolean(),
      closesAt: z.string().nullable(),
      comments: z.number().meta({ description: 'Approved comments, replies included' }),
    }),
    comments: z.array(CommentSchema),
    page: z.number(),
    nextPage: z.number().nullable(),
  })
  .meta({ id: 'Thread' });

export const DebateCreateSchema = z
  .strictObject({
    language: LanguageSchema,
    question: z.string().trim().min(1).max(300),
    intro: z.string().max(10_000).default(''),
    mode: z.enum(['open', 'premoderated']).default('open'),
    opensAt: IsoTime.nullish(),
    closesAt: IsoTime.nullish(),
  })
  .meta({ id: 'DebateCreate' });

export const DebateSchema = z
  .object({
    id: z.string(),
    language: LanguageSchema,
    question: z.string(),
    intro: z.string(),
    mode: z.enum(['open', 'premoderated']),
    opensAt: z.string(),
    closesAt: z.string().nullable(),
    open: z.boolean(),
    url: z.string(),
    comments: z.number(),
  })
  .meta({ id: 'Debate' });

export const DebateListQuerySchema = z.object({
  language: LanguageSchema,
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const CommentModeSchema = z
  .strictObject({ mode: z.enum(COMMENT_MODES), closesAt: IsoTime.nullish() })
  .meta({ id: 'CommentMode' });

export const ModerationQuerySchema = z.object({
  language: LanguageSchema,
  status: z.enum(['pending', 'reported', 'approved', 'rejected']).default('pending'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const RejectSchema = z
  .strictObject({ reason: z.string().trim().min(1).max(MAX_REASON_LENGTH) })
  .meta({ id: 'CommentReject' });

export const FeatureSchema = z
  .strictObject({ featured: z.boolean().default(true) })
  .meta({ id: 'CommentFeature' });

export const BulkSchema = z
  .strictObject({
    ids: z.array(z.string().max(40)).min(1).max(200),
    action: z.enum(['approve', 'reject', 'feature', 'unfeature']),
    reason: z.string().max(MAX_REASON_LENGTH).optional(),
  })
  .meta({ id: 'CommentBulk' });

export const BanSchema = z
  .strictObject({
    reason: z.string().max(MAX_REASON_LENGTH).optional(),
    until: IsoTime.nullish().meta({ description: 'A suspension until this time; absent: banned for good' }),
  })
  .meta({ id: 'ReaderBan' });

export const WordListsSchema = z
  .strictObject({
    banned: z.array(z.string().max(100)).max(2000).optional(),
    suspect: z.array(z.string().max(100)).max(2000).optional(),
  })
  .meta({ id: 'WordLists' });

export const ReaderSettingsSchema = z
  .strictObject({ deletedAccountComments: z.enum(['keep', 'remove']) })
  .meta({ id: 'ReaderSettings' });

export const ModeratedCommentSchema = z
  .object({
    id: z.string(),
    status: z.enum(['pending', 'approved', 'rejected']),
    body: z.string(),
    parentId: z.string().nullable(),
    author: AuthorSchema.extend({ readerId: z.string().nullable(), banned: z.boolean() }),
    thread: z.object({
      kind: z.enum(['article', 'debate']),
      id: z.string(),
      headline: z.string(),
      url: z.string(),
    }),
    queueReason: z.string().nullable(),
    rejectReason: z.string().nullable(),
    featured: z.boolean(),
    reports: z.number(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'ModeratedComment' });

/** The readers' API in the OpenAPI document (paths; the schemas above are components). */
export function readersOpenApiPaths() {
  const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
  const json = (id: string) => ({ content: { 'application/json': { schema: ref(id) } } });
  const body = (id: string) => ({ requestBody: { required: true, ...json(id) } });
  const errors = (...statuses: number[]) =>
    Object.fromEntries(statuses.map((s) => [String(s), { description: 'Error', ...json('Error') }]));
  const path = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
  const query = (name: string, schema: object, required = false) => ({ name, in: 'query', required, schema });
  const csrf = {
    name: 'x-csrf-token',
    in: 'header',
    required: false,
    schema: { type: 'string' },
    description:
      'With a reader session: the csrfToken from POST /api/v1/session (not needed with a bearer token)',
  };
  const readerSession = [{ readerSession: [] }, { bearer: [] }];
  const open = { security: [] };
  const thread = (kind: 'articles' | 'debates') => ({
    parameters: [path('id')],
    get: {
      tags: ['comments'],
      summary: `The approved comments of ${kind === 'articles' ? 'a published article' : 'a debate'}, threaded, 20 top-level comments a page`,
      ...open,
      parameters: [query('page', { type: 'integer', minimum: 1 })],
      responses: { 200: { description: 'OK', ...json('Thread') }, ...errors(400, 404) },
    },
    post: {
      tags: ['comments'],
      summary:
        'Post a comment or a reply, as the reader of the session (moderation checks apply; pending until approved when held) or as staff (a badged reply)',
      security: readerSession,
      parameters: [csrf],
      ...body('CommentCreate'),
      responses: {
        201: { description: 'Created', ...json('CommentCreated') },
        ...errors(401, 404, 415),
        ...Object.fromEntries(
          [400, 403, 409, 429].map((s) => [
            String(s),
            {
              description:
                'Refused: a CommentRefusal (with `reason`) when a moderation check refused the comment, else an Error',
              content: {
                'application/json': { schema: { oneOf: [ref('CommentRefusal'), ref('Error')] } },
              },
            },
          ]),
        ),
      },
    },
  });
  const decision = (summary: string, request?: string) => ({
    parameters: [path('id')],
    post: {
      tags: ['moderation'],
      summary,
      ...(request ? body(request) : {}),
      responses: { 200: { description: 'OK', ...json('ModeratedComment') }, ...errors(400, 401, 403, 404) },
    },
  });
  return {
    '/api/v1/readers': {
      post: {
        tags: ['readers'],
        summary:
          'Sign up; a confirmation email is sent. The same answer whether the email had an account or not. When the email cannot be sent, the account is kept and the answer says so (mailSent false): signing up again with the same address sends a new link',
        ...open,
        ...body('ReaderSignUp'),
        responses: {
          201: { description: 'Created (or mailed)', ...json('ReaderSignedUp') },
          ...errors(400, 409, 415, 429),
        },
      },
    },
    '/api/v1/readers/confirm': {
      post: {
        tags: ['readers'],
        summary: 'Confirm the email address with the token from the confirmation email',
        ...open,
        ...body('ReaderConfirm'),
        responses: { 200: { description: 'Confirmed' }, ...errors(400, 415) },
      },
    },
    '/api/v1/readers/password-reset': {
      post: {
        tags: ['readers'],
        summary:
          'Mail a password-reset link (always 202, whether the email has an account or not; 429 when one address asks too often)',
        ...open,
        ...body('ReaderResetRequest'),
        responses: { 202: { description: 'Accepted' }, ...errors(400, 415, 429) },
      },
    },
    '/api/v1/readers/password-reset/confirm': {
      post: {
        tags: ['readers'],
        summary: 'Set a new password with the mailed token; every session of the account ends',
        ...open,
        ...body('ReaderReset'),
        responses: { 200: { description: 'Changed' }, ...errors(400, 415) },
      },
    },
    '/api/v1/readers/me': {
      patch: {
        tags: ['readers'],
        summary: 'Change the display name',
        security: [{ readerSession: [] }],
        parameters: [csrf],
        ...body('ReaderPatch'),
        responses: { 200: { description: 'OK' }, ...errors(400, 401, 403, 409) },
      },
      delete: {
        tags: ['readers'],
        summary:
          'Delete the account and its personal data (comments stay as from a deleted account, or go: an admin setting)',
        security: [{ readerSession: [] }],
        parameters: [csrf],
        ...body('ReaderDelete'),
        responses: { 200: { description: 'Deleted' }, ...errors(400, 401, 403) },
      },
    },
    '/api/v1/session': {
      get: {
        tags: ['readers'],
        summary: 'The reader of the session cookie and its CSRF token (nulls when logged out)',
        ...open,
        responses: { 200: { description: 'OK', ...json('ReaderSession') } },
      },
      post: {
        tags: ['readers'],
        summary:
          'Log in: sets the HttpOnly sw_reader cookie and answers the CSRF token; attempts are rate-limited',
        ...open,
        ...body('ReaderLogIn'),
        responses: {
          200: { description: 'OK', ...json('ReaderSession') },
          ...errors(400, 401, 403, 415, 429),
        },
      },
      delete: {
        tags: ['readers'],
        summary: 'Log out',
        security: [{ readerSession: [] }],
        parameters: [csrf],
        responses: { 204: { description: 'Logged out' }, ...errors(403) },
      },
    },
    '/api/v1/articles/{id}/comments': thread('articles'),
    '/api/v1/debates/{id}/comments': thread('debates'),
    '/api/v1/comments/{id}/recommend': {
      parameters: [path('id')],
      post: {
        tags: ['comments'],
        summary: 'Recommend a comment (once per reader)',
        security: [{ readerSession: [] }],
        parameters: [csrf],
        responses: { 200: { description: 'OK' }, ...errors(401, 403, 404, 409) },
      },
    },
    '/api/v1/comments/{id}/report': {
      parameters: [path('id')],
      post: {
        tags: ['comments'],
        summary: 'Report a comment to the moderators',
        security: [{ readerSession: [] }],
        parameters: [csrf],
        ...body('CommentReport'),
        responses: { 202: { description: 'Accepted' }, ...errors(400, 401, 403, 404) },
      },
    },
    '/api/v1/debates': {
      get: {
        tags: ['debates'],
        summary: 'Debates of a language that have opened, newest first',
        ...open,
        parameters: [
          query('language', { type: 'string' }, true),
          query('limit', { type: 'integer', minimum: 1, maximum: 100 }),
          query('offset', { type: 'integer', minimum: 0 }),
        ],
        responses: { 200: { description: 'OK' }, ...errors(400) },
      },
      post: {
        tags: ['debates'],
        summary: 'Open a debate: a journalist’s question to the readers of one language (editors)',
        ...body('DebateCreate'),
        responses: { 201: { description: 'Created', ...json('Debate') }, ...errors(400, 401, 403) },
      },
    },
    '/api/v1/articles/{id}/comment-settings': {
      parameters: [path('id')],
      put: {
        tags: ['moderation'],
        summary: 'How an article takes comments: open, premoderated or closed, with an optional closing time',
        ...body('CommentMode'),
        responses: { 200: { description: 'OK' }, ...errors(400, 401, 403, 404) },
      },
    },
    '/api/v1/moderation/comments': {
      get: {
        tags: ['moderation'],
        summary: 'A language’s moderation queue: pending, reported, approved or rejected comments',
        parameters: [
          query('language', { type: 'string' }, true),
          query('status', { type: 'string', enum: ['pending', 'reported', 'approved', 'rejected'] }),
          query('limit', { type: 'integer', minimum: 1, maximum: 200 }),
          query('offset', { type: 'integer', minimum: 0 }),
        ],
        responses: { 200: { description: 'OK' }, ...errors(400, 401, 403) },
      },
    },
    '/api/v1/comments/{id}': {
      parameters: [path('id')],
      get: {
        tags: ['moderation'],
        summary: 'A comment with its whole thread, its reports and the log of decisions',
        responses: { 200: { description: 'OK' }, ...errors(401, 403, 404) },
      },
    },
    '/api/v1/comments/{id}/approve': decision('Approve a comment (logged with who and when)'),
    '/api/v1/comments/{id}/reject': decision('Reject a comment with a reason', 'CommentReject'),
    '/api/v1/comments/{id}/feature': decision(
      'Feature a comment (or stop, with {"featured": false})',
      'CommentFeature',
    ),
    '/api/v1/comments/bulk': {
      post: {
        tags: ['moderation'],
        summary: 'The same decision on up to 200 comments, all or none',
        ...body('CommentBulk'),
        responses: { 200: { description: 'OK' }, ...errors(400, 401, 403, 404) },
      },
    },
    '/api/v1/readers/{id}/ban': {
      parameters: [path('id')],
      post: {
        tags: ['moderation'],
        summary: 'Ban a reader, or suspend them until a time',
        ...body('ReaderBan'),
        responses: { 200: { description: 'OK' }, ...errors(400, 401, 403, 404) },
      },
    },
    '/api/v1/readers/{id}/unban': {
      parameters: [path('id')],
      post: {
        tags: ['moderation'],
        summary: 'Lift a ban or suspension',
        responses: { 200: { description: 'OK' }, ...errors(401, 403, 404) },
      },
    },
    '/api/v1/moderation/words/{language}': {
      parameters: [path('language')],
      get: {
        tags: ['moderation'],
        summary: 'The banned (refused) and suspect (queued) words of a language',
        responses: { 200: { description: 'OK', ...json('WordLists') }, ...errors(401, 403, 404) },
      },
      put: {
        tags: ['moderation'],
        summary: 'Replace a language’s word lists',
        ...body('WordLists'),
        responses: { 200: { description: 'OK', ...json('WordLists') }, ...errors(400, 401, 403, 404) },
      },
    },
    '/api/v1/moderation/settings': {
      put: {
        tags: ['moderation'],
        summary:
          'What happens to the comments of deleted accounts: keep (as from a deleted account) or remove (admins)',
        ...body('ReaderSettings'),
        responses: { 200: { description: 'OK' }, ...errors(400, 401, 403) },
      },
    },
  };
}
