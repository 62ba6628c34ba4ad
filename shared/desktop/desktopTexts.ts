// The desktop app's own words (menu, its native dialogs), German and English side by side: the one
// home of every string the main process shows. The renderer reports the app's language over IPC
// ('app:setLanguage'); until then main uses the OS locale.
export type DesktopLanguage = 'de' | 'en';

const de = {
  menu: {
    about: 'Über Anlaufstelle',
    hide: 'Anlaufstelle ausblenden',
    hideOthers: 'Andere ausblenden',
    unhide: 'Alle einblenden',
    quitApp: 'Anlaufstelle beenden',
    file: 'Datei',
    newInquiry: 'Neue Anfrage',
    search: 'Suche …',
    lock: 'Sperren',
    quit: 'Beenden',
    edit: 'Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    view: 'Ansicht',
    resetZoom: 'Originalgröße',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    fullscreen: 'Vollbild',
    devTools: 'Entwicklerwerkzeuge',
    help: 'Hilfe',
  },
  leave: {
    message: 'Ungespeicherte Eingaben verwerfen?',
    detail: 'Ein Formular enthält Eingaben, die noch nicht gespeichert sind.',
    discard: 'Verwerfen',
    keep: 'Weiter bearbeiten',
  },
  backupFolderTitle: 'Ordner für automatische Sicherungen',
};

const en: typeof de = {
  menu: {
    about: 'About Anlaufstelle',
    hide: 'Hide Anlaufstelle',
    hideOthers: 'Hide others',
    unhide: 'Show all',
    quitApp: 'Quit Anlaufstelle',
    file: 'File',
    newInquiry: 'New inquiry',
    search: 'Search …',
    lock: 'Lock',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullscreen: 'Full screen',
    devTools: 'Developer tools',
    help: 'Help',
  },
  leave: {
    message: 'Discard unsaved input?',
    detail: 'A form holds input that has not been saved yet.',
    discard: 'Discard',
    keep: 'Keep editing',
  },
  backupFolderTitle: 'Folder for automatic backups',
};

export type DesktopTexts = typeof de;

/** The texts for a language or an OS locale ("en-GB" → English; anything else German). */
export function desktopTexts(languageOrLocale: string): DesktopTexts {
  return languageOrLocale.toLowerCase().startsWith('en') ? en : de;
}
