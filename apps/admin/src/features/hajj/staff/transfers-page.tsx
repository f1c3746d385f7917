import { useMutation, useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Col, Flex, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { HajjTransferRelation } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { nationalIdProblem } from '../../accounts/field-checks';
import { ruleOf } from '../../accounts/field-rules';
import { HajjRecordTransferMutation, HajjSeasonNoticeQuery } from '../hajj.graphql';
import { RELATION_NAMES } from '../hajj-labels';
import { HajjTitle } from '../hajj-title';

interface TransferValues {
  receiptNumber: string;
  giverNationalId: string;
  nationalId: string;
  firstName: string;
  lastName: string;
  birthDate: Dayjs | null;
  mobile: string;
  province: string;
  relation: HajjTransferRelation;
  deedNumber: string;
  deedDate: Dayjs | null;
}

const required = (message: string) => [{ required: true, message }];

/**
 * «ثبت نقل و انتقال قبض حج» (seed 004 rule 14): a pilgrimage-services office records a notarial
 * transfer to a first-degree relative; the bank then reissues the receipt in the receiver's name.
 */
export function TransfersPage() {
  const [form] = Form.useForm<TransferValues>();
  const notice = useQuery(HajjSeasonNoticeQuery);
  const [record, { loading, error }] = useMutation(HajjRecordTransferMutation);
  const [done, setDone] = useState<string | null>(null);
  const provinces = (notice.data?.hajjSeasonNotice?.groups ?? []).flatMap((g) => g.provinces.map((p) => p.province));

  const onFinish = (v: TransferValues) => {
    if (!v.birthDate || !v.deedDate) return;
    setDone(null);
    record({
      variables: {
        input: {
          receiptNumber: v.receiptNumber.trim(),
          giverNationalId: v.giverNationalId.trim(),
          receiver: {
            nationalId: v.nationalId.trim(),
            firstName: v.firstName.trim(),
            lastName: v.lastName.trim(),
            birthDate: isoDate(v.birthDate),
            mobile: v.mobile.trim(),
            province: v.province,
          },
          relation: v.relation,
          deedNumber: v.deedNumber.trim(),
          deedDate: isoDate(v.deedDate),
        },
      },
    })
      .then(({ data }) => {
        if (data) setDone(data.hajjRecordTransfer.receiptNumber);
        form.resetFields();
      })
      .catch(() => undefined);
  };

  return (
    <Flex vertical gap="large" style={{ maxWidth: 1000 }}>
      <HajjTitle title="ثبت نقل و انتقال قبض حج">
        پس از ثبت، انتقال‌دهنده دیگر با این قبض ثبت‌نام نمی‌کند و گیرنده پس از صدور قبض به نام او در بانک ملی ثبت‌نام می‌کند.
      </HajjTitle>
      <Card>
        <Form form={form} layout="vertical" onFinish={onFinish}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="شماره قبض" name="receiptNumber" rules={required('شماره قبض را بنویسید')}>
                <Input dir="ltr" maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="کد ملی انتقال‌دهنده" name="giverNationalId" rules={[ruleOf(nationalIdProblem)]}>
                <Input dir="ltr" maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="نسبت گیرنده" name="relation" rules={required('نسبت را برگزینید')}>
                <Select options={Object.entries(RELATION_NAMES).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="کد ملی گیرنده" name="nationalId" rules={[ruleOf(nationalIdProblem)]}>
                <Input dir="ltr" maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="نام گیرنده" name="firstName" rules={required('نام را بنویسید')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="نام خانوادگی گیرنده" name="lastName" rules={required('نام خانوادگی را بنویسید')}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="تاریخ تولد گیرنده" name="birthDate" rules={required('تاریخ تولد را برگزینید')}>
                <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="شمارهٔ همراه گیرنده" name="mobile" rules={required('شمارهٔ همراه را بنویسید')}>
                <Input dir="ltr" maxLength={11} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="استان محل سکونت گیرنده" name="province" rules={required('استان را برگزینید')}>
                <Select showSearch options={provinces.map((p) => ({ value: p, label: p }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="شمارهٔ سند انتقال (دفترخانه)" name="deedNumber" rules={required('شمارهٔ سند را بنویسید')}>
                <Input dir="ltr" maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="تاریخ سند انتقال" name="deedDate" rules={required('تاریخ سند را برگزینید')}>
                <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={loading}>
            ثبت انتقال
          </Button>
        </Form>
      </Card>
      {error && <ErrorAlert error={error} />}
      {done && (
        <Alert
          type="success"
          showIcon
          title={`انتقال قبض ${toPersianDigits(done)} ثبت شد؛ گیرنده برای صدور قبض به نام خود به بانک ملی مراجعه کند.`}
        />
      )}
    </Flex>
  );
}
