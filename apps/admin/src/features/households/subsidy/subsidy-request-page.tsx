import { useMutation } from '@apollo/client/react';
import { formatJalaliDateTime } from '@pishkhan/fa-format';
import { Alert, Button, Card, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import type { SubsidyService } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { nationalIdProblem, normalisedNationalId } from '../../accounts/field-checks';
import { ruleOf } from '../../accounts/field-rules';
import { SERVICE_NAMES, optionsOf } from '../common/household-names';
import { PageTitle } from '../common/page-title';
import { pilotRedirectOf } from './pilot-redirect';
import { SubsidyServiceRequestMutation } from './subsidy.graphql';

interface RequestValues {
  nationalId: string;
  service: SubsidyService;
}

const PORTAL_GUIDANCE = 'لطفاً متقاضی را برای ثبت درخواست به درگاه مراجعه مردمی خانوار راهنمایی کنید';

/**
 * «درخواست امور یارانه» (seed 001 rules 1, 3, 4): an operator records an applicant's request; an
 * applicant of the pilot province is refused with the API's exact message and sent to the portal.
 */
export function SubsidyRequestPage() {
  const [form] = Form.useForm<RequestValues>();
  const [request, { data, loading, error, reset }] = useMutation(SubsidyServiceRequestMutation);
  const redirect = pilotRedirectOf(error);

  const onFinish = (values: RequestValues) => {
    reset();
    request({ variables: { nationalId: normalisedNationalId(values.nationalId), service: values.service } }).catch(() => undefined);
  };

  return (
    <Flex vertical gap="large" style={{ maxWidth: 760 }}>
      <PageTitle title="درخواست امور یارانه">
        درخواست‌های یارانه‌ای ناشی از فوت، ازدواج، طلاق، حضانت، قیمومیت، عدم سازش و پذیرش سرپرستی.
      </PageTitle>
      <Card>
        <Form<RequestValues>
          form={form}
          name="subsidy-request"
          layout="vertical"
          onFinish={onFinish}
          // The answer shown is for what was sent: it goes as soon as the person types something else.
          onValuesChange={() => reset()}
          requiredMark
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="کد ملی متقاضی" name="nationalId" required rules={[ruleOf(nationalIdProblem)]}>
                <Input inputMode="numeric" maxLength={32} dir="ltr" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="نوع خدمت" name="service" required rules={[{ required: true, message: 'نوع خدمت را انتخاب کنید' }]}>
                <Select options={optionsOf(SERVICE_NAMES)} placeholder="انتخاب خدمت" />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={loading}>
            ثبت درخواست
          </Button>
        </Form>
      </Card>
      <div aria-live="polite" data-testid="subsidy-outcome">
        {redirect !== null ? (
          <Alert
            type="error"
            showIcon
            title={<span data-testid="pilot-refusal">{redirect.message}</span>}
            description={
              <Flex vertical gap="small">
                <Typography.Text>{PORTAL_GUIDANCE}</Typography.Text>
                {redirect.portalUrl !== null && (
                  <Typography.Link href={redirect.portalUrl} target="_blank" rel="noreferrer" dir="ltr">
                    درگاه مراجعه مردمی خانوار ({redirect.portalUrl})
                  </Typography.Link>
                )}
              </Flex>
            }
          />
        ) : error !== undefined ? (
          <ErrorAlert error={error} />
        ) : data !== undefined && data !== null ? (
          <Alert
            type="success"
            showIcon
            title={`درخواست ${SERVICE_NAMES[data.subsidyServiceRequest.service]} ثبت شد`}
            description={`زمان ثبت: ${formatJalaliDateTime(data.subsidyServiceRequest.recordedAt)}`}
          />
        ) : null}
      </div>
    </Flex>
  );
}
