import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../shared/error-alert';
import { newPasswordProblem } from '../field-checks';
import { ruleOf } from '../field-rules';
import { ChangePasswordMutation, MeQuery } from '../session/session.graphql';
import { useMe } from '../session/use-me';
import { usePageTitle } from '../../../shared/page-title';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

const required = (message: string) => ruleOf((value) => ((value ?? '') === '' ? message : null));

/** «تغییر گذرواژه»; the only page open while the password is temporary. */
export function ChangePasswordPage() {
  usePageTitle('تغییر گذرواژه');
  const { me } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [change, { loading }] = useMutation(ChangePasswordMutation, { refetchQueries: [MeQuery], awaitRefetchQueries: true });
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<ChangePasswordValues>();

  const onFinish = async ({ currentPassword, newPassword }: ChangePasswordValues) => {
    setError(null);
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      message.success('گذرواژهٔ شما تغییر کرد');
      await navigate('/', { replace: true });
    } catch (failure) {
      setError(failure);
      form.setFieldValue('currentPassword', '');
    }
  };

  return (
    <Card style={{ maxWidth: 480 }}>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 22 }}>
        تغییر گذرواژه
      </Typography.Title>
      {me?.mustChangePassword ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="گذرواژهٔ شما موقت است؛ پیش از هر کار دیگری آن را تغییر دهید." />
      ) : (
        <Typography.Paragraph type="secondary">پیشنهاد می‌شود گذرواژهٔ خود را هر ماه تغییر دهید.</Typography.Paragraph>
      )}
      <Form<ChangePasswordValues>
        form={form}
        name="change-password"
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        requiredMark={false}
      >
        {/* For password managers: whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={me?.user.nationalId ?? ''} readOnly hidden />
        <Form.Item label="گذرواژهٔ فعلی" name="currentPassword" rules={[required('گذرواژهٔ فعلی را بنویسید')]}>
          <Input.Password autoComplete="current-password" maxLength={128} dir="ltr" />
        </Form.Item>
        <Form.Item
          label="گذرواژهٔ تازه"
          name="newPassword"
          extra="دست‌کم ۸ نویسه، با حرف و رقم"
          rules={[
            ruleOf(newPasswordProblem),
            ({ getFieldValue }) => ({
              validator: (_rule, value: unknown) =>
                value !== '' && value === getFieldValue('currentPassword')
                  ? Promise.reject(new Error('گذرواژهٔ تازه باید با گذرواژهٔ فعلی فرق کند'))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} dir="ltr" />
        </Form.Item>
        <Form.Item
          label="تکرار گذرواژهٔ تازه"
          name="repeatPassword"
          dependencies={['newPassword']}
          rules={[
            required('گذرواژهٔ تازه را دوباره بنویسید'),
            ({ getFieldValue }) => ({
              validator: (_rule, value: unknown) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('تکرار گذرواژه با گذرواژهٔ تازه یکی نیست')),
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
        <Button type="primary" htmlType="submit" loading={loading}>
          تغییر گذرواژه
        </Button>
      </Form>
    </Card>
  );
}
