import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { ErrorAlert } from '../../../shared/error-alert';
import { ReturnReferralMutation } from '../referrals/referral.graphql';
import { PERSIAN_COUNT } from '../../../shared/persian-count';

export interface ReturnTarget {
  referralId: string;
  /** Who gets it back, for the sentence above the reason. */
  assigneeName: string;
  indicatorTitle: string;
}

export interface ReturnModalProps {
  target: ReturnTarget | null;
  onClose: () => void;
  /** Queries to refetch once returned. */
  refetchQueries: string[];
}

/** «بازگشت»: a finished referral goes back one level for editing, with a required reason. */
export function ReturnModal(props: ReturnModalProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <ReturnDialog key={props.target?.referralId ?? 'closed'} {...props} />;
}

function ReturnDialog({ target, onClose, refetchQueries }: ReturnModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [returnReferral, { loading, error, reset }] = useMutation(ReturnReferralMutation, { refetchQueries, awaitRefetchQueries: true });

  const close = () => {
    reset();
    onClose();
  };

  const submit = ({ reason }: { reason: string }) => {
    if (target === null) return;
    returnReferral({ variables: { id: target.referralId, reason: reason.trim() } })
      .then(() => {
        message.success(`عملکرد برای اصلاح به ${target.assigneeName} بازگشت`);
        close();
      })
      .catch(() => undefined);
  };

  return (
    <Modal
      open={target !== null}
      title="بازگشت برای اصلاح"
      okText="بازگشت"
      cancelText="انصراف"
      okButtonProps={{ danger: true, loading }}
      onOk={() => form.submit()}
      onCancel={close}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      {target !== null && (
        <Typography.Paragraph>
          عملکرد شاخص «{target.indicatorTitle}» برای اصلاح به {target.assigneeName} بازمی‌گردد و علت آن به او نشان داده می‌شود.
        </Typography.Paragraph>
      )}
      <Form form={form} name="return-referral" layout="vertical" onFinish={submit}>
        <Form.Item
          label="علت بازگشت"
          name="reason"
          required
          rules={[
            {
              validator: (_rule, value: string | undefined) =>
                (value ?? '').trim().length >= 3 ? Promise.resolve() : Promise.reject(new Error('علت بازگشت را بنویسید (دست‌کم ۳ نویسه)')),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount={PERSIAN_COUNT} />
        </Form.Item>
      </Form>
      {error !== undefined && <ErrorAlert error={error} />}
    </Modal>
  );
}
