import type { BilingualMessage } from './errors';

interface IssueLike {
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** Turns a zod issue (as reported by fastify-type-provider-zod) into a Vietnamese + English message. */
export function describeZodIssue(issue: IssueLike): BilingualMessage {
  const p = issue.params ?? {};
  const min = p.minimum as number | bigint | undefined;
  const max = p.maximum as number | bigint | undefined;
  const origin = p.origin as string | undefined;
  switch (issue.keyword) {
    case 'invalid_type':
      if (p.input === undefined) return { vi: 'Trường này là bắt buộc.', en: 'This field is required.' };
      return { vi: `Kiểu dữ liệu không đúng (cần ${String(p.expected)}).`, en: `Wrong type (expected ${String(p.expected)}).` };
    case 'too_small':
      if (origin === 'string')
        return Number(min) <= 1
          ? { vi: 'Trường này là bắt buộc.', en: 'This field is required.' }
          : { vi: `Cần ít nhất ${String(min)} ký tự.`, en: `Must be at least ${String(min)} characters.` };
      if (origin === 'array') return { vi: `Cần ít nhất ${String(min)} mục.`, en: `Must have at least ${String(min)} items.` };
      return { vi: `Giá trị phải từ ${String(min)} trở lên.`, en: `Must be at least ${String(min)}.` };
    case 'too_big':
      if (origin === 'string') return { vi: `Tối đa ${String(max)} ký tự.`, en: `At most ${String(max)} characters.` };
      if (origin === 'array') return { vi: `Tối đa ${String(max)} mục.`, en: `At most ${String(max)} items.` };
      return { vi: `Giá trị tối đa là ${String(max)}.`, en: `Must be at most ${String(max)}.` };
    case 'invalid_format':
      if (p.format === 'email') return { vi: 'Địa chỉ e-mail không hợp lệ.', en: 'Invalid e-mail address.' };
      if (p.format === 'uuid') return { vi: 'Mã định danh không hợp lệ.', en: 'Invalid identifier.' };
      if (p.format === 'date') return { vi: 'Ngày không hợp lệ (YYYY-MM-DD).', en: 'Invalid date (YYYY-MM-DD).' };
      return { vi: 'Định dạng không hợp lệ.', en: 'Invalid format.' };
    case 'invalid_value':
      return { vi: 'Giá trị không nằm trong danh sách cho phép.', en: 'Value is not one of the allowed options.' };
    case 'unrecognized_keys':
      return { vi: 'Có trường không được phép.', en: 'Unknown field(s) present.' };
    default:
      return { vi: 'Giá trị không hợp lệ.', en: issue.message ?? 'Invalid value.' };
  }
}
