import { useMutation } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Button, Card, Descriptions, Flex, Form, Input } from 'antd';
import { ErrorAlert } from '../../../shared/error-alert';
import { HajjRecordPaymentMutation } from '../hajj.graphql';
import { REGISTRATION_STATUS_NAMES, rials } from '../hajj-labels';
import { HajjTitle } from '../hajj-title';

/** «واریز مابه‌التفاوت هزینهٔ سفر» (seed 004 rule 11): a Bank Melli branch records the payment of a slip. */
export function PaymentsPage() {
  const [record, { data, loading, error }] = useMutation(HajjRecordPaymentMutation);
  const paid = data?.hajjRecordPayment ?? null;
  return (
    <Flex vertical gap="large" style={{ maxWidth: 900 }}>
      <HajjTitle title="واریز مابه‌التفاوت هزینهٔ سفر حج">برگهٔ واریزی که مدیر کاروان داده است با کد رهگیری ثبت‌نام پرداخت می‌شود.</HajjTitle>
      <Card>
        <Form
          layout="inline"
          onFinish={(values: { trackingCode: string; paymentReference: string }) => {
            record({ variables: { trackingCode: values.trackingCode.trim(), paymentReference: values.paymentReference.trim() } }).catch(
              () => undefined,
            );
          }}
        >
          <Form.Item label="کد رهگیری" name="trackingCode" rules={[{ required: true, message: 'کد رهگیری را بنویسید' }]}>
            <Input dir="ltr" maxLength={20} />
          </Form.Item>
          <Form.Item label="شمارهٔ پیگیری بانک" name="paymentReference" rules={[{ required: true, message: 'شمارهٔ پیگیری را بنویسید' }]}>
            <Input dir="ltr" maxLength={40} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            ثبت واریز
          </Button>
        </Form>
      </Card>
      {error && <ErrorAlert error={error} />}
      {paid && (
        <Descriptions bordered size="small" column={1} data-testid="hajj-payment">
          <Descriptions.Item label="زائر">{paid.holderName}</Descriptions.Item>
          <Descriptions.Item label="کد رهگیری">{toPersianDigits(paid.trackingCode)}</Descriptions.Item>
          <Descriptions.Item label="وضعیت">{REGISTRATION_STATUS_NAMES[paid.status]}</Descriptions.Item>
          {paid.paymentSlip && <Descriptions.Item label="مبلغ">{rials(paid.paymentSlip.differenceRials)}</Descriptions.Item>}
          {paid.paymentSlip?.paidAt && (
            <Descriptions.Item label="زمان واریز">{formatJalaliDateTime(paid.paymentSlip.paidAt)}</Descriptions.Item>
          )}
        </Descriptions>
      )}
    </Flex>
  );
}
