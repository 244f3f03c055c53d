import { describe, expect, it } from 'vitest';
import { splitLinks } from './linkify';

describe('splitLinks', () => {
  it('finds links and keeps the text around them', () => {
    expect(splitLinks('Open https://kopru.example/reset-password?token=abc.\nThanks')).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'link', href: 'https://kopru.example/reset-password?token=abc' },
      { kind: 'text', text: '.\nThanks' },
    ]);
  });

  it('handles several links and none', () => {
    expect(splitLinks('a http://x.org b http://y.org')).toHaveLength(4);
    expect(splitLinks('no links here')).toEqual([{ kind: 'text', text: 'no links here' }]);
    expect(splitLinks('')).toEqual([]);
  });

  it('ignores other schemes', () => {
    expect(splitLinks('javascript:alert(1) mailto:a@b.c')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) mailto:a@b.c' },
    ]);
  });
});
