import { useMutation } from '@apollo/client/react';
import { App, Modal } from 'antd';
import type { ReferInput } from '../../../gql/graphql';
import { ReferForm } from '../refer/refer-form';
import { ReferFurtherMutation } from '../refer/refer.graphql';
import type { ReferralDetail } from './referral-info';

export interface ReferFurtherModalProps {
  referral: ReferralDetail;
  open: boolean;
  onClose: () => void;
}

/** «ارجاع» of a received referral to one's own subordinates, never later than the deadline received. */
export function ReferFurtherModal({ referral, open, onClose }: ReferFurtherModalProps) {
  const { message } = App.useApp();
  const [refer, { loading, error, reset }] = useMutation(ReferFurtherMutation, {
    refetchQueries: ['Referral', 'MyReferrals'],
    awaitRefetchQueries: true,
  });

  const close = () => {
    reset();
    onClose();
  };

  const submit = (input: ReferInput) => {
    refer({ variables: { referralId: referral.id, input } })
      .then(() => {
        message.success(`شاخص «${referral.indicator.title}» ارجاع شد`);
        close();
      })
      .catch(() => undefined);
  };

  return (
    <Modal open={open} title="ارجاع شاخص" footer={null} width={960} onCancel={close} destroyOnHidden>
      <ReferForm
        indicator={referral.indicator}
        target={referral.target}
        province={referral.province}
        latest={referral.deadline}
        source="received"
        splitRequired={referral.breakdown === 'BY_SPECIALISED_UNIT'}
        submitting={loading}
        error={error ?? null}
        onSubmit={submit}
        onCancel={close}
      />
    </Modal>
  );
}
