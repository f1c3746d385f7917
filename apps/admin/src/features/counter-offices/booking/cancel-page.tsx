import { useMutation } from '@apollo/client/react';
import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../shared/error-alert';
import { CaptchaField } from '../../accounts/login/captcha-field';
import { useCaptcha } from '../../accounts/login/use-captcha';
import { CancelVerificationAppointmentMutation } from '../counter-offices.graphql';
import { CounterTitle } from '../counter-title';

interface CancelValues {
  trackingCode: string;
  identificationNumber: string;
  captchaAnswer: string;
}

/** «لغو نوبت»: public; the tracking code and the identification number cancel an open appointment and free its place. */
export function CancelPage() {
  const [form] = Form.useForm<CancelValues>();
  const captcha = useCaptcha();
  const [cancel, cancelling] = useMutation(CancelVerificationAppointmentMutation);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ date: string; office: { name: string } } | null>(null);

  const onFinish = (values: CancelValues) => {
    if (captcha.captcha === null) return;
    setError(null);
    setDone(null);
    cancel({
      variables: {
        trackingCode: values.trackingCode.trim(),
        identificationNumber: values.identificationNumber.trim(),
        captchaId: captcha.captcha.id,
        captchaAnswer: values.captchaAnswer.trim(),
      },
    })
      .then(({ data }) => {
        if (data) setDone(data.cancelVerificationAppointment);
        form.resetFields();
      })
      .catch((failure: unknown) => setError(failure))
      .finally(() => {
        form.setFieldValue('captchaAnswer', '');
        captcha.refresh();
      });
  };

  return (
    <Flex vertical gap="large" style={{ maxWidth: 640 }}>
      <CounterTitle title="لغو نوبت احراز هویت اتباع">
        با کد رهگیری نوبت و شماره شناسایی اتباع، نوبت باز خود را لغو کنید تا جای آن برای دیگران آزاد شود.
      </CounterTitle>
      <Card>
        <Form<CancelValues> form={form} name="counter-cancel" layout="vertical" onFinish={onFinish} requiredMark>
          <Form.Item label="کد رهگیری" name="trackingCode" rules={[{ required: true, message: 'کد رهگیری را بنویسید' }]}>
            <Input dir="ltr" inputMode="numeric" maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item
            label="شماره شناسایی اتباع"
            name="identificationNumber"
            rules={[{ required: true, message: 'شماره شناسایی را بنویسید' }]}
          >
            <Input dir="ltr" inputMode="numeric" maxLength={40} autoComplete="off" />
          </Form.Item>
          <CaptchaField state={captcha} />
          <Button type="primary" danger htmlType="submit" loading={cancelling.loading} disabled={captcha.captcha === null}>
            لغو نوبت
          </Button>
        </Form>
      </Card>
      <div aria-live="polite">
        {error !== null && <ErrorAlert error={error} />}
        {done !== null && (
          <Alert
            type="success"
            showIcon
            title={`نوبت ${formatJalaliDate(done.date)} در ${done.office.name} لغو شد`}
            description={toPersianDigits('جای آن برای دیگران آزاد شد.')}
          />
        )}
      </div>
    </Flex>
  );
}
