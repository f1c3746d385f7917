import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Card, Col, Flex, Form, Input, Radio, Result, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { HouseholdChangeSource, HouseholdChangeType } from '../../../gql/graphql';
import { dayjs } from '../../../shared/dayjs-setup';
import { ErrorAlert } from '../../../shared/error-alert';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { nationalIdProblem, normalisedNationalId } from '../../accounts/field-checks';
import { ruleOf } from '../../accounts/field-rules';
import { EVENT_NAMES, SOURCE_NAMES, optionsOf } from '../common/household-names';
import { householdPath } from '../common/households-paths';
import type { HouseholdPageState } from '../common/household-page-state';
import { PageTitle } from '../common/page-title';
import { HouseholdStructureQuery } from '../search/household.graphql';
import { affectedHouseholds, type MemberBefore } from './affected-households';
import { NewbornFields } from './newborn-fields';
import { PersonPreview } from './person-preview';
import { RegisterVitalEventMutation } from './vital-event.graphql';
import { needsReceivingHead, subjectLabel, vitalEventInput, type NewbornValues } from './vital-event-input';

interface EventFormValues {
  type: HouseholdChangeType;
  occurredOn: Dayjs | null;
  source: HouseholdChangeSource;
  subjectNationalId: string;
  relatedNationalId?: string;
  newborn?: NewbornValues;
}

const today = () => dayjs();

/** «ثبت رویداد حیاتی»: a civil registry operator applies a vital event to the households it touches. */
export function VitalEventPage() {
  const [form] = Form.useForm<EventFormValues>();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [register, { loading, error }] = useMutation(RegisterVitalEventMutation);
  const [dissolved, setDissolved] = useState<HouseholdChangeType | null>(null);
  const type = Form.useWatch('type', form);
  const subject = Form.useWatch('subjectNationalId', form);
  const related = Form.useWatch('relatedNationalId', form);

  /** The subject's household before the event: after it, a deceased or moved person no longer names it. */
  const householdBefore = async (nationalId: string): Promise<MemberBefore[] | null> => {
    try {
      const { data } = await client.query({ query: HouseholdStructureQuery, variables: { nationalId }, fetchPolicy: 'network-only' });
      return data?.householdStructure?.members ?? null;
    } catch {
      return null;
    }
  };

  const onFinish = async (values: EventFormValues) => {
    if (values.occurredOn === null) return;
    const input = vitalEventInput({ ...values, occurredOn: isoDate(values.occurredOn) });
    const before = values.type === 'BIRTH' ? null : await householdBefore(input.subjectNationalId);
    const { data } = await register({ variables: { input } }).catch(() => ({ data: undefined }));
    if (!data) return;
    const affected = affectedHouseholds(values.type, input.subjectNationalId, input.relatedNationalId ?? null, before);
    if (affected.primary === null) {
      setDissolved(values.type);
      return;
    }
    const state: HouseholdPageState = { registered: { type: values.type, others: affected.others } };
    void navigate(householdPath(affected.primary), { state });
  };

  if (dissolved !== null) {
    return (
      <Result
        status="success"
        title={`رویداد ${EVENT_NAMES[dissolved]} ثبت شد`}
        subTitle="خانوار عضو دیگری نداشت و منحل شد."
        extra={
          <Button type="primary" onClick={() => setDissolved(null)}>
            ثبت رویداد دیگر
          </Button>
        }
      />
    );
  }

  return (
    <Flex vertical gap="large" style={{ maxWidth: 900 }}>
      <PageTitle title="ثبت رویداد حیاتی">
        رویداد در یک تراکنش بر خانوارهای مربوط اعمال و به فهرست تغییرات خانوارها افزوده می‌شود. پس از ثبت، خانوار پس از رویداد نشان داده
        می‌شود.
      </PageTitle>
      <Card>
        <Form<EventFormValues>
          form={form}
          name="vital-event"
          layout="vertical"
          requiredMark
          initialValues={{ source: 'HOUSEHOLD_PORTAL', occurredOn: null }}
          onFinish={(values) => void onFinish(values)}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="نوع رویداد" name="type" required rules={[{ required: true, message: 'نوع رویداد را انتخاب کنید' }]}>
                <Select options={optionsOf(EVENT_NAMES)} placeholder="انتخاب رویداد" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label="تاریخ رویداد"
                name="occurredOn"
                required
                rules={[{ required: true, message: 'تاریخ رویداد را انتخاب کنید' }]}
              >
                <JalaliDatePicker
                  format="YYYY/MM/DD"
                  placeholder="۱۴۰۵/۰۱/۱۵"
                  style={{ width: '100%' }}
                  disabledDate={(day) => day.isAfter(today(), 'day')}
                  onKeyDown={keepEnterInPicker}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label="محل ثبت" name="source" required>
                <Radio.Group options={optionsOf(SOURCE_NAMES)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={subjectLabel(type)}
                name="subjectNationalId"
                required
                rules={[ruleOf(nationalIdProblem)]}
                extra={<PersonPreview nationalId={subject} />}
              >
                <Input inputMode="numeric" maxLength={32} dir="ltr" autoComplete="off" />
              </Form.Item>
            </Col>
            {needsReceivingHead(type) && (
              <Col xs={24} md={12}>
                <Form.Item
                  label="کد ملی سرپرست خانوار گیرنده"
                  name="relatedNationalId"
                  required
                  rules={[
                    ruleOf(nationalIdProblem),
                    {
                      validator: (_rule, value: string | undefined) =>
                        value && subject && normalisedNationalId(value) === normalisedNationalId(subject)
                          ? Promise.reject(new Error('سرپرست گیرنده نمی‌تواند همان شخص باشد'))
                          : Promise.resolve(),
                    },
                  ]}
                  extra={<PersonPreview nationalId={related} />}
                >
                  <Input inputMode="numeric" maxLength={32} dir="ltr" autoComplete="off" />
                </Form.Item>
              </Col>
            )}
          </Row>
          {type === 'BIRTH' && <NewbornFields />}
          {error !== undefined && (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={error} />
            </div>
          )}
          <Button type="primary" htmlType="submit" loading={loading}>
            ثبت رویداد
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
