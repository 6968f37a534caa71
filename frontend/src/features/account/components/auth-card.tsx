// The card of the sign-in, sign-up and password pages: a title, the task, and a link to the other
// way in under the card.
import Link from 'next/link';
import type { ReactNode } from 'react';

/** The link under the card, after an optional question ("New here?"). */
export interface AuthCardLink {
  prompt?: string;
  href: string;
  label: string;
}

export function AuthCard({
  title,
  description,
  children,
  footerLink,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footerLink?: AuthCardLink;
}) {
  return (
    <div className="mx-auto w-full max-w-md px-4">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{title}</h1>
        {description ? <p className="mt-2 text-sm text-slate-600">{description}</p> : null}
        <div className="mt-6">{children}</div>
      </div>
      {footerLink ? (
        <div className="mt-6 text-center text-sm text-slate-600">
          {footerLink.prompt ? `${footerLink.prompt} ` : null}
          <Link
            href={footerLink.href}
            className="font-semibold text-brand-700 hover:text-brand-800"
          >
            {footerLink.label}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
