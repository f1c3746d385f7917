import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../shared/page-title';

/** A Hajj page's heading (also the browser title) and its short explanation. */
export function HajjTitle({ title, children }: { title: string; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children !== undefined && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {children}
        </Typography.Paragraph>
      )}
    </>
  );
}
