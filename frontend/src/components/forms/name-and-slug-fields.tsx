import type { UseFormRegisterReturn } from 'react-hook-form';
import { TextField } from '@/components/forms/text-field';

interface NameAndSlugFieldsProps {
  name: UseFormRegisterReturn;
  slug: UseFormRegisterReturn;
  nameError?: string;
  slugError?: string;
  /** What the slug is used for, shown under its field. */
  slugHint: string;
  autoFocus?: boolean;
}

/** The name of a catalog entry and the slug made from it, as the back-office forms show them. */
export function NameAndSlugFields({
  name,
  slug,
  nameError,
  slugError,
  slugHint,
  autoFocus,
}: NameAndSlugFieldsProps) {
  return (
    <>
      <TextField label="Name" required autoFocus={autoFocus} error={nameError} {...name} />
      <TextField label="Slug" hint={slugHint} error={slugError} {...slug} />
    </>
  );
}
