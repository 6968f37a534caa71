import { notFound } from 'next/navigation';

// Any storefront URL without a page renders the storefront's 404 inside the shop layout.
export default function UnknownPage() {
  notFound();
}
