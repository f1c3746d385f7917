import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../../shared/page-title';

export interface PageTitleProps {
  title: string;
  /** One or two sentences under the title. */
  children?: ReactNode;
}

/** A page's heading and its short explanation. */
export function PageTitle({ title, children }: PageTitleProps) {
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
