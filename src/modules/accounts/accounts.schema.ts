import { z } from 'zod';

export const loginBody = z.strictObject({
  /** Login name, case-insensitive. */
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

/** What to do after a login step: done, enter a code (challenge given), or enrol two-factor first. */
export const loginResponse = z.object({
  ok: z.boolean(),
  next: z.enum(['done', 'code', 'enrol']),
  /** Token of the second step, when next is "code"; valid for 5 minutes. */
  challenge: z.string().optional(),
});

export const loginCodeBody = z.strictObject({
  challenge: z.string().min(1).max(100),
  /** 6-digit code from the authenticator app, or a recovery code. */
  code: z.string().trim().min(1).max(40),
});

export const codeBody = z.strictObject({ code: z.string().trim().min(1).max(40) });
export const passwordBody = z.strictObject({ password: z.string().min(1).max(256) });

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const setupBody = z.strictObject({
  /** The one-time code printed on the server console while no user exists. */
  setupCode: z.string().trim().min(1).max(40),
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,64}$/, { message: 'a-z 0-9 . _ - (3–64)' }),
  fullName: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(256),
});

export const languageBody = z.strictObject({ language: z.enum(['vi', 'en']) });

export const meResponse = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: z.string(),
  language: z.enum(['vi', 'en']),
  csrfToken: z.string(),
  permissions: z.array(z.string()),
  scope: z
    .object({
      id: z.number(),
      code: z.string(),
      name: z.string(),
      type: z.string(),
      level: z.string(),
      validFrom: z.string().nullable(),
      validTo: z.string().nullable(),
    })
    .nullable(),
  /** Two-factor: on or not, required for the role, recovery codes left. */
  twoFactor: z.object({ enabled: z.boolean(), required: z.boolean(), recoveryCodesLeft: z.number() }),
});

/** The answer of a write with nothing else to say. */
export const okResponse = z.object({ ok: z.boolean() });

/** The first administrator created. */
export const setupResponse = z.object({ id: z.number() });

/** Recovery codes, shown this once. */
export const codesResponse = z.object({ recoveryCodes: z.array(z.string()) });

/** A pending TOTP secret: base32, the otpauth:// URI and a QR code of it (SVG data URL). */
export const enrolmentResponse = z.object({ secret: z.string(), uri: z.string(), qr: z.string() });

/** Whether first-run set-up is open (no user yet, and a setup code printed). */
export const setupOpenResponse = z.object({ open: z.boolean() });
