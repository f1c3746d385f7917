import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import { Table, Tag, type TableColumnsType } from 'antd';
import type { HouseholdStructureQuery } from '../../../gql/graphql';
import { RELATION_NAMES, genderName } from '../common/household-names';

type Member = NonNullable<HouseholdStructureQuery['householdStructure']>['members'][number];

const HEAD_ROW_STYLE = { background: '#e6f4ff', fontWeight: 600 };

const columns: TableColumnsType<Member> = [
  { key: 'nationalId', title: 'کد ملی', render: (_value, member) => toPersianDigits(member.nationalId) },
  { key: 'firstName', title: 'نام', dataIndex: 'firstName' },
  { key: 'lastName', title: 'نام خانوادگی', dataIndex: 'lastName' },
  { key: 'birthDate', title: 'تاریخ تولد', render: (_value, member) => formatJalaliDate(member.birthDate) },
  { key: 'gender', title: 'جنسیت', render: (_value, member) => genderName(member.gender) },
  {
    key: 'relation',
    title: 'نسبت با سرپرست',
    render: (_value, member) =>
      member.relation === 'HEAD' ? <Tag color="blue">{RELATION_NAMES.HEAD}</Tag> : RELATION_NAMES[member.relation],
  },
  { key: 'joinedAt', title: 'تاریخ عضویت', render: (_value, member) => formatJalaliDate(member.joinedAt) },
];

export interface MembersTableProps {
  members: readonly Member[];
  headNationalId: string;
}

/** The household's members now, the head first and highlighted. */
export function MembersTable({ members, headNationalId }: MembersTableProps) {
  const ordered = [...members].sort((a, b) => Number(b.nationalId === headNationalId) - Number(a.nationalId === headNationalId));
  return (
    <Table<Member>
      rowKey="nationalId"
      size="middle"
      scroll={{ x: 'max-content' }}
      dataSource={ordered}
      columns={columns}
      pagination={false}
      onRow={(member) => (member.nationalId === headNationalId ? { style: HEAD_ROW_STYLE, 'data-head': 'true' } : {})}
      data-testid="household-members"
    />
  );
}
