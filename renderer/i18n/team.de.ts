// Texts of the office team: Einstellungen → Team, its dialogs, and the sync status in the top bar.
export const teamDe = {
  team: {
    title: 'Team',
    intro:
      'Mehrere Kolleginnen und Kollegen führen ein gemeinsames Protokoll: Jede Person arbeitet an ihrem eigenen Computer, auch ohne Netz; die Änderungen werden über den CouchDB-Server des Landkreises abgeglichen. Der Server speichert nur Verschlüsseltes – keine Namen, Daten oder Texte.',
    notInTeam: 'Dieser Tresor gehört zu keinem Team.',
    setUp: 'Team einrichten …',
    join: 'Einem Team beitreten …',
    office: 'Büro',
    server: 'Server',
    database: 'Datenbank',
    fields: {
      server: 'Serveradresse',
      serverHelp: 'Von der IT, z. B. https://couchdb.landkreis.de:6984',
      database: 'Datenbank',
      databaseHelp:
        'Die Datenbank des Büros (von der IT); als Leitung oder Haushalt: die Datenbank für die Auswertung',
      statsDatabase: 'Datenbank für die Auswertung',
      statsDatabaseHelp:
        'Von der IT angelegt. Zugriff: alle Koordinator/innen, die Leitung und der Haushalt – nicht die Datenbank des Büros.',
      user: 'Benutzername (Server)',
      password: 'Passwort (Server)',
      passwordHelp: 'Bleibt auf diesem Computer; es wird nie synchronisiert oder gesichert.',
      office: 'Name des Büros',
      name: 'Ihr Name',
      invitedRole: 'Rolle der eingeladenen Person',
      device: 'Dieser Computer',
      deviceHelp: 'Zum Unterscheiden, z. B. „PC Büro 2“ oder „Laptop“',
      code: 'Einladungscode',
      codeHelp: '14 Vierergruppen, wie auf der Einladung; Groß- und Kleinschreibung egal',
    },
    roles: {
      koordination: 'Koordination',
      leitung: 'Leitung (nur Auswertung)',
      verwaltung: 'Haushalt (Auswertung und Fördermittel)',
    },
    setUpTitle: 'Team einrichten',
    setUpIntro:
      'Dieser Tresor wird zum gemeinsamen Protokoll des Büros. Alle Einträge werden mit einem neuen Team-Schlüssel verschlüsselt und auf den Server geladen; danach können Sie Kolleginnen und Kollegen einladen.',
    setUpSubmit: 'Team einrichten',
    setUpWorking: 'Wird eingerichtet …',
    joinTitle: 'Einem Team beitreten',
    joinIntro:
      'Geben Sie die Zugangsdaten von der IT und den Einladungscode ein, den ein Mitglied des Teams für Sie erstellt hat. Danach wird das Protokoll des Büros auf diesen Computer geladen; Einträge, die schon in diesem Tresor sind, kommen dazu. Die Rolle steht in der Einladung: Mit einem Code für die Leitung kommen nur die Zahlen, mit einem für den Haushalt die Zahlen und die Fördermittel – beide mit der Datenbank für die Auswertung.',
    joinSubmit: 'Beitreten',
    joinWorking: 'Wird beigetreten …',
    joined: 'Sie sind dem Team „{{office}}“ beigetreten.',
    setUpDone: 'Das Team „{{office}}“ ist eingerichtet.',
    access: 'Zugangsdaten ändern …',
    accessTitle: 'Zugangsdaten ändern',
    accessIntro:
      'Wenn die IT ein neues Passwort vergeben oder die Datenbank des Büros umgezogen hat: Tragen Sie die neuen Zugangsdaten ein. Der Server wird vorher geprüft; er muss das Protokoll dieses Teams enthalten.',
    accessSubmit: 'Speichern',
    accessWorking: 'Wird geprüft …',
    accessChanged: 'Die neuen Zugangsdaten sind gespeichert.',
    invite: 'Mitglied einladen …',
    inviteTitle: 'Mitglied einladen',
    inviteIntro:
      'Geben Sie diesen Code auf dem neuen Computer unter „Einem Team beitreten“ ein, zusammen mit den Zugangsdaten, die die IT für diese Person angelegt hat. Der Code gilt einmal und bis {{date}}.',
    inviteWarning:
      'Wer den Code und Zugang zum Server hat, kann das Protokoll lesen: Geben Sie ihn nur persönlich weiter, nicht per E-Mail.',
    inviteWhere: 'Server: {{server}} · Datenbank: {{database}}',
    inviting: 'Einladung wird erstellt …',
    print: 'Drucken',
    close: 'Schließen',
    members: 'Mitglieder',
    columns: {
      name: 'Name',
      role: 'Rolle',
      device: 'Computer',
      since: 'Mitglied seit',
      lastSync: 'Zuletzt synchronisiert',
    },
    thisDevice: 'dieser Computer',
    removedOn: 'entfernt am {{date}}',
    rekeyIntro_one:
      'Ein Mitglied des Teams hat {{count, number}} Eintrag gelöscht oder anonymisiert. Damit der entfernte Inhalt auch in den Speicherdateien dieses Computers nicht mehr lesbar ist, wird der Tresor jetzt mit einem neuen Schlüssel neu geschrieben.',
    rekeyIntro_other:
      'Ein Mitglied des Teams hat {{count, number}} Einträge gelöscht oder anonymisiert. Damit die entfernten Inhalte auch in den Speicherdateien dieses Computers nicht mehr lesbar sind, wird der Tresor jetzt mit einem neuen Schlüssel neu geschrieben.',
    syncNow: 'Jetzt synchronisieren',
    remove: 'Entfernen …',
    removeLabel: '{{name}} aus dem Team entfernen',
    removeTitle: '{{name}} aus dem Team entfernen?',
    removeText:
      'Das Protokoll wird mit einem neuen Team-Schlüssel verschlüsselt, den nur die übrigen Mitglieder bekommen: Was ab jetzt geschrieben wird, kann {{name}} nicht mehr lesen. Was schon auf dem Computer von {{name}} ist, lässt sich nicht zurückholen. Bitten Sie die IT, auch den Server-Benutzer dieser Person zu löschen.',
    removeConfirm: 'Entfernen',
    makeLead: 'Zur Leitung machen …',
    makeLeadLabel: '{{name}} zur Leitung machen',
    makeLeadTitle: '{{name}} zur Leitung machen?',
    makeLeadText:
      'Das Protokoll bekommt einen neuen Team-Schlüssel, den der Computer von {{name}} nicht erhält: Neue Einträge kann er nicht mehr lesen. Was schon auf diesem Computer ist, lässt sich nicht zurückholen. Danach laden Sie {{name}} mit „Leitung einladen …“ ein; die Leitung tritt mit einem neuen, leeren Tresor bei und bekommt nur die Zahlen. Bitten Sie die IT, den Server-Benutzer von {{name}} aus der Datenbank des Büros zu nehmen und der Datenbank für die Auswertung hinzuzufügen.',
    makeLeadConfirm: 'Zur Leitung machen',
    madeLead:
      'Der Computer von {{name}} bekommt keine neuen Einträge mehr. Laden Sie {{name}} jetzt mit „Leitung einladen …“ als Leitung ein.',
    removeLeadLabel: '{{name}} ({{role}}) entfernen',
    removeLeadTitle: '{{name}} entfernen?',
    removeLeadText:
      'Die Zahlen für die Auswertung und die Fördermittel bekommen neue Schlüssel, die der Computer von {{name}} nicht erhält: Neue Zahlen und Fördermittel kann er nicht mehr lesen; was er schon hat, bleibt dort. Bitten Sie die IT, den Server-Benutzer von {{name}} zu löschen.',
    statsFailed:
      'Die Zahlen für die Leitung wurden nicht veröffentlicht: {{reason}} (Datenbank für die Auswertung: {{database}}). Das Protokoll des Teams ist abgeglichen; bitte die IT prüfen lassen, ob es die Datenbank gibt und Sie Zugriff haben.',
    inviteLead: 'Leitung einladen …',
    inviteLeadTitle: 'Leitung oder Haushalt einladen',
    inviteLeadIntro:
      'Leitung und Haushalt sehen die Zahlen des Büros – Auswertung, Team, Jahresbericht –, aber keine Namen, Betreffs, Notizen oder Freitexte der Anfragen. Der Haushalt liest dazu die Fördermittel (Vorhaben, Belege mit den Namen darauf, Mittelabrufe, Fristen), ändert sie aber nicht. Die Zahlen liegen in einer eigenen Datenbank, verschlüsselt mit einem eigenen Schlüssel, die Fördermittel mit einem zweiten, den nur der Haushalt bekommt. Die IT legt die Datenbank an und gibt ihnen nur darauf Zugriff.',
    inviteLeadSubmit: 'Code erstellen',
    inviteLeadWarning:
      'Mit diesem Code und Zugang zur Datenbank für die Auswertung lassen sich die Zahlen des Büros lesen (keine Namen). Geben Sie ihn nur persönlich weiter. Die Leitung tritt mit einem neuen, leeren Tresor bei.',
    inviteHaushaltWarning:
      'Mit diesem Code und Zugang zur Datenbank für die Auswertung lassen sich die Zahlen des Büros und die Fördermittel lesen, mit den Namen auf den Belegen. Geben Sie ihn nur persönlich weiter. Der Haushalt tritt mit einem neuen, leeren Tresor bei.',
    haushaltIntro:
      'Dieser Computer gehört dem Haushalt: Er erhält die Zahlen des Büros und die Fördermittel aus der Datenbank für die Auswertung – keine Namen, Betreffs, Notizen oder Freitexte der Anfragen. Eingetragen und geändert wird an den Computern der Koordination.',
    leadIntro:
      'Dieser Computer gehört der Leitung: Er erhält die Zahlen des Büros aus der Datenbank für die Auswertung – keine Namen, Betreffs, Notizen oder Freitexte. Eingetragen wird an den Computern der Koordination.',
    cancel: 'Abbrechen',
    removed: '{{name}} ist aus dem Team entfernt. Bitte die IT, auch den Server-Benutzer zu löschen.',
    everywhere:
      'Sie arbeiten im Team: Das gilt auf allen Computern des Teams, sobald sie sich synchronisieren.',
    leave: 'Team verlassen …',
    leaveTitle: 'Team verlassen?',
    leaveText:
      'Dieser Computer synchronisiert danach nicht mehr; alle Einträge bleiben hier. Die Zugangsdaten zum Server und die Schlüssel des Teams werden von diesem Computer gelöscht. Bitten Sie ein anderes Mitglied, Sie aus dem Team zu entfernen (dann bekommt das Team einen neuen Schlüssel), und die IT, Ihren Server-Benutzer zu löschen.',
    leaveTextLead:
      'Dieser Computer synchronisiert danach nicht mehr. Die Zahlen und Fördermittel, die er aus der Datenbank für die Auswertung bekommen hat, werden von ihm gelöscht, ebenso die Zugangsdaten und Schlüssel. Bitten Sie die Koordination, Sie aus dem Team zu entfernen, und die IT, Ihren Server-Benutzer zu löschen.',
    leaveConfirm: 'Team verlassen',
    left: 'Sie haben das Team verlassen. Dieser Computer synchronisiert nicht mehr.',
    removing: 'Wird entfernt …',
    actions: 'Aktionen',
    invitations: {
      waiting_one: '1 Einladung wurde noch nicht benutzt (oder ist abgelaufen).',
      waiting_other: '{{count, number}} Einladungen wurden noch nicht benutzt (oder sind abgelaufen).',
      withdraw: 'Einladungen zurückziehen …',
      withdrawTitle: 'Einladungen zurückziehen?',
      withdrawText:
        'Alle Einladungscodes, die noch nicht benutzt wurden, funktionieren danach nicht mehr. Wer schon beigetreten ist, bleibt im Team.',
      withdrawConfirm: 'Zurückziehen',
      withdrawn_one: '1 Einladung zurückgezogen',
      withdrawn_other: '{{count, number}} Einladungen zurückgezogen',
    },
    conflicts: {
      title_one: '1 Eintrag mit Konflikt',
      title_other: '{{count, number}} Einträge mit Konflikten',
      text: 'Zwei Mitglieder haben dasselbe Feld geändert, während sie getrennt waren. Die spätere Änderung gilt; der andere Wert ist mit Name und Zeit beim Eintrag vermerkt (bei einer Anfrage im Verlauf).',
      entry_one: '1 ersetzter Wert, zuletzt am {{at}}',
      entry_other: '{{count, number}} ersetzte Werte, zuletzt am {{at}}',
      more: '… und {{count, number}} weitere',
      inRecord: 'Konflikt: ein Wert wurde durch eine spätere Änderung ersetzt',
      untitled: 'ohne Titel',
      seen: 'Gesehen',
      seenHint:
        'Blendet diese Hinweise aus; neue Konflikte erscheinen wieder. Der Verlauf der Einträge behält sie.',
      seenDone: 'Konflikte als gesehen markiert',
    },
    status: {
      syncing: 'Wird synchronisiert …',
      syncingCount: 'Wird synchronisiert … {{done, number}} Einträge',
      synced: 'Synchronisiert · {{ago}}',
      offline: 'Offline – {{waiting}}',
      offlineSince: 'Offline – {{waiting}} · zuletzt synchronisiert {{ago}}',
      serverAway: 'Server nicht erreichbar – {{waiting}}',
      serverAwaySince: 'Server nicht erreichbar – {{waiting}} · zuletzt synchronisiert {{ago}}',
      failed: 'Nicht synchronisiert: {{reason}}',
      waiting_one: '{{count, number}} Änderung wartet',
      waiting_other: '{{count, number}} Änderungen warten',
      nothingWaiting: 'keine Änderung wartet',
      justNow: 'gerade eben',
      minutesAgo: 'vor {{count, number}} Min.',
      hoursAgo: 'vor {{count, number}} Std.',
      at: 'am {{date}}',
      never: 'noch nie',
      label: 'Stand der Synchronisierung',
    },
    failure: {
      unreachable: 'Server nicht erreichbar',
      certificate: 'Das Zertifikat des Servers ist nicht vertrauenswürdig',
      unauthorized: 'Benutzername oder Passwort falsch',
      forbidden: 'Kein Zugriff auf die Datenbank des Büros',
      notFound: 'Diese Datenbank gibt es auf dem Server nicht',
      notCouch: 'Unter dieser Adresse antwortet kein CouchDB-Server. Bitte die Serveradresse prüfen',
      revoked: 'Dieser Computer wurde aus dem Team entfernt',
      server: 'Der Server meldet einen Fehler',
    },
    errors: {
      required: 'Bitte ausfüllen.',
      invalidUrl: 'Bitte eine vollständige Adresse angeben, z. B. https://couchdb.landkreis.de:6984',
      httpsRequired:
        'Bitte eine Adresse mit https:// angeben. Ohne Verschlüsselung geht nur ein Server auf diesem Computer selbst (localhost).',
      databaseInUse:
        'Diese Datenbank enthält schon das Protokoll eines Teams. Bitte dem Team beitreten oder eine leere Datenbank von der IT verwenden.',
      malformed: 'Der Einladungscode ist unvollständig oder enthält einen Tippfehler.',
      wrongOrUsed:
        'Diesen Einladungscode gibt es nicht oder er wurde schon verwendet. Bitte ein Mitglied des Teams um einen neuen.',
      expired:
        'Dieser Einladungscode ist abgelaufen (nach 7 Tagen). Bitte ein Mitglied des Teams um einen neuen.',
      failed: 'Das hat nicht geklappt: {{reason}}. Es wurde nichts verändert.',
      officeDatabase:
        'Das ist die Datenbank des Büros. Die Leitung braucht eine eigene Datenbank für die Auswertung, die die IT anlegt (Zugriff: die Koordinator/innen und die Leitung). Es wurde nichts verändert.',
      leadsElsewhere:
        'Die Leitung liest schon aus der Datenbank „{{current}}“. Bitte weitere Personen in dieselbe Datenbank einladen. Es wurde nichts verändert.',
      leadVaultNotEmpty:
        'Dieser Code ist für die Leitung: Sie tritt mit einem leeren Tresor bei, damit auf diesem Computer nur Zahlen liegen. Dieser Tresor enthält schon Einträge. Bitte auf diesem Computer einen neuen Tresor anlegen. Es wurde nichts verändert; der Code gilt weiter.',
      notThisTeam:
        'Diese Datenbank enthält nicht das Protokoll dieses Teams. Bitte Serveradresse und Datenbank prüfen. Es wurde nichts verändert.',
    },
  },
};
