import { formatJalaliDateTime } from '@pishkhan/fa-format';
import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import type { AuditEventsQuery } from '../../gql/graphql';
import { OUTCOME_COLORS, OUTCOME_NAMES } from './audit-filter';
import { auditActionName } from './audit-labels';
import { auditCodeText, auditPersonText, auditRoleText, auditTargetText } from './audit-text';

export type AuditRow = AuditEventsQuery['auditEvents']['items'][number];

const DASH = '—';

/** Who did what to which record, when, and how it ended: every column in Persian. */
export const auditColumns: TableColumnsType<AuditRow> = [
  { key: 'occurredAt', title: 'زمان', width: 140, render: (_value, row) => formatJalaliDateTime(row.occurredAt) },
  {
    key: 'person',
    title: 'کاربر',
    render: (_value, row) => (
      <Flex vertical gap={0}>
        <span data-testid="audit-person">{auditPersonText(row)}</span>
        {auditRoleText(row.actorRole) !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {auditRoleText(row.actorRole)}
          </Typography.Text>
        )}
      </Flex>
    ),
  },
  { key: 'action', title: 'رویداد', render: (_value, row) => <span data-testid="audit-action">{auditActionName(row.action)}</span> },
  { key: 'target', title: 'مورد', render: (_value, row) => <span data-testid="audit-target">{auditTargetText(row) ?? DASH}</span> },
  {
    key: 'outcome',
    title: 'نتیجه',
    render: (_value, row) => (
      <Flex vertical gap={2} align="start">
        <Tag color={OUTCOME_COLORS[row.outcome]}>{OUTCOME_NAMES[row.outcome]}</Tag>
        {row.code !== null && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="audit-code">
            {auditCodeText(row.code)}
          </Typography.Text>
        )}
      </Flex>
    ),
  },
];
