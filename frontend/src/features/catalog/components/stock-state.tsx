export const LOW_STOCK = 5;

export function StockState({ quantity }: { quantity: number }) {
  if (quantity <= 0) {
    return <p className="text-sm font-medium text-slate-600">Sold out</p>;
  }
  if (quantity <= LOW_STOCK) {
    return <p className="text-sm font-medium text-amber-800">Only {quantity} left</p>;
  }
  return <p className="text-sm font-medium text-green-800">In stock</p>;
}
