import { Button, Flex, Form, Input, Skeleton } from 'antd';
import { ErrorAlert } from '../../../shared/error-alert';
import { ruleOf } from '../field-rules';
import type { CaptchaState } from './use-captcha';

export interface CaptchaFieldProps {
  state: CaptchaState;
}

const answerProblem = (value: string | undefined) => ((value ?? '').trim() === '' ? 'متن تصویر را بنویسید' : null);

/** The captcha picture (a PNG drawn by the API) with its refresh button, and the «متن تصویر» answer field (`captchaAnswer`). */
export function CaptchaField({ state: { captcha, loading, error, refresh } }: CaptchaFieldProps) {
  return (
    <>
      <Form.Item label="تصویر امنیتی" style={{ marginBottom: 8 }}>
        <Flex align="center" gap="small">
          {captcha === null ? (
            error ? (
              <ErrorAlert error={error} />
            ) : (
              <Skeleton.Image active style={{ width: 200, height: 70 }} />
            )
          ) : (
            <img
              src={captcha.image}
              alt="تصویر امنیتی"
              width={200}
              height={70}
              data-captcha-id={captcha.id}
              data-testid="captcha-image"
              style={{ border: '1px solid #d9d9d9', borderRadius: 6, background: '#fff' }}
            />
          )}
          <Button onClick={refresh} loading={loading} aria-label="تصویر تازه" title="تصویر تازه">
            ↻ تصویر تازه
          </Button>
        </Flex>
      </Form.Item>
      <Form.Item label="متن تصویر" name="captchaAnswer" required rules={[ruleOf(answerProblem)]}>
        <Input autoComplete="off" maxLength={16} dir="ltr" spellCheck={false} />
      </Form.Item>
    </>
  );
}
