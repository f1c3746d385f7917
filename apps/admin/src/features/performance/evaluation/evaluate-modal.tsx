import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { ErrorAlert } from '../../../shared/error-alert';
import { EvaluateIndicatorMutation } from './evaluation.graphql';
import { PERSIAN_COUNT } from '../../../shared/persian-count';

export interface EvaluateModalProps {
  indicator: { id: string; title: string } | null;
  onClose: () => void;
}

/** «ارزیابی» of a forwarded indicator by the senior lead, with an optional note. */
export function EvaluateModal(props: EvaluateModalProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <EvaluateDialog key={props.indicator?.id ?? 'closed'} {...props} />;
}

function EvaluateDialog({ indicator, onClose }: EvaluateModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [evaluate, { loading, error, reset }] = useMutation(EvaluateIndicatorMutation, {
    refetchQueries: ['ForwardedIndicators', 'ScoringSheet'],
    awaitRefetchQueries: true,
  });

  const close = () => {
    reset();
    onClose();
  };

  const submit = ({ note }: { note?: string }) => {
    if (indicator === null) return;
    evaluate({ variables: { id: indicator.id, note: note?.trim() ? note.trim() : null } })
      .then(() => {
        message.success(`شاخص «${indicator.title}» ارزیابی شد`);
        close();
      })
      .catch(() => undefined);
  };

  return (
    <Modal
      open={indicator !== null}
      title="ارزیابی شاخص"
      okText="ثبت ارزیابی"
      cancelText="انصراف"
      okButtonProps={{ loading }}
      onOk={() => form.submit()}
      onCancel={close}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      {indicator !== null && <Typography.Paragraph>نتیجهٔ شاخص «{indicator.title}» ارزیابی‌شده ثبت می‌شود.</Typography.Paragraph>}
      <Form form={form} name="evaluate-indicator" layout="vertical" onFinish={submit}>
        <Form.Item label="یادداشت ارزیابی (اختیاری)" name="note">
          <Input.TextArea rows={3} maxLength={2000} showCount={PERSIAN_COUNT} />
        </Form.Item>
      </Form>
      {error !== undefined && <ErrorAlert error={error} />}
    </Modal>
  );
}
