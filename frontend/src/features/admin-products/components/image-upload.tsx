'use client';

/* eslint-disable @next/next/no-img-element -- previews are local blob: URLs and /uploads files, which next/image would refuse or re-encode. */
import { useEffect, useId, useRef, useState } from 'react';
import { ArrowUpTrayIcon, PhotoIcon, TrashIcon } from '@heroicons/react/24/outline';
import { Button } from '@/components/ui/button';
import { uploadImage } from '@/features/admin-products/api';
import { IMAGE_TYPES, imageFileProblem } from '@/features/admin-products/image-rules';
import { errorMessage } from '@/lib/api-error';

export interface ImageUploadProps {
  /** The current image URL ('' for none). */
  value: string;
  onChange: (url: string) => void;
  /** Tells the form an upload is under way, so it is not saved half-done. */
  onBusyChange?: (busy: boolean) => void;
  error?: string;
  productName: string;
}

export function ImageUpload({
  value,
  onChange,
  onBusyChange,
  error,
  productName,
}: ImageUploadProps) {
  const statusId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    return () => {
      if (preview) URL.revokeObjectURL(preview);
    };
  }, [preview]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const invalid = imageFileProblem(file);
    if (invalid) {
      setProblem(invalid);
      return;
    }
    setProblem(null);
    setPreview(URL.createObjectURL(file));
    setProgress(0);
    onBusyChange?.(true);
    try {
      const url = await uploadImage(file, setProgress);
      onChange(url);
      setPreview(null);
    } catch (caught: unknown) {
      setProblem(`The upload failed: ${errorMessage(caught)}`);
      setPreview(null);
    } finally {
      setProgress(null);
      onBusyChange?.(false);
      if (input.current) input.current.value = '';
    }
  };

  const shown = preview ?? (value === '' ? null : value);
  const message = problem ?? error;
  return (
    <div>
      <p className="block text-sm font-medium text-slate-800">Image</p>
      <div className="mt-1 space-y-3">
        <div className="relative aspect-square w-full max-w-xs overflow-hidden rounded-lg border border-slate-200 bg-slate-50">
          {shown ? (
            <img
              src={shown}
              alt={`Image of ${productName || 'the product'}`}
              className="h-full w-full object-cover"
              data-testid="image-preview"
            />
          ) : (
            <div className="grid h-full w-full place-items-center text-slate-400">
              <PhotoIcon className="h-12 w-12" aria-hidden="true" />
              <span className="sr-only">No image yet</span>
            </div>
          )}
          {progress !== null ? (
            <div className="absolute inset-x-0 bottom-0 bg-white/90 p-2">
              <div
                role="progressbar"
                aria-label="Upload progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={progress}
                className="h-2 overflow-hidden rounded-full bg-slate-200"
              >
                <div
                  className="h-2 bg-brand-600 transition-all"
                  style={{ width: `${progress}%` }}
                />
              </div>
              <p className="mt-1 text-center text-xs text-slate-700">Uploading… {progress}%</p>
            </div>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <label
            className={`inline-flex h-9 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-slate-900 shadow-sm hover:bg-slate-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${
              progress !== null ? 'pointer-events-none opacity-60' : ''
            }`}
          >
            <input
              ref={input}
              type="file"
              accept={IMAGE_TYPES.join(',')}
              className="sr-only"
              aria-describedby={statusId}
              onChange={(event) => void onFile(event.target.files?.[0])}
              disabled={progress !== null}
            />
            <ArrowUpTrayIcon className="h-4 w-4" aria-hidden="true" />
            {value === '' ? 'Upload image' : 'Replace image'}
          </label>
          {value !== '' && progress === null ? (
            <Button variant="ghost" size="sm" onClick={() => onChange('')}>
              <TrashIcon className="h-4 w-4" aria-hidden="true" />
              Remove image
            </Button>
          ) : null}
          <p id={statusId} className="w-full text-xs text-slate-600">
            JPEG, PNG, WebP or GIF, up to 5 MB.
          </p>
          {message ? (
            <p role="alert" className="w-full text-sm text-red-700">
              {message}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
