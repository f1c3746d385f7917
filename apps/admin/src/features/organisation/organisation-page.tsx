import { useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Card, Col, Flex, Row, Table, Tag, Tree, Typography, type TableColumnsType, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import type { MyOrganisationUnitsQuery } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/error-alert';
import { useMe } from '../accounts/session/use-me';
import { MyOrganisationUnitsQuery as UnitsQuery } from './organisation.graphql';
import { UNIT_TYPE_NAMES, buildUnitForest, unitLevelName, type UnitNode } from './organisation-tree';
import { usePageTitle } from '../../shared/page-title';
import { listEmptyText } from '../../shared/list-empty';

type Unit = MyOrganisationUnitsQuery['myOrganisationUnits'][number];

function toTreeNode(node: UnitNode<Unit>): TreeDataNode {
  return {
    key: node.unit.id,
    title: (
      <span>
        {node.unit.name} <Tag style={{ marginInlineStart: 4 }}>{UNIT_TYPE_NAMES[node.unit.type]}</Tag>
      </span>
    ),
    children: node.children.map(toTreeNode),
  };
}

const columns: TableColumnsType<Unit> = [
  { key: 'row', title: 'ردیف', render: (_value, _unit, index) => toPersianDigits(index + 1), width: 64 },
  { key: 'name', title: 'دستگاه', dataIndex: 'name' },
  { key: 'type', title: 'نوع', render: (_value, unit) => UNIT_TYPE_NAMES[unit.type] },
  { key: 'level', title: 'سطح', render: (_value, unit) => unitLevelName(unit.level) },
  { key: 'province', title: 'استان', render: (_value, unit) => unit.province ?? 'ملی' },
];

/** «واحدهای سازمانی»: the subtree of the active role's unit, as a tree and as a list (seed 002 rule 4). */
export function OrganisationPage() {
  usePageTitle('واحدهای سازمانی');
  const { me } = useMe();
  const { data, loading, error } = useQuery(UnitsQuery, { fetchPolicy: 'cache-and-network' });
  const units = useMemo(() => data?.myOrganisationUnits ?? [], [data]);
  const treeData = useMemo(() => buildUnitForest(units).map(toTreeNode), [units]);

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        واحدهای سازمانی
      </Typography.Title>
      {me !== null && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          واحدهای زیر مجموعهٔ «{me.activeRole.organisationUnit.name}»، واحد نقش فعال شما.
        </Typography.Paragraph>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title="نمایش نموداری" loading={loading && data === undefined}>
            {treeData.length > 0 && (
              <Tree treeData={treeData} defaultExpandAll showLine selectable={false} data-testid="organisation-tree" />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title="نمایش فهرست">
            <Table<Unit>
              rowKey="id"
              size="small"
              loading={loading && data === undefined}
              dataSource={units}
              columns={columns}
              pagination={false}
              locale={{ emptyText: listEmptyText(error, 'واحدی نیست') }}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
