/**
 * Staff administration in the newsroom (admins only): /newsroom/staff.
 */
import { type Context, Hono } from 'hono';
import { authorize } from '../../../commands/context.js';
import { addStaffUser, changeStaffUser } from '../../../commands/staff.js';
import { DomainError } from '../../../domain/errors.js';
import { renderToString } from '../../../render/jsx/jsx-runtime.js';
import { StaffPage } from '../../../render/newsroom/staff-page.js';
import { listStaff } from '../../../storage/repos/staff.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { newsroomView } from '../../newsroom-context.js';

export function staffAdminRoutes(deps: AppDeps) {
  const routes = new Hono<AppEnv>();

  const page = async (
    c: Context<AppEnv>,
    status: 200 | 400 | 404 | 409,
    extra: Partial<Parameters<typeof StaffPage>[0]> = {},
  ) => {
    const { t, staff, csrf } = newsroomView(c, deps);
    authorize(staff, 'staff.manage');
    const people = await listStaff(deps.store.db);
    return c.html(
      renderToString(<StaffPage t={t} staff={staff} csrf={csrf} people={people} {...extra} />),
      status,
      {
        'cache-control': 'no-store',
      },
    );
  };

  const form = async (c: Context<AppEnv>) => {
    const body = await c.req.parseBody();
    return (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  };

  const failed = (
    c: Context<AppEnv>,
    error: unknown,
    extra: Partial<Parameters<typeof StaffPage>[0]> = {},
  ) => {
    if (
      !(error instanceof DomainError) ||
      !['validation_failed', 'conflict', 'not_found'].includes(error.code)
    )
      throw error;
    const status = error.code === 'validation_failed' ? 400 : error.code === 'conflict' ? 409 : 404;
    return page(c, status, { ...extra, error: { message: error.message, field: error.field } });
  };

  routes.get('/staff', (c) => {
    const { t } = newsroomView(c, deps);
    const saved = c.req.query('saved');
    return page(c, 200, saved ? { notice: t.t('newsroom.staff.saved') } : {});
  });

  routes.post('/staff', async (c) => {
    const { staff } = newsroomView(c, deps);
    authorize(staff, 'staff.manage');
    const field = await form(c);
    const draft = { email: field('email'), name: field('name'), role: field('role') };
    try {
      await addStaffUser(deps.store.db, { ...draft, password: field('password') }, deps.clock());
    } catch (error) {
      return failed(c, error, { draft });
    }
    return c.redirect('/newsroom/staff?saved=1', 303);
  });

  routes.post('/staff/:id', async (c) => {
    const { staff } = newsroomView(c, deps);
    const field = await form(c);
    try {
      await changeStaffUser({ db: deps.store.db, actor: staff, now: deps.clock() }, c.req.param('id'), {
        role: field('role') || undefined,
        disabled: field('disabled') === '1',
        password: field('password') || undefined,
      });
    } catch (error) {
      return failed(c, error);
    }
    return c.redirect('/newsroom/staff?saved=1', 303);
  });

  return routes;
}
