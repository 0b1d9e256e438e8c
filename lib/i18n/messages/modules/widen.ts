// The shape every language must have: the Finnish literal types widened to string.
export type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** A feature's messages in all three languages, kept in one file so a feature's texts change together. */
export interface LocaleModule<F> {
  fi: F;
  sv: Widen<F>;
  en: Widen<F>;
}
