import { useMutation, useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { App, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { persianErrorMessage } from '../../../shared/errors';
import { ApprovedCountQuery, ForwardApprovedIndicatorsMutation } from './approval.graphql';

export interface ForwardBarProps {
  periodId: string;
}

/** «ارسال به راهبر ارشد»: the period's approved indicators go to the senior lead for evaluation. */
export function ForwardBar({ periodId }: ForwardBarProps) {
  const { message } = App.useApp();
  const approved = useQuery(ApprovedCountQuery, {
    variables: { filter: { periodId, status: 'APPROVED', limit: 1, offset: 0 } },
    fetchPolicy: 'cache-and-network',
  });
  const [forward, { loading }] = useMutation(ForwardApprovedIndicatorsMutation, {
    refetchQueries: ['ApprovedCount', 'ReviewIndicators'],
    awaitRefetchQueries: true,
  });
  const count = approved.data?.indicators.total ?? 0;

  const onConfirm = () => {
    forward({ variables: { periodId } })
      .then(({ data }) => message.success(`${toPersianDigits(data?.forwardApprovedIndicators ?? 0)} شاخص به راهبر ارشد ارسال شد`))
      .catch((error: unknown) => message.error(persianErrorMessage(error)));
  };

  return (
    <Card size="small">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Text data-testid="approved-count">
          {count === 0 ? 'شاخص تأییدشده‌ای برای ارسال نیست' : `${toPersianDigits(count)} شاخص تأییدشده آمادهٔ ارسال به راهبر ارشد است`}
        </Typography.Text>
        <Popconfirm
          title="نتایج تأییدشدهٔ این دوره برای ارزیابی به راهبر ارشد فرستاده شود؟"
          okText="بله، ارسال شود"
          cancelText="انصراف"
          onConfirm={onConfirm}
          disabled={count === 0}
        >
          <Button type="primary" loading={loading} disabled={count === 0}>
            ارسال به راهبر ارشد
          </Button>
        </Popconfirm>
      </Flex>
    </Card>
  );
}
