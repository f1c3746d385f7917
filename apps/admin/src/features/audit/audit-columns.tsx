import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Tag, Typography, type TableColumnsType } from 'antd';
import type { AuditEventsQuery } from '../../gql/graphql';
import { roleName } from '../accounts/role-names';
import { OUTCOME_COLORS, OUTCOME_NAMES, auditActionName } from './audit-filter';

export type AuditRow = AuditEventsQuery['auditEvents']['items'][number];

const DASH = '—';

export const auditColumns: TableColumnsType<AuditRow> = [
  { key: 'occurredAt', title: 'زمان', width: 140, render: (_value, row) => formatJalaliDateTime(row.occurredAt) },
  {
    key: 'action',
    title: 'رویداد',
    render: (_value, row) => (
      <span>
        {auditActionName(row.action)}
        <br />
        <Typography.Text type="secondary" style={{ fontSize: 12 }} dir="ltr">
          {row.action}
        </Typography.Text>
      </span>
    ),
  },
  {
    key: 'outcome',
    title: 'نتیجه',
    render: (_value, row) => (
      <span>
        <Tag color={OUTCOME_COLORS[row.outcome]}>{OUTCOME_NAMES[row.outcome]}</Tag>
        {row.code !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} dir="ltr">
            {row.code}
          </Typography.Text>
        )}
      </span>
    ),
  },
  { key: 'actorRole', title: 'نقش کاربر', render: (_value, row) => (row.actorRole === null ? DASH : roleName(row.actorRole)) },
  { key: 'subject', title: 'کد ملی', render: (_value, row) => (row.subjectMasked === null ? DASH : <span dir="ltr">{toPersianDigits(row.subjectMasked)}</span>) },
  {
    key: 'target',
    title: 'هدف',
    render: (_value, row) =>
      row.targetType === null && row.targetId === null ? DASH : (
        <Typography.Text style={{ fontSize: 12 }} dir="ltr">
          {[row.targetType, row.targetId].filter((part) => part !== null).join(' ')}
        </Typography.Text>
      ),
  },
  { key: 'ip', title: 'نشانی IP', render: (_value, row) => (row.ip === null ? DASH : <span dir="ltr">{toPersianDigits(row.ip)}</span>) },
];
