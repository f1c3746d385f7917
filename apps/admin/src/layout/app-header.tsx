import { Flex, Layout, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { RoleSwitcher } from '../features/accounts/header/role-switcher';
import { UserMenu } from '../features/accounts/header/user-menu';
import { useMe } from '../features/accounts/session/use-me';
import { LinkButton } from '../shared/link-button';

const { Header } = Layout;

/** Product name, the active-role switcher and the user menu (or the way in, when signed out). */
export function AppHeader() {
  const { me } = useMe();
  return (
    <Header style={{ background: '#fff', paddingInline: 24, borderBottom: '1px solid #f0f0f0' }}>
      <Flex align="center" justify="space-between" style={{ height: '100%' }}>
        <Link to="/">
          <Typography.Title level={4} style={{ margin: 0 }}>
            پیشخوان
          </Typography.Title>
        </Link>
        {me === null ? (
          <LinkButton to="/login" type="primary">
            ورود به سامانه
          </LinkButton>
        ) : (
          <Space size="large">
            <RoleSwitcher me={me} />
            <UserMenu me={me} />
          </Space>
        )}
      </Flex>
    </Header>
  );
}
