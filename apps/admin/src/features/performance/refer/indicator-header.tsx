import { Descriptions } from 'antd';
import { formatDecimal } from '../common/decimal-text';

export interface IndicatorHeaderProps {
  indicator: { title: string; unitOfMeasure: string; nature?: string | null; scoreCap: string; target: string };
  /** The target being referred when it is a province's share of the indicator's. */
  share?: { province?: string | null; target: string } | null;
}

/** The indicator's header on the referral form, as in seed 002: title, unit, nature, score and target. */
export function IndicatorHeader({ indicator, share }: IndicatorHeaderProps) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="indicator-header"
      items={[
        { key: 'title', label: 'عنوان شاخص', children: indicator.title, span: { xs: 1, md: 2 } },
        { key: 'unit', label: 'واحد سنجش', children: indicator.unitOfMeasure },
        { key: 'nature', label: 'ماهیت', children: indicator.nature ?? '—' },
        { key: 'score', label: 'امتیاز', children: formatDecimal(indicator.scoreCap) },
        { key: 'target', label: 'هدف', children: formatDecimal(indicator.target) },
        ...(share && share.target !== indicator.target
          ? [
              {
                key: 'share',
                label: share.province ? `هدف استان ${share.province}` : 'هدف ارجاع‌شده به شما',
                children: formatDecimal(share.target),
              },
            ]
          : []),
      ]}
    />
  );
}
