import { Button, Result } from 'antd';

/** The page a role without the permission gets instead of the one it asked for. */
export function ForbiddenResult() {
  return (
    <Result
      status="403"
      title="دسترسی ندارید"
      subTitle="نقش فعال شما اجازهٔ دیدن این صفحه را ندارد؛ اگر نقش دیگری دارید، از بالای صفحه آن را برگزینید."
    />
  );
}

export interface UnavailableResultProps {
  message: string;
  onRetry: () => void;
}

/** The whole app's page when the API does not answer who is signed in. */
export function UnavailableResult({ message, onRetry }: UnavailableResultProps) {
  return (
    <Result
      status="warning"
      title="پیشخوان در دسترس نیست"
      subTitle={message}
      extra={
        <Button type="primary" onClick={onRetry}>
          تلاش دوباره
        </Button>
      }
    />
  );
}
