import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { createPlanItem, getPlan, getPlanItem, listPlanItems, updatePlanItem } from '../../api/plans';
import type { PlanItem } from '../../api/plans-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { useAsync } from '../../lib/use-async';
import { RecordFallback } from '../registry/RecordFallback';
import { RecordForm } from '../registry/RecordForm';
import { useChoices } from '../registry/use-choices';
import { useFormSubmit } from '../registry/use-form-submit';
import { useFormValues } from '../registry/use-form-values';
import { formToItemInput, type ItemFormValues, itemToForm, validateItem } from './item-form';
import { ItemFormFields } from './ItemFormFields';
import { PLAN_ITEMS_PATH, PLANS_PATH, planItemPath } from './paths';

interface ItemFormProps {
  planId: string;
  /** The plan's start, the reference date of period phrases. */
  reference: string;
  /** Every item of the plan (the parents offered). */
  items: readonly PlanItem[];
  existing?: PlanItem;
  parentId?: string;
}

/** The ids of `id` and everything under it: an item may not move under itself. */
function selfAndDescendants(items: readonly PlanItem[], id: string): Set<string> {
  const ids = new Set([id]);
  for (const item of items) if (item.parentId && ids.has(item.parentId)) ids.add(item.id);
  return ids;
}

function ItemForm({ planId, reference, items, existing, parentId }: ItemFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const choices = useChoices();
  const { values, set } = useFormValues<ItemFormValues>(() =>
    itemToForm(existing, format.language, parentId),
  );
  const form = useFormSubmit(
    () => validateItem(values, format.language),
    async () => {
      const input = formToItemInput(values);
      const saved = existing ? await updatePlanItem(existing.id, input) : await createPlanItem(planId, input);
      navigate(planItemPath(saved.id));
    },
  );
  // Items come in code order, so a descendant follows its ancestor.
  const excluded = existing ? selfAndDescendants(items, existing.id) : new Set<string>();
  const parents = [
    choices.none,
    ...items
      .filter((i) => !excluded.has(i.id))
      .map((i) => ({ value: i.id, label: `${i.code} ${pickLocalized(i.title, format.language)}` })),
  ];
  const title = existing
    ? t('registry.form.editTitle', {
        name: `${existing.code} ${pickLocalized(existing.title, format.language)}`,
      })
    : t('plans.item.add');
  return (
    <RecordForm
      title={title}
      form={form}
      listPath={existing ? PLAN_ITEMS_PATH : PLANS_PATH}
      recordId={existing?.id ?? planId}
    >
      <ItemFormFields
        values={values}
        set={set}
        errors={form.errors}
        parents={parents}
        reference={reference}
      />
    </RecordForm>
  );
}

/** `/plans/:id/items/new?parent=`: a new item of the plan, under the parent named in the address. */
export function NewItemPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const loaded = useAsync(async () => {
    const [plan, items] = await Promise.all([getPlan(id), listPlanItems(id)]);
    return { plan, items: items.items };
  }, [id]);
  if (!loaded.data || loaded.data.plan.id !== id)
    return <RecordFallback error={loaded.error} onRetry={loaded.reload} />;
  const parentId = params.get('parent') ?? '';
  const { plan, items } = loaded.data;
  return (
    <ItemForm key={parentId} planId={id} reference={plan.periodStart} items={items} parentId={parentId} />
  );
}

/** `/plan-items/:id/edit`: an item's form, once the item and its plan's items have loaded. */
export function EditItemPage() {
  const { id = '' } = useParams();
  const loaded = useAsync(async () => {
    const item = await getPlanItem(id);
    const [plan, items] = await Promise.all([getPlan(item.planId), listPlanItems(item.planId)]);
    return { item, plan, items: items.items };
  }, [id]);
  if (!loaded.data || loaded.data.item.id !== id)
    return <RecordFallback error={loaded.error} onRetry={loaded.reload} />;
  const { item, plan, items } = loaded.data;
  return (
    <ItemForm key={item.id} planId={item.planId} reference={plan.periodStart} items={items} existing={item} />
  );
}
