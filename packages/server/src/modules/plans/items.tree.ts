import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { invalidField } from '../registry/registry.references.ts';
import { codeTaken, descendantIds, findItem, siblingCodes } from './items.repository.ts';
import type { ItemUpdate } from './plans.schema.ts';
import type { Plan, PlanItem } from './plans.table.ts';

// Where an item sits in its plan's tree. A code always says where: '1.2.3' is a child of '1.2'
// (ADR 0019). A request may name the parent, the code, or both (then they must agree); a new item
// or a moved one without a code gets the next code among its new siblings.

/** The next code among siblings: one more than the highest last part (the first is 1). */
export function nextCode(parentCode: string | null, siblings: readonly string[]): string {
  const last = siblings.map((c) => Number(c.split('.').at(-1))).reduce((a, b) => Math.max(a, b), 0);
  return parentCode ? `${parentCode}.${last + 1}` : String(last + 1);
}

const parentCodeOf = (code: string) => (code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null);

async function parentByCode(trx: Kysely<Database>, plan: Plan, code: string): Promise<PlanItem | null> {
  const parentCode = parentCodeOf(code);
  if (!parentCode) return null;
  const parent = await trx
    .selectFrom('plan_items')
    .selectAll()
    .where('plan_id', '=', plan.id)
    .where('code', '=', parentCode)
    .executeTakeFirst();
  if (!parent) throw invalidField('body.code', `has no parent item ${parentCode} in this plan`);
  return parent;
}

async function parentById(trx: Kysely<Database>, plan: Plan, id: string, current?: PlanItem) {
  const parent = await findItem(trx, id);
  if (!parent || parent.plan_id !== plan.id)
    throw invalidField('body.parentId', 'is not an item of this plan');
  if (current && (id === current.id || (await descendantIds(trx, current.id)).includes(id))) {
    throw invalidField('body.parentId', 'is the item itself or one of its descendants');
  }
  return parent;
}

/**
 * The parent and code an item gets from a request (a new item when `current` is undefined).
 * @throws AppError VALIDATION_FAILED (unknown parent, a cycle, a code that disagrees with the
 * parent); ALREADY_EXISTS (the code is taken in the plan)
 */
export async function placeItem(
  trx: Kysely<Database>,
  plan: Plan,
  input: Pick<ItemUpdate, 'parentId' | 'code'>,
  current?: PlanItem,
): Promise<{ parentId: string | null; code: string }> {
  let parent: PlanItem | null;
  if (input.parentId !== undefined) {
    parent = input.parentId ? await parentById(trx, plan, input.parentId, current) : null;
  } else if (input.code !== undefined) {
    parent = await parentByCode(trx, plan, input.code);
    if (parent && current) await parentById(trx, plan, parent.id, current);
  } else {
    parent = current?.parent_id ? ((await findItem(trx, current.parent_id)) ?? null) : null;
  }
  const parentId = parent?.id ?? null;
  let code = input.code;
  if (code !== undefined && parentCodeOf(code) !== (parent?.code ?? null)) {
    throw invalidField('body.code', `must be under the parent's code ${parent?.code ?? '(top level)'}`);
  }
  if (code === undefined) {
    const moved = !current || current.parent_id !== parentId;
    code = moved ? nextCode(parent?.code ?? null, await siblingCodes(trx, plan.id, parentId)) : current.code;
  }
  if (await codeTaken(trx, plan.id, code, current?.id)) {
    throw new AppError('ALREADY_EXISTS', `The code ${code} is taken in this plan.`, {
      errors: [{ path: 'body.code', message: 'is taken by another item of this plan' }],
    });
  }
  return { parentId, code };
}
