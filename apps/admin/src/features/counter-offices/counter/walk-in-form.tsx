import { useMutation } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Col, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../shared/error-alert';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { NATIONALITIES } from '../counter-labels';
import { BookCounterWalkInMutation } from '../counter-offices.graphql';

interface WalkInValues {
  identificationNumber: string;
  firstName: string;
  lastName: string;
  fatherName: string;
  nationality: string;
  birthDate: Dayjs | null;
  mobile: string;
}

/**
 * «ثبت مراجعهٔ حضوری»: the operator books an applicant who came to the counter without an
 * appointment, for today, from the counter's share of today's capacity (the online share is the
 * public's); COUNTER_SHARE_FULL once it is used up.
 */
export function WalkInForm({
  officeCode,
  left,
  disabled,
  onBooked,
}: {
  officeCode: string;
  left: number;
  disabled: boolean;
  onBooked: () => void;
}) {
  const [form] = Form.useForm<WalkInValues>();
  const [book, booking] = useMutation(BookCounterWalkInMutation);
  const [error, setError] = useState<unknown>(null);
  const [booked, setBooked] = useState<{ trackingCode: string; name: string } | null>(null);

  const onFinish = (values: WalkInValues) => {
    if (values.birthDate === null) return;
    setError(null);
    setBooked(null);
    book({
      variables: {
        officeCode,
        applicant: {
          identificationNumber: values.identificationNumber.trim(),
          firstName: values.firstName.trim(),
          lastName: values.lastName.trim(),
          fatherName: values.fatherName.trim(),
          nationality: values.nationality,
          birthDate: isoDate(values.birthDate),
          mobile: values.mobile.trim(),
        },
      },
    })
      .then(({ data }) => {
        if (data)
          setBooked({
            trackingCode: data.bookCounterWalkIn.trackingCode,
            name: `${data.bookCounterWalkIn.firstName} ${data.bookCounterWalkIn.lastName}`,
          });
        form.resetFields();
        onBooked();
      })
      .catch((failure: unknown) => setError(failure));
  };

  return (
    <Card
      title="ثبت مراجعهٔ حضوری"
      extra={<Typography.Text type="secondary">نوبت خالی سهم حضوری امروز: {toPersianDigits(left)}</Typography.Text>}
    >
      <Form<WalkInValues> form={form} name="walk-in" layout="vertical" onFinish={onFinish} disabled={disabled}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              label="شماره شناسایی اتباع"
              name="identificationNumber"
              rules={[{ required: true, message: 'شماره کارت اتباع یا برگ سرشماری را بنویسید' }]}
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
          <Col xs={24} md={6}>
            <Form.Item label="نام پدر" name="fatherName" rules={[{ required: true, message: 'نام پدر را بنویسید' }]}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label="ملیت" name="nationality" rules={[{ required: true, message: 'ملیت را برگزینید' }]}>
              <Select aria-label="ملیت" options={NATIONALITIES.map((n) => ({ value: n, label: n, title: n }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
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
          <Col xs={24} md={6}>
            <Form.Item label="شمارهٔ همراه" name="mobile" rules={[{ required: true, message: 'شمارهٔ همراه را بنویسید' }]}>
              <Input dir="ltr" inputMode="tel" maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={booking.loading}>
          ثبت نوبت حضوری
        </Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 12 }}>
        {error !== null && <ErrorAlert error={error} />}
        {booked !== null && (
          <Alert
            type="success"
            showIcon
            title="نوبت حضوری ثبت شد"
            description={
              <span data-testid="walk-in-tracking-code">{`${booked.name} — کد رهگیری: ${toPersianDigits(booked.trackingCode)}`}</span>
            }
          />
        )}
      </div>
    </Card>
  );
}
