import { Container } from '@/components/layout/container';
import { ProductGridSkeleton } from '@/features/catalog/components/product-grid-skeleton';

export default function Loading() {
  return (
    <Container>
      <ProductGridSkeleton />
    </Container>
  );
}
