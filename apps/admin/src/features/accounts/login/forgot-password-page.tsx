import { useMutation } from '@apollo/client/react';
import { Button, Card, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../shared/error-alert';
import { latinDigits, mobileProblem, nationalIdProblem, normalisedNationalId } from '../field-checks';
import { ruleOf } from '../field-rules';
import { CaptchaField } from './captcha-field';
import { ForgotPasswordMutation } from './login.graphql';
import { useCaptcha } from './use-captcha';

interface ForgotValues {
  nationalId: string;
  mobile: string;
  captchaAnswer: string;
}

/** The same words whatever happened: the page never tells whether a national ID has an account. */
export const FORGOT_PASSWORD_CONFIRMATION =
  'اگر کد ملی و شمارهٔ همراه با یک حساب کاربری بخوانند، گذرواژهٔ موقت تازه‌ای به همان شماره پیامک می‌شود. پس از ورود باید آن را تغییر دهید.';

/** «فراموشی گذرواژه»: a temporary password by SMS to the registered mobile. */
export function ForgotPasswordPage() {
  const [form] = Form.useForm<ForgotValues>();
  const captcha = useCaptcha();
  const [forgot, { loading }] = useMutation(ForgotPasswordMutation);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const onFinish = async ({ nationalId, mobile, captchaAnswer }: ForgotValues) => {
    if (captcha.captcha === null) return;
    setError(null);
    try {
      await forgot({
        variables: {
          input: { nationalId: normalisedNationalId(nationalId), mobile: latinDigits(mobile), captchaId: captcha.captcha.id, captchaAnswer: captchaAnswer.trim() },
        },
      });
      setDone(true);
    } catch (failure) {
      setError(failure);
      form.setFieldValue('captchaAnswer', '');
      captcha.refresh();
    }
  };

  if (done) {
    return (
      <Card style={{ width: '100%', maxWidth: 520 }}>
        <Result status="success" title="درخواست شما ثبت شد" subTitle={FORGOT_PASSWORD_CONFIRMATION} extra={<Link to="/login">بازگشت به صفحهٔ ورود</Link>} />
      </Card>
    );
  }

  return (
    <Card style={{ width: '100%', maxWidth: 460 }}>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 22 }}>
        فراموشی گذرواژه
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        کد ملی و شمارهٔ همراهی را که با آن در سامانه ثبت شده‌اید بنویسید تا گذرواژهٔ موقت تازه‌ای برایتان پیامک شود.
      </Typography.Paragraph>
      <Form<ForgotValues> form={form} name="forgot-password" layout="vertical" onFinish={(values) => void onFinish(values)} requiredMark={false}>
        <Form.Item label="کد ملی" name="nationalId" rules={[ruleOf(nationalIdProblem)]}>
          <Input inputMode="numeric" maxLength={32} dir="ltr" />
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
          دریافت گذرواژهٔ تازه
        </Button>
        <div style={{ marginTop: 16 }}>
          <Link to="/login">بازگشت به صفحهٔ ورود</Link>
        </div>
      </Form>
    </Card>
  );
}
