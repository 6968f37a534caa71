// A checkbox named by its label alone, with an optional hint read as its description.
import { forwardRef, useId, type InputHTMLAttributes } from 'react';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: string;
  hint?: string;
}

export const CheckboxField = forwardRef<HTMLInputElement, CheckboxFieldProps>(
  function CheckboxField({ label, hint, id, className = '', ...rest }, ref) {
    const generatedId = useId();
    const inputId = id ?? generatedId;
    const hintId = hint ? `${inputId}-hint` : undefined;
    return (
      <div className={`flex items-start gap-3 ${className}`}>
        <input
          ref={ref}
          id={inputId}
          type="checkbox"
          aria-describedby={hintId}
          className="mt-0.5 h-5 w-5 rounded border-slate-400 text-brand-600 focus:ring-brand-600"
          {...rest}
        />
        <div className="text-sm">
          <label htmlFor={inputId} className="block font-medium text-slate-900">
            {label}
          </label>
          {hint ? (
            <p id={hintId} className="text-xs text-slate-600">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    );
  },
);
