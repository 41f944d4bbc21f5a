/**
 * Schemas of the readers' API: accounts and sessions, threads and comments, debates, and
 * the moderators' calls. Named ones appear in the OpenAPI document.
 * Longer than 300 lines: the readers' API is one family of shapes that refer to each other
 * (authors, comments with their translations, threads, debates, the moderators' view of a
 * comment); the moderators' shapes are the first to move to a file of their own.
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
    language: LanguageSchema.nullish().meta({
      description:
        'The language the comment is written in (multilingual threads only; elsewhere the thread’s). Absent: recognised from the text, else `pageLanguage`',
    }),
    pageLanguage: LanguageSchema.nullish().meta({
      description:
        'The language of the page the comment was written on: the last guess of a multilingual thread',
    }),
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
  language: LanguageSchema.optional().meta({
    description:
      'The reader’s language: each comment carries its translation into it (default: the thread’s language)',
  }),
});

export const ReportSchema = z
  .strictObject({ reason: z.string().max(MAX_REASON_LENGTH).default('') })
  .meta({ id: 'CommentReport' });

const AuthorSchema = z.object({
  name: z.string().nullable(),
  badge: z.enum(['journalist', 'moderator']).nullable(),
  deleted: z.boolean(),
});

const TranslationSchema = z
  .object({
    language: LanguageSchema,
    text: z.string(),
    provider: z.string().meta({ description: 'The machine-translation provider that made it' }),
  })
  .meta({ id: 'CommentTranslation' });

type CommentJsonShape = {
  id: string;
  parentId: string | null;
  body: string;
  language: string;
  text: string;
  translation: z.infer<typeof TranslationSchema> | null;
  translationState: 'original' | 'translated' | 'pending' | 'unsupported';
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
    language: z.string().meta({ description: 'The language the comment was written in' }),
    text: z.string().meta({ description: 'The comment as written (the same as `body`)' }),
    translation: TranslationSchema.nullable().meta({
      description:
        'Its machine translation into the reader’s language (`?language=`), in a multilingual thread; null when written in it, or not translated (see translationState)',
    }),
    translationState: z.enum(['original', 'translated', 'pending', 'unsupported']).meta({
      description:
        'original: written in the reader’s language (or the thread is not multilingual); pending: not translated yet, show it as written; unsupported: the provider has no such pair',
    }),
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
      comments: z.number().meta({ description: 'Approved comments, replies included, in every language' }),
      multilingual: z
        .boolean()
        .meta({ description: 'Comments in every language, each translated for the reader' }),
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
    multilingual: z
      .boolean()
      .default(false)
      .meta({ description: 'Readers of every language take part; comments are machine-translated for each' }),
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
    comments: z.number().meta({ description: 'Approved comments in every language' }),
    multilingual: z.boolean(),
  })
  .meta({ id: 'Debate' });

export const DebateListQuerySchema = z.object({
  language: LanguageSchema,
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const CommentModeSchema = z
  .strictObject({
    mode: z.enum(COMMENT_MODES),
    closesAt: IsoTime.nullish(),
    multilingual: z
      .boolean()
      .optional()
      .meta({ description: 'Comments in every language (unchanged when absent)' }),
  })
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

export const ReaderStatusSchema = z
  .object({ status: z.string().meta({ description: 'What happened, as a stable word' }) })
  .meta({ id: 'ReaderStatus' });

export const ReaderProfileSchema = z
  .object({ id: z.string(), displayName: z.string() })
  .meta({ id: 'ReaderProfile' });

export const ReaderDeletedSchema = z
  .object({ status: z.enum(['deleted']), comments: z.enum(['keep', 'remove']) })
  .meta({ id: 'ReaderDeleted' });

export const CommentRecommendedSchema = z
  .object({
    recommended: z.boolean(),
    counted: z.boolean().meta({ description: 'False when this reader had recommended it before' }),
  })
  .meta({ id: 'CommentRecommended' });

export const CommentReportedSchema = z.object({ reported: z.boolean() }).meta({ id: 'CommentReported' });

export const DebateListSchema = z.object({ items: z.array(DebateSchema) }).meta({ id: 'DebateList' });

export const ModerationQueueSchema = z
  .object({
    items: z.array(ModeratedCommentSchema),
    counts: z.record(z.string(), z.number()).meta({ description: 'Comments per queue' }),
  })
  .meta({ id: 'ModerationQueue' });

export const ModeratedCommentListSchema = z
  .object({ items: z.array(ModeratedCommentSchema) })
  .meta({ id: 'ModeratedCommentList' });

export const CommentCaseSchema = z
  .object({
    comment: ModeratedCommentSchema,
    thread: z.array(ModeratedCommentSchema),
    reports: z.array(z.object({ reason: z.string(), createdAt: z.string() })),
    log: z.array(
      z.object({
        id: z.string(),
        action: z.string(),
        commentId: z.string().nullable(),
        readerId: z.string().nullable(),
        reason: z.string().nullable(),
        staffId: z.string().nullable(),
        staffName: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'CommentCase' });

export const ReaderBanStateSchema = z
  .object({ id: z.string(), bannedAt: z.string().nullable(), suspendedUntil: z.string().nullable() })
  .meta({ id: 'ReaderBanState' });

export const CommentSettingsSchema = z
  .object({
    mode: z.enum(COMMENT_MODES),
    closesAt: z.string().nullable(),
    open: z.boolean(),
    multilingual: z.boolean(),
  })
  .meta({ id: 'CommentSettings' });

export const WordListsStateSchema = z
  .object({ banned: z.array(z.string()), suspect: z.array(z.string()) })
  .meta({ id: 'WordListsState' });
