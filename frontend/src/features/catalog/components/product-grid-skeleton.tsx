import { LoadingRegion, Skeleton, SkeletonLines } from '@/components/ui/skeleton';

export function ProductGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <LoadingRegion label="Loading products">
      <div className="grid grid-cols-2 gap-3 sm:gap-6 md:grid-cols-3 lg:grid-cols-4">
        {Array.from({ length: count }, (_, index) => (
          <div key={index} className="overflow-hidden rounded-lg border border-slate-200 bg-white">
            <Skeleton className="aspect-square rounded-none" />
            <SkeletonLines className="p-4" lines={['h-3 w-1/3', 'h-4 w-3/4', 'h-5 w-1/4']} />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
