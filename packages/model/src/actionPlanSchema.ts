import { z } from 'zod';

/** Logframe levels, from the broadest aim to the concrete task; exports group items in this order. */
export const LogframeLevel = {
  goal: 'goal',
  outcome: 'outcome',
  output: 'output',
  activity: 'activity',
} as const;
export type LogframeLevel = (typeof LogframeLevel)[keyof typeof LogframeLevel];
export const LOGFRAME_LEVELS: readonly LogframeLevel[] = Object.values(LogframeLevel);

export const ItemStatus = {
  draft: 'draft',
  planned: 'planned',
  inProgress: 'in_progress',
  done: 'done',
  blocked: 'blocked',
  dropped: 'dropped',
} as const;
export type ItemStatus = (typeof ItemStatus)[keyof typeof ItemStatus];
export const ITEM_STATUSES: readonly ItemStatus[] = Object.values(ItemStatus);

export const Currency = { EUR: 'EUR', VND: 'VND', INR: 'INR' } as const;
export type Currency = (typeof Currency)[keyof typeof Currency];
export const CURRENCIES: readonly Currency[] = Object.values(Currency);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const isoDateSchema = z.string().refine(isIsoDate, 'expected a calendar date as YYYY-MM-DD');

/** SDG target numbers such as "12.5" or "8.a". */
export const sdgTargetSchema = z
  .string()
  .regex(/^\d{1,2}\.[0-9a-z]{1,2}$/, 'expected an SDG target like 12.5');

export const indicatorSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  baseline: z.string(),
  target: z.string(),
  unit: z.string(),
  verification: z.string(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const responsibleSchema = z.object({ unit: z.string(), person: z.string() });
export type Responsible = z.infer<typeof responsibleSchema>;

export const budgetSchema = z.object({
  amount: z.number().finite().nonnegative().nullable(),
  currency: z.enum(Currency),
  fundingSource: z.string(),
});
export type Budget = z.infer<typeof budgetSchema>;

export const actionPlanItemSchema = z.object({
  id: z.string().min(1),
  level: z.enum(LogframeLevel),
  title: z.string(),
  description: z.string(),
  leadCity: z.string(),
  partnerCity: z.string(),
  leadResponsible: responsibleSchema,
  partnerResponsible: responsibleSchema,
  startDate: isoDateSchema.nullable(),
  dueDate: isoDateSchema.nullable(),
  status: z.enum(ItemStatus),
  indicators: z.array(indicatorSchema),
  budget: budgetSchema,
  sdgTargets: z.array(sdgTargetSchema),
  risks: z.string(),
  evidence: z.array(z.string()),
  sourceRef: z.string().nullable(),
});
export type ActionPlanItem = z.infer<typeof actionPlanItemSchema>;

export const actionPlanMetaSchema = z.object({
  title: z.string(),
  parties: z.array(z.string().min(1)),
  version: z.string(),
});
export type ActionPlanMeta = z.infer<typeof actionPlanMetaSchema>;

/** The whole plan as plain data, items in display order: what exports, hashes and diffs read. */
export const actionPlanSnapshotSchema = z.object({
  meta: actionPlanMetaSchema,
  items: z.array(actionPlanItemSchema),
});
export type ActionPlanSnapshot = z.infer<typeof actionPlanSnapshotSchema>;

/** Fields a caller may set when creating or updating an item; `id` is fixed at creation. */
export const actionPlanItemPatchSchema = actionPlanItemSchema
  .omit({ id: true, indicators: true })
  .extend({ indicators: z.array(indicatorSchema.partial({ id: true })) })
  .partial()
  .strict();
export type ActionPlanItemPatch = z.infer<typeof actionPlanItemPatchSchema>;

/** A fresh item's values before the caller's patch applies. */
export function defaultItemValues(id: string): ActionPlanItem {
  return {
    id,
    level: LogframeLevel.activity,
    title: '',
    description: '',
    leadCity: '',
    partnerCity: '',
    leadResponsible: { unit: '', person: '' },
    partnerResponsible: { unit: '', person: '' },
    startDate: null,
    dueDate: null,
    status: ItemStatus.draft,
    indicators: [],
    budget: { amount: null, currency: Currency.EUR, fundingSource: '' },
    sdgTargets: [],
    risks: '',
    evidence: [],
    sourceRef: null,
  };
}
