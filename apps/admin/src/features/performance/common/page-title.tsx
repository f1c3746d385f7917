import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../../shared/page-title';

export interface PageTitleProps {
  title: string;
  description?: ReactNode;
  extra?: ReactNode;
}

/** A Ma'na page's heading, with a line on what the page is for. */
export function PageTitle({ title, description, extra }: PageTitleProps) {
  usePageTitle(title);
  return (
    <Flex vertical gap={4}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {description !== undefined && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {description}
        </Typography.Paragraph>
      )}
    </Flex>
  );
}
