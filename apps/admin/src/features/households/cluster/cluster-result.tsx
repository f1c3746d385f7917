import { useMutation } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Flex, Statistic, Typography } from 'antd';
import { useState } from 'react';
import type { HouseholdProofInput } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { BODY_NAMES } from '../common/household-names';
import { ConfirmHouseholdMutation, FileClusterObjectionMutation } from './cluster.graphql';
import { ObjectionModal, type ObjectionValues } from './objection-modal';

export interface ClusterResultProps {
  /** What the household proved itself with: confirmations and objections send it again. */
  proof: HouseholdProofInput;
  incomeCluster: number;
  householdSize: number;
}

/** The cluster, and what the head may do with it on the web: confirm, or object. */
export function ClusterResult({ proof, incomeCluster, householdSize }: ClusterResultProps) {
  const [confirm, confirming] = useMutation(ConfirmHouseholdMutation);
  const [object, objecting] = useMutation(FileClusterObjectionMutation);
  const [objectionOpen, setObjectionOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const onConfirm = () => {
    confirm({ variables: { input: proof } })
      .then(({ data }) => {
        if (data) setDone(`اطلاعات خانوار در ${formatJalaliDateTime(data.confirmHousehold.createdAt)} تأیید و ثبت شد`);
      })
      .catch(() => undefined);
  };

  const onFile = ({ body, reason }: ObjectionValues) => {
    object({ variables: { input: proof, body, reason } })
      .then(({ data }) => {
        if (!data) return;
        setObjectionOpen(false);
        setDone(`اعتراض شما ثبت شد و برای رسیدگی به ${BODY_NAMES[body]} فرستاده شد`);
      })
      .catch(() => undefined);
  };

  return (
    <Card title="نتیجهٔ استعلام" data-testid="cluster-result">
      <Flex vertical gap="middle">
        <Flex gap="large" wrap>
          <Statistic title="خوشه درآمدی" value={toPersianDigits(incomeCluster)} valueStyle={{ fontSize: 40 }} />
          <Statistic title="تعداد اعضای خانوار" value={toPersianDigits(householdSize)} />
        </Flex>
        <Typography.Paragraph style={{ margin: 0 }} data-testid="cluster-sentence">
          خوشه درآمدی خانوار شما: {toPersianDigits(incomeCluster)}
        </Typography.Paragraph>
        {done === null ? (
          <Flex gap="small" wrap>
            <Button type="primary" onClick={onConfirm} loading={confirming.loading}>
              تأیید اطلاعات خانوار
            </Button>
            <Button
              danger
              onClick={() => {
                objecting.reset();
                setObjectionOpen(true);
              }}
            >
              اعتراض به خوشه
            </Button>
          </Flex>
        ) : (
          <Alert type="success" showIcon title={done} data-testid="cluster-response-done" />
        )}
        {confirming.error !== undefined && <ErrorAlert error={confirming.error} />}
      </Flex>
      <ObjectionModal
        open={objectionOpen}
        loading={objecting.loading}
        error={objecting.error ?? null}
        onFile={onFile}
        onCancel={() => setObjectionOpen(false)}
      />
    </Card>
  );
}
