import { Alert } from 'antd';
import { errorDetails, persianErrorMessage, persianMessageForCode } from './errors';
import { useSecondsLeft, type RetryWait } from './retry-wait';

export interface ErrorAlertProps {
  error: unknown;
  /** The wait the error asked for (`retryWaitOf`, taken when it came): the sentence counts it down. */
  wait?: RetryWait | null;
}

/** Shows any error as one Persian sentence; the code decides the sentence, never the raw message. */
export function ErrorAlert({ error, wait = null }: ErrorAlertProps) {
  const left = useSecondsLeft(wait);
  const details = errorDetails(error);
  if (wait === null || details === null) return <Alert type="error" showIcon title={persianErrorMessage(error)} />;
  if (left === 0) return <Alert type="info" showIcon title="اکنون می‌توانید دوباره تلاش کنید" data-testid="retry-wait" />;
  return (
    <Alert
      type="error"
      showIcon
      title={persianMessageForCode(details.code, { ...details.extensions, retryAfterSeconds: left })}
      data-testid="retry-wait"
    />
  );
}
