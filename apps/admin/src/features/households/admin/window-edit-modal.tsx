import { useMutation } from '@apollo/client/react';
import { Col, Form, InputNumber, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ClusterCampaignQuery } from '../../../gql/graphql';
import { dayjs } from '../../../shared/dayjs-setup';
import { FormModal } from '../../../shared/form-modal';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { sizeBandProblem, sizeBandText, sizeProblem } from './campaign-window-text';
import { latinNumberText, persianNumberText } from '../../../shared/persian-number';
import { UpdateCampaignWindowMutation } from './campaign.graphql';

export type CampaignWindowRow = NonNullable<ClusterCampaignQuery['clusterCampaign']>['windows'][number];

interface WindowValues {
  minSize: number | null;
  maxSize: number | null;
  startDate: Dayjs | null;
  endDate: Dayjs | null;
}

export interface WindowEditModalProps {
  /** The window being edited; null when the modal is closed. */
  window: CampaignWindowRow | null;
  onSaved: () => void;
  onCancel: () => void;
}

const pickerValue = (iso: string) => dayjs(`${iso}T12:00:00`);

/** Edits one window: its size band (not the catch-up window's) and its Jalali start and end. */
export function WindowEditModal(props: WindowEditModalProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <WindowEditDialog key={props.window?.id ?? 'closed'} {...props} />;
}

function WindowEditDialog({ window, onSaved, onCancel }: WindowEditModalProps) {
  const [form] = Form.useForm<WindowValues>();
  const [update, { loading, error, reset }] = useMutation(UpdateCampaignWindowMutation);

  const onFinish = (values: WindowValues) => {
    if (window === null || values.startDate === null || values.endDate === null) return;
    const band = window.catchUp ? {} : { minSize: values.minSize, maxSize: values.maxSize };
    update({ variables: { id: window.id, input: { ...band, startDate: isoDate(values.startDate), endDate: isoDate(values.endDate) } } })
      .then(() => onSaved())
      .catch(() => undefined);
  };

  return (
    <FormModal
      item={window}
      title={(window) => `ویرایش بازهٔ ${sizeBandText(window)}`}
      form={form}
      name="campaign-window"
      initialValues={(window) => ({
        minSize: window.minSize ?? null,
        maxSize: window.maxSize ?? null,
        startDate: pickerValue(window.startDate),
        endDate: pickerValue(window.endDate),
      })}
      onFinish={onFinish}
      loading={loading}
      error={error}
      onCancel={onCancel}
      afterClose={reset}
    >
      {(window) => (
        <>
          {window.catchUp ? (
            <Typography.Paragraph type="secondary">
              بازهٔ جاماندگان برای همهٔ خانوارهایی است که بازهٔ خود را از دست داده‌اند.
            </Typography.Paragraph>
          ) : (
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item
                  label="کمترین تعداد اعضا"
                  name="minSize"
                  required
                  rules={[
                    {
                      validator: (_rule, value: number | null | undefined) => {
                        const problem =
                          value === null || value === undefined ? 'کمترین تعداد اعضا را بنویسید' : sizeProblem(value, 'کمترین تعداد اعضا');
                        return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
                      },
                    },
                  ]}
                >
                  {/* No min and max: antd would silently change an out-of-range number; the rule refuses it. */}
                  <InputNumber precision={0} style={{ width: '100%' }} formatter={persianNumberText} parser={latinNumberText} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  label="بیشترین تعداد اعضا"
                  name="maxSize"
                  extra="خالی: و بیشتر"
                  dependencies={['minSize']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_rule, value: number | null | undefined) => {
                        const problem = sizeBandProblem((getFieldValue('minSize') as number | null | undefined) ?? null, value ?? null);
                        return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
                      },
                    }),
                  ]}
                >
                  <InputNumber precision={0} style={{ width: '100%' }} formatter={persianNumberText} parser={latinNumberText} />
                </Form.Item>
              </Col>
            </Row>
          )}
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label="تاریخ آغاز" name="startDate" required rules={[{ required: true, message: 'تاریخ آغاز را انتخاب کنید' }]}>
                <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                label="تاریخ پایان"
                name="endDate"
                required
                dependencies={['startDate']}
                rules={[
                  { required: true, message: 'تاریخ پایان را انتخاب کنید' },
                  ({ getFieldValue }) => ({
                    validator: (_rule, value: Dayjs | null | undefined) => {
                      const start = getFieldValue('startDate') as Dayjs | null | undefined;
                      return value && start && isoDate(value) < isoDate(start)
                        ? Promise.reject(new Error('پایان نمی‌تواند پیش از آغاز باشد'))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
    </FormModal>
  );
}
