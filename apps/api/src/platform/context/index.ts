export type { ComposedContext, ContextModule, PlatformServices } from './context-module';
export { ServiceKey, ServiceRegistry } from './service-registry';
export { BEARER_AUTH, CAPTCHA, SESSIONS } from './platform-keys';
