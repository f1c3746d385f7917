import { useMutation, useQuery } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Col, Descriptions, Flex, Form, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import type { HajjPreRegisterMutation as PreRegisterResult } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { CaptchaField } from '../../accounts/login/captcha-field';
import { useCaptcha } from '../../accounts/login/use-captcha';
import { HajjCaravansQuery, HajjPreRegisterMutation } from '../hajj.graphql';
import { rials, seatsText } from '../hajj-labels';
import { HajjTitle } from '../hajj-title';
import { HoldCountdown } from './hold-countdown';
import { ProofFields, proofOf, type ProofValues } from './proof-fields';
import { useProvince } from './use-province';

type Seat = PreRegisterResult['hajjPreRegister'];

/** The printable pre-registration slip with the hold's countdown. */
function PreRegistrationSlip({
  seat,
  caravan,
}: {
  seat: Seat;
  caravan: { managerName: string; managerPhone: string; address: string } | null;
}) {
  return (
    <Card title="رسید پیش‌ثبت‌نام" data-testid="hajj-pre-registration" extra={<Button onClick={() => window.print()}>چاپ</Button>}>
      <Flex vertical gap="middle">
        <Alert
          type="success"
          showIcon
          title="یک جای ثبت‌نام اینترنتی برای شما نگه داشته شد. پیش از پایان مهلت با مدارک به کاروان مراجعه کنید."
        />
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label="کد رهگیری">
            <Typography.Text strong data-testid="hajj-tracking-code" data-tracking-code={seat.trackingCode}>
              {toPersianDigits(seat.trackingCode)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="کاروان">{seat.caravan.code}</Descriptions.Item>
          {caravan && <Descriptions.Item label="مدیر کاروان">{caravan.managerName}</Descriptions.Item>}
          {caravan && <Descriptions.Item label="تلفن">{toPersianDigits(caravan.managerPhone)}</Descriptions.Item>}
          {caravan && <Descriptions.Item label="نشانی">{caravan.address}</Descriptions.Item>}
          {seat.holdExpiresAt && <Descriptions.Item label="مهلت مراجعه">{formatJalaliDateTime(seat.holdExpiresAt)}</Descriptions.Item>}
        </Descriptions>
        {seat.holdExpiresAt && <HoldCountdown until={seat.holdExpiresAt} />}
        <Typography.Paragraph>
          مدارک لازم: اصل و کپی قبض ودیعه‌گذاری حج تمتع؛ اصل شناسنامه و تصویر همهٔ صفحات آن؛ اصل و کپی کارت ملی یا شمارهٔ تأییدشدهٔ آن. گذرنامهٔ
          معتبر و عکس پس از ثبت‌نام از سوی مدیر کاروان خواسته می‌شود.
        </Typography.Paragraph>
      </Flex>
    </Card>
  );
}

/**
 * «پیش‌ثبت‌نام اینترنتی حج» (seed 004 rule 9): public; the holder holds a seat of the online share of
 * a caravan of his province of residence until he confirms in person at the caravan.
 */
export function PreRegisterPage() {
  const [form] = Form.useForm<ProofValues>();
  const { provinces, province, setProvince, params, setParams } = useProvince();
  const caravanId = params.get('caravan');
  const caravans = useQuery(HajjCaravansQuery, {
    variables: { province: province ?? '' },
    skip: province === null,
    fetchPolicy: 'network-only',
  });
  const captcha = useCaptcha();
  const [preRegister, { loading }] = useMutation(HajjPreRegisterMutation);
  const [seat, setSeat] = useState<Seat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = caravans.data?.hajjCaravans ?? [];
  const caravan = list.find((c) => c.id === caravanId) ?? null;

  const onFinish = (values: ProofValues) => {
    if (captcha.captcha === null || caravanId === null) return;
    setError(null);
    preRegister({
      variables: { input: { ...proofOf(values), caravanId, captchaId: captcha.captcha.id, captchaAnswer: values.captchaAnswer.trim() } },
    })
      .then(({ data }) => {
        if (data) setSeat(data.hajjPreRegister);
      })
      .catch((failure: unknown) => setError(failure))
      .finally(() => {
        form.setFieldValue('captchaAnswer', '');
        captcha.refresh();
        void caravans.refetch();
      });
  };

  if (seat)
    return (
      <Flex vertical gap="large" style={{ maxWidth: 900 }}>
        <HajjTitle title="پیش‌ثبت‌نام اینترنتی حج تمتع" />
        <PreRegistrationSlip seat={seat} caravan={caravan} />
      </Flex>
    );

  return (
    <Flex vertical gap="large" style={{ maxWidth: 900 }}>
      <HajjTitle title="پیش‌ثبت‌نام اینترنتی حج تمتع">
        در کاروانی از استان محل سکونت خود، از سهم ثبت‌نام اینترنتی آن، جای خود را نگه دارید؛ سپس در مهلت مقرر با مدارک به کاروان بروید تا
        ثبت‌نام قطعی شود.
      </HajjTitle>
      <Card>
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="استان محل سکونت" htmlFor="hajj-pre-province">
                <Select
                  id="hajj-pre-province"
                  aria-label="استان محل سکونت"
                  showSearch
                  placeholder="استان را برگزینید"
                  value={province ?? undefined}
                  options={provinces.map((p) => ({ value: p.province, label: p.province, title: p.province }))}
                  onChange={setProvince}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item label="کاروان" htmlFor="hajj-pre-caravan">
                <Select
                  id="hajj-pre-caravan"
                  aria-label="کاروان"
                  placeholder="کاروان را برگزینید"
                  disabled={province === null}
                  loading={caravans.loading}
                  value={caravanId ?? undefined}
                  options={list.map((c) => ({
                    value: c.id,
                    label: `${c.code} — ${c.managerName} — اینترنتی ${seatsText(c.onlineTaken, c.onlineCapacity)} — ${rials(c.finalCostRials)}`,
                    title: c.code,
                    disabled: c.onlineTaken >= c.onlineCapacity || c.taken >= c.capacity,
                  }))}
                  onChange={(value: string) => {
                    const next = new URLSearchParams(params);
                    next.set('caravan', value);
                    setParams(next, { replace: true });
                  }}
                />
              </Form.Item>
            </Col>
          </Row>
          <ProofFields />
          <CaptchaField state={captcha} />
          <Button type="primary" htmlType="submit" loading={loading} disabled={caravanId === null}>
            پیش‌ثبت‌نام
          </Button>
        </Form>
      </Card>
      {error !== null && <ErrorAlert error={error} />}
    </Flex>
  );
}
