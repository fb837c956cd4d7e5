import { Select, Typography } from 'antd';
import { matchesFolded } from '../../../components/text';
import type { FacetOption } from '../facet-options';

interface FacetSelectProps {
  testId: string;
  placeholder: string;
  options: FacetOption[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  width?: number;
  /** Hide the counts (the public register has none). */
  showCounts?: boolean;
}

/** A filter select whose choices show how many organisations each would leave; typing filters without accents. */
export function FacetSelect({ testId, placeholder, options, value, onChange, width = 220, showCounts = true }: FacetSelectProps) {
  return (
    <Select<string>
      data-testid={testId}
      allowClear
      placeholder={placeholder}
      value={value}
      onChange={(next) => onChange(next ?? undefined)}
      style={{ width }}
      popupMatchSelectWidth={false}
      showSearch={{ filterOption: (input, option) => matchesFolded(option?.searchText ?? '', input) }}
      options={options.map((option) => ({
        value: option.value,
        searchText: option.name,
        disabled: showCounts && option.count === 0 && option.value !== value,
        label: (
          <span data-testid={`${testId}-option-${option.value}`}>
            {option.name}
            {showCounts && (
              <Typography.Text type="secondary" data-testid={`${testId}-count`}>
                {' '}
                ({option.count})
              </Typography.Text>
            )}
          </span>
        ),
      }))}
    />
  );
}
