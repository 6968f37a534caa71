// wishlistStore: the ids of the products the signed-in customer saved, for the hearts on product
// cards and pages. Read once per sign-in from GET /api/wishlist/ids; a guest has none. It forgets
// them whenever the signed-in user changes (sign-in, sign-out, an expired session).
import { create } from 'zustand';
import { sessionKnown, useAuthStore } from '@/features/account/store';
import * as wishlistApi from '@/features/wishlist/api';

export interface WishlistState {
  savedIds: number[];
  /** True once the saved ids of the signed-in customer (or a guest's none) are known. */
  loaded: boolean;
  /** Reads the saved ids, once: later calls share the first one's request and result. */
  load: () => Promise<void>;
  /**
   * Saves the product or takes it off the wishlist. The hearts change at once and go back if the
   * API refuses; the refusal is then thrown for the caller to show.
   */
  setSaved: (productId: number, saved: boolean) => Promise<void>;
  /** Saves the product, or takes it off the wishlist when it is saved. */
  toggle: (productId: number) => Promise<void>;
  reset: () => void;
}

function withMembership(ids: number[], productId: number, saved: boolean): number[] {
  const others = ids.filter((id) => id !== productId);
  return saved ? [productId, ...others] : others;
}

export const useWishlistStore = create<WishlistState>()((set, get) => {
  // Bumped by reset: an answer for the previous user is then dropped.
  let generation = 0;
  let loading: Promise<void> | null = null;

  const isSaved = (productId: number) => get().savedIds.includes(productId);

  return {
    savedIds: [],
    loaded: false,

    load() {
      if (get().loaded) return Promise.resolve();
      if (loading) return loading;
      const thisGeneration = generation;
      loading = (async () => {
        try {
          const ids = (await sessionKnown()) ? await wishlistApi.listSavedIds() : [];
          if (thisGeneration === generation) set({ savedIds: ids, loaded: true });
        } finally {
          if (thisGeneration === generation) loading = null;
        }
      })();
      return loading;
    },

    async setSaved(productId, save) {
      set({ savedIds: withMembership(get().savedIds, productId, save) });
      try {
        if (save) {
          await wishlistApi.saveProduct(productId);
        } else {
          await wishlistApi.unsaveProduct(productId);
        }
      } catch (error: unknown) {
        // A later click on the same heart has the last word.
        if (isSaved(productId) === save) {
          set({ savedIds: withMembership(get().savedIds, productId, !save) });
        }
        throw error;
      }
    },

    toggle(productId) {
      return get().setSaved(productId, !isSaved(productId));
    },

    reset() {
      generation += 1;
      loading = null;
      set({ savedIds: [], loaded: false });
    },
  };
});

useAuthStore.subscribe((state, previous) => {
  if (state.user?.id !== previous.user?.id) useWishlistStore.getState().reset();
});
