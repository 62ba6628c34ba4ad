// Texts for correct figures: "not stated" in charts, amounts and plausible dates.
export const figuresEn = {
  figures: {
    notSet: 'not stated',
  },
};
