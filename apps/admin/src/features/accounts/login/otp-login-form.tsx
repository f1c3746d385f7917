import { useMutation } from '@apollo/client/react';
import { Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { RequestLoginOtpMutation as RequestLoginOtpResult } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { retryWaitOf, useSecondsLeft, type RetryWait } from '../../../shared/retry-wait';
import { latinDigits, nationalIdProblem, normalisedNationalId, otpCodeProblem } from '../field-checks';
import { ruleOf } from '../field-rules';
import { CaptchaField } from './captcha-field';
import { formatCountdown, secondsUntil } from './countdown';
import { LoginWithOtpMutation, RequestLoginOtpMutation, ResendLoginOtpMutation } from './login.graphql';
import { useCaptcha } from './use-captcha';
import { useNow } from './use-now';

type Challenge = RequestLoginOtpResult['requestLoginOtp'];

interface RequestValues {
  nationalId: string;
  captchaAnswer: string;
}

interface CodeValues {
  code: string;
}

export interface OtpLoginFormProps {
  onSignedIn: () => Promise<void>;
}

/** National ID + captcha → a one-time password by SMS → the code (seed 002 rule 1). */
export function OtpLoginForm({ onSignedIn }: OtpLoginFormProps) {
  const [sent, setSent] = useState<{ nationalId: string; challenge: Challenge } | null>(null);
  return sent === null ? (
    <OtpRequestStep onSent={(nationalId, challenge) => setSent({ nationalId, challenge })} />
  ) : (
    <OtpCodeStep
      nationalId={sent.nationalId}
      challenge={sent.challenge}
      onResent={(challenge) => setSent({ ...sent, challenge })}
      onBack={() => setSent(null)}
      onSignedIn={onSignedIn}
    />
  );
}

function OtpRequestStep({ onSent }: { onSent: (nationalId: string, challenge: Challenge) => void }) {
  const [form] = Form.useForm<RequestValues>();
  const captcha = useCaptcha();
  const [request, { loading }] = useMutation(RequestLoginOtpMutation);
  const [error, setError] = useState<unknown>(null);
  const [wait, setWait] = useState<RetryWait | null>(null);
  const waiting = useSecondsLeft(wait) > 0;

  const onFinish = async ({ nationalId, captchaAnswer }: RequestValues) => {
    if (captcha.captcha === null) return;
    setError(null);
    const normalised = normalisedNationalId(nationalId);
    try {
      const { data } = await request({
        variables: { input: { nationalId: normalised, captchaId: captcha.captcha.id, captchaAnswer: captchaAnswer.trim() } },
      });
      if (data) onSent(normalised, data.requestLoginOtp);
    } catch (failure) {
      setError(failure);
      setWait(retryWaitOf(failure, Date.now()));
      form.setFieldValue('captchaAnswer', '');
      captcha.refresh();
    }
  };

  return (
    <Form<RequestValues> form={form} name="otp-request" layout="vertical" onFinish={(values) => void onFinish(values)} requiredMark={false}>
      <Form.Item label="کد ملی" name="nationalId" rules={[ruleOf(nationalIdProblem)]}>
        <Input inputMode="numeric" autoComplete="username" maxLength={32} dir="ltr" placeholder="کد ملی ۱۰ رقمی" />
      </Form.Item>
      <CaptchaField state={captcha} />
      {error !== null && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} wait={wait} />
        </div>
      )}
      <Button type="primary" htmlType="submit" loading={loading} disabled={captcha.captcha === null || waiting}>
        ارسال رمز یکبار مصرف
      </Button>
    </Form>
  );
}

interface OtpCodeStepProps {
  nationalId: string;
  challenge: Challenge;
  onResent: (challenge: Challenge) => void;
  onBack: () => void;
  onSignedIn: () => Promise<void>;
}

function OtpCodeStep({ nationalId, challenge, onResent, onBack, onSignedIn }: OtpCodeStepProps) {
  const [form] = Form.useForm<CodeValues>();
  const [login, { loading }] = useMutation(LoginWithOtpMutation);
  const [resend, { loading: resending }] = useMutation(ResendLoginOtpMutation);
  const [error, setError] = useState<unknown>(null);
  const [wait, setWait] = useState<RetryWait | null>(null);
  const waiting = useSecondsLeft(wait) > 0;
  const now = useNow(true);
  const resendIn = secondsUntil(challenge.resendAvailableAt, now);
  const validFor = secondsUntil(challenge.expiresAt, now);

  const onFinish = async ({ code }: CodeValues) => {
    setError(null);
    try {
      await login({ variables: { input: { challengeId: challenge.challengeId, nationalId, code: latinDigits(code) } } });
      await onSignedIn();
    } catch (failure) {
      setError(failure);
      setWait(retryWaitOf(failure, Date.now()));
      form.setFieldValue('code', '');
    }
  };

  const onResend = async () => {
    setError(null);
    try {
      const { data } = await resend({ variables: { challengeId: challenge.challengeId } });
      if (data) onResent(data.resendLoginOtp);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Form<CodeValues> form={form} name="otp-login" layout="vertical" onFinish={(values) => void onFinish(values)} requiredMark={false}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="اگر این کد ملی حساب کاربری داشته باشد، رمز یکبار مصرف به شمارهٔ همراه ثبت‌شدهٔ آن پیامک شد."
      />
      <Form.Item
        label="رمز یکبار مصرف"
        name="code"
        rules={[ruleOf(otpCodeProblem)]}
        extra={validFor > 0 ? `اعتبار رمز: ${formatCountdown(validFor)}` : 'رمز منقضی شد؛ رمز تازه بخواهید.'}
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} dir="ltr" />
      </Form.Item>
      {error !== null && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} wait={wait} />
        </div>
      )}
      <Flex justify="space-between" align="center" wrap gap="small">
        <Button type="primary" htmlType="submit" loading={loading} disabled={waiting} style={{ minWidth: 120 }}>
          ورود
        </Button>
        <Flex align="center" gap="small">
          {resendIn > 0 && <Typography.Text type="secondary">{formatCountdown(resendIn)} تا ارسال دوباره</Typography.Text>}
          <Button onClick={() => void onResend()} disabled={resendIn > 0} loading={resending}>
            ارسال دوباره
          </Button>
        </Flex>
      </Flex>
      <Button type="link" onClick={onBack} style={{ paddingInline: 0, marginTop: 8 }}>
        تغییر کد ملی
      </Button>
    </Form>
  );
}
