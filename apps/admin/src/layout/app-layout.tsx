import { Layout } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { AppHeader } from './app-header';
import { useRouteTitle } from './route-title';
import { PageFallback } from './page-fallback';
import { SideMenu } from './side-menu';

const { Content } = Layout;

export function AppLayout() {
  useRouteTitle();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout>
        <SideMenu />
        <Content style={{ padding: 24 }}>
          <main>
            <Suspense fallback={<PageFallback />}>
              <Outlet />
            </Suspense>
          </main>
        </Content>
      </Layout>
    </Layout>
  );
}
