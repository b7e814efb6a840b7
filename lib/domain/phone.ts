import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** A phone number as typed, in E.164, or null when it is not a valid number. */
export function toE164(input: string, defaultCountry: CountryCode = 'US'): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}
