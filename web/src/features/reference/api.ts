import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Country, FieldOfOperation, LegacyProvince, Province } from '../../api/types';
import { localName } from '../../components/labels';
import { useLanguage } from '../../i18n/use-language';

/** Query keys of the reference lists (public, change rarely). */
export const referenceKeys = {
  all: ['reference'] as const,
  list: (name: 'provinces' | 'legacy-provinces' | 'fields' | 'countries') => [...referenceKeys.all, name] as const,
};

const ONE_HOUR = 60 * 60_000;

/** The 34 provinces of 2025. */
export function useProvinces() {
  return useQuery({
    queryKey: referenceKeys.list('provinces'),
    queryFn: () => unwrap(api.GET('/api/v1/reference/provinces')),
    staleTime: ONE_HOUR,
    select: (data) => data.items,
  });
}

/** The 63 pre-2025 provinces with their successors. */
export function useLegacyProvinces() {
  return useQuery({
    queryKey: referenceKeys.list('legacy-provinces'),
    queryFn: () => unwrap(api.GET('/api/v1/reference/legacy-provinces')),
    staleTime: ONE_HOUR,
    select: (data) => data.items,
  });
}

/** Fields of operation. */
export function useFields() {
  return useQuery({
    queryKey: referenceKeys.list('fields'),
    queryFn: () => unwrap(api.GET('/api/v1/reference/fields')),
    staleTime: ONE_HOUR,
    select: (data) => data.items,
  });
}

/** Countries (ISO 3166-1). */
export function useCountries() {
  return useQuery({
    queryKey: referenceKeys.list('countries'),
    queryFn: () => unwrap(api.GET('/api/v1/reference/countries')),
    staleTime: ONE_HOUR,
    select: (data) => data.items,
  });
}

/** Turns codes into names in the interface language; an unknown (or not yet loaded) code is shown as is. */
export interface ReferenceNames {
  province: (code: string | null | undefined) => string;
  legacyProvince: (code: string | null | undefined) => string;
  field: (code: string | null | undefined) => string;
  country: (code: string | null | undefined) => string;
}

function namer<T extends { code: string; nameVi: string; nameEn: string }>(items: T[] | undefined, language: 'vi' | 'en') {
  const byCode = new Map((items ?? []).map((item) => [item.code, item]));
  return (code: string | null | undefined) => {
    if (!code) return '—';
    const item = byCode.get(code);
    return item ? localName(item, language) : code;
  };
}

/** Code → name look-ups for provinces (current and pre-2025), fields and countries. */
export function useReferenceNames(): ReferenceNames {
  const language = useLanguage();
  const provinces = useProvinces().data as Province[] | undefined;
  const legacy = useLegacyProvinces().data as LegacyProvince[] | undefined;
  const fields = useFields().data as FieldOfOperation[] | undefined;
  const countries = useCountries().data as Country[] | undefined;
  return useMemo(
    () => ({
      province: namer(provinces, language),
      legacyProvince: namer(legacy, language),
      field: namer(fields, language),
      country: namer(countries, language),
    }),
    [provinces, legacy, fields, countries, language],
  );
}
