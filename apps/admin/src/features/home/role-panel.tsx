import { Card, Descriptions, Flex, Typography } from 'antd';
import { menuItemsFor } from '../../layout/menu';
import { LinkButton } from '../../shared/link-button';
import { ROLE_DUTIES, ROLE_NAMES } from '../accounts/role-names';
import type { Me } from '../accounts/session/use-me';
import { UNIT_TYPE_NAMES } from '../organisation/organisation-tree';

export interface RolePanelProps {
  me: Me;
}

/** The signed-in user's panel: who, in which role and unit, and shortcuts to what that role may do. */
export function RolePanel({ me }: RolePanelProps) {
  const { activeRole, user } = me;
  const shortcuts = menuItemsFor(me.permissions).filter((item) => item.path !== '/');
  return (
    <Card title={`کارپوشهٔ ${user.firstName} ${user.lastName}`} data-testid="role-panel">
      <Flex vertical gap="middle">
        <Descriptions
          column={{ xs: 1, md: 2 }}
          size="small"
          items={[
            { key: 'role', label: 'نقش فعال', children: <strong data-testid="active-role-name">{ROLE_NAMES[activeRole.role]}</strong> },
            {
              key: 'unit',
              label: 'واحد سازمانی',
              children: (
                <span data-testid="active-role-unit">
                  {activeRole.organisationUnit.name} ({UNIT_TYPE_NAMES[activeRole.organisationUnit.type]})
                </span>
              ),
            },
            // The post as the person wrote it (it may hold a code, e.g. a caravan's).
            ...(user.post ? [{ key: 'post', label: 'پست سازمانی', children: <span data-latin-ok>{user.post}</span> }] : []),
          ]}
        />
        <Typography.Paragraph style={{ margin: 0 }}>{ROLE_DUTIES[activeRole.role]}</Typography.Paragraph>
        {me.roles.length > 1 && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            نقش‌های دیگر شما را می‌توانید از «نقش فعال» در بالای صفحه برگزینید.
          </Typography.Paragraph>
        )}
        <Flex gap="small" wrap>
          {shortcuts.map((item) => (
            <LinkButton key={item.path} to={item.path}>
              {item.label}
            </LinkButton>
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}
