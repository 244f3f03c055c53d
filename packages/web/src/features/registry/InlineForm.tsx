import { type ReactNode, useId } from 'react';
import { SubmitButton } from '../../components/SubmitButton';
import { FormSummary } from './FormSummary';
import type { FormSubmit } from './use-form-submit';

interface InlineFormProps {
  /** The form's heading, which also names it for assistive technology. */
  heading: string;
  submitLabel: string;
  form: FormSubmit;
  /** The form's fields, laid out in a row. */
  children: ReactNode;
}

/** A small form inside a record's section ("Add a contact"): heading, error summary, fields, submit. */
export function InlineForm({ heading, submitLabel, form, children }: InlineFormProps) {
  const headingId = useId();
  return (
    <form className="form inline-form" onSubmit={form.handleSubmit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <FormSummary form={form} />
      <div className="form-row">{children}</div>
      <div className="form-actions">
        <SubmitButton busy={form.busy} label={submitLabel} />
      </div>
    </form>
  );
}
