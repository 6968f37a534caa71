/** The return path from `?next=`, if it is a path on this site (never another origin). */
export function safeNextPath(next: string | string[] | undefined, fallback = '/'): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  return value.startsWith('/login') ? fallback : value;
}
