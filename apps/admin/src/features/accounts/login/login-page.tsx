import { Alert, Card, Tabs, Typography } from 'antd';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { persianMessageForCode } from '../../../shared/errors';
import { SSO_ERROR_PARAM } from '../../../shared/site-links';
import { NEXT_PARAM, safeNextPath } from '../session/next-path';
import { useMe } from '../session/use-me';
import { isSignedOutState, useSessionActions } from '../session/use-session-actions';
import { LoginLinks } from './login-links';
import { OtpLoginForm } from './otp-login-form';
import { PasswordLoginForm } from './password-login-form';

/** The login page of seed 002: password or one-time password, each with a captcha, and the links around them. */
export function LoginPage() {
  const { me } = useMe();
  const [params] = useSearchParams();
  const location = useLocation();
  const { signedIn } = useSessionActions();
  const next = safeNextPath(params.get(NEXT_PARAM));
  const ssoError = params.get(SSO_ERROR_PARAM);
  const honorary = params.get('as') === 'honorary';

  // A signed-in visitor goes on, unless he has just signed out and `me` is being forgotten.
  if (me !== null && !isSignedOutState(location.state)) return <Navigate to={next} replace />;

  const onSignedIn = () => signedIn(next);
  return (
    <Card style={{ width: '100%', maxWidth: 460 }}>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 22 }}>
        ورود به سامانه
      </Typography.Title>
      {ssoError !== null && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={persianMessageForCode(ssoError)} />}
      {honorary && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="ارزیابان افتخاری با کد ملی و گذرواژه یا رمز یکبار مصرف وارد می‌شوند."
        />
      )}
      <Tabs
        destroyOnHidden
        items={[
          { key: 'password', label: 'ورود با گذرواژه', children: <PasswordLoginForm onSignedIn={onSignedIn} /> },
          { key: 'otp', label: 'ورود با رمز یکبار مصرف', children: <OtpLoginForm onSignedIn={onSignedIn} /> },
        ]}
      />
      <LoginLinks />
    </Card>
  );
}
