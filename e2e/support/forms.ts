import { expect, type Page } from '@playwright/test';

/** Waiting time for a save or a workflow step to answer on a busy shared machine. */
export const SAVED = { timeout: 30_000 };

/** The DatePicker's text input (the test id may sit on the input or on its wrapper). */
export const dateInput = (page: Page, testId: string) => page.getByTestId(testId).locator('xpath=self::input | .//input').first();

/** Types a day as dd/mm/yyyy into a DatePicker and confirms it. */
export async function fillDate(page: Page, testId: string, day: string): Promise<void> {
  const input = dateInput(page, testId);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect(input).toHaveValue(day);
}

/** Opens a select, types to filter (accents not needed) and takes the first match. */
export async function choose(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').first().waitFor();
  await page.keyboard.press('Enter');
}
