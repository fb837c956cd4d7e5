import { z } from 'zod';

const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .min(2)
    .max(max)
    .overwrite((s) => s.normalize('NFC').replace(/\s+/g, ' '));

/** A foreign NGO's self-registration. */
export const signupBodySchema = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .check(z.email())
      .describe('Becomes the username (lower-case); a verification link is sent to it'),
    fullName: oneLine(120).describe("The representative's full name"),
    organizationName: oneLine(300).describe("The NGO's name (in any language)"),
    countryCode: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/)
      .overwrite((s) => s.toUpperCase())
      .describe('ISO 3166-1 alpha-2 code of the country where the NGO is founded (GET /api/v1/reference/countries)'),
    password: z.string().min(1).max(256).describe('Checked against the password policy (common/password-policy.ts)'),
    language: z.enum(['vi', 'en']).default('vi').describe('Language shown first in the e-mail'),
  })
  .meta({ id: 'SignupRequest' });

/** The same answer whether or not the address already has an account (no account enumeration). */
export const signupAcceptedSchema = z
  .object({
    status: z.literal('verification_sent'),
    email: z.string(),
    expiresInHours: z.number().int().describe('How long the link in the e-mail stays valid'),
  })
  .meta({ id: 'SignupAccepted' });

export const verifySignupBodySchema = z.object({ token: z.string().trim().min(10).max(200) }).meta({ id: 'VerifySignupRequest' });

export const verifySignupResponseSchema = z
  .object({ username: z.string().describe('Sign in with this username and the password chosen at sign-up') })
  .meta({ id: 'VerifySignupResponse' });
