/** Where the login page sends a person back to after signing in. */
export const NEXT_PARAM = 'next';

/** Pages a signed-out person may use; never a place to come back to after signing in. */
const SIGN_IN_PAGES = ['/login', '/register', '/forgot-password'];

/** True on a page where a person signs in (or asks to): never a page to come back to. */
export function isSignInPage(pathname: string): boolean {
  return SIGN_IN_PAGES.includes(pathname);
}

/**
 * A `next` value that is safe to navigate to: a path of this app (not `//host` or a full URL) and
 * not a sign-in page. Anything else is the home page.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  const path = next.split(/[?#]/)[0] ?? '/';
  return SIGN_IN_PAGES.includes(path) ? '/' : next;
}

/** The login page address that comes back to `location` afterwards. */
export function loginPathFor(location: { pathname: string; search?: string }): string {
  const back = `${location.pathname}${location.search ?? ''}`;
  return back === '/' ? '/login' : `/login?${NEXT_PARAM}=${encodeURIComponent(back)}`;
}
