import { formatJalaliDateTime } from '@pishkhan/fa-format';
import { Card, Descriptions } from 'antd';
import { formatDecimal } from '../common/decimal-text';
import { EvidenceLinks } from '../evidence/evidence-links';
import type { ReferralDetail } from './referral-info';

export interface EntryViewProps {
  entry: NonNullable<ReferralDetail['entry']>;
  unitOfMeasure: string;
}

const yes = (flag: boolean) => (flag ? 'بلی' : 'خیر');

/** A recorded performance entry, read only (sent up, approved, or someone else's). */
export function EntryView({ entry, unitOfMeasure }: EntryViewProps) {
  return (
    <Card title="عملکرد ثبت‌شده" size="small" data-testid="entry-view">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'value', label: 'عملکرد', children: `${formatDecimal(entry.value)} ${unitOfMeasure}` },
          { key: 'plan', label: 'شاخص دارای برنامه راهبردی و عملیاتی مرتبط درون دستگاهی می‌باشد', children: yes(entry.hasStrategicPlan) },
          { key: 'system', label: 'شاخص دارای سامانه (پایگاه) اطلاعاتی می‌باشد', children: yes(entry.hasInformationSystem) },
          { key: 'description', label: 'توضیحات عملکرد', children: entry.description ?? '—' },
          { key: 'obstacles', label: 'موانع کلیدی در راه اجرای کامل شاخص یا ذکر دلایل', children: entry.keyObstacles ?? '—' },
          { key: 'measures', label: 'راهکارهای بهبود برای نیل به اهداف', children: entry.improvementMeasures ?? '—' },
          { key: 'partners', label: 'عملکرد دستگاه‌های همکار (در صورت وجود)', children: entry.partnerPerformance ?? '—' },
          {
            key: 'baseline',
            label: 'ثبت مبنا بودن شاخص',
            children: entry.isBaseline ? `بلی${entry.baselineNote ? ` — ${entry.baselineNote}` : ''}` : 'خیر',
          },
          {
            key: 'evidence',
            label: 'مستندات',
            children: <EvidenceLinks files={entry.evidenceFiles} />,
          },
          { key: 'updated', label: 'آخرین ذخیره', children: formatJalaliDateTime(entry.updatedAt) },
        ]}
      />
    </Card>
  );
}
