import { toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Aggregation } from '../../../gql/graphql';
import { isoDate } from '../../../shared/iso-date';
import { normaliseDecimal } from '../common/decimal-text';
import { SPLIT_RULES } from '../common/status-names';
import { deadlineProblem, type DeadlineSource } from './deadline-limits';
import { DeadlinePicker } from './deadline-picker';
import { PROVINCES } from '@pishkhan/domain-rules';
import { checkSplit, splitMessage } from './split-check';

export interface ProvinceRowsProps {
  target: string;
  aggregation: Aggregation;
  candidates: ReadonlyArray<{ value: string; label: string }>;
  today: string;
  latest: string;
  source: DeadlineSource;
}

const provinceOptions = PROVINCES.map((province) => ({ value: province, label: province }));

/**
 * «برش استانی توسط مدیرکل ارزیابی»: one row per province (استان، هدف، گیرنده، مهلت) and a live check
 * of the rows against the target (sum for SUM indicators, mean for MEAN ones).
 */
export function ProvinceRows({ target, aggregation, candidates, today, latest, source }: ProvinceRowsProps) {
  const form = Form.useFormInstance();
  const rows = (Form.useWatch('provinces', form) ?? []) as Array<{ target?: string } | undefined>;
  const summary = checkSplit(
    target,
    rows.map((row) => row?.target),
    aggregation,
  );

  return (
    <Flex vertical gap="small" data-testid="province-rows">
      <Row gutter={8} aria-hidden>
        <Col span={6}>
          <Typography.Text strong>استان</Typography.Text>
        </Col>
        <Col span={4}>
          <Typography.Text strong>هدف</Typography.Text>
        </Col>
        <Col span={7}>
          <Typography.Text strong>گیرنده</Typography.Text>
        </Col>
        <Col span={5}>
          <Typography.Text strong>مهلت</Typography.Text>
        </Col>
      </Row>
      <Form.List name="provinces">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => {
              const row = toPersianDigits(index + 1);
              return (
                <Row gutter={8} key={field.key} data-testid={`province-row-${index + 1}`}>
                  <Col span={6}>
                    <Form.Item name={[field.name, 'province']} rules={[{ required: true, message: 'استان را انتخاب کنید' }]}>
                      <Select aria-label={`استان ردیف ${row}`} showSearch options={provinceOptions} placeholder="استان" />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item
                      name={[field.name, 'target']}
                      rules={[
                        {
                          validator: (_rule, value: string | undefined) =>
                            normaliseDecimal(value) === null ? Promise.reject(new Error('هدف را به عدد وارد کنید')) : Promise.resolve(),
                        },
                      ]}
                    >
                      <Input aria-label={`هدف ردیف ${row}`} inputMode="decimal" dir="ltr" placeholder="هدف" />
                    </Form.Item>
                  </Col>
                  <Col span={7}>
                    <Form.Item name={[field.name, 'assigneeId']} rules={[{ required: true, message: 'گیرنده را انتخاب کنید' }]}>
                      <Select
                        aria-label={`گیرنده ردیف ${row}`}
                        options={[...candidates]}
                        placeholder="گیرنده"
                        popupMatchSelectWidth={false}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item
                      name={[field.name, 'deadline']}
                      rules={[
                        {
                          validator: (_rule, value: Dayjs | null | undefined) => {
                            const problem = deadlineProblem(value ? isoDate(value) : null, today, latest, source);
                            return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
                          },
                        },
                      ]}
                    >
                      <DeadlinePicker
                        name={['provinces', field.name, 'deadline']}
                        aria-label={`مهلت ردیف ${row}`}
                        today={today}
                        latest={latest}
                        source={source}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Button
                      danger
                      type="text"
                      onClick={() => remove(field.name)}
                      disabled={fields.length === 1}
                      aria-label={`حذف ردیف ${row}`}
                    >
                      حذف
                    </Button>
                  </Col>
                </Row>
              );
            })}
            <Button type="dashed" onClick={() => add({})} disabled={fields.length >= PROVINCES.length}>
              افزودن استان
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Text type="secondary">قاعده: {SPLIT_RULES[aggregation]}</Typography.Text>
      <Alert
        type={summary.fits ? 'success' : 'warning'}
        showIcon
        title={splitMessage(summary, target, aggregation)}
        data-testid="split-check"
      />
    </Flex>
  );
}
