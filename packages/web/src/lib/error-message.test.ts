import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { fieldErrorsByPath, fieldErrorsOf } from './error-message';

const t = ((key: string) => key) as never;

describe('field errors', () => {
  const error = new ApiError({
    code: 'VALIDATION_FAILED',
    status: 400,
    fieldErrors: [
      { path: 'body/names/0/name', message: 'x' },
      { path: 'body.website', message: 'x' },
      { path: 'names[1].lang', message: 'x' },
    ],
  });

  it('keep the whole path for rows', () => {
    expect(fieldErrorsByPath(t, error)).toEqual({
      'names.0.name': 'form.invalidValue',
      website: 'form.invalidValue',
      'names.1.lang': 'form.invalidValue',
    });
  });

  it('key by the last segment for simple forms', () => {
    expect(Object.keys(fieldErrorsOf(t, error)).sort()).toEqual(['lang', 'name', 'website']);
    expect(fieldErrorsByPath(t, new Error('x'))).toEqual({});
  });
});
