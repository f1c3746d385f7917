import { useApolloClient, useMutation } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import type { HajjReceiptQuery as ReceiptResult, HajjReferralPurpose } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { roleName } from '../../accounts/role-names';
import { useMe } from '../../accounts/session/use-me';
import {
  HajjConvertReceiptMutation,
  HajjReceiptQuery,
  HajjReferReceiptMutation,
  HajjReissueReceiptMutation,
  HajjStabiliseReceiptMutation,
} from '../hajj.graphql';
import {
  EVENT_NAMES,
  jalaliDay,
  NEXT_STEP_TITLES,
  OFFICE_NAMES,
  RECEIPT_KIND_NAMES,
  RECEIPT_STATUS_NAMES,
  RELATION_NAMES,
  rials,
} from '../hajj-labels';
import { HAJJ_PERMISSIONS } from '../hajj-paths';
import { HajjTitle } from '../hajj-title';

type Receipt = ReceiptResult['hajjReceipt'];

/** The provincial office's step: refer the receipt to a branch, for conversion or stabilisation. */
function ReferForm({ receipt, onDone }: { receipt: Receipt; onDone: (number: string) => void }) {
  const [refer, { loading, error }] = useMutation(HajjReferReceiptMutation);
  const purpose: HajjReferralPurpose | null =
    receipt.status !== 'ACTIVE'
      ? null
      : receipt.nextStep === 'CONVERT_AT_PROVINCIAL_OFFICE'
        ? 'CONVERSION'
        : receipt.nextStep === 'STABILISE'
          ? 'STABILISATION'
          : null;
  if (purpose === null) return null;
  return (
    <Card title={purpose === 'CONVERSION' ? 'معرفی برای تبدیل سند' : 'معرفی برای پایدارسازی قبض'} size="small">
      <Form
        layout="inline"
        onFinish={(values: { branchCode: string }) => {
          refer({ variables: { input: { receiptNumber: receipt.receiptNumber, purpose, branchCode: values.branchCode.trim() } } })
            .then(() => onDone(receipt.receiptNumber))
            .catch(() => undefined);
        }}
      >
        <Form.Item label="کد شعبهٔ بانک ملی" name="branchCode" rules={[{ required: true, message: 'کد شعبه را بنویسید' }]}>
          <Input dir="ltr" maxLength={20} placeholder="BMI-4310" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading}>
          معرفی به شعبه
        </Button>
      </Form>
      {error && <ErrorAlert error={error} />}
    </Card>
  );
}

/** The bank's step: issue the new receipt (converted, stabilised or reissued to the receiver). */
function IssueForm({ receipt, onDone }: { receipt: Receipt; onDone: (number: string) => void }) {
  const [convert, converting] = useMutation(HajjConvertReceiptMutation);
  const [stabilise, stabilising] = useMutation(HajjStabiliseReceiptMutation);
  const [reissue, reissuing] = useMutation(HajjReissueReceiptMutation);
  const referredConversion = receipt.status === 'REFERRED_TO_BANK' && receipt.referral === 'CONVERSION';
  const direct =
    receipt.status === 'ACTIVE' && (receipt.nextStep === 'CONVERT_WITH_SUBSIDY' || receipt.nextStep === 'CONVERT_WITH_INTEREST');
  const action =
    referredConversion || direct
      ? { title: 'صدور قبض تبدیل‌شده و ظهرنویسی', run: convert, state: converting }
      : receipt.status === 'REFERRED_TO_BANK' && receipt.referral === 'STABILISATION'
        ? { title: 'صدور قبض پایدارشده', run: stabilise, state: stabilising }
        : receipt.status === 'TRANSFER_RECORDED'
          ? { title: 'صدور قبض به نام گیرنده', run: reissue, state: reissuing }
          : null;
  if (action === null) return null;
  return (
    <Card title={action.title} size="small">
      {receipt.amounts && <Typography.Paragraph>مابه‌التفاوت پرداختی: {rials(receipt.amounts.differenceRials)}</Typography.Paragraph>}
      <Form
        layout="inline"
        onFinish={(values: { newReceiptNumber: string }) => {
          action
            .run({ variables: { input: { receiptNumber: receipt.receiptNumber, newReceiptNumber: values.newReceiptNumber.trim() } } })
            .then(() => onDone(values.newReceiptNumber.trim()))
            .catch(() => undefined);
        }}
      >
        <Form.Item label="شمارهٔ قبض جدید" name="newReceiptNumber" rules={[{ required: true, message: 'شمارهٔ قبض جدید را بنویسید' }]}>
          <Input dir="ltr" maxLength={30} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={action.state.loading}>
          صدور قبض
        </Button>
      </Form>
      {action.state.error && <ErrorAlert error={action.state.error} />}
    </Card>
  );
}

/** A receipt, its state, what next, history and transfers. */
function ReceiptDetails({ receipt }: { receipt: Receipt }) {
  return (
    <Card title={`قبض ${toPersianDigits(receipt.receiptNumber)}`} data-testid="hajj-receipt">
      <Flex vertical gap="middle">
        <Alert
          type="info"
          showIcon
          title={NEXT_STEP_TITLES[receipt.nextStep]}
          data-testid="hajj-receipt-next-step"
          data-next-step={receipt.nextStep}
        />
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label="دارنده">{`${receipt.firstName} ${receipt.lastName}`}</Descriptions.Item>
          <Descriptions.Item label="کد ملی">{toPersianDigits(receipt.nationalId)}</Descriptions.Item>
          <Descriptions.Item label="استان">{receipt.province}</Descriptions.Item>
          <Descriptions.Item label="نوع">{RECEIPT_KIND_NAMES[receipt.kind]}</Descriptions.Item>
          <Descriptions.Item label="مبلغ">{rials(receipt.amountRials)}</Descriptions.Item>
          <Descriptions.Item label="تاریخ ودیعه‌گذاری">{jalaliDay(receipt.depositDate)}</Descriptions.Item>
          <Descriptions.Item label="وضعیت">
            <span data-testid="hajj-receipt-status">{RECEIPT_STATUS_NAMES[receipt.status]}</span>
          </Descriptions.Item>
          <Descriptions.Item label="شمارهٔ قبض اولیه">{toPersianDigits(receipt.originalReceiptNumber)}</Descriptions.Item>
          {receipt.referredBranchCode && <Descriptions.Item label="شعبهٔ معرفی‌شده">{receipt.referredBranchCode}</Descriptions.Item>}
          {receipt.office && <Descriptions.Item label="محل مراجعهٔ بعدی">{OFFICE_NAMES[receipt.office.kind]}</Descriptions.Item>}
          {receipt.acceptedBeforeNotGone && <Descriptions.Item label="سابقه">در سال‌های گذشته پذیرش شده و مشرف نشده</Descriptions.Item>}
        </Descriptions>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          title={() => 'سابقهٔ قبض (ظهرنویسی)'}
          dataSource={receipt.history}
          columns={[
            { title: 'اقدام', dataIndex: 'kind', render: (kind: Receipt['history'][number]['kind']) => EVENT_NAMES[kind] },
            { title: 'قبض', dataIndex: 'receiptNumber', render: (n: string) => toPersianDigits(n) },
            { title: 'قبض جدید', dataIndex: 'newReceiptNumber', render: (n: string | null) => (n ? toPersianDigits(n) : '—') },
            { title: 'شمارهٔ اولیه', dataIndex: 'originalReceiptNumber', render: (n: string) => toPersianDigits(n) },
            {
              title: 'انجام‌دهنده',
              key: 'who',
              render: (_, e) => `${e.actorName ?? ''} (${e.actorRole ? roleName(e.actorRole) : ''} ${e.officeCode ?? ''})`,
            },
            { title: 'زمان', dataIndex: 'at', render: (at: string) => formatJalaliDateTime(at) },
          ]}
        />
        {receipt.transfers.length > 0 && (
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            title={() => 'نقل و انتقال'}
            dataSource={receipt.transfers}
            columns={[
              { title: 'گیرنده', dataIndex: 'receiverName' },
              { title: 'نسبت', dataIndex: 'relation', render: (r: Receipt['transfers'][number]['relation']) => RELATION_NAMES[r] },
              { title: 'سند انتقال', key: 'deed', render: (_, t) => `${toPersianDigits(t.deedNumber)} — ${jalaliDay(t.deedDate)}` },
              {
                title: 'قبض صادرشده',
                dataIndex: 'reissuedReceiptNumber',
                render: (n: string | null) => (n ? toPersianDigits(n) : 'هنوز صادر نشده'),
              },
            ]}
          />
        )}
      </Flex>
    </Card>
  );
}

/**
 * «قبوض ودیعه‌گذاری حج» (seed 004 rules 2–6, 14): staff look a receipt up (within their scope);
 * the provincial office refers it to a branch, the branch issues the new receipt.
 */
export function ReceiptsPage() {
  const client = useApolloClient();
  const { me } = useMe();
  const permissions = me?.permissions ?? [];
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const load = (receiptNumber: string) => {
    setLoading(true);
    setError(null);
    client
      .query({ query: HajjReceiptQuery, variables: { receiptNumber }, fetchPolicy: 'network-only' })
      .then(({ data }) => setReceipt(data?.hajjReceipt ?? null))
      .catch((failure: unknown) => {
        setReceipt(null);
        setError(failure);
      })
      .finally(() => setLoading(false));
  };

  return (
    <Flex vertical gap="large" style={{ maxWidth: 1100 }}>
      <HajjTitle title="قبوض ودیعه‌گذاری حج">
        قبض را با شمارهٔ آن (یا شمارهٔ قبض اولیه) بیابید؛ تبدیل، پایدارسازی و صدور دوباره از همین‌جا انجام می‌شود.
      </HajjTitle>
      <Card>
        <Form layout="inline" onFinish={(values: { receiptNumber: string }) => load(values.receiptNumber.trim())}>
          <Form.Item label="شماره قبض" name="receiptNumber" rules={[{ required: true, message: 'شماره قبض را بنویسید' }]}>
            <Input dir="ltr" maxLength={30} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            جستجو
          </Button>
        </Form>
      </Card>
      {error !== null && <ErrorAlert error={error} />}
      {receipt && (
        <>
          {permissions.includes(HAJJ_PERMISSIONS.provincialOffice) && <ReferForm receipt={receipt} onDone={load} />}
          {permissions.includes(HAJJ_PERMISSIONS.bank) && <IssueForm receipt={receipt} onDone={load} />}
          <ReceiptDetails receipt={receipt} />
        </>
      )}
    </Flex>
  );
}
