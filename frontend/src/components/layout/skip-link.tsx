// The first focusable thing of a layout: a keyboard user jumps over the navigation to the content.

/** Hidden until focused; then shown at the top left, `position` relative to the page or the view. */
export function SkipLink({
  targetId,
  position = 'absolute',
}: {
  /** The id of the layout's main element. */
  targetId: string;
  position?: 'absolute' | 'fixed';
}) {
  return (
    <a
      href={`#${targetId}`}
      className={`sr-only left-2 top-2 z-50 rounded bg-white px-3 py-2 text-sm font-semibold text-brand-700 focus:not-sr-only ${position === 'fixed' ? 'focus:fixed' : 'focus:absolute'}`}
    >
      Skip to content
    </a>
  );
}
