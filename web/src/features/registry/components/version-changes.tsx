import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangeView } from '../describe-change';
import { diffFieldLabel } from '../profile-labels';

/** The field-level diff of one version: added (green), removed (red, struck through), changed (before → after). */
export function VersionChanges({ changes }: { changes: ChangeView[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <Flex vertical gap={4} data-testid="version-diff" style={{ marginTop: 4 }}>
      {changes.map((change) => (
        <Flex key={change.field} gap={6} wrap align="baseline">
          <Typography.Text type="secondary" style={{ minWidth: 140 }}>
            {diffFieldLabel(t, change.field)}:
          </Typography.Text>
          {change.kind === 'set' ? (
            <>
              {change.added.map((value) => (
                <Tag key={`+${value}`} color="green" data-testid="diff-added" style={{ marginInlineEnd: 0 }}>
                  + {value}
                </Tag>
              ))}
              {change.removed.map((value) => (
                <Tag key={`-${value}`} color="red" data-testid="diff-removed" style={{ marginInlineEnd: 0, textDecoration: 'line-through' }}>
                  − {value}
                </Tag>
              ))}
            </>
          ) : (
            <span data-testid="diff-changed">
              <Typography.Text delete type="secondary">
                {change.before}
              </Typography.Text>
              {' → '}
              <Typography.Text strong>{change.after}</Typography.Text>
            </span>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
