// The notice on the first screens in the browser mode: what it is for, and where it is not safe.
export const webModeDe = {
  webMode: {
    title: 'Browser-Modus',
    notice:
      'Zum Ausprobieren und für Computer, an denen nur Sie arbeiten – nicht für Terminalserver: Andere Benutzer desselben Computers könnten unter derselben Adresse eine eigene Seite anbieten. Für die tägliche Arbeit ist die Desktop-App gedacht.',
  },
};
