import { useMutation } from '@apollo/client/react';
import { App, Col, Form, Input, Row, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { dayjs } from '../../../shared/dayjs-setup';
import { FormModal } from '../../../shared/form-modal';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { ruleOf } from '../../accounts/field-rules';
import { clockTimeProblem } from '../../../shared/clock-time';
import { HajjUpdateProvinceGroupMutation } from '../hajj.graphql';
import {
  admissionBeforeAnnouncementProblem,
  provinceGroupFields,
  provinceGroupInput,
  type HajjProvinceGroupRow,
} from './province-schedule-input';

interface ProvinceGroupValues {
  announcedOn: Dayjs | null;
  opensOn: Dayjs | null;
  opensAt: string;
}

export interface ProvinceGroupModalProps {
  /** The group being edited; null when the dialog is closed. */
  group: HajjProvinceGroupRow | null;
  onSaved: () => void;
  onCancel: () => void;
}

const pickerValue = (iso: string) => dayjs(`${iso}T12:00:00`);

function initialValues(group: HajjProvinceGroupRow): ProvinceGroupValues {
  const fields = provinceGroupFields(group);
  return { announcedOn: pickerValue(fields.announcedOn), opensOn: pickerValue(fields.opensOn), opensAt: fields.opensAt };
}

/** Rule 7: a province group's caravan announcement day and the moment its admission opens, on Tehran's clock. */
export function ProvinceGroupModal(props: ProvinceGroupModalProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <ProvinceGroupDialog key={props.group?.id ?? 'closed'} {...props} />;
}

function ProvinceGroupDialog({ group, onSaved, onCancel }: ProvinceGroupModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ProvinceGroupValues>();
  const [update, { loading, error, reset }] = useMutation(HajjUpdateProvinceGroupMutation);

  const onFinish = (values: ProvinceGroupValues) => {
    if (group === null || values.announcedOn === null || values.opensOn === null) return;
    const input = provinceGroupInput({
      announcedOn: isoDate(values.announcedOn),
      opensOn: isoDate(values.opensOn),
      opensAt: values.opensAt,
    });
    update({ variables: { id: group.id, input } })
      .then(() => {
        message.success(`زمان‌بندی ${group.name} ذخیره شد`);
        onSaved();
      })
      .catch(() => undefined);
  };

  return (
    <FormModal
      item={group}
      title={(group) => `زمان‌بندی ${group.name}`}
      form={form}
      name="hajj-province-group"
      initialValues={(group) => initialValues(group)}
      onFinish={onFinish}
      loading={loading}
      error={error}
      onCancel={onCancel}
      afterClose={reset}
    >
      {(group) => (
        <>
          <Typography.Paragraph type="secondary">{`استان‌ها: ${group.provinces.map((p) => p.province).join('، ')}`}</Typography.Paragraph>
          <Form.Item
            label="روز اعلام کاروان‌ها"
            name="announcedOn"
            required
            rules={[{ required: true, message: 'روز اعلام کاروان‌ها را انتخاب کنید' }]}
          >
            <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                label="روز آغاز پذیرش"
                name="opensOn"
                required
                dependencies={['announcedOn']}
                rules={[
                  { required: true, message: 'روز آغاز پذیرش را انتخاب کنید' },
                  ({ getFieldValue }) => ({
                    validator: (_rule, value: Dayjs | null | undefined) => {
                      const announced = getFieldValue('announcedOn') as Dayjs | null | undefined;
                      const problem = admissionBeforeAnnouncementProblem(
                        announced ? isoDate(announced) : null,
                        value ? isoDate(value) : null,
                      );
                      return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
                    },
                  }),
                ]}
              >
                <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label="ساعت آغاز پذیرش (به وقت تهران)" name="opensAt" required rules={[ruleOf(clockTimeProblem)]}>
                <Input dir="ltr" maxLength={5} placeholder="۰۹:۰۰" />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
    </FormModal>
  );
}
