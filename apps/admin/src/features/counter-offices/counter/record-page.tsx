import { useMutation, useQuery } from '@apollo/client/react';
import { formatJalaliDate, formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ChangeEvent } from 'react';
import { useParams } from 'react-router';
import type { ApplicantGender, ForeignNationalDocumentKind, VerificationServiceRecordQuery } from '../../../gql/graphql';
import { dayjs } from '../../../shared/dayjs-setup';
import { ErrorAlert } from '../../../shared/error-alert';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { DOCUMENT_KINDS, GENDERS, missingLabel, rials } from '../counter-labels';
import {
  CapturePhotoMutation,
  CloseServiceRecordMutation,
  PayFeeMutation,
  SaveServiceRecordDataMutation,
  VerificationServiceRecordQuery as RecordQuery,
} from '../counter-offices.graphql';
import { CounterTitle } from '../counter-title';
import { FingerprintCapture } from './fingerprint-capture';

type ServiceRecord = VerificationServiceRecordQuery['verificationServiceRecord'];

interface DataValues {
  identificationNumber: string;
  documentKind: ForeignNationalDocumentKind | null;
  firstName: string;
  lastName: string;
  fatherName: string;
  nationality: string;
  birthDate: Dayjs | null;
  gender: ApplicantGender | null;
  mobile: string;
  residenceAddress: string;
}

const fileAsBase64 = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/** «پروندهٔ خدمت»: the data fields, ten fingerprints, the photo, the fee with its POS reference, closing, and the PDF receipt. */
export function RecordPage() {
  const { id = '' } = useParams();
  const record = useQuery(RecordQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (record.loading && record.data === undefined) return <Skeleton active />;
  if (record.error || !record.data) return <ErrorAlert error={record.error} />;
  return <RecordForm record={record.data.verificationServiceRecord} reload={() => void record.refetch()} />;
}

function RecordForm({ record, reload }: { record: ServiceRecord; reload: () => void }) {
  const [form] = Form.useForm<DataValues>();
  const [saveData, saving] = useMutation(SaveServiceRecordDataMutation);
  const [capturePhoto, uploading] = useMutation(CapturePhotoMutation);
  const [pay, paying] = useMutation(PayFeeMutation);
  const [close, closing] = useMutation(CloseServiceRecordMutation);
  const [pos, setPos] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const closed = record.status === 'CLOSED';
  const act = (work: Promise<unknown>, done: string) => {
    setError(null);
    setNotice(null);
    work
      .then(() => {
        setNotice(done);
        reload();
      })
      .catch((failure: unknown) => setError(failure));
  };

  const onSave = (values: DataValues) =>
    act(
      saveData({
        variables: {
          recordId: record.id,
          input: {
            identificationNumber: values.identificationNumber.trim(),
            documentKind: values.documentKind ?? undefined,
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            fatherName: values.fatherName.trim(),
            nationality: values.nationality.trim(),
            birthDate: values.birthDate ? isoDate(values.birthDate) : undefined,
            gender: values.gender ?? undefined,
            mobile: values.mobile.trim(),
            residenceAddress: values.residenceAddress.trim() || undefined,
          },
        },
      }),
      'اطلاعات متقاضی ذخیره شد',
    );

  const onPhoto = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    act(
      fileAsBase64(file).then((photoBase64) => capturePhoto({ variables: { recordId: record.id, photoBase64 } })),
      'عکس متقاضی ثبت شد',
    );
  };

  return (
    <Flex vertical gap="large">
      <CounterTitle title="پروندهٔ خدمت احراز هویت">
        کد رهگیری {toPersianDigits(record.trackingCode)} — {record.officeName} (کد دفتر {toPersianDigits(record.officeCode)})، نوبت{' '}
        {formatJalaliDate(record.date)}
      </CounterTitle>
      <div aria-live="polite">
        {error !== null && <ErrorAlert error={error} />}
        {notice !== null && <Alert type="success" showIcon title={notice} />}
      </div>
      {closed ? (
        <Alert type="success" showIcon title="پرونده بسته شد و خدمت انجام شد" />
      ) : record.missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title="مانده تا تکمیل پرونده"
          description={
            <Space wrap>
              {record.missing.map((item) => (
                <Tag key={item}>{missingLabel(item)}</Tag>
              ))}
            </Space>
          }
        />
      ) : (
        <Alert type="info" showIcon title="پرونده کامل است؛ می‌توانید آن را ببندید" />
      )}
      <Card title="فیلدهای اطلاعاتی">
        <Form<DataValues>
          form={form}
          name="record-data"
          layout="vertical"
          disabled={closed}
          onFinish={onSave}
          initialValues={{
            identificationNumber: record.identificationNumber,
            documentKind: record.documentKind ?? null,
            firstName: record.firstName ?? '',
            lastName: record.lastName ?? '',
            fatherName: record.fatherName ?? '',
            nationality: record.nationality ?? '',
            birthDate: record.birthDate ? dayjs(`${record.birthDate}T12:00:00`) : null,
            gender: record.gender ?? null,
            mobile: record.mobile ?? '',
            residenceAddress: record.residenceAddress ?? '',
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="شماره شناسایی اتباع" name="identificationNumber" rules={[{ required: true }]}>
                <Input dir="ltr" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="نوع مدرک" name="documentKind" rules={[{ required: true, message: 'نوع مدرک را برگزینید' }]}>
                <Select
                  aria-label="نوع مدرک"
                  options={Object.entries(DOCUMENT_KINDS).map(([value, label]) => ({ value, label, title: label }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="جنسیت" name="gender" rules={[{ required: true, message: 'جنسیت را برگزینید' }]}>
                <Select aria-label="جنسیت" options={Object.entries(GENDERS).map(([value, label]) => ({ value, label, title: label }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="نام" name="firstName" rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="نام خانوادگی" name="lastName" rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="نام پدر" name="fatherName" rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="ملیت" name="nationality" rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="تاریخ تولد" name="birthDate" rules={[{ required: true }]}>
                <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} aria-label="تاریخ تولد" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="شمارهٔ همراه" name="mobile" rules={[{ required: true }]}>
                <Input dir="ltr" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                label="نشانی محل سکونت"
                name="residenceAddress"
                rules={[{ required: true, message: 'نشانی محل سکونت را بنویسید' }]}
              >
                <Input maxLength={300} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={saving.loading}>
            ذخیرهٔ اطلاعات
          </Button>
        </Form>
      </Card>
      <FingerprintCapture
        key={JSON.stringify(record.fingerprints)}
        recordId={record.id}
        captures={record.fingerprints}
        disabled={closed}
        onSaved={() => act(Promise.resolve(), 'اثر انگشت‌ها ثبت شد')}
      />
      <Card title="عکس متقاضی">
        <Flex vertical gap="small">
          <Typography.Text type="secondary">
            عکس رنگی ایستاده از نوع JPEG یا PNG، دست‌کم ۲۴۰ در ۳۲۰ نقطه و حداکثر ۶۰۰ کیلوبایت.
          </Typography.Text>
          <label>
            <span style={{ marginInlineEnd: 8 }}>فایل عکس</span>
            <input
              type="file"
              accept="image/jpeg,image/png"
              aria-label="فایل عکس"
              disabled={closed || uploading.loading}
              onChange={onPhoto}
            />
          </label>
          {record.photo && (
            <Tag color="green" data-testid="photo-state">
              عکس ثبت شد: {record.photo.format}، {toPersianDigits(record.photo.width)}×{toPersianDigits(record.photo.height)}
            </Tag>
          )}
        </Flex>
      </Card>
      <Card title="پرداخت تعرفه">
        {record.paidAt ? (
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label="عنوان خدمت">{record.serviceTitle}</Descriptions.Item>
            <Descriptions.Item label="مبلغ">{rials(record.feeRials ?? 0)}</Descriptions.Item>
            <Descriptions.Item label="شماره مرجع پوز">{toPersianDigits(record.posReference ?? '')}</Descriptions.Item>
            <Descriptions.Item label="زمان پرداخت">{formatJalaliDateTime(record.paidAt)}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Flex gap="small" align="end" wrap>
            <Form.Item label="شماره مرجع پوز" style={{ margin: 0 }} htmlFor="pos-reference">
              <Input id="pos-reference" dir="ltr" value={pos} onChange={(e) => setPos(e.target.value)} disabled={closed} maxLength={40} />
            </Form.Item>
            <Button
              type="primary"
              loading={paying.loading}
              disabled={closed || pos.trim() === ''}
              onClick={() => act(pay({ variables: { recordId: record.id, posReference: pos.trim() } }), 'پرداخت تعرفه ثبت شد')}
            >
              ثبت پرداخت
            </Button>
            <Typography.Text type="secondary">مبلغ، نرخ مصوب همان روز است و دریافت وجه بیشتر ممنوع است.</Typography.Text>
          </Flex>
        )}
      </Card>
      <Flex gap="small" wrap>
        <Button
          type="primary"
          size="large"
          loading={closing.loading}
          disabled={closed}
          onClick={() => act(close({ variables: { recordId: record.id } }), 'پرونده بسته شد')}
        >
          بستن پرونده
        </Button>
        {record.receiptUrl && (
          <Button size="large" href={record.receiptUrl} download={`receipt-${record.trackingCode}.pdf`}>
            دریافت رسید (PDF)
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
