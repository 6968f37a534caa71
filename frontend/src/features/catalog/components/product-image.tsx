/* eslint-disable @next/next/no-img-element -- images come from the API's /uploads (often SVG), which next/image would refuse or re-encode. */
import { PhotoIcon } from '@heroicons/react/24/outline';

export interface ProductImageProps {
  src: string | null;
  alt: string;
  className?: string;
  priority?: boolean;
}

export function ProductImage({ src, alt, className = '', priority = false }: ProductImageProps) {
  if (!src) {
    return (
      <div
        className={`grid place-items-center bg-slate-100 text-slate-400 ${className}`}
        role="img"
        aria-label={alt}
      >
        <PhotoIcon className="h-10 w-10" aria-hidden="true" />
      </div>
    );
  }
  return (
    <img
      src={src}
      alt={alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      className={`bg-slate-100 object-cover ${className}`}
    />
  );
}
