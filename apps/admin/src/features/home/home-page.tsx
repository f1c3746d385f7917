import { tehranToday } from '@pishkhan/domain-rules';
import { formatJalaliDate } from '@pishkhan/fa-format';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { MENU_ITEMS, type MenuItem } from '../../layout/menu';
import { LinkButton } from '../../shared/link-button';
import { useMe } from '../accounts/session/use-me';
import { RolePanel } from './role-panel';
import { usePageTitle } from '../../shared/page-title';

interface Service {
  title: string;
  description: string;
  /** Where its pages live: the service is open once the menu has a page there. */
  pathPrefix: string;
}

const SERVICES: readonly Service[] = [
  {
    title: 'خانوار و کد ملی',
    description: 'استعلام و یکسان‌سازی کد ملی، خوشهٔ درآمدی خانوارها، رویدادهای حیاتی، اعتراض‌ها و پایلوت شناسایی ساختار خانوار.',
    pathPrefix: '/households/',
  },
  {
    title: 'سکوی معنا',
    description: 'مدیریت عملکرد دستگاه‌های اجرایی: شاخص‌ها، ارجاع، ثبت عملکرد، تأیید، ارزیابی و پیشنهاد شاخص.',
    pathPrefix: '/performance/',
  },
  {
    title: 'حج تمتع',
    description: 'ثبت‌نام دارندگان قبض ودیعه‌گذاری در کاروان‌ها و تبدیل قبض‌های قدیمی.',
    pathPrefix: '/hajj/',
  },
  {
    title: 'دفاتر پیشخوان دولت',
    description: 'نوبت‌دهی و احراز هویت اتباع خارجی در دفاتر پیشخوان، با تعرفهٔ مصوب و بازرسی دفاتر.',
    pathPrefix: '/counter-offices/',
  },
];

/** The pages of a service that anyone may open, signed in or not (e.g. «استعلام خوشه درآمدی»). */
function openPagesOf(service: Service): MenuItem[] {
  return MENU_ITEMS.filter((item) => item.path.startsWith(service.pathPrefix) && item.permission === null);
}

const isAvailable = (service: Service) => MENU_ITEMS.some((item) => item.path.startsWith(service.pathPrefix));

export function HomePage() {
  usePageTitle('صفحهٔ نخست');
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
            <Typography.Text>
              کارکنان دستگاه‌ها برای کار در کارپوشهٔ نقش خود وارد شوند؛ اگر حساب کاربری ندارید، درخواست ایجاد کاربری بدهید.
            </Typography.Text>
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
        خدمات پیشخوان در چهار بخش زیر فراهم می‌شود. «استعلام کد ملی» برای همه باز است؛ هر بخش دیگر صفحه‌های نقش شما را در منوی کناری دارد.
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {SERVICES.map((service) => (
          <Col key={service.title} xs={24} md={12}>
            <Card
              title={service.title}
              extra={isAvailable(service) ? <Tag color="green">در دسترس</Tag> : <Tag>به‌زودی</Tag>}
              style={{ height: '100%' }}
              data-testid="home-service"
            >
              <Flex vertical gap="small">
                <span>{service.description}</span>
                {openPagesOf(service).length > 0 && (
                  <Flex gap="small" wrap>
                    {openPagesOf(service).map((item) => (
                      <LinkButton key={item.path} to={item.path} size="small">
                        {item.label}
                      </LinkButton>
                    ))}
                  </Flex>
                )}
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
