import { DEFAULT_REPORT_CALENDAR, type ReportCalendarSettings } from '../../domain/reporting/report-calendar';
import { DEFAULT_RECONCILIATION, type ReconciliationSettings } from '../../domain/reporting/reconciliation';

/**
 * Reporting configuration (issue 7), stored under the setting key 'reporting' so an administrator can change the
 * unconfirmed values (brief §5: period start 15 Dec, NGO due day 18 Dec, agency due day 30 Nov, the shift rule)
 * and the exchange rates used for USD equivalents of reported aid.
 */
export interface ReportingSettings {
  calendar: ReportCalendarSettings;
  /**
   * USD value of one unit of each currency (ISO 4217). These are configuration defaults for comparing figures,
   * NOT official exchange rates: MOFA sets the rates it wants to use. A currency without a rate gets no USD value.
   */
  usdRates: Record<string, number>;
  /** When an NGO's figure and a province's figure disagree (relative tolerance and absolute floor). */
  reconciliation: ReconciliationSettings;
}

/** Configuration defaults (not official rates). */
export const DEFAULT_USD_RATES: Record<string, number> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  JPY: 0.0067,
  AUD: 0.66,
  CHF: 1.13,
  KRW: 0.00073,
  VND: 0.00004,
};

export const DEFAULT_REPORTING_SETTINGS: ReportingSettings = { calendar: DEFAULT_REPORT_CALENDAR, usdRates: DEFAULT_USD_RATES, reconciliation: DEFAULT_RECONCILIATION };

/** An administrator's override: any part of the calendar, and rates that replace the default table when given. */
export interface ReportingSettingsOverride {
  calendar?: Partial<ReportCalendarSettings>;
  usdRates?: Record<string, number>;
  reconciliation?: Partial<ReconciliationSettings>;
}

/** The settings in force: the defaults with the override on top. */
export function resolveReportingSettings(override: ReportingSettingsOverride | undefined): ReportingSettings {
  if (!override) return DEFAULT_REPORTING_SETTINGS;
  return {
    calendar: { ...DEFAULT_REPORT_CALENDAR, ...(override.calendar ?? {}) },
    usdRates: override.usdRates ?? DEFAULT_USD_RATES,
    reconciliation: { ...DEFAULT_RECONCILIATION, ...(override.reconciliation ?? {}) },
  };
}
