// The metadata of pages that hold one person's own data or a step of a flow: search engines must
// not index them.
import type { Metadata } from 'next';

/** A page's metadata with its title, kept out of search indexes. */
export function unindexedPage(title: string): Metadata {
  return { title, robots: { index: false } };
}
