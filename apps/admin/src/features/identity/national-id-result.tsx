import { toPersianDigits } from '@pishkhan/fa-format';
import { Card, Descriptions, Tag, type DescriptionsProps } from 'antd';
import type { NationalIdInfoQuery } from '../../gql/graphql';
import { issuancePlaceText, nationalIdProblemMessage } from './national-id-text';

type NationalIdInfo = NationalIdInfoQuery['nationalIdInfo'];

export interface NationalIdResultProps {
  info: NationalIdInfo;
}

const DASH = '—';

function resultItems(info: NationalIdInfo): DescriptionsProps['items'] {
  const items: NonNullable<DescriptionsProps['items']> = [
    {
      key: 'status',
      label: 'وضعیت',
      children: info.valid ? <Tag color="green">معتبر</Tag> : <Tag color="red">نامعتبر</Tag>,
    },
    {
      key: 'normalized',
      label: 'کد ملی یکسان‌شده',
      children: info.normalized === null ? DASH : toPersianDigits(info.normalized),
    },
  ];
  if (!info.valid) {
    items.push({ key: 'reason', label: 'علت', children: info.reason === null ? DASH : nationalIdProblemMessage(info.reason) });
    return items;
  }
  items.push(
    { key: 'place', label: 'محل صدور', children: issuancePlaceText(info.issuancePlace) },
    {
      key: 'prefix',
      label: 'پیش‌شمارهٔ محل صدور',
      children: info.issuancePlace === null ? DASH : toPersianDigits(info.issuancePlace.prefix),
    },
  );
  return items;
}

export function NationalIdResult({ info }: NationalIdResultProps) {
  return (
    <Card title="نتیجهٔ استعلام">
      <Descriptions column={1} bordered size="middle" items={resultItems(info)} />
    </Card>
  );
}
