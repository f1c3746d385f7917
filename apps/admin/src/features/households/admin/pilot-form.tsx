import { useMutation } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Select, Switch, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import type { SubsidyPilotsQuery } from '../../../gql/graphql';
import { dayjs } from '../../../shared/dayjs-setup';
import { ErrorAlert } from '../../../shared/error-alert';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { ruleOf } from '../../accounts/field-rules';
import { tehranWallClock } from '../common/tehran-time';
import { clockTimeProblem } from '../../../shared/clock-time';
import { normalisedPrefixes, portalUrlProblem, prefixesProblem, refusalMessageProblem, subsidyPilotInput } from './pilot-input';
import { UpdateSubsidyPilotMutation } from './pilot.graphql';
import { PERSIAN_COUNT } from '../../../shared/persian-count';

type Pilot = SubsidyPilotsQuery['subsidyPilots'][number];

interface PilotFormValues {
  startDate: Dayjs | null;
  startTime: string;
  prefixes: string[];
  refusalMessage: string;
  portalUrl: string;
  active: boolean;
}

function initialValues(pilot: Pilot): PilotFormValues {
  const start = tehranWallClock(pilot.startsAt);
  return {
    startDate: dayjs(`${start.date}T12:00:00`),
    startTime: toPersianDigits(start.time),
    prefixes: pilot.prefixes,
    refusalMessage: pilot.refusalMessage,
    portalUrl: pilot.portalUrl,
    active: pilot.active,
  };
}

const prefixesRule = {
  validator: (_rule: unknown, value: string[] | undefined) => {
    const problem = prefixesProblem(value);
    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
  },
};

export interface PilotFormProps {
  pilot: Pilot;
}

/** One pilot's settings (seed 001): start on Tehran's clock, prefixes, the refusal text, the portal, active. */
export function PilotForm({ pilot }: PilotFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PilotFormValues>();
  const [update, { loading, error }] = useMutation(UpdateSubsidyPilotMutation);

  const onFinish = (values: PilotFormValues) => {
    if (values.startDate === null) return;
    update({ variables: { id: pilot.id, input: subsidyPilotInput({ ...values, startDate: isoDate(values.startDate) }) } })
      .then(({ data }) => {
        if (!data) return;
        form.setFieldsValue(initialValues(data.updateSubsidyPilot));
        message.success('تنظیمات پایلوت ذخیره شد');
      })
      .catch(() => undefined);
  };

  return (
    <Card title={`پایلوت استان ${pilot.province}`} data-testid="pilot-card">
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[{ key: 'code', label: 'کد پیگیری پیام خطا', children: toPersianDigits(pilot.refusalCode) }]}
      />
      <Form<PilotFormValues>
        form={form}
        name={`pilot-${pilot.id}`}
        layout="vertical"
        initialValues={initialValues(pilot)}
        onFinish={onFinish}
        requiredMark
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="تاریخ آغاز" name="startDate" required rules={[{ required: true, message: 'تاریخ آغاز را انتخاب کنید' }]}>
              <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="ساعت آغاز (به وقت تهران)" name="startTime" required rules={[ruleOf(clockTimeProblem)]}>
              <Input dir="ltr" maxLength={5} placeholder="۰۰:۰۰" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              label="پیش‌شماره‌های کد ملی"
              name="prefixes"
              required
              rules={[prefixesRule]}
              normalize={(value: string[]) => normalisedPrefixes(value)}
              extra="سه رقم نخست کد ملی (محل صدور)؛ هر پیش‌شماره را بنویسید و کلید اینتر را بزنید"
            >
              <Select
                mode="tags"
                tokenSeparators={[',', '،', ' ']}
                open={false}
                suffixIcon={null}
                labelRender={({ value }) => toPersianDigits(String(value))}
                // Each prefix as a tag in Persian digits, as typed or as normalised.
                tagRender={({ value, closable, onClose }) => (
                  <Tag closable={closable} onClose={onClose} style={{ marginInlineEnd: 4 }}>
                    {toPersianDigits(String(value))}
                  </Tag>
                )}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              label="متن پیام خطا"
              name="refusalMessage"
              required
              rules={[ruleOf(refusalMessageProblem)]}
              extra="همین متن بی‌کم‌وکاست به متقاضیان پایلوت نشان داده می‌شود"
            >
              <Input.TextArea rows={2} maxLength={300} showCount={PERSIAN_COUNT} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item label="نشانی درگاه مراجعه مردمی" name="portalUrl" required rules={[ruleOf(portalUrlProblem)]}>
              <Input dir="ltr" maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="فعال" name="active" valuePropName="checked">
              <Switch checkedChildren="فعال" unCheckedChildren="غیرفعال" />
            </Form.Item>
          </Col>
        </Row>
        {error !== undefined && (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={loading}>
          ذخیره
        </Button>
      </Form>
    </Card>
  );
}
