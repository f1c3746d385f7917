import { tehranToday } from '@pishkhan/domain-rules';
import { formatJalaliDate } from '@pishkhan/fa-format';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { LinkButton } from '../../shared/link-button';
import { useMe } from '../accounts/session/use-me';
import { RolePanel } from './role-panel';

interface Service {
  title: string;
  description: string;
}

const SERVICES: readonly Service[] = [
  {
    title: 'خانوار و کد ملی',
    description: 'استعلام و یکسان‌سازی کد ملی، خوشهٔ درآمدی خانوارها و پایلوت شناسایی ساختار خانوار.',
  },
  {
    title: 'سکوی معنا',
    description: 'مدیریت عملکرد دستگاه‌های اجرایی: شاخص‌ها، ارجاع، ثبت عملکرد و ارزیابی.',
  },
  {
    title: 'حج تمتع',
    description: 'ثبت‌نام دارندگان قبض ودیعه‌گذاری در کاروان‌ها و تبدیل قبض‌های قدیمی.',
  },
  {
    title: 'دفاتر پیشخوان دولت',
    description: 'نوبت‌دهی و احراز هویت اتباع خارجی در دفاتر پیشخوان، با تعرفهٔ مصوب و ممیزی دفاتر.',
  },
];

export function HomePage() {
  const now = new Date();
  const { me } = useMe();
  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {me === null ? 'به پیشخوان خوش آمدید' : `${me.user.firstName} ${me.user.lastName}، خوش آمدید`}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>
        پیشخوان سامانهٔ مدیریت خدمات الکترونیکی دولت است. امروز{' '}
        <time dateTime={tehranToday(now)} data-testid="today">
          {formatJalaliDate(now)}
        </time>{' '}
        است.
      </Typography.Paragraph>
      {me === null ? (
        <Card>
          <Flex justify="space-between" align="center" wrap gap="small">
            <Typography.Text>برای کار در سکوی معنا وارد شوید؛ اگر حساب کاربری ندارید، درخواست ایجاد کاربری بدهید.</Typography.Text>
            <Flex gap="small">
              <LinkButton to="/login" type="primary">
                ورود به سامانه
              </LinkButton>
              <LinkButton to="/register">درخواست ایجاد کاربری</LinkButton>
            </Flex>
          </Flex>
        </Card>
      ) : (
        <RolePanel me={me} />
      )}
      <Typography.Paragraph style={{ margin: 0 }}>
        خدمات پیشخوان در چهار بخش زیر فراهم می‌شود. در این نسخه «استعلام کد ملی» و ورود و نقش‌های سکوی معنا در دسترس است و
        بخش‌های دیگر به‌تدریج افزوده می‌شوند.
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {SERVICES.map((service) => (
          <Col key={service.title} xs={24} md={12}>
            <Card title={service.title} style={{ height: '100%' }}>
              {service.description}
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
