// A rating as five stars, filled as far as the value goes, read out as "Rated 4.3 out of 5".
import { StarIcon } from '@heroicons/react/20/solid';
import { ratingLabel } from '@/features/reviews/format';

const SIZES = { sm: 'h-4 w-4', md: 'h-5 w-5', lg: 'h-6 w-6' } as const;

export interface StarsProps {
  /** From 0 to 5; fractions fill part of a star. */
  value: number;
  size?: keyof typeof SIZES;
}

export function Stars({ value, size = 'md' }: StarsProps) {
  const filled = Math.min(5, Math.max(0, value));
  const row = (className: string) =>
    [1, 2, 3, 4, 5].map((star) => (
      <StarIcon key={star} className={`${SIZES[size]} shrink-0 ${className}`} aria-hidden="true" />
    ));
  return (
    <span role="img" aria-label={ratingLabel(value)} className="relative inline-flex">
      <span className="flex">{row('text-slate-300')}</span>
      <span
        className="absolute inset-y-0 left-0 flex overflow-hidden"
        style={{ width: `${(filled / 5) * 100}%` }}
      >
        {row('text-amber-500')}
      </span>
    </span>
  );
}
