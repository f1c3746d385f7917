import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';

export interface FormModalProps<Item, Values> {
  /** What the dialog edits; null when it is closed. */
  item: Item | null;
  title: (item: Item) => ReactNode;
  /** The antd form of the dialog (`Form.useForm`). */
  form: FormInstance<Values>;
  /** The form's name (its fields' ids start with it). */
  name: string;
  initialValues: (item: Item) => Partial<Values>;
  onFinish: (values: Values) => void;
  /** The save is running: the OK button spins. */
  loading: boolean;
  /** The save's error, shown under the form in Persian. */
  error?: Parameters<typeof ErrorAlert>[0]['error'];
  /** The OK button's text (default «ذخیره»). */
  okText?: string;
  onCancel: () => void;
  /** After the dialog has closed (e.g. the mutation's `reset`, so the next opening shows no old error). */
  afterClose?: () => void;
  width?: number;
  children: (item: Item) => ReactNode;
}

/**
 * An edit dialog of the admin: «ذخیره» submits the form (validation first), «انصراف» closes it, the
 * save's error shows under the form; once closed, its fields and the caller's state are reset, so
 * the next opening starts clean. The form is only mounted while there is an item to edit.
 */
export function FormModal<Item, Values>({
  item,
  title,
  form,
  name,
  initialValues,
  onFinish,
  loading,
  error,
  okText = 'ذخیره',
  onCancel,
  afterClose,
  width,
  children,
}: FormModalProps<Item, Values>) {
  return (
    <Modal
      open={item !== null}
      title={item === null ? '' : title(item)}
      width={width}
      okText={okText}
      cancelText="انصراف"
      okButtonProps={{ loading }}
      onOk={() => form.submit()}
      onCancel={onCancel}
      afterClose={() => {
        form.resetFields();
        afterClose?.();
      }}
      destroyOnHidden
    >
      {item !== null && (
        <Form<Values> form={form} name={name} layout="vertical" initialValues={initialValues(item)} onFinish={onFinish}>
          {children(item)}
        </Form>
      )}
      {error !== undefined && <ErrorAlert error={error} />}
    </Modal>
  );
}
