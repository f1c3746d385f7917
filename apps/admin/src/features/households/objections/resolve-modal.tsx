import { Form, Input, Modal, Typography } from 'antd';
import { ErrorAlert } from '../../../shared/error-alert';
import { ruleOf } from '../../accounts/field-rules';
import { textProblem } from '../common/household-fields';
import { PERSIAN_COUNT } from '../../../shared/persian-count';

export interface ResolveModalProps {
  /** Accept or reject; null when the modal is closed. */
  decision: 'ACCEPT' | 'REJECT' | null;
  loading: boolean;
  error: unknown;
  onResolve: (resolution: string) => void;
  onCancel: () => void;
}

const resolutionProblem = (value: string | undefined) => textProblem(value, 'نتیجهٔ رسیدگی', 3, 2000);

/** Accepting or rejecting an objection needs the resolution, written for the household. */
export function ResolveModal(props: ResolveModalProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <ResolveDialog key={props.decision ?? 'closed'} {...props} />;
}

function ResolveDialog({ decision, loading, error, onResolve, onCancel }: ResolveModalProps) {
  const [form] = Form.useForm<{ resolution: string }>();
  const accept = decision === 'ACCEPT';
  return (
    <Modal
      open={decision !== null}
      title={accept ? 'پذیرش اعتراض' : 'رد اعتراض'}
      okText={accept ? 'پذیرش' : 'رد اعتراض'}
      cancelText="انصراف"
      okButtonProps={{ danger: !accept, loading }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">نتیجهٔ رسیدگی در پروندهٔ اعتراض ثبت می‌شود و پس از آن تغییر نمی‌کند.</Typography.Paragraph>
      <Form form={form} name="resolve-objection" layout="vertical" onFinish={({ resolution }) => onResolve(resolution.trim())}>
        <Form.Item label="نتیجهٔ رسیدگی" name="resolution" required rules={[ruleOf(resolutionProblem)]}>
          <Input.TextArea rows={4} maxLength={2000} showCount={PERSIAN_COUNT} />
        </Form.Item>
      </Form>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
    </Modal>
  );
}
