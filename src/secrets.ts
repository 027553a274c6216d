// How a secret looks when a report has to refer to it: enough to recognise which one,
// never enough to use it.

/** "4539 1488 0343 6467" → "4539 **** **** 6467"; "sk_live_51Nf8Q…" → "sk_live_****"; else "W************8" → "****". */
export function maskSecret(value: string): string {
  const digits = value.replace(/[^0-9A-Za-z]/g, '');
  if (digits.length >= 12 && /^[A-Z]{0,2}[0-9]/.test(digits)) {
    // Card numbers and IBANs: first and last four characters, separators kept.
    let seen = 0;
    const total = digits.length;
    return value.replace(/[0-9A-Za-z]/g, (ch) => {
      seen++;
      return seen <= 4 || seen > total - 4 ? ch : '*';
    });
  }
  const prefix = /^(sk|pk|rk)_(live|test)_|^(ghp|gho|ghs|ghu|github_pat)_|^xox[abprs]-|^AKIA|^AIza|^eyJ/.exec(value);
  return `${prefix ? prefix[0] : ''}****`;
}
