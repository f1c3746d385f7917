import { Form, Input, Modal, Radio, Typography } from 'antd';
import type { ObjectionBody } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { ruleOf } from '../../accounts/field-rules';
import { BODY_CHOICES, optionsOf } from '../common/household-names';
import { textProblem } from '../common/household-fields';
import { PERSIAN_COUNT } from '../../../shared/persian-count';

export interface ObjectionValues {
  body: ObjectionBody;
  reason: string;
}

export interface ObjectionModalProps {
  open: boolean;
  loading: boolean;
  error: unknown;
  onFile: (values: ObjectionValues) => void;
  onCancel: () => void;
}

const reasonProblem = (value: string | undefined) => textProblem(value, 'علت اعتراض', 5, 2000);

/** «اعتراض به خوشه»: who answers it (seed 001 rule 5) and why. */
export function ObjectionModal(props: ObjectionModalProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <ObjectionDialog key={props.open ? 'open' : 'closed'} {...props} />;
}

function ObjectionDialog({ open, loading, error, onFile, onCancel }: ObjectionModalProps) {
  const [form] = Form.useForm<ObjectionValues>();
  return (
    <Modal
      open={open}
      title="اعتراض به خوشه"
      okText="ثبت اعتراض"
      cancelText="انصراف"
      okButtonProps={{ loading }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        اعتراض به ساختار ثبت‌شدهٔ خانوار را ثبت احوال و اعتراض به نحوهٔ اعمال آن در سامانهٔ رفاهی را سازمان هدفمندسازی یارانه‌ها پاسخ می‌دهد.
      </Typography.Paragraph>
      <Form<ObjectionValues>
        form={form}
        name="cluster-objection"
        layout="vertical"
        onFinish={(values) => onFile({ ...values, reason: values.reason.trim() })}
      >
        <Form.Item label="مرجع رسیدگی" name="body" required rules={[{ required: true, message: 'مرجع رسیدگی را انتخاب کنید' }]}>
          <Radio.Group options={optionsOf(BODY_CHOICES)} />
        </Form.Item>
        <Form.Item label="علت اعتراض" name="reason" required rules={[ruleOf(reasonProblem)]}>
          <Input.TextArea rows={4} maxLength={2000} showCount={PERSIAN_COUNT} />
        </Form.Item>
      </Form>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
    </Modal>
  );
}
