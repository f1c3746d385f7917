/**
 * Addresses outside the admin app. The support ticket system is set per deployment with
 * `VITE_SUPPORT_TICKET_URL` at build time; the default is only a placeholder.
 */
export const SUPPORT_TICKET_URL: string =
  (import.meta.env.VITE_SUPPORT_TICKET_URL as string | undefined) ?? 'mailto:support@pishkhan.example';

/** Single sign-on through the national Sina system: a full-page visit, served by the API. */
export const SSO_START_URL = '/auth/sso/start';

/** The query parameter the API adds to `/login` when single sign-on fails. */
export const SSO_ERROR_PARAM = 'sso_error';
