import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../shared/error-alert';
import { latinDigits, mobileProblem } from '../../accounts/field-checks';
import { ruleOf } from '../../accounts/field-rules';
import { HOUSEHOLD_PATHS } from '../common/households-paths';
import { SmsBubble } from './sms-bubble';
import { SimulateInboundSmsMutation } from './sms-simulator.graphql';
import { usePageTitle } from '../../../shared/page-title';
import { PERSIAN_COUNT } from '../../../shared/persian-count';

interface SmsValues {
  from: string;
  text: string;
}

interface Exchange {
  id: number;
  text: string;
  reply: string;
}

const textProblem = (value: string | undefined) => ((value ?? '').trim() === '' ? 'متن پیامک را بنویسید' : null);

/** «شبیه‌ساز پیامک»: a text to the short number 300000 as a phone would send it, and the reply (development only, public). */
export function SmsSimulatorPage() {
  usePageTitle('شبیه‌ساز پیامک');
  const [form] = Form.useForm<SmsValues>();
  const [send, { loading, error }] = useMutation(SimulateInboundSmsMutation);
  const [exchanges, setExchanges] = useState<Exchange[]>([]);

  const onFinish = ({ from, text }: SmsValues) => {
    send({ variables: { from: latinDigits(from), text } })
      .then(({ data }) => {
        if (!data) return;
        setExchanges((previous) => [...previous, { id: previous.length + 1, text, reply: data.simulateInboundSms.reply }]);
        form.setFieldValue('text', '');
      })
      .catch(() => undefined);
  };

  return (
    <Card style={{ width: '100%', maxWidth: 480 }}>
      <Flex vertical gap="middle">
        <Typography.Title level={2} style={{ margin: 0, fontSize: 22 }}>
          شبیه‌ساز پیامک
        </Typography.Title>
        <Alert
          type="warning"
          showIcon
          title="این صفحه فقط در محیط توسعه و آزمایش است؛ در محیط عملیاتی پیامک‌ها از شمارهٔ کوتاه ۳۰۰۰۰۰ دریافت می‌شوند"
          description="پیامکی که این‌جا فرستاده شود همان پاسخی را می‌گیرد که شمارهٔ ۳۰۰۰۰۰ می‌فرستد: برای کد ملی سرپرست خانوار تنها شمارهٔ خوشهٔ درآمدی، و برای هر متن دیگری راهنما."
        />
        <div style={{ border: '8px solid #222', borderRadius: 28, padding: 12, background: '#fff' }}>
          <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center', marginBottom: 8 }}>
            گفت‌وگو با ۳۰۰۰۰۰
          </Typography.Text>
          <Flex vertical gap="small" style={{ minHeight: 180 }} data-testid="sms-conversation">
            {exchanges.map((exchange) => (
              <Flex key={exchange.id} vertical gap="small">
                <SmsBubble from="person" text={exchange.text} />
                <SmsBubble from="service" text={exchange.reply} testId="sms-reply" />
              </Flex>
            ))}
          </Flex>
          <Form<SmsValues> form={form} name="sms-simulator" layout="vertical" onFinish={onFinish} style={{ marginTop: 12 }}>
            <Form.Item label="شمارهٔ همراه فرستنده" name="from" rules={[ruleOf(mobileProblem)]}>
              <Input inputMode="tel" maxLength={11} dir="ltr" placeholder="۰۹۱۲۱۲۳۴۵۶۷" />
            </Form.Item>
            <Form.Item label="متن پیامک" name="text" rules={[ruleOf(textProblem)]}>
              <Input.TextArea rows={2} maxLength={160} showCount={PERSIAN_COUNT} />
            </Form.Item>
            {error !== undefined && (
              <div style={{ marginBottom: 12 }}>
                <ErrorAlert error={error} />
              </div>
            )}
            <Button type="primary" htmlType="submit" loading={loading} block>
              ارسال به ۳۰۰۰۰۰
            </Button>
          </Form>
        </div>
        <Flex gap="middle" wrap>
          <Link to="/dev/sms-outbox">صندوق پیامک</Link>
          <Link to={HOUSEHOLD_PATHS.cluster}>استعلام خوشه درآمدی</Link>
        </Flex>
      </Flex>
    </Card>
  );
}
