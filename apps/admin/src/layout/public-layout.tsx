import { Flex, Layout, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { useRouteTitle } from './route-title';
import { PageFallback } from './page-fallback';

const { Content, Footer } = Layout;

/** Pages used before signing in: centred, without the side menu. */
export function PublicLayout() {
  useRouteTitle();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f3f6f9' }}>
      <Content style={{ padding: '32px 16px' }}>
        <Flex vertical align="center" gap="large">
          <Link to="/" aria-label="پیشخوان: صفحهٔ نخست">
            <Typography.Title level={3} style={{ margin: 0 }}>
              پیشخوان
            </Typography.Title>
          </Link>
          <main style={{ width: '100%', display: 'flex', justifyContent: 'center' }}>
            <Suspense fallback={<PageFallback />}>
              <Outlet />
            </Suspense>
          </main>
        </Flex>
      </Content>
      <Footer style={{ textAlign: 'center', background: 'transparent' }}>
        <Typography.Text type="secondary">سکوی مدیریت عملکرد نظام اداری (معنا) و خدمات الکترونیکی دولت</Typography.Text>
      </Footer>
    </Layout>
  );
}
