import { graphql } from '../../../gql';

export const NewCaptchaMutation = graphql(`
  mutation NewCaptcha {
    newCaptcha {
      id
      image
      expiresAt
    }
  }
`);

export const LoginWithPasswordMutation = graphql(`
  mutation LoginWithPassword($input: PasswordLoginInput!) {
    loginWithPassword(input: $input) {
      mustChangePassword
    }
  }
`);

export const RequestLoginOtpMutation = graphql(`
  mutation RequestLoginOtp($input: OtpRequestInput!) {
    requestLoginOtp(input: $input) {
      challengeId
      expiresAt
      resendAvailableAt
    }
  }
`);

export const ResendLoginOtpMutation = graphql(`
  mutation ResendLoginOtp($challengeId: ID!) {
    resendLoginOtp(challengeId: $challengeId) {
      challengeId
      expiresAt
      resendAvailableAt
    }
  }
`);

export const LoginWithOtpMutation = graphql(`
  mutation LoginWithOtp($input: OtpLoginInput!) {
    loginWithOtp(input: $input) {
      mustChangePassword
    }
  }
`);

export const ForgotPasswordMutation = graphql(`
  mutation ForgotPassword($input: ForgotPasswordInput!) {
    forgotPassword(input: $input) {
      challengeId
      expiresAt
      resendAvailableAt
    }
  }
`);

export const ResendPasswordResetCodeMutation = graphql(`
  mutation ResendPasswordResetCode($challengeId: ID!) {
    resendPasswordResetCode(challengeId: $challengeId) {
      challengeId
      expiresAt
      resendAvailableAt
    }
  }
`);

export const ResetPasswordWithCodeMutation = graphql(`
  mutation ResetPasswordWithCode($input: ResetPasswordWithCodeInput!) {
    resetPasswordWithCode(input: $input)
  }
`);

/** Only asks whether the development SMS outbox exists (NOT_AVAILABLE otherwise); reads no message. */
export const SmsOutboxProbeQuery = graphql(`
  query SmsOutboxProbe {
    smsOutbox(limit: 1) {
      id
    }
  }
`);
