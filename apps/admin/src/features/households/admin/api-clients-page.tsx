import { useQuery } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { ApiClientsQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { PageTitle } from '../common/page-title';
import { ApiClientActions } from './api-client-actions';
import { ApiClientForm } from './api-client-form';
import { scopeName } from './api-client-input';
import { ApiClientsQuery as ClientsQuery } from './api-clients.graphql';
import { ApiKeyModal } from './api-key-modal';
import { listEmptyText } from '../../../shared/list-empty';

type Client = ApiClientsQuery['apiClients'][number];

type ShownKey = { name: string; key: string };

const columns = (onRotated: (rotated: ShownKey) => void): TableColumnsType<Client> => [
  { key: 'name', title: 'نام سامانه', dataIndex: 'name' },
  { key: 'prefix', title: 'آغاز کلید', render: (_value, client) => <Typography.Text code>{client.keyPrefix}</Typography.Text> },
  {
    key: 'scopes',
    title: 'دسترسی‌ها',
    render: (_value, client) => client.scopes.map((scope) => <Tag key={scope}>{scopeName(scope)}</Tag>),
  },
  {
    key: 'quota',
    title: 'سهمیهٔ روزانه',
    render: (_value, client) => toPersianDigits(client.dailyQuota.toLocaleString('en-US')).replace(/,/g, '٬'),
  },
  {
    key: 'ips',
    title: 'نشانی‌های مجاز',
    render: (_value, client) => (client.ipAllowlist.length === 0 ? 'همه' : client.ipAllowlist.join('، ')),
  },
  { key: 'active', title: 'وضعیت', render: (_value, client) => (client.active ? <Tag color="green">فعال</Tag> : <Tag>غیرفعال</Tag>) },
  { key: 'createdAt', title: 'زمان ساخت', render: (_value, client) => formatJalaliDateTime(client.createdAt) },
  // Always on screen, however wide the other columns are.
  { key: 'actions', fixed: 'end', title: '', render: (_value, client) => <ApiClientActions client={client} onRotated={onRotated} /> },
];

/**
 * «سامانه‌های متصل»: other systems allowed to call the API with a key, each with its actions (a new
 * key, deactivation or reactivation), and a form for a new one. A new key is shown once, in the modal.
 */
export function ApiClientsPage() {
  const { data, loading, error, refetch } = useQuery(ClientsQuery, { fetchPolicy: 'cache-and-network' });
  const [created, setCreated] = useState<ShownKey | null>(null);
  return (
    <Flex vertical gap="middle">
      <PageTitle title="سامانه‌های متصل">
        سامانه‌های دیگر (مانند سامانهٔ رفاهی یا ثبت‌نام یارانه) با کلید دسترسی، استعلام ساختار خانوار، تغییرات روزانه یا درخواست امور یارانه
        را از واسط برنامه‌نویسی پیشخوان می‌گیرند.
      </PageTitle>
      {error !== undefined && <ErrorAlert error={error} />}
      <Card>
        <Table<Client>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          loading={loading}
          dataSource={data?.apiClients ?? []}
          columns={columns(setCreated)}
          locale={{ emptyText: listEmptyText(error, 'سامانه‌ای تعریف نشده است') }}
          pagination={{ pageSize: 10, hideOnSinglePage: true, ...PERSIAN_PAGINATION, showSizeChanger: false }}
          data-testid="api-clients"
        />
      </Card>
      <ApiClientForm
        onCreated={(client) => {
          setCreated(client);
          void refetch();
        }}
      />
      <ApiKeyModal created={created} onClose={() => setCreated(null)} />
    </Flex>
  );
}
