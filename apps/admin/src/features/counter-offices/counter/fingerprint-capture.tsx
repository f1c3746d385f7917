import { useMutation } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Button, Card, Flex, Input, InputNumber, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Finger, FingerprintInput, VerificationServiceRecordQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { FINGER_ORDER, FINGERS } from '../counter-labels';
import { CaptureFingerprintsMutation } from '../counter-offices.graphql';

type Capture = VerificationServiceRecordQuery['verificationServiceRecord']['fingerprints'][number];

interface Row {
  finger: Finger;
  templateRef: string;
  quality: number | null;
  exceptionReason: string;
}

/** The scanner stand-in of this build: a template reference and a quality score for each finger. */
function simulatedScan(finger: Finger, i: number): Row {
  return { finger, templateRef: `scan-${finger.toLowerCase()}-${Date.now().toString(36)}`, quality: 70 + ((i * 7) % 25), exceptionReason: '' };
}

const rowsOf = (captures: readonly Capture[]): Row[] =>
  FINGER_ORDER.map((finger) => {
    const c = captures.find((capture) => capture.finger === finger);
    return { finger, templateRef: c?.templateRef ?? '', quality: c?.quality ?? null, exceptionReason: c?.exceptionReason ?? '' };
  });

/**
 * Ten fingers, each with the scanner's template reference and quality score (40 or more), or the
 * reason it cannot be taken. «خواندن از اسکنر» fills the captures from the scanner (in this build a
 * stand-in that makes test captures); «ثبت اثر انگشت‌ها» saves them.
 */
export function FingerprintCapture({ recordId, captures, disabled, onSaved }: { recordId: string; captures: readonly Capture[]; disabled: boolean; onSaved: () => void }) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(captures));
  const [save, saving] = useMutation(CaptureFingerprintsMutation);
  const [error, setError] = useState<unknown>(null);
  const set = (finger: Finger, patch: Partial<Row>) => setRows((all) => all.map((row) => (row.finger === finger ? { ...row, ...patch } : row)));

  const submit = () => {
    const fingerprints: FingerprintInput[] = rows
      .filter((row) => row.exceptionReason.trim() !== '' || (row.templateRef.trim() !== '' && row.quality !== null))
      .map((row) => (row.exceptionReason.trim() !== '' ? { finger: row.finger, exceptionReason: row.exceptionReason.trim() } : { finger: row.finger, templateRef: row.templateRef.trim(), quality: row.quality }));
    setError(null);
    save({ variables: { recordId, fingerprints } })
      .then(() => onSaved())
      .catch((failure: unknown) => setError(failure));
  };

  return (
    <Card
      title="اثر انگشت‌ها"
      extra={
        <Button disabled={disabled} onClick={() => setRows((all) => all.map((row, i) => (row.exceptionReason.trim() !== '' ? row : simulatedScan(row.finger, i))))}>
          خواندن از اسکنر
        </Button>
      }
    >
      <Table<Row>
        rowKey="finger"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: 'انگشت', dataIndex: 'finger', render: (f: Finger) => FINGERS[f] },
          {
            title: 'شناسهٔ الگو',
            dataIndex: 'templateRef',
            render: (value: string, row) => <Input size="small" dir="ltr" aria-label={`شناسهٔ الگوی ${FINGERS[row.finger]}`} value={value} disabled={disabled} onChange={(e) => set(row.finger, { templateRef: e.target.value })} />,
          },
          {
            title: 'کیفیت',
            dataIndex: 'quality',
            render: (value: number | null, row) => (
              <InputNumber size="small" min={0} max={100} aria-label={`کیفیت ${FINGERS[row.finger]}`} value={value} disabled={disabled} onChange={(q) => set(row.finger, { quality: typeof q === 'number' ? q : null })} />
            ),
          },
          {
            title: 'علت ثبت‌نشدن',
            dataIndex: 'exceptionReason',
            render: (value: string, row) => <Input size="small" aria-label={`علت ثبت‌نشدن ${FINGERS[row.finger]}`} value={value} disabled={disabled} onChange={(e) => set(row.finger, { exceptionReason: e.target.value })} />,
          },
          {
            title: 'وضعیت',
            key: 'state',
            render: (_, row) => {
              const saved = captures.find((c) => c.finger === row.finger);
              if (!saved) return <Tag>ثبت نشده</Tag>;
              if (saved.exceptionReason) return <Tag color="gold">استثنا</Tag>;
              return <Tag color={(saved.quality ?? 0) >= 40 ? 'green' : 'red'}>کیفیت {toPersianDigits(saved.quality ?? 0)}</Tag>;
            },
          },
        ]}
      />
      <Flex gap="small" align="center" style={{ marginTop: 12 }}>
        <Button type="primary" onClick={submit} loading={saving.loading} disabled={disabled}>
          ثبت اثر انگشت‌ها
        </Button>
        <Typography.Text type="secondary">کیفیت کمتر از ۴۰ پذیرفته نیست؛ انگشت را دوباره اسکن کنید یا علت ثبت‌نشدن را بنویسید.</Typography.Text>
      </Flex>
      {error !== null && <ErrorAlert error={error} />}
    </Card>
  );
}
