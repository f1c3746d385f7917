import { useMutation, useQuery } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Descriptions, Flex, Form, Input, InputNumber, Modal, Select, Space, Table, Tabs } from 'antd';
import { useState } from 'react';
import type { HajjAdminCaravansQuery as CaravansResult } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import {
  HajjAdminCaravansQuery,
  HajjFillRatesQuery,
  HajjInvitationWavesQuery,
  HajjInviteNextPriorityMutation,
  HajjSaveCaravanMutation,
  HajjSeasonsQuery,
} from '../hajj.graphql';
import { jalaliDay, rials, seatsText } from '../hajj-labels';
import { HajjTitle } from '../hajj-title';
import { InvitationCutoffModal, type InvitationCutoffTarget } from './invitation-cutoff-form';
import { ProvinceGroupModal } from './province-group-form';
import type { HajjProvinceGroupRow } from './province-schedule-input';
import { SeasonSettingsModal } from './season-settings-form';
import type { HajjSeasonRow } from './season-settings-input';

type Caravan = CaravansResult['hajjAdminCaravans']['items'][number];

interface CaravanValues {
  code: string;
  province: string;
  managerName: string;
  managerPhone: string;
  managerNationalId?: string;
  address: string;
  capacity: number;
  finalCostRials: string;
  status: 'ACTIVE' | 'CLOSED';
}

/**
 * «فصل حج و کاروان‌ها» (seed 004 rules 7–9): the Hajj organisation's season, province schedule,
 * fill rates per province, invitation waves and caravans.
 */
export function SeasonPage() {
  const seasons = useQuery(HajjSeasonsQuery, { fetchPolicy: 'network-only' });
  const fill = useQuery(HajjFillRatesQuery, { fetchPolicy: 'network-only' });
  const waves = useQuery(HajjInvitationWavesQuery, { variables: { province: null }, fetchPolicy: 'network-only' });
  const [province, setProvince] = useState<string | null>(null);
  const caravans = useQuery(HajjAdminCaravansQuery, {
    variables: { filter: { province, offset: 0, limit: 200 } },
    fetchPolicy: 'network-only',
  });
  const [inviteNow] = useMutation(HajjInviteNextPriorityMutation);
  const [saveCaravan, saving] = useMutation(HajjSaveCaravanMutation);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Partial<Caravan> | null>(null);
  const [cutoffFor, setCutoffFor] = useState<InvitationCutoffTarget | null>(null);
  const [editingSeason, setEditingSeason] = useState<HajjSeasonRow | null>(null);
  const [editingGroup, setEditingGroup] = useState<HajjProvinceGroupRow | null>(null);
  const active = seasons.data?.hajjSeasons.find((s) => s.active) ?? null;
  const provinces = (active?.groups ?? []).flatMap((g) => g.provinces.map((p) => p.province));
  const refresh = () => {
    void fill.refetch();
    void waves.refetch();
    void caravans.refetch();
    void seasons.refetch();
  };
  const run = (work: Promise<unknown>) => {
    setError(null);
    work.then(refresh).catch((failure: unknown) => setError(failure));
  };

  return (
    <Flex vertical gap="large" style={{ maxWidth: 1200 }}>
      <HajjTitle title="فصل حج و کاروان‌ها" />
      {error !== null && <ErrorAlert error={error} />}
      {active === null && seasons.data && (
        <Alert
          type="warning"
          showIcon
          title={
            <>
              فصل فعالی وجود ندارد؛ فایل فصل را با فرمان <code>npm run hajj:load-season</code> بارگذاری کنید
            </>
          }
        />
      )}
      {active && (
        <Descriptions
          title={active.title}
          extra={<Button onClick={() => setEditingSeason(active)}>ویرایش تنظیمات فصل</Button>}
          bordered
          size="small"
          column={{ xs: 1, md: 3 }}
          data-testid="hajj-season-settings"
        >
          <Descriptions.Item label="مهلت ودیعه‌گذاری مشمول">{jalaliDay(active.eligibleDepositUntil)}</Descriptions.Item>
          <Descriptions.Item label="سهم ثبت‌نام اینترنتی">{`${toPersianDigits(active.onlineSharePercent)} درصد`}</Descriptions.Item>
          <Descriptions.Item label="دعوت از اولویت بعدی پس از">{`${toPersianDigits(active.inviteNextAfterDays)} روز`}</Descriptions.Item>
          <Descriptions.Item label="مهلت پیش‌ثبت‌نام">{`${toPersianDigits(active.holdMinutes)} دقیقه`}</Descriptions.Item>
          <Descriptions.Item label="مهلت واریز / پزشک">{`${toPersianDigits(active.paymentDays)} / ${toPersianDigits(active.doctorVisitDays)} روز`}</Descriptions.Item>
          <Descriptions.Item label="اعتبار گذرنامه تا">{jalaliDay(active.passportValidUntil)}</Descriptions.Item>
          <Descriptions.Item label="تحویل گذرنامه تا">{jalaliDay(active.passportHandOverBy)}</Descriptions.Item>
          <Descriptions.Item label="ودیعه / یارانه">{`${rials(active.depositRials)} / ${rials(active.subsidyRials)}`}</Descriptions.Item>
          <Descriptions.Item label="نرخ سود سالانه">{`${toPersianDigits((active.interestRateBasisPoints / 100).toString()).replace('.', '٫')} درصد (${active.interestFormula === 'SIMPLE' ? 'ساده' : 'مرکب سالانه'})`}</Descriptions.Item>
          <Descriptions.Item label="محاسبهٔ سود تا">
            {active.interestUntil ? jalaliDay(active.interestUntil) : 'روز تبدیل'}
          </Descriptions.Item>
        </Descriptions>
      )}
      <Tabs
        items={[
          {
            key: 'fill',
            label: 'ظرفیت استان‌ها',
            children: (
              <Table
                rowKey="province"
                size="small"
                loading={fill.loading}
                dataSource={fill.data?.hajjFillRates ?? []}
                pagination={false}
                scroll={{ x: true }}
                columns={[
                  { title: 'استان', dataIndex: 'province' },
                  { title: 'گروه', dataIndex: 'groupName' },
                  { title: 'آغاز پذیرش', dataIndex: 'admissionOpensAt', render: (at: string) => formatJalaliDateTime(at) },
                  { title: 'دعوت‌شدگان تا', dataIndex: 'invitedDepositsUntil', render: (d: string) => jalaliDay(d) },
                  { title: 'کاروان', dataIndex: 'caravans', render: (n: number) => toPersianDigits(n) },
                  { title: 'پر شده', key: 'taken', render: (_, f) => seatsText(f.taken, f.capacity) },
                  { title: 'اینترنتی', key: 'online', render: (_, f) => seatsText(f.onlineTaken, f.onlineCapacity) },
                  { title: 'درصد تکمیل', dataIndex: 'fillRate', render: (rate: number) => `${toPersianDigits(Math.round(rate * 100))}٪` },
                  {
                    title: '',
                    key: 'actions',
                    render: (_, f) => (
                      <Space size="small">
                        <Button size="small" onClick={() => run(inviteNow({ variables: { province: f.province } }))}>
                          دعوت از اولویت بعدی
                        </Button>
                        <Button
                          size="small"
                          onClick={() => setCutoffFor({ province: f.province, invitedDepositsUntil: f.invitedDepositsUntil })}
                        >
                          تعیین دعوت‌شدگان
                        </Button>
                      </Space>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'groups',
            label: 'زمان‌بندی گروه استان‌ها',
            children: (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={active?.groups ?? []}
                columns={[
                  { title: 'گروه', dataIndex: 'name' },
                  { title: 'اعلام کاروان‌ها', dataIndex: 'announcedOn', render: (d: string) => jalaliDay(d) },
                  { title: 'آغاز پذیرش', dataIndex: 'admissionOpensAt', render: (at: string) => formatJalaliDateTime(at) },
                  { title: 'استان‌ها', key: 'provinces', render: (_, g) => g.provinces.map((p) => p.province).join('، ') },
                  {
                    title: '',
                    key: 'edit',
                    render: (_, g) => (
                      <Button size="small" onClick={() => setEditingGroup(g)}>
                        ویرایش زمان‌بندی
                      </Button>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'caravans',
            label: 'کاروان‌ها',
            children: (
              <Flex vertical gap="middle">
                <Space>
                  <Select
                    allowClear
                    placeholder="همهٔ استان‌ها"
                    style={{ minWidth: 200 }}
                    options={provinces.map((p) => ({ value: p, label: p }))}
                    onChange={(value: string | undefined) => setProvince(value ?? null)}
                  />
                  <Button type="primary" onClick={() => setEditing({ status: 'ACTIVE' })}>
                    کاروان تازه
                  </Button>
                </Space>
                <Table
                  rowKey="id"
                  size="small"
                  loading={caravans.loading}
                  dataSource={caravans.data?.hajjAdminCaravans.items ?? []}
                  pagination={false}
                  scroll={{ x: true }}
                  columns={[
                    { title: 'کد', dataIndex: 'code' },
                    { title: 'استان', dataIndex: 'province' },
                    { title: 'مدیر', dataIndex: 'managerName' },
                    { title: 'ظرفیت', key: 'seats', render: (_, c) => seatsText(c.taken, c.capacity) },
                    { title: 'اینترنتی', key: 'online', render: (_, c) => seatsText(c.onlineTaken, c.onlineCapacity) },
                    { title: 'هزینهٔ قطعی', dataIndex: 'finalCostRials', render: (v: string) => rials(v) },
                    { title: 'وضعیت', dataIndex: 'status', render: (s: string) => (s === 'ACTIVE' ? 'فعال' : 'بسته') },
                    {
                      title: '',
                      key: 'edit',
                      render: (_, c) => (
                        <Button size="small" onClick={() => setEditing(c)}>
                          ویرایش
                        </Button>
                      ),
                    },
                  ]}
                />
              </Flex>
            ),
          },
          {
            key: 'waves',
            label: 'دعوت از اولویت‌ها',
            children: (
              <Table
                rowKey="id"
                size="small"
                loading={waves.loading}
                dataSource={waves.data?.hajjInvitationWaves ?? []}
                pagination={false}
                columns={[
                  { title: 'زمان', dataIndex: 'createdAt', render: (at: string) => formatJalaliDateTime(at) },
                  { title: 'استان', dataIndex: 'province' },
                  { title: 'از', dataIndex: 'previousCutoff', render: (d: string) => jalaliDay(d) },
                  { title: 'تا', dataIndex: 'newCutoff', render: (d: string) => jalaliDay(d) },
                  { title: 'جای خالی', dataIndex: 'freeSeats', render: (n: number) => toPersianDigits(n) },
                  { title: 'قبوض دعوت‌شده', dataIndex: 'invitedReceipts', render: (n: number) => toPersianDigits(n) },
                  { title: 'به دستور', dataIndex: 'source', render: (s: string) => (s === 'JOB' ? 'خودکار' : 'سازمان') },
                ]}
              />
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing?.id ? `ویرایش کاروان ${editing.code ?? ''}` : 'کاروان تازه'}
        footer={null}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        {editing && (
          <Form<CaravanValues>
            layout="vertical"
            initialValues={{ ...editing, managerNationalId: editing.managerNationalId ?? undefined }}
            onFinish={(values) => {
              run(
                saveCaravan({
                  variables: {
                    input: {
                      ...values,
                      id: editing.id ?? null,
                      managerNationalId: values.managerNationalId?.trim() || null,
                      capacity: Number(values.capacity),
                    },
                  },
                }),
              );
              setEditing(null);
            }}
          >
            <Form.Item label="کد" name="code" rules={[{ required: true, message: 'کد کاروان را بنویسید' }]}>
              <Input dir="ltr" maxLength={20} />
            </Form.Item>
            <Form.Item label="استان" name="province" rules={[{ required: true, message: 'استان را برگزینید' }]}>
              <Select showSearch options={provinces.map((p) => ({ value: p, label: p }))} />
            </Form.Item>
            <Form.Item label="مدیر کاروان" name="managerName" rules={[{ required: true, message: 'نام مدیر را بنویسید' }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item label="کد ملی مدیر (کاربر مدیر کاروان)" name="managerNationalId">
              <Input dir="ltr" maxLength={10} />
            </Form.Item>
            <Form.Item label="تلفن" name="managerPhone" rules={[{ required: true, message: 'تلفن را بنویسید' }]}>
              <Input dir="ltr" maxLength={15} />
            </Form.Item>
            <Form.Item label="نشانی" name="address" rules={[{ required: true, message: 'نشانی را بنویسید' }]}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item label="ظرفیت" name="capacity" rules={[{ required: true, message: 'ظرفیت را بنویسید' }]}>
              <InputNumber min={1} max={1000} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              label="هزینهٔ قطعی هر زائر (ریال)"
              name="finalCostRials"
              rules={[{ required: true, pattern: /^\d{1,15}$/, message: 'مبلغ را به ریال و با رقم بنویسید' }]}
            >
              <Input dir="ltr" maxLength={15} />
            </Form.Item>
            <Form.Item label="وضعیت" name="status">
              <Select
                options={[
                  { value: 'ACTIVE', label: 'فعال' },
                  { value: 'CLOSED', label: 'بسته' },
                ]}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving.loading}>
              ذخیره
            </Button>
          </Form>
        )}
      </Modal>
      <SeasonSettingsModal
        season={editingSeason}
        onSaved={() => {
          setEditingSeason(null);
          refresh();
        }}
        onCancel={() => setEditingSeason(null)}
      />
      <ProvinceGroupModal
        group={editingGroup}
        onSaved={() => {
          setEditingGroup(null);
          refresh();
        }}
        onCancel={() => setEditingGroup(null)}
      />
      {active && (
        <InvitationCutoffModal
          target={cutoffFor}
          eligibleDepositUntil={active.eligibleDepositUntil}
          onSaved={() => {
            setCutoffFor(null);
            refresh();
          }}
          onCancel={() => setCutoffFor(null)}
        />
      )}
    </Flex>
  );
}
