/**
 * The path to go to after signing in: `next` only if it is a same-origin path (one leading `/`, not `//`
 * or `/\`, no scheme, no control characters); otherwise `/`. Guards against open redirects.
 * @example safeNextPath('/account?tab=1') // '/account?tab=1'
 * @example safeNextPath('//evil.example') // '/'
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/')) return '/';
  const second = next.charAt(1);
  if (second === '/' || second === '\\') return '/';
  // Browsers drop tabs and newlines from URLs, so "/\t/evil" would become "//evil".
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(next)) return '/';
  try {
    const base = 'https://kopru.invalid';
    const url = new URL(next, base);
    if (url.origin !== base) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
