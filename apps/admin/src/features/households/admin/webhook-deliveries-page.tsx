import { useQuery } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { WebhookDeliveriesQuery, WebhookSubscriptionsQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { PageTitle } from '../common/page-title';
import { clientNameOf, deliveryErrorText, deliveryOutcome, nextAttemptText } from './webhook-delivery-text';
import { WebhookDeliveriesQuery as DeliveriesQuery, WebhookSubscriptionsQuery as SubscriptionsQuery } from './webhooks.graphql';
import { listEmptyText } from '../../../shared/list-empty';

type Subscription = WebhookSubscriptionsQuery['webhookSubscriptions'][number];
type Client = WebhookSubscriptionsQuery['apiClients'][number];
type Delivery = WebhookDeliveriesQuery['webhookDeliveries'][number];

/** The newest attempts shown (the API gives at most 500). */
const DELIVERY_LIMIT = 200;

function subscriptionColumns(clients: readonly Client[]): TableColumnsType<Subscription> {
  return [
    {
      key: 'client',
      title: 'سامانه',
      render: (_value, subscription) => {
        const client = clients.find((c) => c.id === subscription.clientId);
        return (
          <Flex gap="small" align="center">
            {clientNameOf(clients, subscription.clientId)}
            {client !== undefined && !client.active && <Tag>سامانه غیرفعال</Tag>}
          </Flex>
        );
      },
    },
    {
      key: 'url',
      title: 'نشانی',
      render: (_value, subscription) => (
        <Typography.Text code dir="ltr">
          {subscription.url}
        </Typography.Text>
      ),
    },
    {
      key: 'active',
      title: 'وضعیت',
      render: (_value, subscription) => (subscription.active ? <Tag color="green">فعال</Tag> : <Tag>غیرفعال</Tag>),
    },
    { key: 'createdAt', title: 'زمان ثبت', render: (_value, subscription) => formatJalaliDateTime(subscription.createdAt) },
  ];
}

function deliveryColumns(subscriptionLabel: (id: string) => string, showSubscription: boolean): TableColumnsType<Delivery> {
  return [
    { key: 'createdAt', title: 'زمان', render: (_value, delivery) => formatJalaliDateTime(delivery.createdAt) },
    ...(showSubscription
      ? [
          {
            key: 'subscription',
            title: 'سامانه',
            render: (_value: unknown, delivery: Delivery) => subscriptionLabel(delivery.subscriptionId),
          },
        ]
      : []),
    { key: 'event', title: 'رویداد', render: (_value, delivery) => `رویداد ${toPersianDigits(delivery.eventId)}` },
    { key: 'attempt', title: 'تلاش', render: (_value, delivery) => toPersianDigits(delivery.attempt) },
    {
      key: 'outcome',
      title: 'نتیجه',
      render: (_value, delivery) => {
        const outcome = deliveryOutcome(delivery);
        return <Tag color={outcome.color}>{outcome.text}</Tag>;
      },
    },
    { key: 'error', title: 'خطا', render: (_value, delivery) => deliveryErrorText(delivery.error) },
    { key: 'duration', title: 'مدت', render: (_value, delivery) => `${toPersianDigits(delivery.durationMs)} میلی‌ثانیه` },
    { key: 'next', title: 'تلاش بعدی', render: (_value, delivery) => nextAttemptText(delivery) },
  ];
}

/**
 * «ارسال‌های وب‌هوک»: the other systems' webhook subscriptions and the delivery attempts of one of
 * them (or of all), newest first, with the receiver's answer and when a failed attempt is retried.
 */
export function WebhookDeliveriesPage() {
  const [selected, setSelected] = useState<string | null>(null);
  const subscriptions = useQuery(SubscriptionsQuery, { fetchPolicy: 'cache-and-network' });
  const deliveries = useQuery(DeliveriesQuery, {
    variables: { subscriptionId: selected, limit: DELIVERY_LIMIT },
    fetchPolicy: 'cache-and-network',
  });
  const clients = subscriptions.data?.apiClients ?? [];
  const rows = subscriptions.data?.webhookSubscriptions ?? [];
  const chosen = rows.find((row) => row.id === selected);
  const subscriptionLabel = (id: string) => {
    const subscription = rows.find((row) => row.id === id);
    return subscription === undefined ? '—' : clientNameOf(clients, subscription.clientId);
  };

  return (
    <Flex vertical gap="middle">
      <PageTitle title="ارسال‌های وب‌هوک">
        سامانه‌هایی که تغییرات خانوارها را به نشانی خود می‌گیرند، و تلاش‌های ارسال هر تغییر به آن‌ها؛ ارسال ناموفق با فاصلهٔ رو به افزایش تا
        ده بار دوباره فرستاده می‌شود.
      </PageTitle>
      {subscriptions.error !== undefined && <ErrorAlert error={subscriptions.error} />}
      <Card title="اشتراک‌ها">
        <Table<Subscription>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          loading={subscriptions.loading}
          dataSource={rows}
          columns={subscriptionColumns(clients)}
          rowSelection={{
            type: 'radio',
            selectedRowKeys: selected === null ? [] : [selected],
            onChange: (keys) => setSelected(keys.length === 0 ? null : String(keys[0])),
            getCheckboxProps: (row) => ({ 'aria-label': `نمایش ارسال‌های ${clientNameOf(clients, row.clientId)}` }),
          }}
          onRow={(row) => ({ onClick: () => setSelected(row.id), style: { cursor: 'pointer' } })}
          locale={{ emptyText: listEmptyText(subscriptions.error, 'سامانه‌ای مشترک وب‌هوک نشده است') }}
          pagination={{ pageSize: 10, hideOnSinglePage: true, ...PERSIAN_PAGINATION, showSizeChanger: false }}
          data-testid="webhook-subscriptions"
        />
      </Card>
      <Card
        title={chosen === undefined ? 'تلاش‌های ارسال همهٔ اشتراک‌ها' : `تلاش‌های ارسال به ${clientNameOf(clients, chosen.clientId)}`}
        extra={
          <Flex gap="small">
            {selected !== null && (
              <Button size="small" onClick={() => setSelected(null)}>
                نمایش همه
              </Button>
            )}
            <Button size="small" onClick={() => void deliveries.refetch()} loading={deliveries.loading}>
              تازه‌سازی
            </Button>
          </Flex>
        }
      >
        {deliveries.error !== undefined && <ErrorAlert error={deliveries.error} />}
        <Table<Delivery>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          loading={deliveries.loading}
          dataSource={deliveries.data?.webhookDeliveries ?? []}
          columns={deliveryColumns(subscriptionLabel, selected === null)}
          locale={{ emptyText: listEmptyText(deliveries.error, 'تلاشی برای ارسال ثبت نشده است') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, ...PERSIAN_PAGINATION, showSizeChanger: false }}
          data-testid="webhook-deliveries"
        />
        <Typography.Text type="secondary">{`تازه‌ترین ${toPersianDigits(DELIVERY_LIMIT)} تلاش نشان داده می‌شود.`}</Typography.Text>
      </Card>
    </Flex>
  );
}
