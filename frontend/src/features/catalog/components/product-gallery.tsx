'use client';

import { useState } from 'react';
import { ProductImage } from '@/features/catalog/components/product-image';

export function ProductGallery({ images, name }: { images: string[]; name: string }) {
  const [selected, setSelected] = useState(0);
  const current = images[selected] ?? images[0] ?? null;
  return (
    <div>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
        <ProductImage
          src={current}
          alt={`${name}, image ${selected + 1} of ${Math.max(images.length, 1)}`}
          priority
          className="aspect-square w-full"
        />
      </div>
      {images.length > 1 ? (
        <ul className="mt-3 grid grid-cols-5 gap-2" aria-label="Choose an image">
          {images.map((image, index) => (
            <li key={`${image}-${index}`}>
              <button
                type="button"
                onClick={() => setSelected(index)}
                aria-label={`Show image ${index + 1} of ${images.length}`}
                aria-pressed={index === selected}
                className={`block w-full overflow-hidden rounded-md border-2 ${index === selected ? 'border-brand-600' : 'border-transparent hover:border-slate-300'}`}
              >
                <ProductImage src={image} alt="" className="aspect-square w-full" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
