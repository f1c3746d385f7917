import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Button, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import type { ClusterObjectionsQuery } from '../../../gql/graphql';
import { CHANNEL_NAMES, OBJECTION_STATUS_COLORS, OBJECTION_STATUS_NAMES } from '../common/household-names';

export type ObjectionRow = ClusterObjectionsQuery['clusterObjections']['items'][number];

export interface ObjectionActions {
  accept: (row: ObjectionRow) => void;
  reject: (row: ObjectionRow) => void;
}

export function objectionColumns({ accept, reject }: ObjectionActions): TableColumnsType<ObjectionRow> {
  return [
    { key: 'createdAt', title: 'زمان ثبت', width: 140, render: (_value, row) => formatJalaliDateTime(row.createdAt) },
    {
      key: 'channel',

      title: 'مجرای ثبت',
      width: 150,
      render: (_value, row) =>
        row.officeCode ? `${CHANNEL_NAMES[row.channel]} (${toPersianDigits(row.officeCode)})` : CHANNEL_NAMES[row.channel],
    },
    {
      key: 'household',
      title: 'شناسهٔ خانوار',
      width: 110,
      render: (_value, row) => <Typography.Text code>{row.householdId.slice(0, 8)}</Typography.Text>,
    },
    { key: 'reason', title: 'علت اعتراض', render: (_value, row) => row.reason },
    {
      key: 'status',
      fixed: 'end',
      title: 'وضعیت',
      width: 130,
      render: (_value, row) =>
        row.status ? <Tag color={OBJECTION_STATUS_COLORS[row.status]}>{OBJECTION_STATUS_NAMES[row.status]}</Tag> : null,
    },
    { key: 'resolution', title: 'نتیجهٔ رسیدگی', render: (_value, row) => row.resolution ?? '—' },
    {
      key: 'actions',
      // Always on screen, however wide the other columns are.
      fixed: 'end',
      title: 'رسیدگی',
      width: 150,
      render: (_value, row) =>
        row.status === 'OPEN' ? (
          <Flex gap="small">
            <Button size="small" type="primary" onClick={() => accept(row)}>
              پذیرش
            </Button>
            <Button size="small" danger onClick={() => reject(row)}>
              رد
            </Button>
          </Flex>
        ) : null,
    },
  ];
}
