'use client';

// The rating of a review as a radio group of five stars: arrow keys move between them, each is
// read out as "4 stars", and the stars up to the chosen (or hovered) one light up. Each radio lies
// invisible over its star, so a click or tap on the star is one on the radio.
import { forwardRef, useId, useState, type InputHTMLAttributes } from 'react';
import { StarIcon } from '@heroicons/react/20/solid';

export interface StarInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  legend: string;
  /** The chosen star ("1" … "5"), or "" for none. */
  selected: string;
  error?: string;
}

export const StarInput = forwardRef<HTMLInputElement, StarInputProps>(function StarInput(
  { legend, selected, error, ...input },
  ref,
) {
  const errorId = useId();
  const [hovered, setHovered] = useState(0);
  const lit = hovered || Number(selected) || 0;
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {legend}
        <span className="ml-1 text-red-700" aria-hidden="true">
          *
        </span>
      </legend>
      <div className="mt-1 flex" onMouseLeave={() => setHovered(0)}>
        {[1, 2, 3, 4, 5].map((star) => (
          <label
            key={star}
            className="relative cursor-pointer rounded p-0.5 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
            onMouseEnter={() => setHovered(star)}
          >
            <StarIcon
              className={`h-8 w-8 ${star <= lit ? 'text-amber-500' : 'text-slate-300'}`}
              aria-hidden="true"
            />
            <input
              ref={ref}
              type="radio"
              value={String(star)}
              aria-label={`${star} ${star === 1 ? 'star' : 'stars'}`}
              className="absolute inset-0 h-full w-full cursor-pointer opacity-0"
              {...input}
            />
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
});
