import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A counter-offices page's heading and its short explanation. */
export function CounterTitle({ title, children }: { title: string; children?: ReactNode }) {
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
