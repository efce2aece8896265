// The view height the virtualized lists assume before layout.

/** Before layout (and in test DOMs without one) the viewport is taken to be this tall. */
export const FALLBACK_VIEWPORT = 600;
