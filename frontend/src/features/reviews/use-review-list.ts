'use client';

// The reviews a product page lists: the first page comes from the server (or, when the server could
// not read it, from the browser), then the shopper may sort them (newest or most helpful) and show
// more, a page at a time; the latest request wins.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '@/lib/api-schema';
import { errorMessage } from '@/lib/api-error';
import { listReviews } from '@/features/reviews/api';
import { REVIEW_PAGE_SIZE, type Review, type ReviewSort } from '@/features/reviews/types';

export interface ReviewList {
  sort: ReviewSort;
  items: Review[];
  total: number;
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  changeSort: (sort: ReviewSort) => Promise<void>;
  showMore: () => Promise<void>;
  /** Reads the first page again in the current order (after one's own review changed). */
  reload: () => Promise<void>;
  /** Puts a review the API sent back (e.g. after a vote) in place of the one with its id. */
  replace: (review: Review) => void;
}

const NOTHING_READ: Page<Review> = {
  items: [],
  total: 0,
  page: 0,
  size: REVIEW_PAGE_SIZE,
  pages: 0,
};

export function useReviewList(productId: number, first: Page<Review> | null): ReviewList {
  const [sort, setSort] = useState<ReviewSort>('newest');
  const [pages, setPages] = useState(first ?? NOTHING_READ);
  const [loading, setLoading] = useState(first === null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const load = useCallback(
    async (order: ReviewSort, page: number, keep: Review[]) => {
      const call = ++latest.current;
      setLoading(true);
      setError(null);
      try {
        const next = await listReviews(productId, order, page);
        if (call !== latest.current) return;
        const seen = new Set(keep.map((review) => review.id));
        setPages({ ...next, items: [...keep, ...next.items.filter((r) => !seen.has(r.id))] });
      } catch (caught: unknown) {
        if (call === latest.current) setError(errorMessage(caught));
      } finally {
        if (call === latest.current) setLoading(false);
      }
    },
    [productId],
  );

  const readOnMount = first === null;
  useEffect(() => {
    if (readOnMount) void load('newest', 1, []);
  }, [readOnMount, load]);

  const changeSort = (order: ReviewSort) => {
    setSort(order);
    return load(order, 1, []);
  };

  return {
    sort,
    items: pages.items,
    total: pages.total,
    hasMore: pages.page < pages.pages,
    loading,
    error,
    changeSort,
    showMore: () => load(sort, pages.page + 1, pages.items),
    reload: () => load(sort, 1, []),
    replace: (review) =>
      setPages((current) => ({
        ...current,
        items: current.items.map((item) => (item.id === review.id ? review : item)),
      })),
  };
}
