import { useQuery } from '@apollo/client/react';
import { Empty, Flex, Spin } from 'antd';
import { ErrorAlert } from '../../../shared/error-alert';
import { PageTitle } from '../common/page-title';
import { PilotForm } from './pilot-form';
import { SubsidyPilotsQuery } from './pilot.graphql';

/** «تنظیمات پایلوت»: the household-structure pilots and their settings (seed 001). */
export function PilotPage() {
  const { data, loading, error } = useQuery(SubsidyPilotsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 900 }}>
      <PageTitle title="تنظیمات پایلوت">
        از زمان آغاز پایلوت، درخواست امور یارانهٔ متقاضیانی که کد ملی‌شان با یکی از پیش‌شماره‌ها آغاز می‌شود با پیام خطای زیر رد و به درگاه
        مراجعه مردمی راهنمایی می‌شود.
      </PageTitle>
      {error !== undefined && <ErrorAlert error={error} />}
      {loading && data === undefined && <Spin />}
      {data !== undefined && data.subsidyPilots.length === 0 && <Empty description="پایلوتی تعریف نشده است" />}
      {data?.subsidyPilots.map((pilot) => (
        <PilotForm key={pilot.id} pilot={pilot} />
      ))}
    </Flex>
  );
}
