import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/http/errors.js';

/** An error shaped as the drivers throw it: a message and a code (SQLSTATE, errno or SQLite's). */
function driverError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

describe('faults of the moment, as answers', () => {
  it.each([
    [
      'PostgreSQL backend ended (pg_terminate_backend)',
      driverError('terminating connection due to administrator command', '57P01'),
    ],
    [
      'PostgreSQL crash shutdown',
      driverError('terminating connection because of crash of another server process', '57P02'),
    ],
    ['PostgreSQL starting up', driverError('the database system is starting up', '57P03')],
    ['PostgreSQL connection failure', driverError('connection failure', '08006')],
    ['too many connections', driverError('sorry, too many clients already', '53300')],
    ['socket reset', driverError('read ECONNRESET', 'ECONNRESET')],
    ['server gone', driverError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['connection lost mid-query', driverError('Connection terminated unexpectedly')],
    ['client broken earlier', driverError('Client has encountered a connection error and is not queryable')],
    ['no connection in time', driverError('timeout exceeded when trying to connect')],
    ['SQLite write lock held too long', driverError('database is locked', 'SQLITE_BUSY')],
    ['wrapped in a cause', new Error('saving failed', { cause: driverError('x', '57P01') })],
  ])('answers 503 with Retry-After when the database is out of reach: %s', (_, error) => {
    expect(describeError(error)).toMatchObject({
      status: 503,
      retryAfterSeconds: 2,
      body: { error: { code: 'unavailable' } },
    });
  });

  it.each([
    ['SQLite file full (disk or SQLITE_MAX_SIZE_MB)', driverError('database or disk is full', 'SQLITE_FULL')],
    ['no space left for a media file', driverError('ENOSPC: no space left on device, write', 'ENOSPC')],
    ['quota exceeded', driverError('EDQUOT: disk quota exceeded', 'EDQUOT')],
    ['PostgreSQL disk full', driverError('could not extend file', '53100')],
  ])('answers 507 when there is no room to write: %s', (_, error) => {
    expect(describeError(error)).toMatchObject({ status: 507, body: { error: { code: 'storage_full' } } });
  });

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a closed store', driverError('The database connection is not open', 'SQLITE_MISUSE')],
    ['a constraint', driverError('UNIQUE constraint failed: articles.slug', 'SQLITE_CONSTRAINT_UNIQUE')],
    ['a PostgreSQL syntax error', driverError('syntax error at or near "selec"', '42601')],
  ])('leaves anything else a 500: %s', (_, error) => {
    expect(describeError(error)).toBeNull();
  });
});
