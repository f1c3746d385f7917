import { useMutation } from '@apollo/client/react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { ErrorAlert } from '../../../shared/error-alert';
import { RejectIndicatorProposalMutation } from './evaluation.graphql';
import { PERSIAN_COUNT } from '../../../shared/persian-count';

export interface RejectProposalModalProps {
  proposal: { id: string; title: string } | null;
  onClose: () => void;
}

/** «رد» of a proposal by the senior lead: the reason is required and shown to the deputy. */
export function RejectProposalModal(props: RejectProposalModalProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <RejectProposalDialog key={props.proposal?.id ?? 'closed'} {...props} />;
}

function RejectProposalDialog({ proposal, onClose }: RejectProposalModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [reject, { loading, error, reset }] = useMutation(RejectIndicatorProposalMutation, {
    refetchQueries: ['IndicatorProposals'],
    awaitRefetchQueries: true,
  });

  const close = () => {
    reset();
    onClose();
  };

  const submit = ({ reason }: { reason: string }) => {
    if (proposal === null) return;
    reject({ variables: { id: proposal.id, reason: reason.trim() } })
      .then(() => {
        message.success(`پیشنهاد «${proposal.title}» رد شد`);
        close();
      })
      .catch(() => undefined);
  };

  return (
    <Modal
      open={proposal !== null}
      title="رد پیشنهاد شاخص"
      okText="رد پیشنهاد"
      cancelText="انصراف"
      okButtonProps={{ danger: true, loading }}
      onOk={() => form.submit()}
      onCancel={close}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      {proposal !== null && (
        <Typography.Paragraph>پیشنهاد «{proposal.title}» رد می‌شود و علت آن به پیشنهاد دهنده نشان داده می‌شود.</Typography.Paragraph>
      )}
      <Form form={form} name="reject-proposal" layout="vertical" onFinish={submit}>
        <Form.Item
          label="علت رد"
          name="reason"
          required
          rules={[
            {
              validator: (_rule, value: string | undefined) =>
                (value ?? '').trim().length >= 3 ? Promise.resolve() : Promise.reject(new Error('علت رد را بنویسید (دست‌کم ۳ نویسه)')),
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
