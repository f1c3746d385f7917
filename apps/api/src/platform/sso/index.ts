export { createSsoRouter, SSO_BROWSER_COOKIE, type SsoRouterDeps } from './sso.routes';
export { readSsoConfig, type SsoConfig, type SsoProvider } from './sso-config';
export { SsoLogin } from './sso-login.entity';
export { EMBEDDED_IDP_PATH } from './embedded-idp';
export { SSO_CALLBACK_PATH, SSO_START_PATH, SSO_STATUS_PATH } from './sso-paths';
export type { SsoErrorCode } from './sso.errors';
