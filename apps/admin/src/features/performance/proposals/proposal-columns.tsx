import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import { Descriptions, Flex, Tag, Typography, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { MyIndicatorProposalsQuery, OrganisationUnitType } from '../../../gql/graphql';
import { UNIT_TYPE_NAMES } from '../../organisation/organisation-tree';
import { formatDecimal } from '../common/decimal-text';
import { PROPOSAL_STATUS_COLORS, PROPOSAL_STATUS_NAMES } from '../common/status-names';

export type ProposalRow = MyIndicatorProposalsQuery['myIndicatorProposals']['items'][number];

export interface ProposalLookups {
  periodTitle: (periodId: string) => string;
  unit: (unitId: string) => { name: string; type: OrganisationUnitType } | undefined;
}

/** The proposal list's columns, as seed 002 lists them, with an actions column when given. */
export function proposalColumns(
  lookups: ProposalLookups,
  offset: number,
  actions?: (row: ProposalRow) => ReactNode,
): TableColumnsType<ProposalRow> {
  const columns: TableColumnsType<ProposalRow> = [
    { key: 'row', title: 'ردیف', width: 56, render: (_v, _row, index) => toPersianDigits(offset + index + 1) },
    { key: 'period', responsive: ['xxl'], title: 'دوره', render: (_v, row) => lookups.periodTitle(row.periodId) },
    {
      key: 'unitType',
      responsive: ['xxl'],
      title: 'نوع دستگاه',
      render: (_v, row) => {
        const unit = lookups.unit(row.organisationUnitId);
        return unit === undefined ? '—' : UNIT_TYPE_NAMES[unit.type];
      },
    },
    { key: 'unit', title: 'دستگاه', render: (_v, row) => lookups.unit(row.organisationUnitId)?.name ?? '—' },
    { key: 'title', title: 'شاخص', dataIndex: 'title' },
    { key: 'measure', title: 'واحد سنجش', dataIndex: 'unitOfMeasure' },
    { key: 'nature', responsive: ['xxl'], title: 'ماهیت', render: (_v, row) => row.nature ?? '—' },
    { key: 'method', responsive: ['xxl'], title: 'نحوه محاسبه', dataIndex: 'calculationMethod' },
    { key: 'upper', title: 'حد بالا هدف', render: (_v, row) => formatDecimal(row.targetUpper) },
    { key: 'lower', title: 'حد پایین هدف', render: (_v, row) => formatDecimal(row.targetLower) },
    { key: 'target', title: 'مقدار هدف', render: (_v, row) => formatDecimal(row.target) },
    { key: 'score', title: 'امتیاز', render: (_v, row) => formatDecimal(row.score) },
    { key: 'date', responsive: ['xxl'], title: 'تاریخ', render: (_v, row) => formatJalaliDate(row.createdAt) },
    {
      key: 'status',
      fixed: 'end',
      title: 'وضعیت',
      render: (_v, row) => (
        <Flex vertical gap={2}>
          <Tag color={PROPOSAL_STATUS_COLORS[row.status]}>{PROPOSAL_STATUS_NAMES[row.status]}</Tag>
          {row.decisionReason && <Typography.Text type="secondary">علت: {row.decisionReason}</Typography.Text>}
        </Flex>
      ),
    },
  ];
  return actions === undefined
    ? columns
    : [...columns, { key: 'actions', title: 'عملیات', fixed: 'end', render: (_v, row) => actions(row) }];
}

/**
 * The columns a narrower screen folds away (period, kind of agency, nature, calculation method,
 * date), shown when a row is opened: the status and the actions always stay on screen.
 */
export function proposalExpandable(lookups: ProposalLookups): NonNullable<TableProps<ProposalRow>['expandable']> {
  return {
    expandedRowRender: (row) => {
      const unit = lookups.unit(row.organisationUnitId);
      return (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'period', label: 'دوره', children: lookups.periodTitle(row.periodId) },
            { key: 'unitType', label: 'نوع دستگاه', children: unit === undefined ? '—' : UNIT_TYPE_NAMES[unit.type] },
            { key: 'nature', label: 'ماهیت', children: row.nature ?? '—' },
            { key: 'method', label: 'نحوه محاسبه', children: row.calculationMethod },
            { key: 'date', label: 'تاریخ', children: formatJalaliDate(row.createdAt) },
          ]}
        />
      );
    },
  };
}
