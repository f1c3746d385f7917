import { useMutation } from '@apollo/client/react';
import { App, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { dayjs } from '../../../shared/dayjs-setup';
import { FormModal } from '../../../shared/form-modal';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { HajjSetInvitationCutoffMutation } from '../hajj.graphql';
import { jalaliDay } from '../hajj-labels';
import { cutoffProblem } from './province-schedule-input';

export interface InvitationCutoffTarget {
  province: string;
  /** The province's cut-off now (ISO). */
  invitedDepositsUntil: string;
}

export interface InvitationCutoffModalProps {
  /** The province whose cut-off is set; null when the dialog is closed. */
  target: InvitationCutoffTarget | null;
  /** The season's eligibility cut-off (ISO): no province invites past it. */
  eligibleDepositUntil: string;
  onSaved: () => void;
  onCancel: () => void;
}

/** Rule 8 by hand: the organisation sets which deposits a province invites now; recorded as a wave like the job's. */
export function InvitationCutoffModal(props: InvitationCutoffModalProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <InvitationCutoffDialog key={props.target?.province ?? 'closed'} {...props} />;
}

function InvitationCutoffDialog({ target, eligibleDepositUntil, onSaved, onCancel }: InvitationCutoffModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ day: Dayjs | null }>();
  const [setCutoff, { loading, error, reset }] = useMutation(HajjSetInvitationCutoffMutation);

  const onFinish = (values: { day: Dayjs | null }) => {
    if (target === null || values.day === null) return;
    setCutoff({ variables: { province: target.province, invitedDepositsUntil: isoDate(values.day) } })
      .then(() => {
        message.success(`دعوت‌شدگان ${target.province} ثبت شد`);
        onSaved();
      })
      .catch(() => undefined);
  };

  return (
    <FormModal
      item={target}
      title={(target) => `دعوت‌شدگان ${target.province}`}
      okText="ثبت"
      form={form}
      name="hajj-invitation-cutoff"
      initialValues={(target) => ({ day: dayjs(`${target.invitedDepositsUntil}T12:00:00`) })}
      onFinish={onFinish}
      loading={loading}
      error={error}
      onCancel={onCancel}
      afterClose={reset}
    >
      {(target) => (
        <>
          <Typography.Paragraph type="secondary">
            {`اکنون قبوض ودیعه‌گذاری‌شده تا ${jalaliDay(target.invitedDepositsUntil)} دعوت شده‌اند؛ مهلت ودیعه‌گذاری مشمول: ${jalaliDay(eligibleDepositUntil)}`}
          </Typography.Paragraph>
          <Form.Item
            label="قبوض ودیعه‌گذاری‌شده تا"
            name="day"
            required
            rules={[
              {
                validator: (_rule, value: Dayjs | null | undefined) => {
                  const problem = cutoffProblem(value ? isoDate(value) : null, eligibleDepositUntil);
                  return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
                },
              },
            ]}
          >
            <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
