import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Button, Popconfirm, Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { RegistrationRequestsQuery } from '../../../gql/graphql';
import { ROLE_NAMES } from '../role-names';
import { STATUS_COLORS, STATUS_NAMES, subsystemName } from './registration-status';

export type RegistrationRow = RegistrationRequestsQuery['registrationRequests']['items'][number];

export interface RowActions {
  approve: (row: RegistrationRow) => void;
  reject: (row: RegistrationRow) => void;
  /** The row whose approval is being sent. */
  approvingId: string | null;
}

/** The approver's columns (seed 002 rule 3); every number in Persian digits, every date Jalali. */
export function registrationColumns({ approve, reject, approvingId }: RowActions): TableColumnsType<RegistrationRow> {
  return [
    { key: 'trackingCode', title: 'کد پیگیری', dataIndex: 'trackingCode', render: (code: string) => toPersianDigits(code) },
    { key: 'subsystem', title: 'زیرسامانه', dataIndex: 'subsystem', render: (code: string) => subsystemName(code) },
    { key: 'organisation', title: 'سازمان', render: (_value, row) => row.organisationUnit.name },
    { key: 'nationalId', title: 'کد ملی', dataIndex: 'nationalId', render: (id: string) => toPersianDigits(id) },
    { key: 'name', title: 'نام و نام خانوادگی', render: (_value, row) => `${row.firstName} ${row.lastName}` },
    { key: 'post', title: 'سمت', dataIndex: 'post' },
    { key: 'mobile', title: 'شمارهٔ همراه', dataIndex: 'mobile', render: (mobile: string) => toPersianDigits(mobile) },
    {
      key: 'status',
      fixed: 'end',
      title: 'وضعیت',
      render: (_value, row) => (
        <Space direction="vertical" size={0}>
          <Tag color={STATUS_COLORS[row.status]}>{STATUS_NAMES[row.status]}</Tag>
          {row.decidedAt !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatJalaliDateTime(row.decidedAt)}
            </Typography.Text>
          )}
          {row.decisionReason !== null && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              علت: {row.decisionReason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { key: 'requestedRole', title: 'نقش درخواستی', render: (_value, row) => ROLE_NAMES[row.requestedRole] },
    { key: 'createdAt', title: 'تاریخ درخواست', render: (_value, row) => formatJalaliDateTime(row.createdAt) },
    {
      key: 'actions',
      // Always on screen, however wide the other columns are.
      fixed: 'end',
      title: 'عملیات',
      render: (_value, row) =>
        row.status === 'PENDING' ? (
          <Space>
            <Popconfirm
              title="این درخواست تأیید شود؟"
              description="کاربر و نقش او فعال می‌شوند و گذرواژهٔ موقت برایش پیامک می‌شود."
              okText="بله، تأیید"
              cancelText="انصراف"
              onConfirm={() => approve(row)}
            >
              <Button type="primary" size="small" loading={approvingId === row.id}>
                تأیید
              </Button>
            </Popconfirm>
            <Button danger size="small" onClick={() => reject(row)}>
              رد
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
}
