import { toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Card, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { RegistrationForm } from './registration-form';
import { usePageTitle } from '../../../shared/page-title';

const NOTES = [
  'اطلاعات هویتی شما با سامانهٔ ثبت احوال بررسی می‌شود؛ اگر درست نباشد درخواست ثبت نمی‌شود.',
  'شمارهٔ همراه باید به نام خود شما باشد؛ با سامانهٔ شاهکار بررسی می‌شود.',
  'کاربران ستادی حتماً سطح اول (وزارتخانه) و سطح دوم (مانند ستاد وزارت نیرو یا دستگاه زیرمجموعه) را انتخاب کنند؛ وزارتخانه به‌تنهایی پذیرفته نیست.',
  'شمارهٔ همراه تأیید کننده، شمارهٔ مسئول مستقیم ارزیابی شما در دستگاه است؛ درخواست برای تأیید نزد او می‌رود.',
];

/** «درخواست ایجاد کاربری» (public). */
export function RegisterPage() {
  usePageTitle('درخواست ایجاد کاربری');
  const [trackingCode, setTrackingCode] = useState<string | null>(null);

  if (trackingCode !== null) {
    return (
      <Card style={{ width: '100%', maxWidth: 640 }}>
        <Result
          status="success"
          title="درخواست شما ثبت شد"
          subTitle="درخواست برای تأیید کننده فرستاده شد. پس از تأیید، نام کاربری (کد ملی) و گذرواژهٔ موقت برایتان پیامک می‌شود."
          extra={<Link to="/login">بازگشت به صفحهٔ ورود</Link>}
        >
          <Typography.Paragraph style={{ textAlign: 'center', fontSize: 18, margin: 0 }}>
            کد پیگیری:{' '}
            <Typography.Text strong copyable={{ text: trackingCode }} data-testid="tracking-code">
              {toPersianDigits(trackingCode)}
            </Typography.Text>
          </Typography.Paragraph>
        </Result>
      </Card>
    );
  }

  return (
    <Card style={{ width: '100%', maxWidth: 840 }}>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 22 }}>
        درخواست ایجاد کاربری
      </Typography.Title>
      <Alert
        type="info"
        style={{ marginBottom: 24 }}
        title="پیش از ثبت درخواست"
        description={
          <ol style={{ margin: 0, paddingInlineStart: 20, listStyleType: 'persian' }}>
            {NOTES.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ol>
        }
      />
      <RegistrationForm onSubmitted={setTrackingCode} />
      <div style={{ marginTop: 16 }}>
        <Link to="/login">بازگشت به صفحهٔ ورود</Link>
      </div>
    </Card>
  );
}
