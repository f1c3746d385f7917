import { Alert, App, Button, Flex, Input, Modal, Typography } from 'antd';

export interface ApiKeyModalProps {
  /** The client's name and its new key (a new client, or a key just replaced); null when the modal is closed. */
  created: { name: string; key: string } | null;
  onClose: () => void;
}

/** The new key, shown this once: only its SHA-256 is stored, so it cannot be shown again. */
export function ApiKeyModal({ created, onClose }: ApiKeyModalProps) {
  const { message } = App.useApp();

  const copy = () => {
    if (created === null) return;
    navigator.clipboard
      .writeText(created.key)
      .then(() => message.success('کلید رونوشت شد'))
      .catch(() => message.error('رونوشت نشد؛ کلید را خودتان برگزینید و رونوشت کنید'));
  };

  return (
    <Modal
      open={created !== null}
      title={created === null ? '' : `کلید دسترسی ${created.name}`}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          کلید را نگه داشتم؛ بستن
        </Button>
      }
      maskClosable={false}
      destroyOnHidden
    >
      {created !== null && (
        <Flex vertical gap="middle">
          <Alert
            type="warning"
            showIcon
            title="این کلید فقط همین یک بار نشان داده می‌شود و دیگر نمایش داده نخواهد شد"
            description="آن را همین حالا رونوشت کنید و در جای امنی به سامانهٔ متقاضی بدهید؛ اگر گم شود، با «کلید تازه» در فهرست سامانه‌ها کلید دیگری بسازید؛ کلید پیشین همان دم از کار می‌افتد."
          />
          <Typography.Text type="secondary">سامانه این کلید را در سرآیند Authorization: Bearer می‌فرستد.</Typography.Text>
          <Flex gap="small">
            <Input value={created.key} readOnly dir="ltr" aria-label="کلید دسترسی" data-testid="api-key" />
            <Button onClick={copy}>رونوشت کلید</Button>
          </Flex>
        </Flex>
      )}
    </Modal>
  );
}
