/**
 * Contact details in block text (original case): an e-mail address and a UK phone number. Shared by
 * missing-contact (is there a way to ask?) and meeting-in-person-only (is there another way to take
 * part?), so neither rule reaches into the other.
 */
import { EMAIL_ADDRESS } from './phrasing';

export interface Spot {
  start: number;
  end: number;
}

const EMAIL = new RegExp(EMAIL_ADDRESS);
// UK numbers: 01/02/03/07/08 with 10–11 digits, +44, textphone 18001, short helplines.
const PHONE = /(?:\+44\s?\(?0?\)?\s?\d|\(?\b0\d)[\d\s()-]{8,14}\d\b|\b18001\s?[\d\s]{6,14}\d\b/;

function digits(s: string): number {
  return s.replace(/\D/g, '').length;
}

/** Find an e-mail address and a UK phone number in block text (original case). */
export function findContactDetails(text: string): { email: Spot | null; phone: Spot | null } {
  const e = EMAIL.exec(text);
  const p = PHONE.exec(text);
  const max = p && p[0].startsWith('18001') ? 16 : 13; // 18001 is the Relay UK prefix
  const phoneOk = p && digits(p[0]) >= 10 && digits(p[0]) <= max && !/^\d{1,2}[/.-]\d/.test(p[0].trim());
  return {
    email: e ? { start: e.index, end: e.index + e[0].length } : null,
    phone: phoneOk ? { start: p.index, end: p.index + p[0].length } : null,
  };
}
