// Texts of the Wegweiser (guide of support offers).
export const guideEn = {
  guide: {
    empty: 'No offer in the guide yet.',
  },
};
