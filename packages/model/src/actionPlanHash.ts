import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ActionPlanSnapshot } from './actionPlanSchema.ts';

/**
 * JSON with object keys sorted at every level and no whitespace, so equal plans serialise to
 * equal bytes whatever order their fields were written in. Arrays keep their order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error('cannot hash a non-finite number');
    if (value === undefined) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
}

/** `sha256:<hex>` of the canonical JSON of a plan: what a signature records it agreed to. */
export function hashActionPlan(plan: ActionPlanSnapshot): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson(plan))))}`;
}
