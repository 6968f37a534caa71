import { Container } from '@/components/layout/container';
import { Skeleton } from '@/components/ui/skeleton';
import { ProductGridSkeleton } from '@/features/catalog/components/product-grid-skeleton';

export default function Loading() {
  return (
    <Container>
      <Skeleton className="mb-2 h-4 w-32" />
      <Skeleton className="mb-8 h-8 w-64" />
      <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
        <Skeleton className="hidden h-80 lg:block" />
        <ProductGridSkeleton count={12} />
      </div>
    </Container>
  );
}
