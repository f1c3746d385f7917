import { useQuery } from '@apollo/client/react';
import { Button, Divider, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { SSO_START_URL, SUPPORT_TICKET_URL } from '../../../shared/site-links';
import { LinkButton } from '../../../shared/link-button';
import { SmsOutboxProbeQuery } from './login.graphql';

/** The rest of the seed's login page: request an account, Sina, honorary evaluators, support. */
export function LoginLinks() {
  // The development outbox exists only with the embedded SMS gateway; elsewhere it answers NOT_AVAILABLE.
  const outbox = useQuery(SmsOutboxProbeQuery, { fetchPolicy: 'network-only' });
  return (
    <Flex vertical gap="small">
      <Divider plain style={{ margin: '8px 0' }}>
        یا
      </Divider>
      <LinkButton to="/register" danger block>
        درخواست ایجاد کاربری
      </LinkButton>
      <Button href={SSO_START_URL} block>
        ورود از طریق سامانه سینا
      </Button>
      <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12 }}>
        ورود از طریق سامانه سینا ویژهٔ راهبران اصلی است.
      </Typography.Text>
      <Flex gap="small">
        <LinkButton to="/login?as=honorary" style={{ flex: 1 }}>
          ورود ارزیابان افتخاری
        </LinkButton>
        <Button href={SUPPORT_TICKET_URL} target="_blank" rel="noreferrer" style={{ flex: 1 }}>
          پشتیبانی
        </Button>
      </Flex>
      <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12 }}>
        پشتیبانی با ثبت تیکت؛ ساعات پاسخگویی: روزهای کاری ۸ تا ۱۶
      </Typography.Text>
      {outbox.data !== undefined && (
        <Typography.Text style={{ textAlign: 'center' }}>
          <Link to="/dev/sms-outbox">صندوق پیامک (محیط آزمایشی)</Link>
        </Typography.Text>
      )}
    </Flex>
  );
}
