import { Typography } from 'antd';

export interface SmsBubbleProps {
  text: string;
  /** Sent by the person (start side) or the reply of 300000 (end side). */
  from: 'person' | 'service';
  testId?: string;
}

/** One message of the conversation, as a phone shows it. */
export function SmsBubble({ text, from, testId }: SmsBubbleProps) {
  const person = from === 'person';
  return (
    <div
      data-testid={testId}
      style={{
        alignSelf: person ? 'flex-start' : 'flex-end',
        maxWidth: '80%',
        padding: '8px 12px',
        borderRadius: 16,
        background: person ? '#1677ff' : '#f0f0f0',
        color: person ? '#fff' : 'inherit',
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
      }}
    >
      <Typography.Text style={{ color: 'inherit' }}>{text}</Typography.Text>
    </div>
  );
}
