// Texts for correct figures: "ohne Angabe" in charts, German amounts and plausible dates.
export const figuresDe = {
  figures: {
    notSet: 'ohne Angabe',
  },
};
