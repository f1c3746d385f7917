import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { detailLabel } from './audit-labels';
import { auditCodeText, auditRoleText, maskedText } from './audit-text';
import type { AuditRow } from './audit-columns';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;
const ID_LIKE = /^[0-9a-f]{8}-[0-9a-f-]{27}$/i;

/** A detail's value in Persian: numbers and dates in Persian digits, yes or no, lists by their items, nested details by their labels. */
export function detailValue(value: unknown): ReactNode {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'بلی' : 'خیر';
  if (typeof value === 'number') return toPersianDigits(value);
  if (typeof value === 'string') {
    if (ID_LIKE.test(value))
      return (
        <Typography.Text code dir="ltr" data-latin-ok>
          {value}
        </Typography.Text>
      );
    if (ISO_DATE.test(value)) return value.length === 10 ? toPersianDigits(value.replaceAll('-', '/')) : formatJalaliDateTime(value);
    return toPersianDigits(value);
  }
  if (Array.isArray(value)) return value.length === 0 ? '—' : `${toPersianDigits(value.length)} مورد`;
  if (typeof value === 'object') {
    return (
      <Descriptions
        size="small"
        column={1}
        bordered
        items={Object.entries(value as Record<string, unknown>).map(([key, item]) => ({
          key,
          label: detailLabel(key),
          children: detailValue(item),
        }))}
      />
    );
  }
  return '—';
}

/** A line opened: every field it keeps, each with its Persian label, never raw JSON. */
export function AuditDetails({ row }: { row: AuditRow }) {
  const items = [
    { key: 'role', label: 'نقش', children: auditRoleText(row.actorRole) ?? '—' },
    {
      key: 'subject',
      label: 'کد ملی شخص مربوط',
      children: row.subjectMasked === null ? '—' : <span dir="ltr">{maskedText(row.subjectMasked)}</span>,
    },
    ...(row.code === null ? [] : [{ key: 'code', label: 'علت', children: auditCodeText(row.code) }]),
    {
      key: 'ip',
      label: 'نشانی IP',
      children:
        row.ip === null ? (
          '—'
        ) : (
          <span dir="ltr" data-latin-ok>
            {row.ip}
          </span>
        ),
    },
    {
      key: 'request',
      label: 'شناسهٔ درخواست',
      children:
        row.requestId === null ? (
          '—'
        ) : (
          <Typography.Text code dir="ltr" data-latin-ok>
            {row.requestId}
          </Typography.Text>
        ),
    },
    ...Object.entries(row.details).map(([key, value]) => ({ key: `detail-${key}`, label: detailLabel(key), children: detailValue(value) })),
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} data-testid="audit-details" />;
}
