import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public, RequirePermission } from '../../platform/auth/access';
import { Permission } from '../../platform/auth/permissions';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { RequestContext } from '../../platform/graphql/context';
import { IdArg } from '../../platform/graphql/id-arg';
import { UnauthenticatedError } from '../../platform/errors/domain-error';
import { Captcha, Me, OtpChallenge, PasswordResetChallenge } from './accounts.type';
import {
  ChangePasswordInput,
  ForgotPasswordInput,
  OtpLoginInput,
  OtpRequestInput,
  PasswordLoginInput,
  ResetPasswordWithCodeInput,
} from './accounts.inputs';
import { CaptchaService } from './captcha.service';
import { LoginService } from './login.service';
import { MeService } from './me.service';
import { SessionService } from './session.service';
import type { OpenedSession } from './session.service';

function userOf(ctx: RequestContext): UserPrincipal {
  if (ctx.principal?.kind !== 'user') throw new UnauthenticatedError();
  return ctx.principal;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly captcha: CaptchaService,
    private readonly login: LoginService,
    private readonly sessions: SessionService,
    private readonly profiles: MeService,
  ) {}

  // Public on purpose: a captcha is drawn before anyone signs in.
  @Public()
  @Mutation(() => Captcha, { description: 'A new single-use captcha (valid 3 minutes)' })
  newCaptcha(): Promise<Captcha> {
    return this.captcha.issue();
  }

  // Public on purpose, and answers only where captchas are embedded (development, tests): the
  // automated flows read the answer here, the checks themselves stay on.
  @Public()
  @Query(() => String, { nullable: true, description: 'Development and tests only: the answer of an unused captcha; null in production' })
  devCaptchaAnswer(@IdArg('captchaId') captchaId: string): Promise<string | null> {
    return this.captcha.devAnswer(captchaId);
  }

  // Public on purpose: signing in.
  @Public()
  @Mutation(() => Me, { description: 'Sign in with national ID, password and captcha; sets the session cookie' })
  async loginWithPassword(@Arg('input', () => PasswordLoginInput) input: PasswordLoginInput, @Ctx() ctx: RequestContext): Promise<Me> {
    return this.afterSignIn(ctx, await this.login.loginWithPassword(ctx, input));
  }

  // Public on purpose: signing in.
  @Public()
  @Mutation(() => OtpChallenge, {
    description: 'Send a one-time password by SMS (same answer whether or not the national ID has an account)',
  })
  requestLoginOtp(@Arg('input', () => OtpRequestInput) input: OtpRequestInput, @Ctx() ctx: RequestContext): Promise<OtpChallenge> {
    return this.login.requestOtp(ctx, input);
  }

  // Public on purpose: signing in.
  @Public()
  @Mutation(() => OtpChallenge, { description: 'A new code for the same challenge, after the cool-down' })
  resendLoginOtp(@IdArg('challengeId') challengeId: string, @Ctx() ctx: RequestContext): Promise<OtpChallenge> {
    return this.login.resendOtp(ctx, challengeId);
  }

  // Public on purpose: signing in.
  @Public()
  @Mutation(() => Me, { description: 'Sign in with the one-time password; sets the session cookie' })
  async loginWithOtp(@Arg('input', () => OtpLoginInput) input: OtpLoginInput, @Ctx() ctx: RequestContext): Promise<Me> {
    return this.afterSignIn(ctx, await this.login.loginWithOtp(ctx, input));
  }

  // Public on purpose: a user who forgot his password cannot sign in.
  @Public()
  @Mutation(() => PasswordResetChallenge, {
    description:
      'A password-reset code by SMS to the registered mobile; nothing changes yet. The same answer whether or not the national ID and mobile match an account',
  })
  forgotPassword(
    @Arg('input', () => ForgotPasswordInput) input: ForgotPasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PasswordResetChallenge> {
    return this.login.forgotPassword(ctx, input);
  }

  // Public on purpose: a user who forgot his password cannot sign in.
  @Public()
  @Mutation(() => PasswordResetChallenge, { description: 'A new password-reset code for the same challenge, after the cool-down' })
  resendPasswordResetCode(@IdArg('challengeId') challengeId: string, @Ctx() ctx: RequestContext): Promise<PasswordResetChallenge> {
    return this.login.resendPasswordResetCode(ctx, challengeId);
  }

  // Public on purpose: a user who forgot his password cannot sign in; the code proves the mobile.
  @Public()
  @Mutation(() => Boolean, { description: 'Set a new password with the code of forgotPassword; every session of the account ends' })
  async resetPasswordWithCode(
    @Arg('input', () => ResetPasswordWithCodeInput) input: ResetPasswordWithCodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await this.login.resetPasswordWithCode(ctx, input);
    return true;
  }

  // Public on purpose: `null` is the answer for a caller who is not signed in.
  @Public()
  @Query(() => Me, { nullable: true, description: 'The signed-in user, his roles and the active one; null when not signed in' })
  async me(@Ctx() ctx: RequestContext): Promise<Me | null> {
    return ctx.principal?.kind === 'user' ? this.profiles.describe(ctx.principal) : null;
  }

  @RequirePermission(Permission.SIGNED_IN)
  @Mutation(() => Me, { description: 'Act in another of my roles, without signing out' })
  async switchRole(@IdArg('roleAssignmentId') roleAssignmentId: string, @Ctx() ctx: RequestContext): Promise<Me> {
    const principal = userOf(ctx);
    await this.profiles.switchRole(principal, roleAssignmentId);
    const switched = await this.sessions.principalOf(ctx.session.token ?? '');
    if (!switched) throw new UnauthenticatedError();
    ctx.principal = switched;
    return this.profiles.describe(switched);
  }

  @RequirePermission(Permission.SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Change my password; my other sessions end' })
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    const principal = userOf(ctx);
    await this.login.changePassword(ctx, principal.id, principal.sessionId, input);
    return true;
  }

  // Public on purpose: signing out works (and answers true) whether or not the session is alive.
  @Public()
  @Mutation(() => Boolean, { description: 'Sign out: the session ends and the cookie is cleared' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    if (ctx.principal?.kind === 'user') await this.sessions.revoke(ctx.principal.sessionId);
    ctx.session.clear();
    return true;
  }

  /** The new session's cookie; a session this browser held before (anyone's) ends. */
  private async afterSignIn(ctx: RequestContext, opened: OpenedSession): Promise<Me> {
    if (ctx.session.token) await this.sessions.endByToken(ctx.session.token);
    ctx.session.set(opened.token, opened.expiresAt);
    const principal = await this.sessions.principalOf(opened.token);
    if (!principal) throw new UnauthenticatedError();
    ctx.principal = principal;
    return this.profiles.describe(principal);
  }
}
