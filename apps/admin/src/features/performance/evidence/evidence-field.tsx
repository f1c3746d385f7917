import { Alert, Button, Flex, Typography, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { persianErrorMessage } from '../../../shared/errors';
import { evidenceProblem } from './evidence-check';
import { evidenceLabel, formatBytes, type EvidenceFile } from './evidence-files';
import { evidenceUrl, uploadEvidence } from './evidence-upload';

export interface EvidenceFieldProps {
  files: readonly EvidenceFile[];
  onAdd: (file: EvidenceFile) => void;
  onRemove: (id: string) => void;
  disabled?: boolean;
}

/**
 * «مستندات»: evidence files (PDF, DOC, DOCX, XLS, XLSX with Latin names), checked here by name and
 * size before sending and by content on the server; each refusal in Persian.
 */
export function EvidenceField({ files, onAdd, onRemove, disabled = false }: EvidenceFieldProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [uploading, setUploading] = useState(0);

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    const problem = evidenceProblem({ name: file.name, size: file.size });
    setRefusal(problem === null ? null : `«${file.name}»: ${problem}`);
    return problem === null ? true : Upload.LIST_IGNORE;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    if (!(file instanceof Blob)) return;
    const name = file instanceof File ? file.name : 'evidence.pdf';
    setUploading((count) => count + 1);
    uploadEvidence(file, name)
      .then((stored) => {
        onAdd({ id: stored.id, name: stored.name, sizeBytes: stored.sizeBytes });
        onSuccess?.(stored);
      })
      .catch((error: unknown) => {
        setRefusal(`«${name}»: ${persianErrorMessage(error)}`);
        onError?.(error instanceof Error ? error : new Error(String(error)));
      })
      .finally(() => setUploading((count) => count - 1));
  };

  return (
    <Flex vertical gap="small" data-testid="evidence">
      <Alert
        type="warning"
        showIcon
        title={
          <>
            {/* The formats by their file extensions, as the file names end. */}
            تنها امکان افزودن فایل‌هایی با قالب <span data-latin-ok>PDF، DOC، DOCX، XLS و XLSX</span> را دارید
          </>
        }
        description="نام فایل‌ها تنها می‌تواند شامل حروف و اعداد لاتین و کاراکترهای مجاز (- و _) باشد"
      />
      <Upload
        accept=".pdf,.doc,.docx,.xls,.xlsx"
        multiple
        showUploadList={false}
        beforeUpload={beforeUpload}
        customRequest={customRequest}
        disabled={disabled}
        data-testid="evidence-upload"
      >
        <Button disabled={disabled} loading={uploading > 0}>
          افزودن فایل
        </Button>
      </Upload>
      {refusal !== null && (
        <Alert type="error" showIcon title={refusal} closable={{ onClose: () => setRefusal(null) }} data-testid="evidence-error" />
      )}
      {files.length === 0 ? (
        <Typography.Text type="secondary">فایلی پیوست نشده است</Typography.Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="evidence-list">
          {files.map((file, index) => (
            <li key={file.id}>
              <Flex gap="small" align="center" wrap>
                <Typography.Link href={evidenceUrl(file.id)} target="_blank" rel="noopener" dir="ltr">
                  {evidenceLabel(file, index)}
                </Typography.Link>
                {file.sizeBytes !== undefined && <Typography.Text type="secondary">{formatBytes(file.sizeBytes)}</Typography.Text>}
                {!disabled && (
                  <Button
                    type="link"
                    danger
                    size="small"
                    onClick={() => onRemove(file.id)}
                    aria-label={`حذف ${evidenceLabel(file, index)}`}
                  >
                    حذف
                  </Button>
                )}
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}
