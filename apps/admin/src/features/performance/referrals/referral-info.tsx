import { formatJalaliDate } from '@pishkhan/fa-format';
import { Alert, Descriptions, Flex, Tag, Typography } from 'antd';
import type { ReferralQuery } from '../../../gql/graphql';
import { formatDecimal } from '../common/decimal-text';
import { personLabel } from '../common/person-name';
import { CATEGORY_NAMES, COMPARISON_NAMES, REFERRAL_STATUS_COLORS, REFERRAL_STATUS_NAMES } from '../common/status-names';
import { daysLeftText } from '../common/tehran-date';

export type ReferralDetail = ReferralQuery['referral'];

export interface ReferralInfoProps {
  referral: ReferralDetail;
}

/** The indicator and the referral: who referred it, the target, the deadline and any return reason. */
export function ReferralInfo({ referral }: ReferralInfoProps) {
  const { indicator } = referral;
  const share = referral.target !== indicator.target;
  return (
    <Flex vertical gap="middle">
      {referral.returnReason !== null && referral.status === 'RETURNED' && (
        <Alert
          type="error"
          showIcon
          title="برگشت‌خورده برای اصلاح"
          description={<span data-testid="return-reason">علت بازگشت: {referral.returnReason}</span>}
        />
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        data-testid="referral-info"
        items={[
          { key: 'title', label: 'عنوان شاخص', children: indicator.title, span: { xs: 1, md: 2 } },
          { key: 'period', label: 'دوره ارزیابی', children: indicator.period.title },
          { key: 'category', label: 'نوع شاخص', children: CATEGORY_NAMES[indicator.category] },
          { key: 'legal', label: 'مستند قانونی', children: indicator.legalBasis ?? '—' },
          { key: 'nature', label: 'ماهیت', children: indicator.nature ?? '—' },
          { key: 'comparison', label: 'نوع مقایسه', children: COMPARISON_NAMES[indicator.comparisonType] },
          { key: 'unit', label: 'واحد سنجش', children: indicator.unitOfMeasure },
          { key: 'target', label: 'استاندارد ملی (هدف)', children: formatDecimal(indicator.target) },
          ...(share || referral.province
            ? [
                {
                  key: 'share',
                  label: referral.province ? `هدف استان ${referral.province}` : 'هدف ارجاع‌شده',
                  children: formatDecimal(referral.target),
                },
              ]
            : []),
          { key: 'cap', label: 'سقف امتیاز', children: formatDecimal(indicator.scoreCap) },
          { key: 'weight', label: 'وزن امتیاز', children: formatDecimal(indicator.weight) },
          { key: 'referrer', label: 'ارجاع دهنده', children: personLabel(referral.referrer) },
          { key: 'assignee', label: 'گیرنده', children: `${personLabel(referral.assignee)} — ${referral.organisationUnit.name}` },
          {
            key: 'deadline',
            label: 'مهلت',
            children: (
              <Flex gap="small" align="center" wrap>
                <span data-testid="referral-deadline">{formatJalaliDate(referral.deadline)}</span>
                {referral.overdue ? (
                  <Tag color="red">مهلت گذشته</Tag>
                ) : (
                  <Typography.Text type="secondary">({daysLeftText(referral.daysLeft)} مانده)</Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'status',
            label: 'وضعیت',
            children: (
              <Tag color={REFERRAL_STATUS_COLORS[referral.status]} data-testid="referral-status">
                {REFERRAL_STATUS_NAMES[referral.status]}
              </Tag>
            ),
          },
        ]}
      />
    </Flex>
  );
}
