import { z } from 'zod';

// Requests and responses of the decisions API (docs/api/programmes.md, section Decisions).

const Ids = z.array(z.uuid()).max(1000).default([]);

export const DecisionInputSchema = z.strictObject({
  accept: Ids,
  waitlist: Ids,
  reject: Ids,
  auto: z.boolean().optional(),
});
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

export const DecisionResultSchema = z.object({
  accepted: z.array(z.string()),
  waitlisted: z.array(z.object({ id: z.string(), position: z.number().int() })),
  rejected: z.array(z.string()),
  overflow: z.array(z.string()),
});
