import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { ReviewList } from '@/features/admin-reviews/components/review-list';
import { testAdminReview } from '@/features/admin-reviews/test-admin-review';
import { ApiError } from '@/lib/api-error';

const mocks = vi.hoisted(() => ({
  listAdminReviews: vi.fn(),
  setReviewHidden: vi.fn(),
  push: vi.fn(),
  search: '',
}));
const toast = vi.hoisted(() => ({ success: vi.fn(), error: vi.fn() }));
vi.mock('@/features/admin-reviews/api', () => ({
  listAdminReviews: mocks.listAdminReviews,
  setReviewHidden: mocks.setReviewHidden,
}));
vi.mock('next/navigation', () => ({
  usePathname: () => '/admin/reviews',
  useSearchParams: () => new URLSearchParams(mocks.search),
  useRouter: () => ({ push: mocks.push, replace: mocks.push }),
}));
vi.mock('react-hot-toast', () => ({ default: toast }));

const shown = testAdminReview({ id: 11, title: '<i>Bright</i>' });
const hidden = testAdminReview({ id: 12, title: 'Rude', is_hidden: true });

beforeEach(() => {
  mocks.listAdminReviews.mockReset();
  mocks.setReviewHidden.mockReset();
  mocks.push.mockReset();
  mocks.search = '';
  mocks.listAdminReviews.mockResolvedValue({
    items: [shown, hidden],
    total: 2,
    page: 1,
    size: 20,
    pages: 1,
  });
});

describe('ReviewList', () => {
  test('lists each review with its product link, author, status and a Hide or Show action', async () => {
    render(<ReviewList />);
    const rows = await screen.findAllByTestId('review-row');
    const first = within(rows[0] as HTMLElement);
    expect(first.getByRole('link', { name: 'Desk lamp' })).toHaveAttribute(
      'href',
      '/products/desk-lamp',
    );
    expect(first.getByText('<i>Bright</i>')).toBeVisible();
    expect(first.getByText('ada@example.com')).toBeVisible();
    expect(first.getByText('Visible')).toBeVisible();
    expect(first.getByRole('button', { name: 'Hide review “<i>Bright</i>”' })).toBeVisible();
    const second = within(rows[1] as HTMLElement);
    expect(second.getByText('Hidden')).toBeVisible();
    expect(second.getByRole('button', { name: 'Show review “Rude”' })).toBeVisible();
  });

  test('hiding a review puts the answer in its row', async () => {
    mocks.setReviewHidden.mockResolvedValue({ ...shown, is_hidden: true });
    const user = userEvent.setup();
    render(<ReviewList />);
    await user.click(await screen.findByRole('button', { name: 'Hide review “<i>Bright</i>”' }));
    expect(mocks.setReviewHidden).toHaveBeenCalledWith(11, true);
    expect(
      await screen.findByRole('button', { name: 'Show review “<i>Bright</i>”' }),
    ).toBeVisible();
    expect(toast.success).toHaveBeenCalledWith('“<i>Bright</i>” is hidden from the shop.');
  });

  test('a failed change leaves the row as it was and says why', async () => {
    mocks.setReviewHidden.mockRejectedValue(new ApiError(404, 'Review not found.'));
    const user = userEvent.setup();
    render(<ReviewList />);
    await user.click(await screen.findByRole('button', { name: 'Show review “Rude”' }));
    expect(toast.error).toHaveBeenCalledWith('Rude: Review not found.');
    expect(screen.getByRole('button', { name: 'Show review “Rude”' })).toBeVisible();
  });

  test('the status filter writes the URL; the list reads it', async () => {
    mocks.search = 'status=hidden';
    const user = userEvent.setup();
    render(<ReviewList />);
    await screen.findAllByTestId('review-row');
    expect(mocks.listAdminReviews).toHaveBeenCalledWith({
      status: 'hidden',
      search: undefined,
      page: 1,
    });
    await user.selectOptions(screen.getByLabelText('Status'), 'Visible');
    expect(mocks.push).toHaveBeenCalledWith('/admin/reviews?status=visible');
  });
});
