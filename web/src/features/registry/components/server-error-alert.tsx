import type { ReactNode } from 'react';
import { Alert } from 'antd';

/** The server's messages that belong to no field of the form (or a conflict) above the form, with an optional link. */
export function ServerErrorAlert({ messages, extra, testId = 'entry-error' }: { messages: string[]; extra?: ReactNode; testId?: string }) {
  if (messages.length === 0) return null;
  const [first, ...rest] = messages;
  return (
    <Alert
      data-testid={testId}
      type="error"
      showIcon
      title={first}
      description={
        rest.length > 0 || extra ? (
          <>
            {rest.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {rest.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
            {extra}
          </>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
