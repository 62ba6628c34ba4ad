// Texts of the Wegweiser (guide of support offers).
export const guideDe = {
  guide: {
    empty: 'Noch kein Angebot im Wegweiser.',
  },
};
