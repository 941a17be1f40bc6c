import { Secret, TOTP } from 'otpauth';

/** The 6-digit code an authenticator app shows for `secret` at `timestamp` (ms). */
export function totpCode(secret: string, timestamp: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp });
}
