import { useQuery } from '@apollo/client/react';
import { hajjReceiptNotes } from '@pishkhan/domain-rules';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../shared/error-alert';
import { HajjRegistrationByTrackingCodeQuery } from '../hajj.graphql';
import { jalaliDay, REGISTRATION_STATUS_NAMES, renewNote, RESTRICTION_NAMES, rials } from '../hajj-labels';
import { registrationReceiptPdfUrl } from '../hajj-paths';
import { HajjTitle } from '../hajj-title';

/**
 * «رسید ثبت‌نام حج تمتع»: the registration receipt (Persian, Jalali dates, the seed's notes) and
 * the payment slip for the difference: the API's PDF to download, or this page printed.
 */
export function RegistrationReceiptPage() {
  const { trackingCode = '' } = useParams();
  const { data, loading, error } = useQuery(HajjRegistrationByTrackingCodeQuery, {
    variables: { trackingCode },
    fetchPolicy: 'network-only',
  });
  const r = data?.hajjRegistrationByTrackingCode ?? null;
  return (
    <Flex vertical gap="large" style={{ maxWidth: 900 }}>
      <HajjTitle title="رسید ثبت‌نام حج تمتع" />
      {loading && <Skeleton active />}
      {error && <ErrorAlert error={error} />}
      {r && (
        <Card
          data-testid="hajj-registration-receipt"
          title={`${r.seasonTitle} — رسید ثبت‌نام`}
          extra={
            <Space className="no-print">
              {(r.status === 'CONFIRMED' || r.status === 'PAID') && (
                <Button
                  type="primary"
                  href={registrationReceiptPdfUrl(r.trackingCode)}
                  download={`hajj-registration-${r.trackingCode}.pdf`}
                >
                  دریافت PDF رسید
                </Button>
              )}
              <Button onClick={() => window.print()}>چاپ رسید</Button>
            </Space>
          }
        >
          <Flex vertical gap="middle">
            {r.status === 'RELEASED' && <Alert type="error" showIcon title="این ثبت‌نام آزاد شده است و رسید آن اعتبار ندارد" />}
            <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="کد رهگیری">
                <Typography.Text strong>{toPersianDigits(r.trackingCode)}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="وضعیت">{REGISTRATION_STATUS_NAMES[r.status]}</Descriptions.Item>
              <Descriptions.Item label="زائر">{r.holderName}</Descriptions.Item>
              <Descriptions.Item label="کد ملی">{toPersianDigits(r.nationalId)}</Descriptions.Item>
              <Descriptions.Item label="تاریخ تولد">{jalaliDay(r.birthDate)}</Descriptions.Item>
              <Descriptions.Item label="شمارهٔ قبض">{toPersianDigits(r.receiptNumber)}</Descriptions.Item>
              {r.originalReceiptNumber !== r.receiptNumber && (
                <Descriptions.Item label="شمارهٔ قبض اولیه">{toPersianDigits(r.originalReceiptNumber)}</Descriptions.Item>
              )}
              <Descriptions.Item label="تاریخ ودیعه‌گذاری">{jalaliDay(r.depositDate)}</Descriptions.Item>
              <Descriptions.Item label="کاروان">{r.caravan.code}</Descriptions.Item>
              <Descriptions.Item label="مدیر کاروان">{r.caravan.managerName}</Descriptions.Item>
              <Descriptions.Item label="تلفن کاروان">{toPersianDigits(r.caravan.managerPhone)}</Descriptions.Item>
              <Descriptions.Item label="نشانی کاروان">{r.caravan.address}</Descriptions.Item>
              {r.confirmedAt && <Descriptions.Item label="زمان ثبت‌نام">{formatJalaliDateTime(r.confirmedAt)}</Descriptions.Item>}
              {r.doctorVisitDue && <Descriptions.Item label="مراجعه به پزشک تا">{jalaliDay(r.doctorVisitDue)}</Descriptions.Item>}
              {r.passport.restriction !== 'NONE' && (
                <Descriptions.Item label="محدودیت خروج">{`${RESTRICTION_NAMES[r.passport.restriction]}: ${r.passport.restrictionRule ?? ''}`}</Descriptions.Item>
              )}
              {renewNote(r.passport.flag, r.passport.renewBy) && (
                <Descriptions.Item label="گذرنامه">{renewNote(r.passport.flag, r.passport.renewBy)}</Descriptions.Item>
              )}
            </Descriptions>
            {r.paymentSlip && (
              <Descriptions
                title="برگهٔ واریز مابه‌التفاوت هزینهٔ سفر (بانک ملی)"
                bordered
                size="small"
                column={{ xs: 1, md: 2 }}
                data-testid="hajj-payment-slip"
              >
                <Descriptions.Item label="شمارهٔ برگه">{toPersianDigits(r.paymentSlip.number)}</Descriptions.Item>
                <Descriptions.Item label="هزینهٔ قطعی">{rials(r.caravan.finalCostRials)}</Descriptions.Item>
                <Descriptions.Item label="ودیعهٔ علی‌الحساب">{rials(r.depositRials)}</Descriptions.Item>
                <Descriptions.Item label="مابه‌التفاوت">{rials(r.paymentSlip.differenceRials)}</Descriptions.Item>
                <Descriptions.Item label="مهلت واریز">{jalaliDay(r.paymentSlip.payBy)}</Descriptions.Item>
                <Descriptions.Item label="واریز">
                  {r.paymentSlip.paidAt ? formatJalaliDateTime(r.paymentSlip.paidAt) : 'هنوز واریز نشده'}
                </Descriptions.Item>
              </Descriptions>
            )}
            <Typography.Title level={5}>تذکرات ضروری</Typography.Title>
            <ol>
              {hajjReceiptNotes({ validUntil: jalaliDay(r.passport.requiredValidUntil), handOverBy: jalaliDay(r.passport.handOverBy) }).map(
                (note) => (
                  <li key={note}>{note}</li>
                ),
              )}
            </ol>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
