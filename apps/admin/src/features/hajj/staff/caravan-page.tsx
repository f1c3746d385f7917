import { useMutation, useQuery } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Checkbox, Col, Descriptions, Flex, Form, Input, Modal, Row, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { HajjCaravanRegistrationsQuery as RegistrationsResult, HajjTravelRestriction } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import {
  HajjCaravanRegistrationsQuery,
  HajjConfirmRegistrationMutation,
  HajjMyCaravansQuery,
  HajjRecordDoctorVisitMutation,
  HajjRecordPassportMutation,
  HajjRegisterInPersonMutation,
  HajjReplaceRegistrationMutation,
  HajjSetElectedPilgrimsMutation,
  HajjWithdrawRegistrationMutation,
} from '../hajj.graphql';
import {
  jalaliDay,
  PASSPORT_FLAG_NAMES,
  REGISTRATION_STATUS_NAMES,
  RELEASE_REASON_NAMES,
  RESTRICTION_NAMES,
  renewNote,
  rials,
  seatsText,
} from '../hajj-labels';
import { registrationReceiptPath } from '../hajj-paths';
import { HajjTitle } from '../hajj-title';
import { ProofFields, proofOf, type ProofValues } from '../public/proof-fields';

type Registration = RegistrationsResult['hajjCaravanRegistrations']['items'][number];

const DOCUMENTS = [
  { name: 'receiptOriginal', label: 'اصل قبض ودیعه‌گذاری' },
  { name: 'receiptCopy', label: 'کپی قبض ودیعه‌گذاری' },
  { name: 'birthCertificate', label: 'اصل شناسنامه و تصویر همهٔ صفحات' },
  { name: 'nationalCard', label: 'اصل و کپی کارت ملی' },
] as const;

type DocumentValues = Record<(typeof DOCUMENTS)[number]['name'], boolean>;

/** Rule 10's checklist: every box must be ticked. */
function DocumentChecklist() {
  return (
    <Row gutter={8}>
      {DOCUMENTS.map((d) => (
        <Col key={d.name} xs={24} md={12}>
          <Form.Item name={d.name} valuePropName="checked" initialValue={false} style={{ marginBottom: 4 }}>
            <Checkbox>{d.label}</Checkbox>
          </Form.Item>
        </Col>
      ))}
    </Row>
  );
}

const documentsOf = (values: DocumentValues) => ({
  receiptOriginal: !!values.receiptOriginal,
  receiptCopy: !!values.receiptCopy,
  birthCertificate: !!values.birthCertificate,
  nationalCard: !!values.nationalCard,
});

/** An applicant at the caravan: his receipt and the documents checked (in person, or replacing another). */
function ApplicantForm({
  name,
  submit,
  loading,
  label,
}: {
  name: string;
  submit: (applicant: ReturnType<typeof proofOf> & { documents: ReturnType<typeof documentsOf> }) => void;
  loading: boolean;
  label: string;
}) {
  const [form] = Form.useForm<ProofValues & DocumentValues>();
  // Named: several forms with the same fields are on the page, and each field's id must be its own.
  return (
    <Form form={form} name={name} layout="vertical" onFinish={(values) => submit({ ...proofOf(values), documents: documentsOf(values) })}>
      <ProofFields />
      <DocumentChecklist />
      <Button type="primary" htmlType="submit" loading={loading}>
        {label}
      </Button>
    </Form>
  );
}

interface PassportValues {
  passportNumber?: string;
  passportExpiry?: Dayjs | null;
  restriction: HajjTravelRestriction;
}

/**
 * «کاروان من» (seed 004 rules 9–13, 15): the caravan manager confirms online holds in person with
 * the document checklist, registers applicants, records doctor visits, passports and restrictions,
 * frees and replaces seats, marks the three elected pilgrims and prints registration receipts.
 */
export function CaravanPage() {
  const caravans = useQuery(HajjMyCaravansQuery, { fetchPolicy: 'network-only' });
  const [caravanId, setCaravanId] = useState<string | null>(null);
  const chosen = caravans.data?.hajjMyCaravans.find((c) => c.id === caravanId) ?? caravans.data?.hajjMyCaravans[0] ?? null;
  const registrations = useQuery(HajjCaravanRegistrationsQuery, {
    variables: { caravanId: chosen?.id ?? '', filter: { offset: 0, limit: 200 } },
    skip: chosen === null,
    fetchPolicy: 'network-only',
  });
  const refresh = () => {
    void caravans.refetch();
    void registrations.refetch();
  };
  const [confirm, confirming] = useMutation(HajjConfirmRegistrationMutation);
  const [inPerson, registering] = useMutation(HajjRegisterInPersonMutation);
  const [replace, replacing] = useMutation(HajjReplaceRegistrationMutation);
  const [withdraw] = useMutation(HajjWithdrawRegistrationMutation);
  const [doctor] = useMutation(HajjRecordDoctorVisitMutation);
  const [elect, electing] = useMutation(HajjSetElectedPilgrimsMutation);
  const [passport, savingPassport] = useMutation(HajjRecordPassportMutation);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [replacing_, setReplacing] = useState<Registration | null>(null);
  const [passportOf, setPassportOf] = useState<Registration | null>(null);
  const [elected, setElected] = useState<string[] | null>(null);
  const [confirmForm] = Form.useForm<{ trackingCode: string } & DocumentValues>();

  const run = (work: Promise<unknown>, done: string) => {
    setError(null);
    setNotice(null);
    work
      .then(() => {
        setNotice(done);
        refresh();
      })
      .catch((failure: unknown) => {
        setError(failure);
        refresh();
      });
  };

  const items = registrations.data?.hajjCaravanRegistrations.items ?? [];
  const electedIds = elected ?? items.filter((r) => r.elected).map((r) => r.id);

  return (
    <Flex vertical gap="large" style={{ maxWidth: 1200 }}>
      <HajjTitle title="کاروان من">ثبت‌نام حضوری، تأیید پیش‌ثبت‌نام‌ها با بررسی مدارک، برگهٔ واریز، جایگزینی و سه نفر برگزیده.</HajjTitle>
      {caravans.error && <ErrorAlert error={caravans.error} />}
      {caravans.data && caravans.data.hajjMyCaravans.length === 0 && <Alert type="info" showIcon title="کاروانی به نام شما ثبت نشده است" />}
      {chosen && (
        <Card>
          <Space wrap>
            <Select
              aria-label="کاروان"
              style={{ minWidth: 200 }}
              value={chosen.id}
              options={caravans.data!.hajjMyCaravans.map((c) => ({ value: c.id, label: `${c.code} (${c.province})` }))}
              // The chosen caravan's code is a code (Latin letters and digits).
              labelRender={({ label }) => <span data-latin-ok="">{label}</span>}
              onChange={(value: string) => {
                setCaravanId(value);
                setElected(null);
              }}
            />
            <Tag>کل ظرفیت: {seatsText(chosen.taken, chosen.capacity)}</Tag>
            <Tag>سهم اینترنتی: {seatsText(chosen.onlineTaken, chosen.onlineCapacity)}</Tag>
            <Tag>هزینهٔ قطعی: {rials(chosen.finalCostRials)}</Tag>
          </Space>
        </Card>
      )}
      {error !== null && <ErrorAlert error={error} />}
      {notice && <Alert type="success" showIcon title={notice} data-testid="hajj-caravan-notice" />}
      {chosen && (
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Card title="تأیید پیش‌ثبت‌نام (مراجعهٔ حضوری)">
              <Form
                form={confirmForm}
                name="hajj-confirm"
                layout="vertical"
                onFinish={(values) => {
                  run(
                    confirm({ variables: { trackingCode: values.trackingCode.trim(), documents: documentsOf(values) } }),
                    'ثبت‌نام قطعی شد؛ رسید و برگهٔ واریز را چاپ کنید',
                  );
                  confirmForm.resetFields();
                }}
              >
                <Form.Item label="کد رهگیری پیش‌ثبت‌نام" name="trackingCode" rules={[{ required: true, message: 'کد رهگیری را بنویسید' }]}>
                  <Input dir="ltr" maxLength={20} />
                </Form.Item>
                <DocumentChecklist />
                <Button type="primary" htmlType="submit" loading={confirming.loading}>
                  تأیید و ثبت‌نام قطعی
                </Button>
              </Form>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title="ثبت‌نام حضوری">
              <ApplicantForm
                name="hajj-in-person"
                label="ثبت‌نام"
                loading={registering.loading}
                submit={(applicant) => run(inPerson({ variables: { caravanId: chosen.id, applicant } }), 'ثبت‌نام حضوری انجام شد')}
              />
            </Card>
          </Col>
        </Row>
      )}
      {chosen && (
        <Card
          title="ثبت‌نام‌های کاروان"
          extra={
            <Button
              loading={electing.loading}
              onClick={() => run(elect({ variables: { caravanId: chosen.id, registrationIds: electedIds } }), 'سه نفر برگزیده ثبت شد')}
            >
              ثبت برگزیدگان ({toPersianDigits(electedIds.length)} از ۳)
            </Button>
          }
        >
          <Table
            rowKey="id"
            size="small"
            loading={registrations.loading}
            dataSource={items}
            pagination={false}
            scroll={{ x: true }}
            rowSelection={{
              selectedRowKeys: electedIds,
              onChange: (keys) => setElected((keys as string[]).slice(0, 3)),
              getCheckboxProps: (r) => ({
                disabled: r.status !== 'CONFIRMED' && r.status !== 'PAID',
                'aria-label': `برگزیده ${r.trackingCode}`,
              }),
              columnTitle: 'برگزیده',
            }}
            columns={[
              {
                title: 'کد رهگیری',
                dataIndex: 'trackingCode',
                render: (code: string) => <span data-testid="hajj-registration-code">{toPersianDigits(code)}</span>,
              },
              { title: 'زائر', dataIndex: 'holderName' },
              {
                title: 'وضعیت',
                key: 'status',
                render: (_, r) =>
                  `${REGISTRATION_STATUS_NAMES[r.status]}${r.releaseReason ? ` (${RELEASE_REASON_NAMES[r.releaseReason]})` : ''}${r.replacedByTrackingCode ? `؛ جایگزین: ${toPersianDigits(r.replacedByTrackingCode)}` : ''}`,
              },
              {
                title: 'مهلت',
                key: 'due',
                render: (_, r) =>
                  r.status === 'HELD' && r.holdExpiresAt
                    ? formatJalaliDateTime(r.holdExpiresAt)
                    : r.paymentSlip && r.status === 'CONFIRMED'
                      ? `واریز تا ${jalaliDay(r.paymentSlip.payBy)}`
                      : '—',
              },
              {
                title: 'مابه‌التفاوت',
                key: 'slip',
                render: (_, r) =>
                  r.paymentSlip ? `${rials(r.paymentSlip.differenceRials)}${r.paymentSlip.paidAt ? ' (واریز شد)' : ''}` : '—',
              },
              {
                title: 'پزشک',
                key: 'doctor',
                render: (_, r) => (r.doctorVisitedAt ? 'مراجعه کرد' : r.doctorVisitDue ? `تا ${jalaliDay(r.doctorVisitDue)}` : '—'),
              },
              {
                title: 'گذرنامه',
                key: 'passport',
                render: (_, r) =>
                  renewNote(r.passport.flag, r.passport.renewBy) ??
                  `${PASSPORT_FLAG_NAMES[r.passport.flag]}${r.passport.restriction !== 'NONE' ? `؛ ${RESTRICTION_NAMES[r.passport.restriction]}` : ''}`,
              },
              {
                title: '',
                key: 'actions',
                render: (_, r) => (
                  <Space wrap size="small">
                    {(r.status === 'CONFIRMED' || r.status === 'PAID') && <Link to={registrationReceiptPath(r.trackingCode)}>رسید</Link>}
                    {(r.status === 'CONFIRMED' || r.status === 'PAID') && !r.doctorVisitedAt && (
                      <Button size="small" onClick={() => run(doctor({ variables: { registrationId: r.id } }), 'مراجعه به پزشک ثبت شد')}>
                        پزشک
                      </Button>
                    )}
                    {r.status !== 'RELEASED' && (
                      <Button size="small" onClick={() => setPassportOf(r)}>
                        گذرنامه
                      </Button>
                    )}
                    {r.status !== 'RELEASED' && (
                      <Button
                        size="small"
                        danger
                        onClick={() => run(withdraw({ variables: { registrationId: r.id } }), 'جای این زائر آزاد شد')}
                      >
                        آزادسازی
                      </Button>
                    )}
                    {!r.replacedByTrackingCode && (
                      <Button size="small" onClick={() => setReplacing(r)}>
                        جایگزینی
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
      <Modal
        open={replacing_ !== null}
        title={`جایگزینی ${replacing_ ? toPersianDigits(replacing_.trackingCode) : ''}`}
        footer={null}
        onCancel={() => setReplacing(null)}
        destroyOnHidden
      >
        {replacing_ && (
          <>
            {replacing_.status !== 'RELEASED' && <Alert type="warning" showIcon title="جای این زائر آزاد و به متقاضی تازه داده می‌شود" />}
            <ApplicantForm
              name="hajj-replace"
              label="جایگزینی"
              loading={replacing.loading}
              submit={(applicant) => {
                run(replace({ variables: { registrationId: replacing_.id, applicant } }), 'متقاضی تازه جایگزین شد');
                setReplacing(null);
              }}
            />
          </>
        )}
      </Modal>
      <Modal open={passportOf !== null} title="گذرنامه و محدودیت خروج" footer={null} onCancel={() => setPassportOf(null)} destroyOnHidden>
        {passportOf && (
          <Form<PassportValues>
            name="hajj-passport"
            layout="vertical"
            initialValues={{ restriction: passportOf.passport.restriction }}
            onFinish={(values) => {
              run(
                passport({
                  variables: {
                    registrationId: passportOf.id,
                    input: {
                      passportNumber: values.passportNumber?.trim() || null,
                      passportExpiry: values.passportExpiry ? isoDate(values.passportExpiry) : null,
                      restriction: values.restriction,
                    },
                  },
                }),
                'گذرنامه ثبت شد',
              );
              setPassportOf(null);
            }}
          >
            <Form.Item label="شمارهٔ گذرنامه" name="passportNumber">
              <Input dir="ltr" maxLength={12} />
            </Form.Item>
            <Form.Item label="تاریخ انقضا" name="passportExpiry">
              <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
            </Form.Item>
            <Form.Item label="محدودیت خروج" name="restriction">
              <Select options={Object.entries(RESTRICTION_NAMES).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={savingPassport.loading}>
              ثبت
            </Button>
          </Form>
        )}
      </Modal>
      {chosen && (
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'note',
              label: 'یادآوری',
              children:
                'متقاضیانی که مابه‌التفاوت را در مهلت واریز نکنند یا به پزشک معرفی‌شده مراجعه نکنند، جایشان آزاد می‌شود و می‌توانید متقاضی واجد شرایط دیگری را جایگزین کنید.',
            },
          ]}
        />
      )}
    </Flex>
  );
}
