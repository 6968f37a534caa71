import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { useAuthStore } from '@/features/account/store';
import { ProductReviews } from '@/features/reviews/components/product-reviews';
import { pageOfReviews, testRating, testReview } from '@/features/reviews/test-review';
import type { MyReview } from '@/features/reviews/types';
import { ApiError } from '@/lib/api-error';

const api = vi.hoisted(() => ({
  getMyReview: vi.fn(),
  getRating: vi.fn(),
  listReviews: vi.fn(),
  markReviewHelpful: vi.fn(),
  createReview: vi.fn(),
  updateReview: vi.fn(),
  deleteReview: vi.fn(),
}));
const toast = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }));
vi.mock('@/features/reviews/api', () => api);
vi.mock('react-hot-toast', () => ({ default: toast }));

const markup = testReview({ id: 11, title: 'Bold claim', body: '<b>not bold</b>' });
const other = testReview({ id: 12, title: 'Dim', rating: 2, author_name: 'Grace H.' });

function signIn() {
  useAuthStore.setState({
    user: {
      id: 2,
      email: 'ada@example.com',
      full_name: 'Ada Lovelace',
      role: 'customer',
      is_active: true,
      is_verified: true,
      created_at: '2026-12-01T10:00:00Z',
      updated_at: '2026-12-01T10:00:00Z',
    },
    isAuthenticated: true,
    initialized: true,
  });
}

function renderSection(mine: MyReview | null, pages = 1) {
  if (mine) api.getMyReview.mockResolvedValue(mine);
  render(
    <ProductReviews
      productId={3}
      productSlug="desk-lamp"
      rating={testRating()}
      firstPage={pageOfReviews([markup, other], 1, pages)}
    />,
  );
}

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  for (const mock of Object.values(api)) mock.mockReset();
  toast.error.mockReset();
  useAuthStore.setState({ user: null, isAuthenticated: false, initialized: true });
});

describe('ProductReviews', () => {
  test('shows each review as text, never as markup, marked a verified purchase', () => {
    renderSection(null);
    const review = screen.getByRole('article', { name: 'Bold claim' });
    expect(within(review).getByText('<b>not bold</b>')).toBeVisible();
    expect(review.querySelector('b')).toBeNull();
    expect(within(review).getByText('Verified purchase')).toBeVisible();
    expect(within(review).getByText('Ada L.')).toBeVisible();
    expect(within(review).getByRole('img', { name: 'Rated 4.0 out of 5' })).toBeVisible();
  });

  test('signed out: a way to sign in and come back, and no votes', () => {
    renderSection(null);
    expect(screen.getByRole('link', { name: 'Sign in to write a review' })).toHaveAttribute(
      'href',
      '/login?next=%2Fproducts%2Fdesk-lamp%23reviews',
    );
    expect(screen.queryByRole('button', { name: /Helpful/ })).not.toBeInTheDocument();
    expect(api.getMyReview).not.toHaveBeenCalled();
  });

  test('a customer who may review gets the form; writing reloads the rating and the list', async () => {
    signIn();
    renderSection({ can_review: true, reason: null, review: null });
    const written = testReview({ id: 20, title: 'Mine' });
    api.createReview.mockResolvedValue(written);
    api.getRating.mockResolvedValue(testRating({ average: 4, count: 4 }));
    api.listReviews.mockResolvedValue(pageOfReviews([written, markup, other]));
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Write a review' });
    await user.click(within(form).getByRole('radio', { name: '4 stars' }));
    await user.type(within(form).getByLabelText('Title'), 'Mine');
    await user.type(within(form).getByLabelText('Your review'), 'Good.');
    api.getMyReview.mockResolvedValue({
      can_review: false,
      reason: 'You have already reviewed this product.',
      review: written,
    });
    await user.click(within(form).getByRole('button', { name: 'Submit review' }));
    expect(await screen.findByText('Based on 4 reviews')).toBeVisible();
    expect(api.listReviews).toHaveBeenCalledWith(3, 'newest', 1);
    const yours = await screen.findByRole('region', { name: 'Your review' });
    expect(within(yours).getByRole('button', { name: 'Edit' })).toBeVisible();
  });

  test('a customer who may not review is told why', async () => {
    signIn();
    renderSection({
      can_review: false,
      reason: 'Only customers who received this product can review it.',
      review: null,
    });
    expect(
      await screen.findByText('Only customers who received this product can review it.'),
    ).toBeVisible();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  test('one’s own review has Edit and Delete (after a confirmation), and no vote', async () => {
    signIn();
    renderSection({
      can_review: false,
      reason: 'You have already reviewed this product.',
      review: markup,
    });
    api.deleteReview.mockResolvedValue(undefined);
    api.getRating.mockResolvedValue(testRating());
    api.listReviews.mockResolvedValue(pageOfReviews([other]));
    const user = userEvent.setup();
    const yours = await screen.findByRole('region', { name: 'Your review' });
    const list = screen.getAllByRole('article', { name: 'Bold claim' });
    for (const review of list) {
      expect(within(review).queryByRole('button', { name: /Helpful/ })).not.toBeInTheDocument();
    }
    await user.click(within(yours).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete your review?' });
    api.getMyReview.mockResolvedValue({ can_review: true, reason: null, review: null });
    await user.click(within(dialog).getByRole('button', { name: 'Delete review' }));
    expect(api.deleteReview).toHaveBeenCalledWith(11);
    expect(await screen.findByRole('form', { name: 'Write a review' })).toBeVisible();
  });

  test('a helpful vote shows the new count; a refused one (403) is quietly done', async () => {
    signIn();
    renderSection({ can_review: false, reason: null, review: null });
    api.markReviewHelpful
      .mockResolvedValueOnce({ ...markup, helpful_count: 3 })
      .mockRejectedValueOnce(new ApiError(403, 'You cannot vote on your own review.'));
    const user = userEvent.setup();
    const first = screen.getByRole('article', { name: 'Bold claim' });
    const second = screen.getByRole('article', { name: 'Dim' });
    await user.click(await within(first).findByRole('button', { name: 'Helpful (2)' }));
    expect(await within(first).findByRole('button', { name: 'Helpful (3)' })).toBeDisabled();
    await user.click(within(second).getByRole('button', { name: 'Helpful (2)' }));
    await waitFor(() =>
      expect(within(second).getByRole('button', { name: 'Helpful (2)' })).toBeDisabled(),
    );
    expect(toast.error).not.toHaveBeenCalled();
  });

  test('sorts by most helpful and shows more, a page at a time', async () => {
    renderSection(null, 2);
    const third = testReview({ id: 13, title: 'Third' });
    api.listReviews.mockResolvedValueOnce(pageOfReviews([third], 2, 2));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show more reviews' }));
    expect(await screen.findByRole('article', { name: 'Third' })).toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(api.listReviews).toHaveBeenCalledWith(3, 'newest', 2);
    expect(screen.queryByRole('button', { name: 'Show more reviews' })).not.toBeInTheDocument();

    api.listReviews.mockResolvedValueOnce(pageOfReviews([other, markup]));
    await user.selectOptions(screen.getByLabelText('Sort reviews'), 'Most helpful');
    await waitFor(() =>
      expect(
        screen.getAllByRole('article').map((item) => item.getAttribute('aria-labelledby')),
      ).toEqual(['review-12-title', 'review-11-title']),
    );
    expect(api.listReviews).toHaveBeenLastCalledWith(3, 'helpful', 1);
  });

  test('reads the rating and the first reviews from the browser when the server could not', async () => {
    api.getRating.mockResolvedValue(testRating({ average: 2, count: 1 }));
    api.listReviews.mockResolvedValue(pageOfReviews([other]));
    render(<ProductReviews productId={3} productSlug="desk-lamp" rating={null} firstPage={null} />);
    expect(await screen.findByRole('article', { name: 'Dim' })).toBeVisible();
    expect(api.listReviews).toHaveBeenCalledWith(3, 'newest', 1);
    expect(await screen.findByText('2.0 out of 5')).toBeVisible();
  });

  test('leaves the rating out and says so in the list when the browser cannot read them either', async () => {
    api.getRating.mockRejectedValue(new ApiError(503, 'Service unavailable'));
    api.listReviews.mockRejectedValue(new ApiError(503, 'The shop is busy. Try again.'));
    render(<ProductReviews productId={3} productSlug="desk-lamp" rating={null} firstPage={null} />);
    expect(await screen.findByText('The shop is busy. Try again.')).toBeVisible();
    expect(screen.queryByText(/out of 5/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Customer reviews' })).toBeVisible();
  });
});
