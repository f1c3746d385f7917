import { toPersianDigits } from '@pishkhan/fa-format';
import { Button, Card, Col, Flex, Row, Table, Tag, Tree, Typography, type TableColumnsType, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import type { CartableUnitsQuery } from '../../../gql/graphql';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { buildUnitForest, type UnitNode } from '../../organisation/organisation-tree';
import { formatPercent } from '../common/decimal-text';
import { daysLeftText } from '../common/tehran-date';

export type CartableUnit = CartableUnitsQuery['cartableUnits'][number];
type Unit = CartableUnit['unit'];

export interface CartableUnitsProps {
  units: readonly CartableUnit[];
  loading: boolean;
  selectedId: string | null;
  onSelect: (unitId: string) => void;
}

function toTreeNode(node: UnitNode<Unit>, byId: ReadonlyMap<string, CartableUnit>): TreeDataNode {
  const row = byId.get(node.unit.id);
  return {
    key: node.unit.id,
    title: (
      <Flex gap={4} wrap align="center">
        <span>{node.unit.name}</span>
        {row !== undefined && (
          <>
            <Tag color="blue">عمومی {formatPercent(row.generalReferredPercent)}</Tag>
            <Tag color="purple">اختصاصی {formatPercent(row.specificReferredPercent)}</Tag>
          </>
        )}
      </Flex>
    ),
    children: node.children.map((child) => toTreeNode(child, byId)),
  };
}

function columns(onSelect: (unitId: string) => void): TableColumnsType<CartableUnit> {
  return [
    { key: 'row', title: 'ردیف', width: 64, render: (_v, _row, index) => toPersianDigits(index + 1) },
    {
      key: 'unit',
      title: 'دستگاه',
      render: (_v, row) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => onSelect(row.unit.id)}>
          {row.unit.name}
        </Button>
      ),
    },
    { key: 'general', title: 'درصد ارجاع شاخص‌های عمومی', render: (_v, row) => formatPercent(row.generalReferredPercent) },
    { key: 'specific', title: 'درصد ارجاع شاخص‌های اختصاصی', render: (_v, row) => formatPercent(row.specificReferredPercent) },
    {
      key: 'days',
      title: 'مهلت انجام',
      render: (_v, row) => <Typography.Text type={row.daysLeft < 0 ? 'danger' : undefined}>{daysLeftText(row.daysLeft)}</Typography.Text>,
    },
  ];
}

/** The cartable's units (seed 002 rule 4) as a chart-like tree and as a list; clicking one shows its indicators. */
export function CartableUnits({ units, loading, selectedId, onSelect }: CartableUnitsProps) {
  const treeData = useMemo(() => {
    const byId = new Map(units.map((row) => [row.unit.id, row]));
    return buildUnitForest(units.map((row) => row.unit)).map((node) => toTreeNode(node, byId));
  }, [units]);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card title="نمایش نموداری" loading={loading && units.length === 0} size="small">
          {treeData.length > 0 && (
            <Tree
              treeData={treeData}
              defaultExpandAll
              showLine
              selectedKeys={selectedId === null ? [] : [selectedId]}
              onSelect={(keys) => {
                const key = keys[0];
                if (key !== undefined) onSelect(String(key));
              }}
              data-testid="cartable-tree"
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title="نمایش فهرست" size="small">
          <Table<CartableUnit>
            rowKey={(row) => row.unit.id}
            size="small"
            loading={loading && units.length === 0}
            dataSource={[...units]}
            columns={columns(onSelect)}
            rowClassName={(row) => (row.unit.id === selectedId ? 'ant-table-row-selected' : '')}
            pagination={{ pageSize: 10, hideOnSinglePage: true, ...PERSIAN_PAGINATION }}
            locale={{ emptyText: 'واحدی نیست' }}
            data-testid="cartable-units"
          />
        </Card>
      </Col>
    </Row>
  );
}
