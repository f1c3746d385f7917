import { useMutation, useQuery } from '@apollo/client/react';
import { addDays, tehranToday } from '@pishkhan/domain-rules';
import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Row, Select, Skeleton, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../shared/error-alert';
import { errorDetails } from '../../../shared/errors';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { CaptchaField } from '../../accounts/login/captcha-field';
import { useCaptcha } from '../../accounts/login/use-captcha';
import { BookVerificationAppointmentMutation, CounterOfficeDaysQuery, CounterOfficesQuery } from '../counter-offices.graphql';
import { COUNTER_PATHS } from '../counter-offices-paths';
import { NATIONALITIES, openWeekdaysText } from '../counter-labels';
import { CounterTitle } from '../counter-title';
import { PROVINCES } from '@pishkhan/domain-rules';
import { DayGrid } from './day-grid';

/** Days shown ahead (the API's booking horizon is 30 days by default). */
const DAYS_SHOWN = 30;

interface ApplicantValues {
  identificationNumber: string;
  firstName: string;
  lastName: string;
  fatherName: string;
  nationality: string;
  birthDate: Dayjs | null;
  mobile: string;
  captchaAnswer: string;
}

/**
 * «نوبت احراز هویت اتباع» (seed 003 rule 1): public; a foreign national picks an office by
 * province and city, a day with room, and books with his identification number. Every refusal is
 * told in Persian; a full day lists the next days with room.
 */
export function BookingPage() {
  const [form] = Form.useForm<ApplicantValues>();
  const [province, setProvince] = useState<string | null>(null);
  const [city, setCity] = useState<string | null>(null);
  const [officeCode, setOfficeCode] = useState<string | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const captcha = useCaptcha();
  const today = tehranToday();
  const offices = useQuery(CounterOfficesQuery, {
    variables: { province: province ?? '' },
    skip: province === null,
    fetchPolicy: 'network-only',
  });
  const days = useQuery(CounterOfficeDaysQuery, {
    variables: { officeCode: officeCode ?? '', from: today, to: addDays(today, DAYS_SHOWN) },
    skip: officeCode === null,
    fetchPolicy: 'network-only',
  });
  const [book, booking] = useMutation(BookVerificationAppointmentMutation);
  const [booked, setBooked] = useState<{ trackingCode: string; date: string; office: { code: string; name: string } } | null>(null);

  const officeList = useMemo(() => offices.data?.counterOffices ?? [], [offices.data]);
  const cities = useMemo(() => [...new Set(officeList.map((o) => o.city))], [officeList]);
  const shownOffices = officeList.filter((o) => city === null || o.city === city);
  const office = officeList.find((o) => o.code === officeCode) ?? null;
  const nextDays = (() => {
    const details = errorDetails(error);
    const list = details?.code === 'DAY_FULL' ? details.extensions.nextDaysWithRoom : null;
    return Array.isArray(list) ? list.filter((d): d is string => typeof d === 'string') : [];
  })();

  const onFinish = (values: ApplicantValues) => {
    if (officeCode === null || day === null || captcha.captcha === null || values.birthDate === null) return;
    setError(null);
    setBooked(null);
    book({
      variables: {
        input: {
          officeCode,
          date: day,
          applicant: {
            identificationNumber: values.identificationNumber.trim(),
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            fatherName: values.fatherName.trim(),
            nationality: values.nationality,
            birthDate: isoDate(values.birthDate),
            mobile: values.mobile.trim(),
          },
          captchaId: captcha.captcha.id,
          captchaAnswer: values.captchaAnswer.trim(),
        },
      },
    })
      .then(({ data }) => {
        if (data) setBooked(data.bookVerificationAppointment);
        form.resetFields();
        setDay(null);
      })
      .catch((failure: unknown) => setError(failure))
      .finally(() => {
        // A captcha answers one try only; the places may have changed.
        form.setFieldValue('captchaAnswer', '');
        captcha.refresh();
        void days.refetch();
      });
  };

  return (
    <Flex vertical gap="large" style={{ maxWidth: 900 }}>
      <CounterTitle title="نوبت احراز هویت اتباع">
        اتباع محترم برای احراز هویت در دفاتر پیشخوان دولت، دفتر و روز مراجعه را برمی‌گزینند و نوبت می‌گیرند. هزینهٔ خدمت تنها نرخ مصوب است و
        نوبت‌دهی رایگان است؛ به کسی برای نوبت پول ندهید. <Link to={COUNTER_PATHS.cancel}>لغو نوبت</Link>
      </CounterTitle>
      <Card title="۱. دفتر پیشخوان">
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="استان" htmlFor="counter-province">
                <Select
                  id="counter-province"
                  aria-label="استان"
                  showSearch
                  placeholder="استان را برگزینید"
                  value={province ?? undefined}
                  options={PROVINCES.map((p) => ({ value: p, label: p, title: p }))}
                  onChange={(value: string) => {
                    setProvince(value);
                    setCity(null);
                    setOfficeCode(null);
                    setDay(null);
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="شهر" htmlFor="counter-city">
                <Select
                  id="counter-city"
                  aria-label="شهر"
                  allowClear
                  placeholder="همهٔ شهرها"
                  disabled={province === null}
                  value={city ?? undefined}
                  options={cities.map((c) => ({ value: c, label: c, title: c }))}
                  onChange={(value: string | undefined) => {
                    setCity(value ?? null);
                    setOfficeCode(null);
                    setDay(null);
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label="دفتر پیشخوان" htmlFor="counter-office">
                <Select
                  id="counter-office"
                  aria-label="دفتر پیشخوان"
                  loading={offices.loading}
                  disabled={province === null}
                  placeholder={
                    province !== null && !offices.loading && officeList.length === 0 ? 'در این استان دفتری نیست' : 'دفتر را برگزینید'
                  }
                  value={officeCode ?? undefined}
                  options={shownOffices.map((o) => ({ value: o.code, label: `${o.name} (${o.city})`, title: o.name }))}
                  onChange={(value: string) => {
                    setOfficeCode(value);
                    setDay(null);
                    setError(null);
                  }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {office !== null && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label="کد دفتر">{toPersianDigits(office.code)}</Descriptions.Item>
            <Descriptions.Item label="نشانی">{office.address}</Descriptions.Item>
            <Descriptions.Item label="روزهای کاری">{openWeekdaysText(office.openWeekdays)}</Descriptions.Item>
          </Descriptions>
        )}
        {offices.error && <ErrorAlert error={offices.error} />}
      </Card>
      {officeCode !== null && (
        <Card title="۲. روز مراجعه">
          {days.loading && days.data === undefined ? (
            <Skeleton active />
          ) : (
            <DayGrid days={days.data?.counterOfficeDays ?? []} selected={day} onSelect={setDay} />
          )}
          {days.error && <ErrorAlert error={days.error} />}
          {day !== null && (
            <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }} data-testid="chosen-day">
              روز برگزیده: {formatJalaliDate(day)}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {officeCode !== null && (
        <Card title="۳. مشخصات متقاضی">
          <Form<ApplicantValues> form={form} name="counter-booking" layout="vertical" onFinish={onFinish} requiredMark>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  label="شماره شناسایی اتباع"
                  name="identificationNumber"
                  rules={[{ required: true, message: 'شماره کارت اتباع یا برگ سرشماری را بنویسید' }]}
                  extra="شمارهٔ کارت اتباع یا برگ سرشماری"
                >
                  <Input dir="ltr" inputMode="numeric" maxLength={40} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label="نام" name="firstName" rules={[{ required: true, message: 'نام را بنویسید' }]}>
                  <Input maxLength={60} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label="نام خانوادگی" name="lastName" rules={[{ required: true, message: 'نام خانوادگی را بنویسید' }]}>
                  <Input maxLength={60} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label="نام پدر" name="fatherName" rules={[{ required: true, message: 'نام پدر را بنویسید' }]}>
                  <Input maxLength={60} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label="ملیت" name="nationality" rules={[{ required: true, message: 'ملیت را برگزینید' }]}>
                  <Select aria-label="ملیت" options={NATIONALITIES.map((n) => ({ value: n, label: n, title: n }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label="تاریخ تولد" name="birthDate" rules={[{ required: true, message: 'تاریخ تولد را برگزینید' }]}>
                  <JalaliDatePicker
                    format="YYYY/MM/DD"
                    placeholder="۱۳۷۰/۰۱/۰۱"
                    style={{ width: '100%' }}
                    onKeyDown={keepEnterInPicker}
                    aria-label="تاریخ تولد"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  label="شمارهٔ همراه"
                  name="mobile"
                  rules={[{ required: true, message: 'شمارهٔ همراه را بنویسید' }]}
                  extra="کد رهگیری به این شماره پیامک می‌شود"
                >
                  <Input dir="ltr" inputMode="tel" maxLength={20} />
                </Form.Item>
              </Col>
            </Row>
            <CaptchaField state={captcha} />
            {day === null && <Alert type="info" showIcon title="ابتدا روز مراجعه را برگزینید" style={{ marginBottom: 16 }} />}
            <Button type="primary" htmlType="submit" loading={booking.loading} disabled={day === null || captcha.captcha === null}>
              ثبت نوبت
            </Button>
          </Form>
        </Card>
      )}
      <div aria-live="polite" data-testid="booking-outcome">
        {error !== null && (
          <Flex vertical gap="small">
            <ErrorAlert error={error} />
            {nextDays.length > 0 && (
              <Flex gap="small" wrap>
                {nextDays.map((d) => (
                  <Button key={d} onClick={() => setDay(d)}>
                    {formatJalaliDate(d)}
                  </Button>
                ))}
              </Flex>
            )}
          </Flex>
        )}
        {booked !== null && (
          <Alert
            type="success"
            showIcon
            title="نوبت شما ثبت شد"
            description={
              <span data-testid="booked-tracking-code">
                کد رهگیری: {toPersianDigits(booked.trackingCode)} — {booked.office.name} (کد دفتر {toPersianDigits(booked.office.code)})،
                روز {formatJalaliDate(booked.date)}. این کد به شمارهٔ همراه شما هم پیامک شد.
              </span>
            }
          />
        )}
      </div>
    </Flex>
  );
}
