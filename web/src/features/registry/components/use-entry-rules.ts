import { useMemo } from 'react';
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { isHttpUrl, isNotBefore, PHONE_PATTERN } from '../entry-rules';

/** antd Form rules of the entry forms, with messages in the language shown. */
export function useEntryRules() {
  const { t } = useTranslation();
  return useMemo(() => {
    const required: FormRule = { required: true, whitespace: true, message: t('common.required') };
    const requiredChoice: FormRule = { required: true, message: t('registryEntry.validation.choose') };
    const max = (n: number): FormRule => ({ max: n, message: t('registryEntry.validation.maxLength', { max: n }) });
    const phone: FormRule = { pattern: PHONE_PATTERN, message: t('registryEntry.validation.phone') };
    const email: FormRule = { type: 'email', message: t('common.invalidEmail') };
    const website: FormRule = {
      validator: (_rule, value: string | null | undefined) =>
        !value?.trim() || isHttpUrl(value) ? Promise.resolve() : Promise.reject(new Error(t('registryEntry.validation.website'))),
    };
    /** The day must not fall before the day in field `other` (a name path), with `message`. */
    const notBefore =
      (other: (string | number)[], message: string): FormRule =>
      ({ getFieldValue }) => ({
        validator: (_rule, value) => (isNotBefore(value, getFieldValue(other)) ? Promise.resolve() : Promise.reject(new Error(message))),
      });
    return { required, requiredChoice, max, phone, email, website, notBefore };
  }, [t]);
}
