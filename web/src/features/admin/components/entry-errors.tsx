import { Typography } from 'antd';

/** The server's messages for one entry of a settings table, in red under the control. */
export function EntryErrors({ messages, testId }: { messages: readonly string[] | undefined; testId: string }) {
  if (!messages?.length) return null;
  return (
    <div data-testid={testId}>
      {messages.map((m, i) => (
        <Typography.Text key={i} type="danger" style={{ display: 'block' }}>
          {m}
        </Typography.Text>
      ))}
    </div>
  );
}
