/** A fragment as an element id; a malformed one (`#%E4%B8`, cut mid-character) is used as written instead of throwing. */
export function decodedFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
