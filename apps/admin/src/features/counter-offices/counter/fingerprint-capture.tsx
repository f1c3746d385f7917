import { useMutation, useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Flex, Input, Table, Tag, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { Finger, FingerprintInput, VerificationServiceRecordQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { FINGER_ORDER, FINGERS } from '../counter-labels';
import { CaptureFingerprintsMutation, CounterBiometricDeviceQuery } from '../counter-offices.graphql';
import { DeviceServiceError, SbiClient, type FingerCapture, type ScannerDevice } from './sbi-client';

type Capture = VerificationServiceRecordQuery['verificationServiceRecord']['fingerprints'][number];

interface Row {
  finger: Finger;
  /** From the device's last capture (or as saved); never typed by the operator. */
  templateRef: string | null;
  quality: number | null;
  /** The device scanned but did not detect the finger. */
  notDetected: boolean;
  exceptionReason: string;
}

const rowsOf = (captures: readonly Capture[]): Row[] =>
  FINGER_ORDER.map((finger) => {
    const c = captures.find((capture) => capture.finger === finger);
    return {
      finger,
      templateRef: c?.templateRef ?? null,
      quality: c?.quality ?? null,
      notDetected: false,
      exceptionReason: c?.exceptionReason ?? '',
    };
  });

/** What the operator is told when the scanner's device service cannot be used. */
function deviceProblem(error: unknown): string {
  if (!(error instanceof DeviceServiceError)) return 'خواندن از اسکنر انجام نشد';
  const detail = error.detail ? ` (${error.detail})` : '';
  switch (error.problem) {
    case 'UNREACHABLE':
      return `سرویس دستگاه اثر انگشت در دسترس نیست؛ اتصال اسکنر و روشن بودن سرویس آن (SBI) را روی همین رایانه بررسی کنید${detail}`;
    case 'NO_DEVICE':
      return `اسکنر اثر انگشت آماده‌ای پیدا نشد؛ اسکنر را وصل کنید و دوباره بکوشید${detail}`;
    case 'DEVICE_ERROR':
      return `اسکنر خطا داد${detail}؛ دوباره بکوشید`;
    default:
      return 'پاسخ سرویس دستگاه اثر انگشت نامفهوم بود؛ دوباره بکوشید';
  }
}

/**
 * Ten fingers, each captured through the scanner's device service (MOSIP SBI) on the operator's
 * workstation, with the device's template reference and quality score, or excused with a reason.
 * «خواندن از اسکنر» discovers the scanner and captures every finger not excused, slap by slap;
 * «اسکن دوباره» takes one finger again. A capture below the threshold is refused by the API
 * (FINGERPRINT_QUALITY_LOW) until it is taken again or excused; «ثبت اثر انگشت‌ها» saves them.
 */
export function FingerprintCapture({
  recordId,
  captures,
  disabled,
  onSaved,
}: {
  recordId: string;
  captures: readonly Capture[];
  disabled: boolean;
  onSaved: () => void;
}) {
  const settings = useQuery(CounterBiometricDeviceQuery);
  const [rows, setRows] = useState<Row[]>(() => rowsOf(captures));
  const [save, saving] = useMutation(CaptureFingerprintsMutation);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [scanning, setScanning] = useState<Finger | 'ALL' | null>(null);
  const [scanner, setScanner] = useState<ScannerDevice | null>(null);
  const scannerRef = useRef<ScannerDevice | null>(null);
  const device = settings.data?.counterBiometricDevice ?? null;
  const minQuality = device?.minQuality ?? 40;
  const client = useMemo(() => (device ? new SbiClient(device) : null), [device]);
  const set = (finger: Finger, patch: Partial<Row>) =>
    setRows((all) => all.map((row) => (row.finger === finger ? { ...row, ...patch } : row)));

  const scan = async (fingers: Finger[], which: Finger | 'ALL') => {
    if (!client) return;
    setProblem(null);
    setError(null);
    setScanning(which);
    try {
      const found = scannerRef.current ?? (await client.discover());
      scannerRef.current = found;
      setScanner(found);
      const excused = rows.filter((row) => row.exceptionReason.trim() !== '').map((row) => row.finger);
      const taken: FingerCapture[] = await client.capture(found, fingers, excused);
      setRows((all) =>
        all.map((row) => {
          const capture = taken.find((t) => t.finger === row.finger);
          if (!capture) return row;
          return capture.status === 'CAPTURED'
            ? { ...row, templateRef: capture.templateRef, quality: capture.quality, notDetected: false }
            : { ...row, templateRef: null, quality: null, notDetected: true };
        }),
      );
    } catch (failure) {
      // The scanner may have been unplugged: discover it again next time.
      scannerRef.current = null;
      setProblem(deviceProblem(failure));
    } finally {
      setScanning(null);
    }
  };

  const submit = () => {
    const fingerprints: FingerprintInput[] = rows
      .filter((row) => row.exceptionReason.trim() !== '' || (row.templateRef !== null && row.quality !== null))
      .map((row) =>
        row.exceptionReason.trim() !== ''
          ? { finger: row.finger, exceptionReason: row.exceptionReason.trim() }
          : { finger: row.finger, templateRef: row.templateRef, quality: row.quality },
      );
    setError(null);
    save({ variables: { recordId, fingerprints } })
      .then(() => onSaved())
      .catch((failure: unknown) => setError(failure));
  };

  const notExcused = rows.filter((row) => row.exceptionReason.trim() === '').map((row) => row.finger);
  return (
    <Card
      title="اثر انگشت‌ها"
      extra={
        <Button
          disabled={disabled || !client || scanning !== null}
          loading={scanning === 'ALL'}
          onClick={() => void scan(notExcused, 'ALL')}
        >
          خواندن از اسکنر
        </Button>
      }
    >
      <Flex vertical gap="small">
        <Typography.Text type="secondary" data-testid="scanner-state">
          {scanner
            ? `اسکنر: ${scanner.label ?? 'دستگاه اثر انگشت'} (شماره سریال ${scanner.deviceCode})`
            : device
              ? 'اسکنر با نخستین خواندن از سرویس دستگاه این رایانه شناسایی می‌شود.'
              : 'نشانی سرویس دستگاه اثر انگشت در حال دریافت است…'}
          {device?.embedded && <Tag style={{ marginInlineStart: 8 }}>دستگاه آزمایشی (داده‌های ساختگی)</Tag>}
        </Typography.Text>
        {settings.error && <ErrorAlert error={settings.error} />}
        {problem !== null && <Alert type="error" showIcon title={problem} />}
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
              render: (value: string | null, row) => (
                <Input
                  size="small"
                  dir="ltr"
                  readOnly
                  aria-label={`شناسهٔ الگوی ${FINGERS[row.finger]}`}
                  value={value ?? ''}
                  placeholder="—"
                />
              ),
            },
            {
              title: 'کیفیت',
              dataIndex: 'quality',
              render: (value: number | null, row) =>
                row.notDetected ? (
                  <Tag color="red" data-testid={`quality-${row.finger}`}>
                    شناسایی نشد
                  </Tag>
                ) : value === null ? (
                  <Tag data-testid={`quality-${row.finger}`}>—</Tag>
                ) : (
                  <Tag color={value >= minQuality ? 'green' : 'red'} data-testid={`quality-${row.finger}`}>
                    {value >= minQuality ? `کیفیت ${toPersianDigits(value)}` : `کیفیت پایین ${toPersianDigits(value)}`}
                  </Tag>
                ),
            },
            {
              title: 'علت ثبت‌نشدن',
              dataIndex: 'exceptionReason',
              render: (value: string, row) => (
                <Input
                  size="small"
                  aria-label={`علت ثبت‌نشدن ${FINGERS[row.finger]}`}
                  value={value}
                  disabled={disabled}
                  status={row.notDetected && value.trim() === '' ? 'warning' : undefined}
                  maxLength={200}
                  onChange={(e) => set(row.finger, { exceptionReason: e.target.value })}
                />
              ),
            },
            {
              title: 'ثبت‌شده',
              key: 'state',
              render: (_, row) => {
                const saved = captures.find((c) => c.finger === row.finger);
                if (!saved) return <Tag>ثبت نشده</Tag>;
                if (saved.exceptionReason) return <Tag color="gold">استثنا</Tag>;
                return <Tag color="green">کیفیت {toPersianDigits(saved.quality ?? 0)}</Tag>;
              },
            },
            {
              title: 'اقدام',
              key: 'rescan',
              render: (_, row) => (
                <Button
                  size="small"
                  aria-label={`اسکن دوباره ${FINGERS[row.finger]}`}
                  disabled={disabled || !client || scanning !== null || row.exceptionReason.trim() !== ''}
                  loading={scanning === row.finger}
                  onClick={() => void scan([row.finger], row.finger)}
                >
                  اسکن دوباره
                </Button>
              ),
            },
          ]}
        />
        <Flex gap="small" align="center" wrap>
          <Button type="primary" onClick={submit} loading={saving.loading} disabled={disabled || scanning !== null}>
            ثبت اثر انگشت‌ها
          </Button>
          <Typography.Text type="secondary">
            کیفیت کمتر از {toPersianDigits(minQuality)} پذیرفته نیست؛ انگشت را دوباره اسکن کنید یا علت ثبت‌نشدن (مانند قطع عضو یا زخم) را
            بنویسید.
          </Typography.Text>
        </Flex>
        {error !== null && <ErrorAlert error={error} />}
      </Flex>
    </Card>
  );
}
