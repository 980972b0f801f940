// Spreadsheets run cells that start with = + - @ (or tab/CR) as formulas: an attacker's plan
// text could then exfiltrate data (CSV injection). Export prefixes such cells with one "'"; import
// removes exactly one. Prefixing cells that already start with quotes before a trigger keeps
// the mapping reversible, so export → import → export stays byte-identical.
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
