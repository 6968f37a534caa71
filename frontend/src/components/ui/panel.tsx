// A bordered white panel of a page (a summary, a side box, a settings block), named by its title.
import { useId, type ReactNode } from 'react';

export interface PanelProps {
  title: string;
  /** Spacing and layout of the panel, e.g. "h-fit p-6"; the border and background are fixed. */
  className?: string;
  /** Type and spacing of the title, e.g. "text-base font-semibold". */
  titleClassName?: string;
  children: ReactNode;
}

/** A <section> labelled by its own <h2>, so assistive technology lists it as a region by name. */
export function Panel({
  title,
  className = 'p-4 sm:p-6',
  titleClassName = 'text-lg font-semibold',
  children,
}: PanelProps) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-lg border border-slate-200 bg-white ${className}`}
    >
      <h2 id={headingId} className={titleClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
