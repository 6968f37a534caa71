'use client';

// Writes a review of a product or edits one's own: the API's field errors land on their fields,
// anything else (a 403 or 409, say) in the alert above them.
import toast from 'react-hot-toast';
import { maxLength, notBlank } from '@/components/forms/field-rules';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { TextareaField } from '@/components/forms/textarea-field';
import { useServerForm } from '@/components/forms/use-server-form';
import { createReview, updateReview } from '@/features/reviews/api';
import { StarInput } from '@/features/reviews/components/star-input';
import {
  REVIEW_FIELDS,
  reviewFormValues,
  toReviewInput,
  type ReviewFormValues,
} from '@/features/reviews/form';
import { BODY_LIMIT, TITLE_LIMIT, type Review } from '@/features/reviews/types';
import { createOrUpdate } from '@/lib/create-or-update';

export interface ReviewFormProps {
  productId: number;
  /** The review to edit, or null to write one. */
  review: Review | null;
  onSaved: (review: Review) => void;
  onCancel?: () => void;
}

const required = 'This field is required.';

export function ReviewForm({ productId, review, onSaved, onCancel }: ReviewFormProps) {
  const editing = review !== null;
  const form = useServerForm<ReviewFormValues>({
    defaultValues: reviewFormValues(review),
    fields: REVIEW_FIELDS,
  });
  const { register, watch } = form;
  const { errors } = form.formState;

  const onSubmit = async (values: ReviewFormValues) => {
    const saved = await createOrUpdate(
      review,
      toReviewInput(values),
      (input) => createReview(productId, input),
      updateReview,
    );
    toast.success(editing ? 'Review saved.' : 'Thank you for your review.');
    onSaved(saved);
  };

  return (
    <FormShell
      form={form}
      onSubmit={onSubmit}
      label={editing ? 'Edit your review' : 'Write a review'}
      actions={{ submitLabel: editing ? 'Save review' : 'Submit review', onCancel }}
    >
      <StarInput
        legend="Your rating"
        selected={watch('rating')}
        error={errors.rating?.message}
        {...register('rating', { required: 'Choose from 1 to 5 stars.' })}
      />
      <TextField
        label="Title"
        required
        error={errors.title?.message}
        {...register('title', {
          validate: notBlank(required),
          maxLength: maxLength(TITLE_LIMIT),
        })}
      />
      <TextareaField
        label="Your review"
        required
        rows={5}
        error={errors.body?.message}
        {...register('body', { validate: notBlank(required), maxLength: maxLength(BODY_LIMIT) })}
      />
    </FormShell>
  );
}
