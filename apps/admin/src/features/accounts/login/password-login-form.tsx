import { useMutation } from '@apollo/client/react';
import { Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../shared/error-alert';
import { errorCode } from '../../../shared/errors';
import { retryWaitOf, useSecondsLeft, type RetryWait } from '../../../shared/retry-wait';
import { nationalIdProblem, normalisedNationalId } from '../field-checks';
import { ruleOf } from '../field-rules';
import { CaptchaField } from './captcha-field';
import { LoginWithPasswordMutation } from './login.graphql';
import { useCaptcha } from './use-captcha';

interface PasswordLoginValues {
  nationalId: string;
  password: string;
  captchaAnswer: string;
}

export interface PasswordLoginFormProps {
  onSignedIn: () => Promise<void>;
}

const passwordProblem = (value: string | undefined) => ((value ?? '') === '' ? 'گذرواژه را بنویسید' : null);

/** National ID + password + captcha (seed 002 rule 1). */
export function PasswordLoginForm({ onSignedIn }: PasswordLoginFormProps) {
  const [form] = Form.useForm<PasswordLoginValues>();
  const captcha = useCaptcha();
  const [login, { loading }] = useMutation(LoginWithPasswordMutation);
  const [error, setError] = useState<unknown>(null);
  // «n ثانیه دیگر دوباره تلاش کنید» counts down, and the button waits with it.
  const [wait, setWait] = useState<RetryWait | null>(null);
  const waiting = useSecondsLeft(wait) > 0;

  const onFinish = async ({ nationalId, password, captchaAnswer }: PasswordLoginValues) => {
    if (captcha.captcha === null) return;
    setError(null);
    try {
      await login({
        variables: {
          input: {
            nationalId: normalisedNationalId(nationalId),
            password,
            captchaId: captcha.captcha.id,
            captchaAnswer: captchaAnswer.trim(),
          },
        },
      });
      await onSignedIn();
    } catch (failure) {
      setError(failure);
      setWait(retryWaitOf(failure, Date.now()));
      // A captcha is single use: whatever went wrong, the next try needs a new one.
      form.setFieldValue('captchaAnswer', '');
      if (errorCode(failure) === 'INVALID_CREDENTIALS') form.setFieldValue('password', '');
      captcha.refresh();
    }
  };

  return (
    <Form<PasswordLoginValues>
      form={form}
      name="password-login"
      layout="vertical"
      onFinish={(values) => void onFinish(values)}
      requiredMark={false}
    >
      <Form.Item label="کد ملی" name="nationalId" rules={[ruleOf(nationalIdProblem)]}>
        <Input inputMode="numeric" autoComplete="username" maxLength={32} dir="ltr" placeholder="کد ملی ۱۰ رقمی" />
      </Form.Item>
      <Form.Item label="گذرواژه" name="password" rules={[ruleOf(passwordProblem)]}>
        <Input.Password autoComplete="current-password" maxLength={128} dir="ltr" />
      </Form.Item>
      <CaptchaField state={captcha} />
      {error !== null && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} wait={wait} />
        </div>
      )}
      <Flex justify="space-between" align="center">
        <Button type="primary" htmlType="submit" loading={loading} disabled={captcha.captcha === null || waiting} style={{ minWidth: 120 }}>
          ورود
        </Button>
        <Link to="/forgot-password">فراموشی گذرواژه</Link>
      </Flex>
    </Form>
  );
}
