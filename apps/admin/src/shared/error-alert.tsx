import { Alert } from 'antd';
import { persianErrorMessage } from './errors';

export interface ErrorAlertProps {
  error: unknown;
}

/** Shows any error as one Persian sentence; the code decides the sentence, never the raw message. */
export function ErrorAlert({ error }: ErrorAlertProps) {
  return <Alert type="error" showIcon title={persianErrorMessage(error)} />;
}
