// The product's rating: its average as stars, how many reviewed it, and how the ratings spread
// from five stars to one.
import { Stars } from '@/features/reviews/components/stars';
import { distributionPercent, formatAverage, reviewCountLabel } from '@/features/reviews/format';
import { RATING_VALUES, type Rating } from '@/features/reviews/types';

export function RatingSummary({ rating }: { rating: Rating }) {
  return (
    <div data-testid="rating-summary">
      {rating.average !== null ? (
        <div className="flex flex-wrap items-center gap-3">
          <Stars value={rating.average} size="lg" />
          <p className="text-lg font-semibold text-slate-900">
            {formatAverage(rating.average)} out of 5
          </p>
        </div>
      ) : null}
      <p className="mt-1 text-sm text-slate-600" data-testid="rating-count">
        {rating.count === 0 ? 'No reviews yet' : `Based on ${reviewCountLabel(rating.count)}`}
      </p>
      {rating.count > 0 ? (
        <ul className="mt-4 space-y-1.5" aria-label="Ratings by stars">
          {RATING_VALUES.map((stars) => {
            const count = rating.distribution[stars];
            return (
              <li key={stars} className="flex items-center gap-3 text-sm text-slate-700">
                <span className="w-14 whitespace-nowrap">
                  {stars} {stars === 1 ? 'star' : 'stars'}
                </span>
                <span
                  className="h-2.5 flex-1 overflow-hidden rounded-full bg-slate-200"
                  aria-hidden="true"
                >
                  <span
                    className="block h-full rounded-full bg-amber-500"
                    style={{ width: `${distributionPercent(rating, stars)}%` }}
                  />
                </span>
                <span className="w-20 text-right">{reviewCountLabel(count)}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
