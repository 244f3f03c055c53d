import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it.each([
    ['/account', '/account'],
    ['/admin/audit?actor=x&page=2', '/admin/audit?actor=x&page=2'],
    ['/registry#top', '/registry#top'],
    ['/', '/'],
  ])('keeps the same-origin path %s', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    '',
    'account',
    '//evil.example',
    '//evil.example/path',
    '/\\evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    ' /account',
    '/\t/evil.example',
    '/\n/evil.example',
    'http:/evil',
  ])('rejects %j', (input) => {
    expect(safeNextPath(input)).toBe('/');
  });
});
