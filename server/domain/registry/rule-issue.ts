/** A broken registry rule, in both languages, tied to the input field it concerns. */
export interface RuleIssue {
  /** Input field path, e.g. 'validTo' or 'officeCityCode'. */
  path: string;
  /** Stable snake_case code. */
  code: string;
  message: { vi: string; en: string };
}
