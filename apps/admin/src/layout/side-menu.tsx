import { Layout, Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useMe } from '../features/accounts/session/use-me';
import { menuItemsFor, selectedMenuKey } from './menu';

const { Sider } = Layout;

/** The side menu of the active role: its permissions decide the items. */
export function SideMenu() {
  const { pathname } = useLocation();
  const { me } = useMe();
  const selected = selectedMenuKey(pathname);
  const items = menuItemsFor(me?.permissions ?? null).map((item) => ({ key: item.path, label: <Link to={item.path}>{item.label}</Link> }));
  return (
    <Sider theme="light" breakpoint="lg" collapsedWidth={0} width={220} style={{ borderInlineEnd: '1px solid #f0f0f0' }}>
      <nav aria-label="منوی اصلی">
        <Menu mode="inline" items={items} selectedKeys={selected === null ? [] : [selected]} style={{ borderInlineEnd: 0 }} />
      </nav>
    </Sider>
  );
}
