import { useMutation, useQuery } from '@apollo/client/react';
import { addDays, tehranToday } from '@pishkhan/domain-rules';
import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Skeleton, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { CounterOfficeCalendarQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { useMe } from '../../accounts/session/use-me';
import { WEEKDAYS, weekdayOf } from '../counter-labels';
import {
  CounterOfficeCalendarQuery as CalendarQuery,
  CounterOfficeQuery,
  MyCounterOfficeQuery,
  SetCounterOfficeDayMutation,
  SetCounterOfficeWeekMutation,
} from '../counter-offices.graphql';
import { COUNTER_PERMISSIONS } from '../counter-offices-permissions';
import { CounterTitle } from '../counter-title';

type Day = CounterOfficeCalendarQuery['counterOfficeCalendar'][number];

/** Days shown: today and the next 30. */
const SPAN = 30;

/**
 * «تقویم ظرفیت دفتر»: the office's daily capacity, working weekdays and the online share of each
 * day (the counter keeps the rest for walk-ins), and each coming day closed or given its own
 * capacity. The operator plans his own office; the association any office by code.
 */
export function CalendarPage() {
  const { me } = useMe();
  const association = me?.permissions.includes(COUNTER_PERMISSIONS.read) ?? false;
  const mine = useQuery(MyCounterOfficeQuery, { skip: association, fetchPolicy: 'network-only' });
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const chosenOffice = useQuery(CounterOfficeQuery, {
    variables: { officeCode: chosen ?? '' },
    skip: !association || chosen === null,
    fetchPolicy: 'network-only',
  });
  const office = association ? (chosenOffice.data?.counterOffice ?? null) : (mine.data?.myCounterOffice ?? null);

  return (
    <Flex vertical gap="large">
      <CounterTitle title="تقویم ظرفیت دفتر">
        ظرفیت روزانهٔ خدمت احراز هویت اتباع، سهم نوبت اینترنتی از آن (باقی برای مراجعهٔ حضوری)، روزهای کاری هفته و روزهای تعطیل یا با ظرفیت
        ویژه. نوبت‌های گرفته‌شده با تغییر ظرفیت لغو نمی‌شوند.
      </CounterTitle>
      {association && (
        <Card>
          <Space.Compact>
            <Input
              aria-label="کد دفتر"
              placeholder="کد ۸ رقمی دفتر"
              dir="ltr"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              onPressEnter={() => setChosen(typed.trim())}
            />
            <Button type="primary" onClick={() => setChosen(typed.trim())}>
              نمایش
            </Button>
          </Space.Compact>
          {chosenOffice.error && <ErrorAlert error={chosenOffice.error} />}
        </Card>
      )}
      {(mine.loading || chosenOffice.loading) && <Skeleton active />}
      {mine.error && <ErrorAlert error={mine.error} />}
      {!association && mine.data && office === null && (
        <Alert type="warning" showIcon title="دفتر پیشخوانی به واحد سازمانی نقش شما وصل نیست" />
      )}
      {office !== null && <OfficeCalendar key={office.code} office={office} />}
    </Flex>
  );
}

function OfficeCalendar({
  office,
}: {
  office: { code: string; name: string; dailyCapacity: number; openWeekdays: number[]; onlineSharePercent: number };
}) {
  const today = tehranToday();
  const calendar = useQuery(CalendarQuery, {
    variables: { officeCode: office.code, from: today, to: addDays(today, SPAN) },
    fetchPolicy: 'network-only',
  });
  const [setWeek, savingWeek] = useMutation(SetCounterOfficeWeekMutation);
  const [setDay] = useMutation(SetCounterOfficeDayMutation);
  const [capacities, setCapacities] = useState<Record<string, number | null>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = (work: Promise<unknown>, done: string) => {
    setError(null);
    setNotice(null);
    work
      .then(() => {
        setNotice(done);
        return calendar.refetch();
      })
      .catch((failure: unknown) => setError(failure));
  };

  return (
    <>
      <Card title={`${office.name} (کد ${toPersianDigits(office.code)})`}>
        <Form
          layout="inline"
          initialValues={{
            dailyCapacity: office.dailyCapacity,
            openWeekdays: office.openWeekdays,
            onlineSharePercent: office.onlineSharePercent,
          }}
          onFinish={(values: { dailyCapacity: number; openWeekdays: number[]; onlineSharePercent: number }) =>
            run(setWeek({ variables: { officeCode: office.code, input: values } }), 'برنامهٔ هفتگی ذخیره شد')
          }
        >
          <Form.Item label="ظرفیت روزانه" name="dailyCapacity" rules={[{ required: true }]}>
            <InputNumber min={0} max={1000} />
          </Form.Item>
          <Form.Item
            label="سهم نوبت اینترنتی (درصد)"
            name="onlineSharePercent"
            rules={[{ required: true }]}
            tooltip="باقی ظرفیت هر روز برای مراجعهٔ حضوری است"
          >
            <InputNumber min={0} max={100} aria-label="سهم نوبت اینترنتی (درصد)" />
          </Form.Item>
          <Form.Item label="روزهای کاری" name="openWeekdays">
            <Checkbox.Group options={WEEKDAYS.map((label, value) => ({ label, value }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={savingWeek.loading}>
            ذخیرهٔ برنامهٔ هفتگی
          </Button>
        </Form>
      </Card>
      <div aria-live="polite">
        {error !== null && <ErrorAlert error={error} />}
        {notice !== null && <Alert type="success" showIcon title={notice} />}
      </div>
      <Card title="روزهای پیش رو">
        <Table<Day>
          rowKey="date"
          size="small"
          loading={calendar.loading}
          pagination={false}
          dataSource={calendar.data?.counterOfficeCalendar ?? []}
          columns={[
            { title: 'روز', dataIndex: 'date', render: (date: string) => `${weekdayOf(date)} ${formatJalaliDate(date)}` },
            {
              title: 'وضعیت',
              key: 'open',
              render: (_, d) => (d.open ? <Tag color="green">باز</Tag> : <Tag>{d.closedDate ? 'تعطیل (روز بسته)' : 'تعطیل'}</Tag>),
            },
            {
              title: 'ظرفیت',
              dataIndex: 'capacity',
              render: (c: number, d) => `${toPersianDigits(c)}${d.capacityOverride !== null ? ' (ویژه)' : ''}`,
            },
            {
              title: 'اینترنتی (گرفته/سهم)',
              key: 'online',
              render: (_, d) => `${toPersianDigits(d.onlineBooked)} از ${toPersianDigits(d.onlineCapacity)}`,
            },
            {
              title: 'حضوری (گرفته/سهم)',
              key: 'counter',
              render: (_, d) => `${toPersianDigits(d.counterBooked)} از ${toPersianDigits(d.counterCapacity)}`,
            },
            { title: 'خالی', dataIndex: 'left', render: (l: number) => toPersianDigits(l) },
            {
              title: 'ظرفیت ویژهٔ روز',
              key: 'override',
              render: (_, d) => (
                <Space.Compact>
                  <InputNumber
                    size="small"
                    min={0}
                    max={1000}
                    aria-label={`ظرفیت ویژهٔ ${formatJalaliDate(d.date)}`}
                    value={capacities[d.date] ?? d.capacityOverride}
                    onChange={(v) => setCapacities((all) => ({ ...all, [d.date]: typeof v === 'number' ? v : null }))}
                  />
                  <Button
                    size="small"
                    onClick={() =>
                      run(
                        setDay({
                          variables: {
                            officeCode: office.code,
                            input: { date: d.date, closed: false, capacity: capacities[d.date] ?? d.capacityOverride ?? null },
                          },
                        }),
                        'ظرفیت روز ذخیره شد',
                      )
                    }
                  >
                    ذخیره
                  </Button>
                </Space.Compact>
              ),
            },
            {
              title: 'اقدام',
              key: 'actions',
              render: (_, d) =>
                d.closedDate ? (
                  <Button
                    size="small"
                    onClick={() =>
                      run(setDay({ variables: { officeCode: office.code, input: { date: d.date, closed: false } } }), 'روز باز شد')
                    }
                  >
                    باز کردن روز
                  </Button>
                ) : (
                  <Button
                    size="small"
                    danger
                    onClick={() =>
                      run(setDay({ variables: { officeCode: office.code, input: { date: d.date, closed: true } } }), 'روز بسته شد')
                    }
                  >
                    بستن روز
                  </Button>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
