import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../shared/page-title';

export function NotFoundPage() {
  usePageTitle('صفحه پیدا نشد');
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="صفحه پیدا نشد"
      subTitle="نشانی‌ای که باز کردید در پیشخوان نیست."
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          بازگشت به خانه
        </Button>
      }
    />
  );
}
