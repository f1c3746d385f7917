import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ForgotPasswordMutation as ForgotPasswordResult } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { latinDigits, mobileProblem, nationalIdProblem, newPasswordProblem, normalisedNationalId } from '../field-checks';
import { ruleOf } from '../field-rules';
import { CaptchaField } from './captcha-field';
import { formatCountdown, secondsUntil } from './countdown';
import { ForgotPasswordMutation, ResendPasswordResetCodeMutation, ResetPasswordWithCodeMutation } from './login.graphql';
import { useCaptcha } from './use-captcha';
import { useNow } from './use-now';

type Challenge = ForgotPasswordResult['forgotPassword'];

interface AskValues {
  nationalId: string;
  mobile: string;
  captchaAnswer: string;
}

interface ResetValues {
  code: string;
  newPassword: string;
  repeatPassword: string;
}

/** The same words whatever happened: the page never tells whether a national ID has an account. */
export const FORGOT_PASSWORD_CONFIRMATION =
  'اگر کد ملی و شمارهٔ همراه با یک حساب کاربری بخوانند، کد بازیابی گذرواژه به همان شماره پیامک شد. تا کد را به کار نبرید، گذرواژهٔ شما تغییر نمی‌کند.';

const codeProblem = (value: string | undefined) => {
  const code = latinDigits(value ?? '');
  if (code === '') return 'کد بازیابی را بنویسید';
  return /^\d{6}$/.test(code) ? null : 'کد بازیابی ۶ رقم است';
};

/**
 * «فراموشی گذرواژه» in two steps: national ID, mobile and captcha → a code by SMS to the
 * registered mobile (nothing changes yet) → the code and a new password. Then every session of
 * the account is closed and the person signs in with the new password.
 */
export function ForgotPasswordPage() {
  const [sent, setSent] = useState<{ nationalId: string; challenge: Challenge } | null>(null);
  const [done, setDone] = useState(false);

  if (done) {
    return (
      <Card style={{ width: '100%', maxWidth: 520 }}>
        <Result
          status="success"
          title="گذرواژهٔ شما تغییر کرد"
          subTitle="همهٔ نشست‌های باز این حساب بسته شد؛ اکنون با گذرواژهٔ تازه وارد شوید."
          extra={<Link to="/login">ورود به سامانه</Link>}
        />
      </Card>
    );
  }

  return (
    <Card style={{ width: '100%', maxWidth: 460 }}>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 22 }}>
        فراموشی گذرواژه
      </Typography.Title>
      {sent === null ? (
        <AskStep onSent={(nationalId, challenge) => setSent({ nationalId, challenge })} />
      ) : (
        <ResetStep
          nationalId={sent.nationalId}
          challenge={sent.challenge}
          onResent={(challenge) => setSent({ ...sent, challenge })}
          onBack={() => setSent(null)}
          onDone={() => setDone(true)}
        />
      )}
      <div style={{ marginTop: 16 }}>
        <Link to="/login">بازگشت به صفحهٔ ورود</Link>
      </div>
    </Card>
  );
}

function AskStep({ onSent }: { onSent: (nationalId: string, challenge: Challenge) => void }) {
  const [form] = Form.useForm<AskValues>();
  const captcha = useCaptcha();
  const [ask, { loading }] = useMutation(ForgotPasswordMutation);
  const [error, setError] = useState<unknown>(null);

  const onFinish = async ({ nationalId, mobile, captchaAnswer }: AskValues) => {
    if (captcha.captcha === null) return;
    setError(null);
    const normalised = normalisedNationalId(nationalId);
    try {
      const { data } = await ask({
        variables: {
          input: {
            nationalId: normalised,
            mobile: latinDigits(mobile),
            captchaId: captcha.captcha.id,
            captchaAnswer: captchaAnswer.trim(),
          },
        },
      });
      if (data) onSent(normalised, data.forgotPassword);
    } catch (failure) {
      setError(failure);
      form.setFieldValue('captchaAnswer', '');
      captcha.refresh();
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        کد ملی و شمارهٔ همراهی را که با آن در سامانه ثبت شده‌اید بنویسید تا کد بازیابی گذرواژه برایتان پیامک شود.
      </Typography.Paragraph>
      <Form<AskValues>
        form={form}
        name="forgot-password"
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        requiredMark={false}
      >
        <Form.Item label="کد ملی" name="nationalId" rules={[ruleOf(nationalIdProblem)]}>
          <Input inputMode="numeric" autoComplete="username" maxLength={32} dir="ltr" />
        </Form.Item>
        <Form.Item label="شمارهٔ همراه" name="mobile" rules={[ruleOf(mobileProblem)]}>
          <Input inputMode="tel" maxLength={11} dir="ltr" placeholder="۰۹۱۲۱۲۳۴۵۶۷" />
        </Form.Item>
        <CaptchaField state={captcha} />
        {error !== null && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={loading} disabled={captcha.captcha === null}>
          دریافت کد بازیابی
        </Button>
      </Form>
    </>
  );
}

interface ResetStepProps {
  nationalId: string;
  challenge: Challenge;
  onResent: (challenge: Challenge) => void;
  onBack: () => void;
  onDone: () => void;
}

function ResetStep({ nationalId, challenge, onResent, onBack, onDone }: ResetStepProps) {
  const [form] = Form.useForm<ResetValues>();
  const [reset, { loading }] = useMutation(ResetPasswordWithCodeMutation);
  const [resend, { loading: resending }] = useMutation(ResendPasswordResetCodeMutation);
  const [error, setError] = useState<unknown>(null);
  const now = useNow(true);
  const resendIn = secondsUntil(challenge.resendAvailableAt, now);
  const validFor = secondsUntil(challenge.expiresAt, now);

  const onFinish = async ({ code, newPassword }: ResetValues) => {
    setError(null);
    try {
      await reset({ variables: { input: { challengeId: challenge.challengeId, nationalId, code: latinDigits(code), newPassword } } });
      onDone();
    } catch (failure) {
      setError(failure);
      form.setFieldValue('code', '');
    }
  };

  const onResend = async () => {
    setError(null);
    try {
      const { data } = await resend({ variables: { challengeId: challenge.challengeId } });
      if (data) onResent(data.resendPasswordResetCode);
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Form<ResetValues>
      form={form}
      name="reset-password"
      layout="vertical"
      onFinish={(values) => void onFinish(values)}
      requiredMark={false}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={FORGOT_PASSWORD_CONFIRMATION} />
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" value={nationalId} readOnly hidden />
      <Form.Item
        label="کد بازیابی"
        name="code"
        rules={[ruleOf(codeProblem)]}
        extra={validFor > 0 ? `اعتبار کد: ${formatCountdown(validFor)}` : 'کد منقضی شد؛ کد تازه بخواهید.'}
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} dir="ltr" />
      </Form.Item>
      <Form.Item label="گذرواژهٔ تازه" name="newPassword" extra="دست‌کم ۸ نویسه، با حرف و رقم" rules={[ruleOf(newPasswordProblem)]}>
        <Input.Password autoComplete="new-password" maxLength={128} dir="ltr" />
      </Form.Item>
      <Form.Item
        label="تکرار گذرواژهٔ تازه"
        name="repeatPassword"
        dependencies={['newPassword']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_rule, value: unknown) =>
              value !== undefined && value !== '' && value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(value ? 'تکرار گذرواژه با گذرواژهٔ تازه یکی نیست' : 'گذرواژهٔ تازه را دوباره بنویسید')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={128} dir="ltr" />
      </Form.Item>
      {error !== null && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      )}
      <Flex justify="space-between" align="center" wrap gap="small">
        <Button type="primary" htmlType="submit" loading={loading}>
          تغییر گذرواژه
        </Button>
        <Flex align="center" gap="small">
          {resendIn > 0 && <Typography.Text type="secondary">{formatCountdown(resendIn)} تا ارسال دوباره</Typography.Text>}
          <Button onClick={() => void onResend()} disabled={resendIn > 0} loading={resending}>
            ارسال دوباره
          </Button>
        </Flex>
      </Flex>
      <Button type="link" onClick={onBack} style={{ paddingInline: 0, marginTop: 8 }}>
        تغییر کد ملی یا شمارهٔ همراه
      </Button>
    </Form>
  );
}
