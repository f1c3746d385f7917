import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse, serialize } from 'cookie';
import type { SessionCookie } from '../graphql/context';

export const SESSION_COOKIE = 'pishkhan_session';

/** The session cookie: httpOnly, SameSite=Lax, Secure when configured, path `/`. */
export function sessionCookie(req: IncomingMessage, res: ServerResponse, secure: boolean): SessionCookie {
  const header = req.headers.cookie;
  const token = header ? (parse(header)[SESSION_COOKIE] ?? null) : null;
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    token,
    set(value, expiresAt) {
      res.appendHeader('Set-Cookie', serialize(SESSION_COOKIE, value, { ...base, expires: expiresAt }));
    },
    clear() {
      res.appendHeader('Set-Cookie', serialize(SESSION_COOKIE, '', { ...base, expires: new Date(0) }));
    },
  };
}
