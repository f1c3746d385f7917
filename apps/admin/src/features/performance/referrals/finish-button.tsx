import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import { persianErrorMessage } from '../../../shared/errors';
import { FinishReferralMutation } from './referral.graphql';

export interface FinishButtonProps {
  referralId: string;
}

/**
 * «تأیید» of a referral whose children are finished: the approver approves the values below him
 * and they go up one level (the seed's name for it at this step; a data entrant finishing his own
 * entry does «اتمام عملیات» in the entry form).
 */
export function FinishButton({ referralId }: FinishButtonProps) {
  const { message } = App.useApp();
  const [finish, { loading }] = useMutation(FinishReferralMutation, {
    refetchQueries: ['Referral', 'MyReferrals'],
    awaitRefetchQueries: true,
  });
  const onConfirm = () => {
    finish({ variables: { id: referralId } })
      .then(() => message.success('عملکرد تأیید شد و برای ارجاع دهنده فرستاده شد'))
      .catch((error: unknown) => message.error(persianErrorMessage(error)));
  };
  return (
    <Popconfirm
      title="عملکردهای زیرمجموعه تأیید و برای ارجاع دهنده فرستاده شود؟"
      okText="بله، تأیید"
      cancelText="انصراف"
      onConfirm={onConfirm}
    >
      <Button type="primary" loading={loading}>
        تأیید
      </Button>
    </Popconfirm>
  );
}
