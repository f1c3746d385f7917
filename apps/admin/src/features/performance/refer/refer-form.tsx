import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Form, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { Aggregation, ReferInput } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { isoDate } from '../../../shared/iso-date';
import { personLabel } from '../common/person-name';
import { tehranToday } from '../common/tehran-date';
import { DeadlinePicker } from './deadline-picker';
import { deadlineHint, deadlineProblem, type DeadlineSource } from './deadline-limits';
import { IndicatorHeader, type IndicatorHeaderProps } from './indicator-header';
import { ProvinceRows } from './province-rows';
import { ReferralCandidatesQuery } from './refer.graphql';
import { breakdownOf, referInputOf, type SplitBy } from './refer-input';
import { checkSplit, repeatedProvinces } from './split-check';

interface ProvinceRowValues {
  province?: string;
  target?: string;
  assigneeId?: string;
  deadline?: Dayjs | null;
}

interface ReferFormValues {
  hasBreakdown: boolean;
  splitBy?: SplitBy;
  assigneeId?: string;
  deadline?: Dayjs | null;
  provinces?: ProvinceRowValues[];
}

export interface ReferFormProps {
  indicator: IndicatorHeaderProps['indicator'] & { aggregation: Aggregation };
  /** The target referred on: the indicator's, or the province share received. */
  target: string;
  province?: string | null;
  /** The latest allowed deadline (ISO) and where it comes from. */
  latest: string;
  source: DeadlineSource;
  /** The receiver was asked to split it by province before anything else (BY_SPECIALISED_UNIT). */
  splitRequired?: boolean;
  submitting: boolean;
  error: unknown;
  onSubmit: (input: ReferInput) => void;
  onCancel: () => void;
}

const yesNo = [
  { value: true, label: 'بلی' },
  { value: false, label: 'خیر' },
];

const iso = (day: Dayjs | null | undefined): string | null => (day ? isoDate(day) : null);

/** «ارجاع» (seed 002 rules 7–8): to one subordinate with a deadline, or split across provinces now. */
export function ReferForm({
  indicator,
  target,
  province,
  latest,
  source,
  splitRequired = false,
  submitting,
  error,
  onSubmit,
  onCancel,
}: ReferFormProps) {
  const [form] = Form.useForm<ReferFormValues>();
  const candidates = useQuery(ReferralCandidatesQuery, { fetchPolicy: 'cache-and-network' });
  const [splitProblem, setSplitProblem] = useState<string | null>(null);
  const today = tehranToday();
  const hasBreakdown = Form.useWatch('hasBreakdown', form) ?? splitRequired;
  const splitBy = Form.useWatch('splitBy', form);
  const byReferrer = breakdownOf({ hasBreakdown, splitBy }) === 'BY_REFERRER';
  const options = useMemo(
    () => (candidates.data?.referralCandidates ?? []).map((person) => ({ value: person.id, label: personLabel(person) })),
    [candidates.data],
  );

  const onFinish = (values: ReferFormValues) => {
    setSplitProblem(null);
    const choice = {
      hasBreakdown: values.hasBreakdown,
      splitBy: values.splitBy,
      assigneeId: values.assigneeId,
      deadline: iso(values.deadline),
      provinces: (values.provinces ?? []).map((row) => ({ ...row, deadline: iso(row.deadline) })),
    };
    if (breakdownOf(choice) === 'BY_REFERRER') {
      const repeated = repeatedProvinces(choice.provinces.map((row) => row.province));
      if (repeated.length > 0) return setSplitProblem(`هر استان تنها یک بار می‌آید: ${repeated.join('، ')}`);
      if (
        !checkSplit(
          target,
          choice.provinces.map((row) => row.target),
          indicator.aggregation,
        ).fits
      ) {
        return setSplitProblem('اهداف استانی با هدف شاخص نمی‌خواند؛ پیش از ارجاع آن‌ها را اصلاح کنید');
      }
    }
    const input = referInputOf(choice);
    if (input !== null) onSubmit(input);
  };

  return (
    <Form<ReferFormValues>
      form={form}
      name="refer"
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ hasBreakdown: splitRequired, splitBy: splitRequired ? 'BY_REFERRER' : 'BY_SPECIALISED_UNIT', provinces: [{}] }}
      requiredMark
    >
      <Flex vertical gap="middle">
        <IndicatorHeader indicator={indicator} share={{ province, target }} />
        {splitRequired && (
          <Alert type="info" showIcon title="برش استانی این شاخص به شما سپرده شده است: پیش از هر کاری هدف را میان استان‌ها پخش کنید." />
        )}
        <Form.Item label="آیا شاخص دارای برش استانی می‌باشد؟" name="hasBreakdown" required>
          <Radio.Group aria-label="آیا شاخص دارای برش استانی می‌باشد؟" options={yesNo} disabled={splitRequired} />
        </Form.Item>
        {hasBreakdown && (
          <Form.Item label="برش استانی توسط چه کسی انجام خواهد شد؟" name="splitBy" required>
            <Radio.Group
              aria-label="برش استانی توسط چه کسی انجام خواهد شد؟"
              disabled={splitRequired}
              options={[
                { value: 'BY_SPECIALISED_UNIT', label: 'توسط واحد تخصصی' },
                { value: 'BY_REFERRER', label: source === 'period' ? 'توسط مدیرکل ارزیابی' : 'توسط خودم، در همین فرم' },
              ]}
            />
          </Form.Item>
        )}
        {byReferrer ? (
          <ProvinceRows
            target={target}
            aggregation={indicator.aggregation}
            candidates={options}
            today={today}
            latest={latest}
            source={source}
          />
        ) : (
          <>
            <Form.Item
              label="گیرنده"
              name="assigneeId"
              required
              rules={[{ required: true, message: 'گیرنده را انتخاب کنید' }]}
              extra="زیرمجموعه‌های شما (کاربرانی که درخواستشان را تأیید کرده‌اید)"
            >
              <Select
                aria-label="گیرنده"
                options={options}
                loading={candidates.loading}
                placeholder="انتخاب گیرنده"
                notFoundContent="زیرمجموعه‌ای ندارید"
              />
            </Form.Item>
            <Form.Item
              label="مهلت"
              name="deadline"
              required
              extra={deadlineHint(latest, source)}
              rules={[
                {
                  validator: (_rule, value: Dayjs | null | undefined) => {
                    const problem = deadlineProblem(iso(value), today, latest, source);
                    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
                  },
                },
              ]}
            >
              <DeadlinePicker name="deadline" aria-label="مهلت" today={today} latest={latest} source={source} />
            </Form.Item>
          </>
        )}
        {byReferrer && <Alert type="info" title={deadlineHint(latest, source)} />}
        {splitProblem !== null && <Alert type="error" showIcon title={splitProblem} data-testid="split-problem" />}
        {error !== null && error !== undefined && <ErrorAlert error={error} />}
        <Flex gap="small" justify="end">
          <Button onClick={onCancel}>انصراف</Button>
          <Button type="primary" htmlType="submit" loading={submitting}>
            ثبت ارجاع
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
