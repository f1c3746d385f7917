import { formatJalaliDate } from '@pishkhan/fa-format';
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { formatDecimal } from '../common/decimal-text';
import { personLabel } from '../common/person-name';
import { combinedValue, referralValue } from '../common/referral-value';
import { REFERRAL_STATUS_COLORS, REFERRAL_STATUS_NAMES, SPLIT_RULES } from '../common/status-names';
import { EvidenceLinks } from '../evidence/evidence-links';
import type { ReferralDetail } from './referral-info';

type Child = ReferralDetail['children'][number];

export interface ChildrenReviewProps {
  referral: ReferralDetail;
  /** The referrer of these children may send finished ones back. */
  canReturn: boolean;
  onReturn: (child: Child) => void;
}

/** «زنجیره ارجاع»: the referrals made from this one, their values, and «بازگشت» for a finished one. */
export function ChildrenReview({ referral, canReturn, onReturn }: ChildrenReviewProps) {
  const { aggregation, unitOfMeasure } = referral.indicator;
  const total = combinedValue(referral.children, aggregation);
  const columns: TableColumnsType<Child> = [
    { key: 'assignee', title: 'گیرنده', render: (_v, child) => personLabel(child.assignee) },
    { key: 'province', title: 'استان', render: (_v, child) => child.province ?? '—' },
    { key: 'target', title: 'هدف', render: (_v, child) => formatDecimal(child.target) },
    {
      key: 'value',
      title: 'عملکرد',
      render: (_v, child) => <span data-testid="child-value">{formatDecimal(referralValue(child, aggregation))}</span>,
    },
    {
      key: 'deadline',
      title: 'مهلت',
      render: (_v, child) => (
        <Flex vertical gap={0}>
          <span>{formatJalaliDate(child.deadline)}</span>
          {child.overdue && <Tag color="red">مهلت گذشته</Tag>}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: 'وضعیت',
      render: (_v, child) => (
        <Flex vertical gap={2}>
          <Tag color={REFERRAL_STATUS_COLORS[child.status]}>{REFERRAL_STATUS_NAMES[child.status]}</Tag>
          {child.status === 'RETURNED' && child.returnReason !== null && (
            <Typography.Text type="danger">علت بازگشت: {child.returnReason}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'details',
      title: 'توضیحات و مستندات',
      render: (_v, child) => (
        <Flex vertical gap={2}>
          {child.entry?.description && <Typography.Text>{child.entry.description}</Typography.Text>}
          {child.entry?.keyObstacles && <Typography.Text type="secondary">موانع: {child.entry.keyObstacles}</Typography.Text>}
          {child.entry?.improvementMeasures && (
            <Typography.Text type="secondary">راهکارها: {child.entry.improvementMeasures}</Typography.Text>
          )}
          {child.entry && child.entry.evidenceFiles.length > 0 && <EvidenceLinks files={child.entry.evidenceFiles} />}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: 'عملیات',
      render: (_v, child) =>
        canReturn && child.status === 'SUBMITTED' ? (
          <Button danger size="small" onClick={() => onReturn(child)}>
            بازگشت
          </Button>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Card title="زنجیره ارجاع" size="small" data-testid="referral-children">
      <Flex vertical gap="small">
        <Table<Child>
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          dataSource={referral.children}
          columns={columns}
          pagination={false}
          expandable={{ childrenColumnName: 'none' }}
        />
        <Typography.Text>
          عملکرد تجمیعی:{' '}
          <strong data-testid="combined-value">
            {total === null ? 'هنوز همهٔ عملکردها ثبت نشده است' : `${formatDecimal(total)} ${unitOfMeasure}`}
          </strong>
        </Typography.Text>
        {referral.children.some((child) => child.province !== null) && (
          <Typography.Text type="secondary">{SPLIT_RULES[aggregation]}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
