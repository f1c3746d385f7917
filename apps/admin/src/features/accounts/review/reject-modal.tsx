import { Form, Input, Modal, Typography } from 'antd';
import { toPersianDigits } from '@pishkhan/fa-format';
import { ErrorAlert } from '../../../shared/error-alert';
import { rejectReasonProblem } from '../field-checks';
import { ruleOf } from '../field-rules';
import { PERSIAN_COUNT } from '../../../shared/persian-count';

export interface RejectModalProps {
  /** The request being rejected; null when the modal is closed. */
  request: { trackingCode: string; firstName: string; lastName: string } | null;
  loading: boolean;
  error: unknown;
  onReject: (reason: string) => void;
  onCancel: () => void;
}

/** «رد» asks why: the reason is required and goes to the applicant by SMS. */
export function RejectModal(props: RejectModalProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <RejectDialog key={props.request?.trackingCode ?? 'closed'} {...props} />;
}

function RejectDialog({ request, loading, error, onReject, onCancel }: RejectModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={request !== null}
      title="رد درخواست ایجاد کاربری"
      okText="رد درخواست"
      cancelText="انصراف"
      okButtonProps={{ danger: true, loading }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      {request !== null && (
        <Typography.Paragraph>
          درخواست {request.firstName} {request.lastName} با کد پیگیری {toPersianDigits(request.trackingCode)} رد می‌شود و علت آن برای متقاضی
          پیامک می‌شود.
        </Typography.Paragraph>
      )}
      <Form form={form} name="reject-request" layout="vertical" onFinish={({ reason }) => onReject(reason.trim())}>
        <Form.Item label="علت رد" name="reason" required rules={[ruleOf(rejectReasonProblem)]}>
          <Input.TextArea rows={3} maxLength={500} showCount={PERSIAN_COUNT} />
        </Form.Item>
      </Form>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
    </Modal>
  );
}
