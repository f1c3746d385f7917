import { useQuery } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Card, Flex, Form, Select, Table } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../shared/error-alert';
import { HajjCaravansQuery } from '../hajj.graphql';
import { rials, seatsText } from '../hajj-labels';
import { HAJJ_PATHS } from '../hajj-paths';
import { HajjTitle } from '../hajj-title';
import { useProvince } from './use-province';

/** «کاروان‌های حج استان» (seed 004 rule 7): public; a province's caravans with their managers, costs and seats left. */
export function CaravansPage() {
  const { provinces, province, chosen, setProvince, notice } = useProvince();
  const caravans = useQuery(HajjCaravansQuery, {
    variables: { province: province ?? '' },
    skip: province === null,
    fetchPolicy: 'network-only',
  });
  return (
    <Flex vertical gap="large" style={{ maxWidth: 1100 }}>
      <HajjTitle title="کاروان‌های حج تمتع استان">
        اسامی، نشانی و تلفن مدیران کاروان‌ها، هزینهٔ قطعی هر زائر و ظرفیت باقی‌ماندهٔ ثبت‌نام اینترنتی (تا{' '}
        {toPersianDigits(notice.data?.hajjSeasonNotice?.onlineSharePercent ?? 50)} درصد ظرفیت هر کاروان).
      </HajjTitle>
      <Card>
        <Form layout="vertical">
          <Form.Item label="استان" htmlFor="hajj-province">
            <Select
              id="hajj-province"
              aria-label="استان"
              showSearch
              style={{ maxWidth: 320 }}
              placeholder="استان را برگزینید"
              value={province ?? undefined}
              options={provinces.map((p) => ({ value: p.province, label: p.province, title: p.province }))}
              onChange={setProvince}
            />
          </Form.Item>
        </Form>
        {chosen && <Alert type="info" showIcon title={`${chosen.group}: آغاز پذیرش ${formatJalaliDateTime(chosen.admissionOpensAt)}`} />}
      </Card>
      {caravans.error && <ErrorAlert error={caravans.error} />}
      {province !== null && (
        <Table
          rowKey="id"
          loading={caravans.loading}
          dataSource={caravans.data?.hajjCaravans ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: 'کد کاروان', dataIndex: 'code' },
            { title: 'مدیر کاروان', dataIndex: 'managerName' },
            { title: 'تلفن', dataIndex: 'managerPhone', render: (phone: string) => <span dir="ltr">{toPersianDigits(phone)}</span> },
            { title: 'نشانی', dataIndex: 'address' },
            { title: 'هزینهٔ قطعی هر زائر', dataIndex: 'finalCostRials', render: (value: string) => rials(value) },
            { title: 'ثبت‌نام اینترنتی', key: 'online', render: (_, c) => seatsText(c.onlineTaken, c.onlineCapacity) },
            { title: 'کل ظرفیت', key: 'total', render: (_, c) => seatsText(c.taken, c.capacity) },
            {
              title: '',
              key: 'action',
              render: (_, c) =>
                c.onlineTaken < c.onlineCapacity && c.taken < c.capacity ? (
                  <Link to={`${HAJJ_PATHS.preRegister}?province=${encodeURIComponent(c.province)}&caravan=${c.id}`}>پیش‌ثبت‌نام</Link>
                ) : (
                  'تکمیل'
                ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
