// Texts for smaller correctness findings (see misc.de.ts).
export const miscEn = {
  misc: {
    password: {
      unchanged: 'The new password is the same as the current one. Please choose a different password.',
    },
    window: {
      takenOverReason:
        'This window was locked because Anlaufstelle was taken over in another window with “Continue here”. Saved entries are kept.',
    },
  },
};
