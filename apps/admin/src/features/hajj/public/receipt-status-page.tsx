import { useApolloClient } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Descriptions, Flex, Form } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { HajjReceiptStatusQuery as StatusResult } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { CaptchaField } from '../../accounts/login/captcha-field';
import { useCaptcha } from '../../accounts/login/use-captcha';
import { HajjReceiptStatusQuery } from '../hajj.graphql';
import {
  jalaliDay,
  NEXT_STEP_TITLES,
  NOT_ELIGIBLE_REASONS,
  OFFICE_NAMES,
  RECEIPT_KIND_NAMES,
  REGISTRATION_STATUS_NAMES,
  rials,
} from '../hajj-labels';
import { HAJJ_PATHS } from '../hajj-paths';
import { HajjTitle } from '../hajj-title';
import { ProofFields, proofOf, type ProofValues } from './proof-fields';

type Status = StatusResult['hajjReceiptStatus'];

/** The answer: what next, with the office, the amounts and the dates. */
export function StatusCard({ status }: { status: Status }) {
  const ready = status.nextStep === 'REGISTER';
  const amounts = status.amounts;
  return (
    <Card title="وضعیت قبض و اقدام بعدی" data-testid="hajj-status">
      <Flex vertical gap="middle">
        <Alert
          type={ready || status.nextStep === 'REGISTERED' ? 'success' : status.nextStep === 'NOT_ELIGIBLE' ? 'error' : 'warning'}
          showIcon
          title={NEXT_STEP_TITLES[status.nextStep]}
          data-testid="hajj-next-step"
          data-next-step={status.nextStep}
        />
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label="دارندهٔ قبض">{status.holderName}</Descriptions.Item>
          <Descriptions.Item label="شماره قبض">{toPersianDigits(status.receiptNumber)}</Descriptions.Item>
          {status.originalReceiptNumber !== status.receiptNumber && (
            <Descriptions.Item label="شماره قبض اولیه">{toPersianDigits(status.originalReceiptNumber)}</Descriptions.Item>
          )}
          <Descriptions.Item label="نوع">{RECEIPT_KIND_NAMES[status.kind]}</Descriptions.Item>
          <Descriptions.Item label="مبلغ">{rials(status.amountRials)}</Descriptions.Item>
          <Descriptions.Item label="تاریخ ودیعه‌گذاری">{jalaliDay(status.depositDate)}</Descriptions.Item>
          <Descriptions.Item label="استان محل سکونت">{status.province}</Descriptions.Item>
          {status.notEligibleReason && <Descriptions.Item label="علت">{NOT_ELIGIBLE_REASONS[status.notEligibleReason]}</Descriptions.Item>}
          {status.office && (
            <Descriptions.Item label="محل مراجعه">
              {OFFICE_NAMES[status.office.kind]}
              {status.office.branchCode ? ` (کد شعبه ${toPersianDigits(status.office.branchCode)})` : ''}
            </Descriptions.Item>
          )}
          {status.nextStep === 'NOT_INVITED_YET' && (
            <Descriptions.Item label="دعوت‌شدگان کنونی">
              {status.invitedDepositsUntil ? `قبوض ودیعه‌گذاری‌شده تا ${jalaliDay(status.invitedDepositsUntil)}` : 'هنوز اعلام نشده'}
            </Descriptions.Item>
          )}
          {status.admissionOpensAt && (
            <Descriptions.Item label="آغاز پذیرش استان">{formatJalaliDateTime(status.admissionOpensAt)}</Descriptions.Item>
          )}
        </Descriptions>
        {amounts && (
          <Descriptions title="مبالغ تبدیل" column={{ xs: 1, md: 2 }} bordered size="small" data-testid="hajj-amounts">
            <Descriptions.Item label="مبلغ سند">{rials(amounts.amountRials)}</Descriptions.Item>
            <Descriptions.Item label="قبض جدید">{rials(amounts.targetRials)}</Descriptions.Item>
            <Descriptions.Item label="یارانه">{rials(amounts.subsidyRials)}</Descriptions.Item>
            <Descriptions.Item label="سود متعلقه">
              {rials(amounts.interestRials)}
              {amounts.interestDays > 0 ? ` (${toPersianDigits(amounts.interestDays)} روز؛ گرد به پایین)` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="مابه‌التفاوت پرداختی">{rials(amounts.differenceRials)}</Descriptions.Item>
          </Descriptions>
        )}
        {status.registration && (
          <Descriptions title="ثبت‌نام شما" column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label="کد رهگیری">{toPersianDigits(status.registration.trackingCode)}</Descriptions.Item>
            <Descriptions.Item label="کاروان">{status.registration.caravan.code}</Descriptions.Item>
            <Descriptions.Item label="وضعیت">{REGISTRATION_STATUS_NAMES[status.registration.status]}</Descriptions.Item>
            {status.registration.holdExpiresAt && (
              <Descriptions.Item label="مهلت مراجعه به کاروان">{formatJalaliDateTime(status.registration.holdExpiresAt)}</Descriptions.Item>
            )}
          </Descriptions>
        )}
        {ready && (
          <Flex gap="small">
            <Link to={`${HAJJ_PATHS.preRegister}?province=${encodeURIComponent(status.province)}`}>پیش‌ثبت‌نام اینترنتی</Link>
            <Link to={`${HAJJ_PATHS.caravans}?province=${encodeURIComponent(status.province)}`}>کاروان‌های استان</Link>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

/**
 * «وضعیت قبض ودیعه‌گذاری حج» (seed 004 rules 1–6, 14): public; the holder learns what to do next
 * with his receipt, the office to go to and the amounts. One answer for any mismatch.
 */
export function ReceiptStatusPage() {
  const [form] = Form.useForm<ProofValues>();
  const client = useApolloClient();
  const captcha = useCaptcha();
  const [loading, setLoading] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<unknown>(null);

  const onFinish = (values: ProofValues) => {
    if (captcha.captcha === null) return;
    setLoading(true);
    setError(null);
    setStatus(null);
    client
      .query({
        query: HajjReceiptStatusQuery,
        variables: { ...proofOf(values), captchaId: captcha.captcha.id, captchaAnswer: values.captchaAnswer.trim() },
        fetchPolicy: 'network-only',
      })
      .then(({ data }) => setStatus(data?.hajjReceiptStatus ?? null))
      .catch((failure: unknown) => setError(failure))
      .finally(() => {
        setLoading(false);
        form.setFieldValue('captchaAnswer', '');
        captcha.refresh();
      });
  };

  return (
    <Flex vertical gap="large" style={{ maxWidth: 900 }}>
      <HajjTitle title="وضعیت قبض ودیعه‌گذاری حج تمتع">
        دارندگان قبوض ودیعه‌گذاری و اسناد ثبت‌نامی با کد ملی، شماره قبض و تاریخ تولد خود می‌بینند پیش از ثبت‌نام چه باید بکنند.
      </HajjTitle>
      <Card>
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <ProofFields />
          <CaptchaField state={captcha} />
          <Button type="primary" htmlType="submit" loading={loading}>
            استعلام
          </Button>
        </Form>
      </Card>
      {error !== null && <ErrorAlert error={error} />}
      {status && <StatusCard status={status} />}
    </Flex>
  );
}
