import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import { persianErrorMessage } from '../../../shared/errors';
import { FinishReferralMutation } from './referral.graphql';

export interface FinishButtonProps {
  referralId: string;
}

/** «اتمام عملیات» of a referral whose children are finished: their values go up one level. */
export function FinishButton({ referralId }: FinishButtonProps) {
  const { message } = App.useApp();
  const [finish, { loading }] = useMutation(FinishReferralMutation, { refetchQueries: ['Referral', 'MyReferrals'], awaitRefetchQueries: true });
  const onConfirm = () => {
    finish({ variables: { id: referralId } })
      .then(() => message.success('عملکرد برای ارجاع دهنده فرستاده شد'))
      .catch((error: unknown) => message.error(persianErrorMessage(error)));
  };
  return (
    <Popconfirm title="عملکردهای تأییدشده برای ارجاع دهنده فرستاده شود؟" okText="بله، ارسال شود" cancelText="انصراف" onConfirm={onConfirm}>
      <Button type="primary" danger loading={loading}>
        اتمام عملیات
      </Button>
    </Popconfirm>
  );
}
