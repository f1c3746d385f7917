import { Flex, Typography } from 'antd';
import { formatBytes } from './evidence-files';
import { evidenceUrl } from './evidence-upload';

export interface EvidenceLinksProps {
  files: ReadonlyArray<{ id: string; name: string; sizeBytes: number }>;
}

/** An entry's evidence files, each downloadable by its own name, with its size. */
export function EvidenceLinks({ files }: EvidenceLinksProps) {
  if (files.length === 0) return <>—</>;
  return (
    <Flex vertical gap={4} data-testid="evidence-links">
      {files.map((file) => (
        <Flex key={file.id} gap="small" align="center" wrap>
          <Typography.Link href={evidenceUrl(file.id)} download={file.name} dir="ltr" data-testid="evidence-link">
            {file.name}
          </Typography.Link>
          <Typography.Text type="secondary">{formatBytes(file.sizeBytes)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
