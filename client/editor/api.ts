/**
 * Calls to the staff API from the editor page: the session cookie goes along by itself, the
 * CSRF token in a header; an error answer becomes an ApiError with the API's code and field.
 * @example const article = await api.json<ArticleJson>('PATCH', `/api/v1/articles/${id}`, fields);
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | undefined,
  ) {
    super(message);
  }
}

export interface Api {
  json<T>(method: string, path: string, body?: unknown): Promise<T>;
  upload<T>(path: string, form: FormData): Promise<T>;
}

async function answerOf<T>(res: Response): Promise<T> {
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (res.ok) return data as T;
  const error = (data as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
  throw new ApiError(res.status, error?.code ?? 'http_error', error?.message ?? res.statusText, error?.field);
}

/** An API client that sends the page's CSRF token on every unsafe call. */
export function apiClient(csrf: string): Api {
  return {
    async json<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return answerOf<T>(res);
    },
    async upload<T>(path: string, form: FormData): Promise<T> {
      const res = await fetch(path, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { accept: 'application/json', 'x-csrf-token': csrf },
        body: form,
      });
      return answerOf<T>(res);
    },
  };
}
