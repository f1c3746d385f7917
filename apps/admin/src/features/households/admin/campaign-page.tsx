import { useQuery } from '@apollo/client/react';
import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import { App, Button, Card, Empty, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../shared/error-alert';
import { PageTitle } from '../common/page-title';
import { tehranToday } from '../common/tehran-time';
import { isOpenOn, sizeBandText, windowDays } from './campaign-window-text';
import { ClusterCampaignQuery } from './campaign.graphql';
import { WindowEditModal, type CampaignWindowRow } from './window-edit-modal';

function columns(today: string, edit: (row: CampaignWindowRow) => void): TableColumnsType<CampaignWindowRow> {
  return [
    { key: 'band', title: 'تعداد اعضای خانوار', render: (_value, row) => sizeBandText(row) },
    { key: 'start', title: 'از تاریخ', render: (_value, row) => formatJalaliDate(row.startDate) },
    { key: 'end', title: 'تا تاریخ', render: (_value, row) => formatJalaliDate(row.endDate) },
    { key: 'days', title: 'روزها', render: (_value, row) => toPersianDigits(windowDays(row.startDate, row.endDate)) },
    { key: 'open', title: 'وضعیت امروز', render: (_value, row) => (isOpenOn(row, today) ? <Tag color="green">باز</Tag> : <Tag>بسته</Tag>) },
    {
      key: 'edit',
      title: '',
      render: (_value, row) => (
        <Button size="small" onClick={() => edit(row)} aria-label={`ویرایش بازهٔ ${sizeBandText(row)}`}>
          ویرایش
        </Button>
      ),
    },
  ];
}

/** «بازه‌های اعلام خوشه»: the active campaign's windows by household size (seed 000 rule 2), editable. */
export function CampaignPage() {
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(ClusterCampaignQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<CampaignWindowRow | null>(null);
  const campaign = data?.clusterCampaign;
  const today = tehranToday();

  return (
    <Flex vertical gap="middle">
      <PageTitle title="بازه‌های اعلام خوشه">
        هر خانوار خوشهٔ خود را تنها در بازهٔ ویژهٔ تعداد اعضایش یا در بازهٔ جاماندگان می‌بیند؛ پس از پایان همهٔ بازه‌ها استعلام بسته است.
      </PageTitle>
      {error !== undefined && <ErrorAlert error={error} />}
      {data !== undefined && campaign === null && <Empty description="فراخوان فعالی نیست" />}
      {campaign && (
        <Card title={campaign.title} extra={campaign.active ? <Tag color="blue">فعال</Tag> : <Tag>غیرفعال</Tag>}>
          <Table<CampaignWindowRow>
            rowKey="id"
            size="middle"
            scroll={{ x: 'max-content' }}
            loading={loading}
            dataSource={campaign.windows}
            columns={columns(today, setEditing)}
            pagination={false}
            data-testid="campaign-windows"
          />
        </Card>
      )}
      <WindowEditModal
        window={editing}
        onCancel={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          message.success('بازه ذخیره شد');
          void refetch();
        }}
      />
    </Flex>
  );
}
