import { CAPTCHA, SESSIONS, type ContextModule } from '../../platform/context';
import { ORGANISATIONS } from '../organisations';
import { registerAccountsAuditDirectory } from './accounts-audit';
import { accountsSeed } from './accounts.seed';
import { AuthChallenge } from './auth-challenge.entity';
import { AuthResolver } from './auth.resolver';
import { CaptchaService } from './captcha.service';
import { LoginThrottle } from './login-throttle.entity';
import { LoginThrottleService } from './login-throttle.service';
import { LoginService } from './login.service';
import { MeService } from './me.service';
import { PasswordResetChallenge1764500000000 } from './migrations/1764500000000-password-reset-challenge';
import { OneTimeCodes } from './one-time-codes';
import { RegistrationRequest } from './registration-request.entity';
import { RegistrationViews } from './registration-views';
import { RegistrationResolver } from './registration.resolver';
import { RegistrationService } from './registration.service';
import { RoleAssignment } from './role-assignment.entity';
import { UserSession } from './session.entity';
import { SessionService } from './session.service';
import { UserAccount } from './user-account.entity';

/** Accounts and access: sign-in, sessions, captchas, registration, roles. Provides SESSIONS and CAPTCHA. */
export const accountsModule: ContextModule = {
  name: 'accounts',
  resolvers: [AuthResolver, RegistrationResolver],
  entities: [UserAccount, RoleAssignment, UserSession, AuthChallenge, LoginThrottle, RegistrationRequest],
  migrations: [PasswordResetChallenge1764500000000],
  seed: accountsSeed,
  compose: ({ config, dataSource, audit, sms, registry, shahkar, limiter, log }, services) => {
    const sessions = new SessionService(dataSource, { idleMinutes: config.auth.sessionIdleMinutes, maxHours: config.auth.sessionMaxHours });
    const captcha = new CaptchaService(dataSource, config.auth.exposeCaptchaAnswers);
    const throttle = new LoginThrottleService(dataSource);
    const codes = new OneTimeCodes(dataSource, limiter, throttle, sms, config.auth.otpLimits, log);
    const login = new LoginService(dataSource, captcha, throttle, codes, sessions, audit);
    const registrations = new RegistrationService(
      dataSource,
      captcha,
      registry,
      shahkar,
      sms,
      audit,
      limiter,
      config.auth.registrationLimits,
    );
    registerAccountsAuditDirectory(audit.directory, dataSource);
    services.provide(SESSIONS, sessions);
    services.provide(CAPTCHA, captcha);
    return {
      resolvers: [
        new AuthResolver(captcha, login, sessions, new MeService(dataSource, sessions)),
        new RegistrationResolver(registrations, new RegistrationViews(services.get(ORGANISATIONS))),
      ],
    };
  },
};
