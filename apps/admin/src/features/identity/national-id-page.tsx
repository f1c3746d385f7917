import { useLazyQuery } from '@apollo/client/react';
import { Button, Flex, Form, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../shared/error-alert';
import { NationalIdInfoQuery } from './national-id.graphql';
import { NationalIdResult } from './national-id-result';
import { usePageTitle } from '../../shared/page-title';

interface InquiryForm {
  nationalId?: string;
}

export function NationalIdPage() {
  usePageTitle('استعلام کد ملی');
  const [inquire, { data, loading, error }] = useLazyQuery(NationalIdInfoQuery);
  // The answer shown is for what was sent: it goes as soon as the person types something else.
  const [edited, setEdited] = useState(false);

  const onFinish = ({ nationalId }: InquiryForm) => {
    setEdited(false);
    // The hook's result carries the error; the returned promise would only repeat it.
    inquire({ variables: { nationalId: nationalId ?? '' } }).catch(() => undefined);
  };

  return (
    <Flex vertical gap="large" style={{ maxWidth: 640 }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        استعلام کد ملی
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        کد ملی را با رقم‌های فارسی، عربی یا لاتین وارد کنید؛ خط تیره و فاصله اشکالی ندارد.
      </Typography.Paragraph>
      <Form<InquiryForm> layout="vertical" onFinish={onFinish} onValuesChange={() => setEdited(true)} requiredMark={false}>
        <Form.Item label="کد ملی" name="nationalId">
          <Input maxLength={32} autoComplete="off" inputMode="numeric" placeholder="کد ملی ۱۰ رقمی" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            استعلام
          </Button>
        </Form.Item>
      </Form>
      <div aria-live="polite" data-testid="national-id-result">
        {edited ? null : loading ? (
          <Spin />
        ) : error ? (
          <ErrorAlert error={error} />
        ) : data ? (
          <NationalIdResult info={data.nationalIdInfo} />
        ) : null}
      </div>
    </Flex>
  );
}
