import { Flex, Spin } from 'antd';

/** What a layout shows while the page's chunk loads. */
export function PageFallback() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin size="large" />
    </Flex>
  );
}
