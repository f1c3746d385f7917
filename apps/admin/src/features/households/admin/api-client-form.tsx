import { useMutation } from '@apollo/client/react';
import { Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { ErrorAlert } from '../../../shared/error-alert';
import { ruleOf } from '../../accounts/field-rules';
import {
  API_SCOPES,
  apiClientInput,
  clientNameProblem,
  dailyQuotaProblem,
  ipAllowlistProblem,
  normalisedAddresses,
  type ApiClientValues,
} from './api-client-input';
import { CreateApiClientMutation } from './api-clients.graphql';
import { latinNumberText, persianNumberText } from '../../../shared/persian-number';

export interface ApiClientFormProps {
  onCreated: (created: { name: string; key: string }) => void;
}

const quotaRule = {
  validator: (_rule: unknown, value: number | null | undefined) => {
    const problem = dailyQuotaProblem(value);
    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
  },
};

const addressesRule = {
  validator: (_rule: unknown, value: string[] | undefined) => {
    const problem = ipAllowlistProblem(value);
    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
  },
};

/** A new system allowed to call the API: its scopes, daily quota and the addresses it may call from. */
export function ApiClientForm({ onCreated }: ApiClientFormProps) {
  const [form] = Form.useForm<ApiClientValues>();
  const [create, { loading, error }] = useMutation(CreateApiClientMutation);

  const onFinish = (values: ApiClientValues) => {
    create({ variables: { input: apiClientInput(values) } })
      .then(({ data }) => {
        if (!data) return;
        form.resetFields();
        onCreated({ name: data.createApiClient.client.name, key: data.createApiClient.key });
      })
      .catch(() => undefined);
  };

  return (
    <Card title="سامانهٔ تازه">
      <Form<ApiClientValues>
        form={form}
        name="api-client"
        layout="vertical"
        initialValues={{ scopes: [], dailyQuota: 2000, ipAllowlist: [] }}
        onFinish={onFinish}
        requiredMark
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="نام سامانه" name="name" required rules={[ruleOf(clientNameProblem)]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="سهمیهٔ روزانه (تعداد درخواست)" name="dailyQuota" required rules={[quotaRule]}>
              {/* No min and max: antd would silently change an out-of-range number; the rule refuses it. */}
              <InputNumber precision={0} style={{ width: '100%' }} formatter={persianNumberText} parser={latinNumberText} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              label="دسترسی‌ها"
              name="scopes"
              required
              rules={[{ required: true, type: 'array', min: 1, message: 'دست‌کم یک دسترسی را برگزینید' }]}
            >
              <Checkbox.Group
                options={API_SCOPES.map((scope) => ({
                  value: scope.value,
                  // The scope's code as other systems' developers use it, marked as a code.
                  label: (
                    <>
                      {scope.label} <Typography.Text code>{scope.value}</Typography.Text>
                    </>
                  ),
                }))}
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              label="نشانی‌های آی‌پی مجاز"
              name="ipAllowlist"
              rules={[addressesRule]}
              normalize={(value: string[]) => normalisedAddresses(value)}
              extra="هر نشانی را بنویسید و کلید اینتر را بزنید؛ خالی: از هر نشانی"
            >
              <Select mode="tags" tokenSeparators={[',', '،', ' ']} open={false} suffixIcon={null} />
            </Form.Item>
          </Col>
        </Row>
        {error !== undefined && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={loading}>
          ساخت سامانه و کلید
        </Button>
      </Form>
    </Card>
  );
}
