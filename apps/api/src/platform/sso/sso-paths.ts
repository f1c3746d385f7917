/** The API's single sign-on routes; the admin links to the first and the IdP returns to the second. */
export const SSO_START_PATH = '/auth/sso/start';
export const SSO_CALLBACK_PATH = '/auth/sso/callback';
export const SSO_STATUS_PATH = '/auth/sso/status';
/** Where the browser lands after a failure: the admin's sign-in page shows `sso_error`. */
export const SSO_FAILURE_PATH = '/login';
