import { formatVnDate } from '../../../common/dates';

/** A mail's subject and plain-text body. */
export interface MailText {
  subject: string;
  bodyText: string;
}

type Language = 'vi' | 'en';

const SEPARATOR = '\n\n— — — — — — — — — —\n\n';

/** `HH:mm dd/mm/yyyy` in Vietnam's time zone. */
function vnDateTime(instant: Date): string {
  const hhmm = new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(11, 16);
  return `${hhmm} ${formatVnDate(instant)}`;
}

/** Both language versions, the reader's language first. */
function bilingual(language: Language, text: { vi: string; en: string }): string {
  return language === 'en' ? `${text.en}${SEPARATOR}${text.vi}` : `${text.vi}${SEPARATOR}${text.en}`;
}

function subject(language: Language, vi: string, en: string): string {
  return language === 'en' ? `${en} / ${vi}` : `${vi} / ${en}`;
}

/** The link that verifies a sign-up (opened in the web app, which calls POST /api/v1/signup/verify). */
export function verificationLink(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/signup/verify?token=${encodeURIComponent(token)}`;
}

/** The verification mail of a new sign-up, in both languages. */
export function verificationMail(input: { language: Language; fullName: string; organizationName: string; username: string; link: string; expiresAt: Date }): MailText {
  const until = vnDateTime(input.expiresAt);
  return {
    subject: subject(input.language, 'Xác nhận đăng ký tài khoản INGO Hub', 'Confirm your INGO Hub registration'),
    bodyText: bilingual(input.language, {
      vi: [
        `Kính gửi ${input.fullName},`,
        `Chúng tôi đã nhận được yêu cầu đăng ký tài khoản INGO Hub cho tổ chức “${input.organizationName}”.`,
        `Để xác nhận địa chỉ e-mail và kích hoạt tài khoản, vui lòng mở liên kết sau (có hiệu lực đến ${until}, giờ Việt Nam):`,
        input.link,
        `Tên đăng nhập của bạn: ${input.username}`,
        'Nếu bạn không gửi yêu cầu này, vui lòng bỏ qua thư: sẽ không có tài khoản nào được tạo.',
      ].join('\n\n'),
      en: [
        `Dear ${input.fullName},`,
        `We received a request to register an INGO Hub account for the organisation “${input.organizationName}”.`,
        `To confirm your e-mail address and activate the account, please open this link (valid until ${until}, Vietnam time):`,
        input.link,
        `Your username: ${input.username}`,
        'If you did not make this request, please ignore this message: no account will be created.',
      ].join('\n\n'),
    }),
  };
}

/**
 * The mail sent instead when the address already has an account. It repeats nothing the requester typed (names),
 * since anyone can trigger it for any address.
 */
export function alreadyRegisteredMail(input: { language: Language; loginUrl: string }): MailText {
  return {
    subject: subject(input.language, 'Địa chỉ e-mail đã có tài khoản INGO Hub', 'This e-mail address already has an INGO Hub account'),
    bodyText: bilingual(input.language, {
      vi: [
        'Xin chào,',
        'Chúng tôi vừa nhận được yêu cầu đăng ký tài khoản INGO Hub với địa chỉ e-mail này. Địa chỉ này đã có tài khoản nên không có tài khoản mới nào được tạo.',
        `Bạn có thể đăng nhập tại: ${input.loginUrl}`,
        'Nếu quên mật khẩu, vui lòng liên hệ Bộ Ngoại giao (COMINGO) để được cấp lại. Nếu bạn không gửi yêu cầu này, vui lòng bỏ qua thư.',
      ].join('\n\n'),
      en: [
        'Hello,',
        'We just received a request to register an INGO Hub account with this e-mail address. The address already has an account, so no new account was created.',
        `You can sign in at: ${input.loginUrl}`,
        'If you forgot your password, please contact the Ministry of Foreign Affairs (COMINGO) to have it reset. If you did not make this request, please ignore this message.',
      ].join('\n\n'),
    }),
  };
}
