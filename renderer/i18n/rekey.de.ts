// Texts for re-keying ("Tresor neu verschlüsseln"): the progress dialog, its triggers and the
// on-demand action in Einstellungen. Kept apart so it merges cleanly with the other areas' texts.
export const rekeyDe = {
  rekey: {
    title: 'Tresor neu verschlüsseln',
    running: 'Tresor wird neu verschlüsselt …',
    runningCount: 'Tresor wird neu verschlüsselt … {{done, number}} von {{total, number}} Einträgen',
    progressLabel: 'Fortschritt des Neu-Verschlüsselns',
    progressValue: '{{done, number}} von {{total, number}} Einträgen',
    wait: 'Bitte warten Sie, bis der Vorgang abgeschlossen ist. Wird das Fenster vorher geschlossen, bleibt der bisherige Tresor vollständig erhalten.',
    done: 'Neu verschlüsselt.',
    doneText:
      'Alle Einträge sind mit einem neuen Schlüssel neu geschrieben; der bisherige Tresor ist gelöscht.',
    failed:
      'Das Neu-Verschlüsseln ist fehlgeschlagen. Es wurde nichts verändert: Der Tresor ist vollständig und weiter mit dem bisherigen Schlüssel gesichert.',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    backupsStay:
      'Sicherungen, die Sie vorher erstellt haben, sind eigene Dateien: Sie bleiben mit ihrer eigenen Passphrase lesbar.',
    backupsKeepErased:
      'Sicherungen, die Sie vorher erstellt haben, sind eigene Dateien: Sie bleiben mit ihrer eigenen Passphrase lesbar und enthalten die gelöschten Daten noch.',
    newRecoveryKey:
      'Dabei wurde ein neuer Wiederherstellungsschlüssel erstellt; der bisherige öffnet den Tresor nicht mehr.',
    reason: {
      erasure:
        'Die Person ist gelöscht. Damit ihre Daten auch in den Speicherdateien dieses Geräts nicht mehr lesbar sind, wird der Tresor jetzt mit einem neuen Schlüssel neu geschrieben.',
      anonymisation:
        'Die Einträge sind anonymisiert. Damit die entfernten Inhalte auch in den Speicherdateien dieses Geräts nicht mehr lesbar sind, wird der Tresor jetzt mit einem neuen Schlüssel neu geschrieben.',
      automatic_one:
        'Gemäß Löschfristen wurde {{count, number}} Eintrag anonymisiert. Damit die entfernten Inhalte auch in den Speicherdateien dieses Geräts nicht mehr lesbar sind, wird der Tresor jetzt mit einem neuen Schlüssel neu geschrieben.',
      automatic_other:
        'Gemäß Löschfristen wurden {{count, number}} Einträge anonymisiert. Damit die entfernten Inhalte auch in den Speicherdateien dieses Geräts nicht mehr lesbar sind, wird der Tresor jetzt mit einem neuen Schlüssel neu geschrieben.',
      manual: 'Der Tresor wird mit einem neuen Schlüssel in frische Speicherdateien geschrieben.',
      password: 'Das neue Passwort wird gesetzt und der Tresor mit einem neuen Schlüssel neu geschrieben.',
      recoveryKey:
        'Der neue Wiederherstellungsschlüssel wird erstellt und der Tresor mit einem neuen Schlüssel neu geschrieben.',
    },
    erasureFailed:
      'Die Person ist gelöscht, aber der Tresor konnte nicht neu verschlüsselt werden. Bitte unter Einstellungen → Passwort und Wiederherstellung „Tresor neu verschlüsseln“ wählen.',
    onDemand: 'Tresor neu verschlüsseln',
    onDemandIntro:
      'Schreibt alle Einträge mit einem neuen Schlüssel in eine neue Datenbank und löscht die alte. Danach enthält der Tresor keine Reste früherer Inhalte mehr (geänderte, gelöschte oder anonymisierte Einträge). Passwort und Wiederherstellungsschlüssel bleiben dieselben.',
    onDemandConfirm: 'Jetzt neu verschlüsseln',
    cancel: 'Abbrechen',
    passwordCheckbox: 'Tresor dabei neu verschlüsseln (empfohlen)',
    passwordCheckboxHelp:
      'Dann öffnet das alte Passwort nichts mehr – auch nicht, was von früher in den Speicherdateien dieses Geräts übrig ist.',
    passwordDone: 'Das Passwort wurde geändert und der Tresor neu verschlüsselt.',
    recoveryIntro:
      'Der bisherige Wiederherstellungsschlüssel öffnet danach nichts mehr – auch nicht, was von früher in den Speicherdateien dieses Geräts übrig ist: Der Tresor wird dafür neu verschlüsselt. Bestätigen Sie mit Ihrem Passwort.',
  },
};
