<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>ApiClient</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Someone used an old sign-in of your account, so that session was ended to protect it. Sign in again, and see Profile › Security for where it came from.</source>
        <translation>Jemand hat eine alte Anmeldung Ihres Kontos benutzt, daher wurde diese Sitzung zum Schutz beendet. Melden Sie sich erneut an und sehen Sie unter Profil › Sicherheit nach, woher sie kam.</translation>
    </message>
</context>
<context>
    <name>ApiConsole</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Is the server up? (GET /health)</source>
        <translation>Läuft der Server? (GET /health)</translation>
    </message>
    <message>
        <source>Create an account (POST /register)</source>
        <translation>Konto anlegen (POST /register)</translation>
    </message>
    <message>
        <source>Log in (POST /login)</source>
        <translation>Anmelden (POST /login)</translation>
    </message>
    <message>
        <source>New tokens (POST /token/refresh)</source>
        <translation>Neue Tokens (POST /token/refresh)</translation>
    </message>
    <message>
        <source>Log out (POST /logout)</source>
        <translation>Abmelden (POST /logout)</translation>
    </message>
    <message>
        <source>Search the catalogue (GET /moviedata)</source>
        <translation>Katalog durchsuchen (GET /moviedata)</translation>
    </message>
    <message>
        <source>One film (GET /moviedata/{id})</source>
        <translation>Ein Film (GET /moviedata/{id})</translation>
    </message>
    <message>
        <source>Add a film (POST /moviedata, admins)</source>
        <translation>Film hinzufügen (POST /moviedata, Administratoren)</translation>
    </message>
    <message>
        <source>Change a film (PATCH /moviedata/{id}, admins)</source>
        <translation>Film ändern (PATCH /moviedata/{id}, Administratoren)</translation>
    </message>
    <message>
        <source>Delete a film (DELETE /moviedata/{id}, admins)</source>
        <translation>Film löschen (DELETE /moviedata/{id}, Administratoren)</translation>
    </message>
    <message>
        <source>My account (GET /userdetails)</source>
        <translation>Mein Konto (GET /userdetails)</translation>
    </message>
    <message>
        <source>Rename me (PATCH /userdetails)</source>
        <translation>Mich umbenennen (PATCH /userdetails)</translation>
    </message>
    <message>
        <source>The API description (GET /openapi.json)</source>
        <translation>Die API-Beschreibung (GET /openapi.json)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>with my token</source>
        <translation>mit meinem Token</translation>
    </message>
    <message>
        <source>No request sent yet.</source>
        <translation>Noch keine Anfrage gesendet.</translation>
    </message>
    <message>
        <source>/path?query</source>
        <translation>/pfad?abfrage</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>&amp;Use my session</source>
        <translation>Meine Sit&amp;zung verwenden</translation>
    </message>
    <message>
        <source>Sets Authorization: Bearer with your signed-in access token</source>
        <translation>Setzt Authorization: Bearer mit Ihrem Zugriffstoken</translation>
    </message>
    <message>
        <source>Remove Authorization</source>
        <translation>Authorization entfernen</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Otherwise the token is written as $TOKEN</source>
        <translation>Sonst wird das Token als $TOKEN geschrieben</translation>
    </message>
    <message>
        <source>Format JSON</source>
        <translation>JSON formatieren</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>History (double-click to load)</source>
        <translation>Verlauf (Doppelklick lädt)</translation>
    </message>
    <message>
        <source>You are not signed in: there is no session to use.</source>
        <translation>Sie sind nicht angemeldet: Es gibt keine Sitzung.</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>Kein Inhalt.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1 (at character %2). It can still be sent, to see the server&apos;s answer.</source>
        <translation>Kein gültiges JSON: %1 (bei Zeichen %2). Es kann trotzdem gesendet werden, um die Antwort des Servers zu sehen.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>Sende %1 %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3 ms · %4</source>
        <translation>%1 %2 · %3 ms · %4</translation>
    </message>
    <message>
        <source>Problem %1: %2</source>
        <translation>Problem %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a path on this server: start it with /, like /moviedata?q=alien.</source>
        <translation>„%1“ ist kein Pfad auf diesem Server: Beginnen Sie mit /, etwa /moviedata?q=alien.</translation>
    </message>
    <message>
        <source>%1 %2 needs a token. Press “Use my session” to send yours, or send it as it is to see the 401.</source>
        <translation>%1 %2 braucht ein Token. Drücken Sie „Meine Sitzung verwenden“, um Ihres mitzusenden, oder senden Sie die Anfrage so, um die 401 zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2 needs no token.</source>
        <translation>%1 %2 braucht kein Token.</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>In die Zwischenablage kopiert: %1</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <source>The catalogue service did not answer (%1).</source>
        <translation>Der Katalogdienst hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1.</source>
        <translation>Zu viele Fehlversuche. Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <source>An account with this email already exists.</source>
        <translation>Es gibt bereits ein Konto mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>Nur ein Administrator kann das tun.</translation>
    </message>
    <message>
        <source>This film is no longer in the catalogue.</source>
        <translation>Dieser Film ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Einige Felder müssen korrigiert werden.</translation>
    </message>
    <message>
        <source>That is too much text.</source>
        <translation>Das ist zu viel Text.</translation>
    </message>
    <message>
        <source>The catalogue service ran into a problem; nothing was changed.</source>
        <translation>Im Katalogdienst ist ein Fehler aufgetreten; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The request was refused (%1).</source>
        <translation>Die Anfrage wurde abgelehnt (%1).</translation>
    </message>
    <message>
        <source>This password is too common. Choose one that is harder to guess.</source>
        <translation>Dieses Passwort ist zu gebräuchlich. Wählen Sie eines, das schwerer zu erraten ist.</translation>
    </message>
    <message>
        <source>The password must not be your email.</source>
        <translation>Das Passwort darf nicht Ihre E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Dieses Feld ist erforderlich.</translation>
    </message>
    <message>
        <source>This is not the right kind of value.</source>
        <translation>Dieser Wert hat nicht die richtige Art.</translation>
    </message>
    <message>
        <source>This must not be empty.</source>
        <translation>Dies darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the control characters.</source>
        <translation>Entfernen Sie die Steuerzeichen.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Geben Sie eine Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Enter a date in the years %1 to %2.</source>
        <translation>Geben Sie ein Datum in den Jahren %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>The year must match the release date.</source>
        <translation>Das Jahr muss zum Erscheinungsdatum passen.</translation>
    </message>
    <message>
        <source>The last year must not be before the first.</source>
        <translation>Das letzte Jahr darf nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <source>Change something first.</source>
        <translation>Ändern Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>This cannot be set here.</source>
        <translation>Dies kann hier nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>This is not one of the allowed values.</source>
        <translation>Dies ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <source>This viewing is no longer in your diary.</source>
        <translation>Diese Sichtung steht nicht mehr in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <source>This file is not an image Reelvault can use: choose a JPEG, PNG or WebP image.</source>
        <translation>Diese Datei ist kein Bild, das Reelvault verwenden kann: Wählen Sie ein JPEG-, PNG- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>This image is too large: at most 10,000 pixels a side and 30 megapixels.</source>
        <translation>Dieses Bild ist zu groß: höchstens 10.000 Pixel je Seite und 30 Megapixel.</translation>
    </message>
    <message>
        <source>This film has no poster.</source>
        <translation>Dieser Film hat kein Plakat.</translation>
    </message>
    <message>
        <source>This server answers only for the name it listens on. Reach it by that name, or through a reverse proxy that sends it Host: localhost (see docs/shared-server.md).</source>
        <translation>Dieser Server antwortet nur unter dem Namen, auf dem er lauscht. Erreichen Sie ihn unter diesem Namen oder über einen Reverse-Proxy, der ihm Host: localhost schickt (siehe docs/shared-server.md).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the catalogue</source>
        <translation>Katalog sichern</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>One file with every account, diary, rating, import and poster of this catalogue, encrypted with a passphrase. Without the passphrase nobody can read it, not even you: keep it safe.</source>
        <translation>Eine Datei mit allen Konten, Tagebüchern, Bewertungen, Importen und Postern dieses Katalogs, mit einer Passphrase verschlüsselt. Ohne die Passphrase kann niemand sie lesen, auch Sie nicht: Bewahren Sie sie gut auf.</translation>
    </message>
    <message>
        <source>Restoring replaces every account, diary, rating, import and poster of this catalogue with the backup&apos;s. What is here now is kept as a backup in the data folder, with the same passphrase. Everyone then signs in with the accounts of the backup.</source>
        <translation>Die Wiederherstellung ersetzt alle Konten, Tagebücher, Bewertungen, Importe und Poster dieses Katalogs durch die der Sicherung. Der jetzige Stand wird im Datenordner als Sicherung mit derselben Passphrase aufbewahrt. Danach melden sich alle mit den Konten der Sicherung an.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Sicherungs&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Back &amp;up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Reelvault backups (*.rvbackup)</source>
        <translation>Reelvault-Sicherungen (*.rvbackup)</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Wählen Sie, wo die Sicherung gespeichert wird.</translation>
    </message>
    <message>
        <source>Choose the backup file.</source>
        <translation>Wählen Sie die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>There is no file here.</source>
        <translation>Hier gibt es keine Datei.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Die Passphrase muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The backup could not be saved to %1: %2</source>
        <translation>Die Sicherung konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2). Keep the passphrase: without it the backup cannot be restored.</source>
        <translation>Gesichert in %1 (%2). Behalten Sie die Passphrase: Ohne sie lässt sich die Sicherung nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Replace this catalogue?</source>
        <translation>Diesen Katalog ersetzen?</translation>
    </message>
    <message>
        <source>Everything in this catalogue (every account, diary, rating, import and poster) will be replaced by the backup in %1. What is here now is kept in the data folder as a backup with the same passphrase.</source>
        <translation>Alles in diesem Katalog (alle Konten, Tagebücher, Bewertungen, Importe und Poster) wird durch die Sicherung in %1 ersetzt. Der jetzige Stand wird im Datenordner als Sicherung mit derselben Passphrase aufbewahrt.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup.</source>
        <translation>Diese Passphrase öffnet die Sicherung nicht.</translation>
    </message>
    <message>
        <source>Nothing was replaced: %1</source>
        <translation>Nichts wurde ersetzt: %1</translation>
    </message>
    <message>
        <source>Restored the backup made %1. The catalogue as it was is kept as %2 in the data folder.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Der vorige Stand ist als %2 im Datenordner aufbewahrt.</translation>
    </message>
    <message>
        <source>The catalogue was restored from the backup made %1. Sign in with an account of the backup.</source>
        <translation>Der Katalog wurde aus der Sicherung vom %1 wiederhergestellt. Melden Sie sich mit einem Konto der Sicherung an.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Select a film to see its details.</source>
        <translation>Wählen Sie einen Film, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Search titles and directors</source>
        <translation>Titel und Regie durchsuchen</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Alle Genres</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>&amp;Add film…</source>
        <translation>Film &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No films match</source>
        <translation>Keine passenden Filme</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Running time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>IMDb rating</source>
        <translation>IMDb-Wertung</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>Rotten Tomatoes</source>
        <translation>Rotten Tomatoes</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Verleih</translation>
    </message>
    <message>
        <source>US gross</source>
        <translation>US-Einspiel</translation>
    </message>
    <message>
        <source>Worldwide gross</source>
        <translation>Weltweites Einspiel</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete film</source>
        <translation>Film löschen</translation>
    </message>
    <message>
        <source>Delete “%1” from the catalogue? This cannot be undone.</source>
        <translation>„%1“ aus dem Katalog löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln film(s)</source>
        <translation>
            <numerusform>%Ln Film</numerusform>
            <numerusform>%Ln Filme</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Show details</source>
        <translation>&amp;Details zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy title</source>
        <translation>Titel &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>the search “%1”</source>
        <translation>die Suche „%1“</translation>
    </message>
    <message>
        <source>the genre %1</source>
        <translation>das Genre %1</translation>
    </message>
    <message>
        <source>the years %1 to %2</source>
        <translation>die Jahre %1 bis %2</translation>
    </message>
    <message>
        <source>the years from %1</source>
        <translation>die Jahre ab %1</translation>
    </message>
    <message>
        <source>the years up to %1</source>
        <translation>die Jahre bis %1</translation>
    </message>
    <message>
        <source>The catalogue is empty.</source>
        <translation>Der Katalog ist leer.</translation>
    </message>
    <message>
        <source>No films match %1.</source>
        <translation>Keine Filme passen zu %1.</translation>
    </message>
    <message>
        <source>Try other words or filters, or press “Clear filters” to see every film.</source>
        <translation>Versuchen Sie andere Wörter oder Filter, oder drücken Sie „Filter zurücksetzen“, um alle Filme zu sehen.</translation>
    </message>
    <message>
        <source>Saved “%1”; it does not match the current search and filters.</source>
        <translation>„%1“ gespeichert; der Film passt nicht zur aktuellen Suche und den Filtern.</translation>
    </message>
    <message>
        <source>All films</source>
        <translation>Alle Filme</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Nicht gesehen</translation>
    </message>
    <message>
        <source>Watchlist</source>
        <translation>Merkliste</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Only the films you gave this tag</source>
        <translation>Nur die Filme mit diesem Schlagwort von Ihnen</translation>
    </message>
    <message>
        <source>Only the films you rated at least so</source>
        <translation>Nur die Filme, die Sie mindestens so bewertet haben</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>the tag “%1”</source>
        <translation>das Schlagwort „%1“</translation>
    </message>
    <message>
        <source>your rating of %1 or more</source>
        <translation>Ihre Bewertung von %1 oder mehr</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>“%1” is not in the catalogue any more.</source>
        <translation>„%1“ ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>%L1+ films</source>
        <translation>%L1+ Filme</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;Walk through the flow</source>
        <translation>Den Ablauf &amp;durchgehen</translation>
    </message>
    <message>
        <source>&amp;Token inspector</source>
        <translation>&amp;Token-Inspektor</translation>
    </message>
    <message>
        <source>API Console — Reelvault</source>
        <translation>API-Konsole — Reelvault</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Show in catalogue</source>
        <translation>Im &amp;Katalog zeigen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rewatch</source>
        <translation>Erneut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your diary is empty.

Mark a film watched in the catalogue (“Watched today” in its panel) and it appears here.</source>
        <translation>Ihr Tagebuch ist leer.

Markieren Sie einen Film im Katalog als gesehen („Heute gesehen“ in seinem Bereich), dann erscheint er hier.</translation>
    </message>
    <message>
        <source>rewatch</source>
        <translation>erneut gesehen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln film(s)</source>
        <translation>
            <numerusform>%1 · %Ln Film</numerusform>
            <numerusform>%1 · %Ln Filme</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln viewing(s)</source>
        <translation>
            <numerusform>%Ln Sichtung</numerusform>
            <numerusform>%Ln Sichtungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the viewing.</source>
        <translation>Sichtung gespeichert.</translation>
    </message>
    <message>
        <source>Delete viewing</source>
        <translation>Sichtung löschen</translation>
    </message>
    <message>
        <source>Delete your viewing of %1 on %2 from the diary?</source>
        <translation>Ihre Sichtung von %1 am %2 aus dem Tagebuch löschen?</translation>
    </message>
    <message>
        <source>Deleted the viewing of %1.</source>
        <translation>Sichtung von %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>FilmText</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FlowWalkthrough</name>
    <message>
        <source>1. Register a demo user (POST /register)</source>
        <translation>1. Einen Demo-Benutzer registrieren (POST /register)</translation>
    </message>
    <message>
        <source>2. Log in and receive a token (POST /login)</source>
        <translation>2. Anmelden und ein Token erhalten (POST /login)</translation>
    </message>
    <message>
        <source>3. Ask for the films without the token (GET /moviedata → 401)</source>
        <translation>3. Filme ohne Token abfragen (GET /moviedata → 401)</translation>
    </message>
    <message>
        <source>4. Ask again with the token (GET /moviedata → 200)</source>
        <translation>4. Noch einmal mit Token (GET /moviedata → 200)</translation>
    </message>
    <message>
        <source>5. Read the account (GET /userdetails)</source>
        <translation>5. Das Konto lesen (GET /userdetails)</translation>
    </message>
    <message>
        <source>6. Log out (POST /logout)</source>
        <translation>6. Abmelden (POST /logout)</translation>
    </message>
    <message>
        <source>7. Try the old token again (GET /userdetails → 401)</source>
        <translation>7. Das alte Token erneut versuchen (GET /userdetails → 401)</translation>
    </message>
    <message>
        <source>The lesson&apos;s flow against this app&apos;s own API, one step at a time. Each step shows what it sent and what came back.</source>
        <translation>Der Ablauf aus der Lektion gegen die eigene API dieser App, Schritt für Schritt. Jeder Schritt zeigt, was er gesendet hat und was zurückkam.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Von vorn beginnen</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>✔ %1, as expected</source>
        <translation>✔ %1, wie erwartet</translation>
    </message>
    <message>
        <source>✘ %1 (expected %2)</source>
        <translation>✘ %1 (erwartet: %2)</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <source>8. Clean up: sign in and delete the demo account (DELETE /userdetails → 204)</source>
        <translation>8. Aufräumen: anmelden und das Demo-Konto löschen (DELETE /userdetails → 204)</translation>
    </message>
    <message>
        <source>(signed in again as %1 for the last step)</source>
        <translation>(für den letzten Schritt erneut als %1 angemeldet)</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDelegate</name>
    <message>
        <source>Skip this row</source>
        <translation>Diese Zeile überspringen</translation>
    </message>
    <message>
        <source>Type to find the film</source>
        <translation>Tippen, um den Film zu finden</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import — %1</source>
        <translation>Import — %1</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Film in the catalogue</source>
        <translation>Film im Katalog</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>This file is larger than 32 MiB; an export of a film history is far smaller. Is it the right file?</source>
        <translation>Diese Datei ist größer als 32 MiB; ein Export einer Filmhistorie ist viel kleiner. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the file and matching its films…</source>
        <translation>Datei wird gelesen und ihre Filme werden zugeordnet…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Reelvault cannot import this file. It takes a Letterboxd export (the ZIP, or a CSV file from it), an IMDb ratings or list export (CSV), or Reelvault&apos;s own JSON export.</source>
        <translation>Reelvault kann diese Datei nicht importieren. Es nimmt einen Letterboxd-Export (die ZIP-Datei oder eine CSV-Datei daraus), einen IMDb-Bewertungs- oder Listenexport (CSV) oder Reelvaults eigenen JSON-Export.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s). Matched %2, to choose %3, no film found %4, skipped %5.</source>
        <translation>
            <numerusform>%1: %Ln Zeile. Zugeordnet %2, zu wählen %3, kein Film gefunden %4, übersprungen %5.</numerusform>
            <numerusform>%1: %Ln Zeilen. Zugeordnet %2, zu wählen %3, kein Film gefunden %4, übersprungen %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln viewing(s)</source>
        <translation>
            <numerusform>%Ln Sichtung</numerusform>
            <numerusform>%Ln Sichtungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln Bewertung</numerusform>
            <numerusform>%Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the watchlist</source>
        <translation>
            <numerusform>%Ln auf der Merkliste</numerusform>
            <numerusform>%Ln auf der Merkliste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln favourite(s)</source>
        <translation>
            <numerusform>%Ln Favorit</numerusform>
            <numerusform>%Ln Favoriten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln Schlagwort</numerusform>
            <numerusform>%Ln Schlagwörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing it changes nothing: all of it is here already.</source>
        <translation>Der Import ändert nichts: Alles ist schon da.</translation>
    </message>
    <message>
        <source>Importing it adds or changes: %1.</source>
        <translation>Der Import fügt hinzu oder ändert: %1.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>To choose</source>
        <translation>Zu wählen</translation>
    </message>
    <message>
        <source>No film found</source>
        <translation>Kein Film gefunden</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>The rows you choose a film for below are imported too.</source>
        <translation>Die Zeilen, für die Sie unten einen Film wählen, werden ebenfalls importiert.</translation>
    </message>
    <message>
        <source>Sending the file…</source>
        <translation>Die Datei wird gesendet…</translation>
    </message>
    <message>
        <source>Double-click or press Enter to choose the film</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um den Film zu wählen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to find the film</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um den Film zu suchen</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Welcome back to your film collection.</source>
        <translation>Willkommen zurück bei Ihrer Filmsammlung.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>No account yet? Create one</source>
        <translation>Noch kein Konto? Jetzt anlegen</translation>
    </message>
    <message>
        <source>Enter your email.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>Catalogue on %1 · Change…</source>
        <translation>Katalog auf %1 · Ändern…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting the catalogue service…</source>
        <translation>Der Katalogdienst startet…</translation>
    </message>
    <message>
        <source>Reelvault</source>
        <translation>Reelvault</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>%1 You will need to sign in each time you start Reelvault; nothing is stored in plain files.</source>
        <translation>%1 Sie müssen sich bei jedem Start von Reelvault anmelden; nichts wird in einfachen Dateien gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain: signing in is not remembered.</source>
        <translation>Kein Systemschlüsselbund: Die Anmeldung wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>API &amp;Console…</source>
        <translation>API-&amp;Konsole…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The language changes the next time Reelvault starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Reelvault.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Reelvault</source>
        <translation>Über &amp;Reelvault</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>The catalogue&apos;s API is served here; try it with curl.</source>
        <translation>Hier wird die API des Katalogs angeboten; probieren Sie sie mit curl aus.</translation>
    </message>
    <message>
        <source>Opening your catalogue…</source>
        <translation>Ihr Katalog wird geöffnet…</translation>
    </message>
    <message>
        <source>The catalogue service did not answer.</source>
        <translation>Der Katalogdienst hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>About Reelvault</source>
        <translation>Über Reelvault</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reelvault %1&lt;/h3&gt;&lt;p&gt;An offline movie catalogue with a real authentication API built in.&lt;/p&gt;&lt;p&gt;Built with Qt %2, libsodium and SQLite.&lt;/p&gt;&lt;p&gt;The sample catalogue is &lt;i&gt;movies.json&lt;/i&gt; from vega-datasets (BSD-3-Clause, © University of Washington Interactive Data Lab). The common-password list is Openwall&apos;s &lt;i&gt;password.lst&lt;/i&gt; (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reelvault %1&lt;/h3&gt;&lt;p&gt;Ein Offline-Filmkatalog mit einer echten Authentifizierungs-API.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, libsodium und SQLite.&lt;/p&gt;&lt;p&gt;Der Beispielkatalog ist &lt;i&gt;movies.json&lt;/i&gt; aus vega-datasets (BSD-3-Clause, © University of Washington Interactive Data Lab). Die Liste häufiger Passwörter ist Openwalls &lt;i&gt;password.lst&lt;/i&gt; (gemeinfrei).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reelvault is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY; see &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the licence&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reelvault ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Sie wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt; siehe &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;die Lizenz&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your account is ready, but signing in failed: %1</source>
        <translation>Ihr Konto ist angelegt, aber die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>What to watch &amp;tonight…</source>
        <translation>Was &amp;heute Abend schauen…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>I&amp;mports…</source>
        <translation>I&amp;mporte…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Import a film history</source>
        <translation>Filmhistorie importieren</translation>
    </message>
    <message>
        <source>Film histories (*.zip *.csv *.json);;All files (*)</source>
        <translation>Filmhistorien (*.zip *.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %Ln viewing(s) added.</source>
        <translation>
            <numerusform>Importiert: %Ln Sichtung hinzugefügt.</numerusform>
            <numerusform>Importiert: %Ln Sichtungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Letterboxd CSV, for Letterboxd&apos;s importer (*.csv)</source>
        <translation>Letterboxd-CSV, für den Import bei Letterboxd (*.csv)</translation>
    </message>
    <message>
        <source>Everything, to import into Reelvault again (*.json)</source>
        <translation>Alles, um es wieder in Reelvault zu importieren (*.json)</translation>
    </message>
    <message>
        <source>Export my film history</source>
        <translation>Meine Filmhistorie exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The films the catalogue shows now, for a spreadsheet (*.csv)</source>
        <translation>Die Filme, die der Katalog gerade zeigt, für eine Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>Poster &amp;wall</source>
        <translation>Poster&amp;wand</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Show the catalogue as posters or as a table</source>
        <translation>Den Katalog als Poster oder als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>St&amp;atistics</source>
        <translation>St&amp;atistik</translation>
    </message>
    <message>
        <source>You have signed out of this device.</source>
        <translation>Sie haben sich auf diesem Gerät abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Server…</translation>
    </message>
    <message>
        <source>The catalogue service could not start:
%1

Settings › Server can connect to a shared server instead.</source>
        <translation>Der Katalogdienst konnte nicht starten:
%1

Einstellungen › Server kann stattdessen mit einem gemeinsamen Server verbinden.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The shared catalogue this window is connected to (Settings › Server).</source>
        <translation>Der gemeinsame Katalog, mit dem dieses Fenster verbunden ist (Einstellungen › Server).</translation>
    </message>
    <message>
        <source>Reelvault — %1</source>
        <translation>Reelvault — %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>The server at %1 did not answer (%2). Sign in once it is back, or choose another server in Settings › Server.</source>
        <translation>Der Server unter %1 hat nicht geantwortet (%2). Melden Sie sich an, sobald er wieder da ist, oder wählen Sie unter Einstellungen › Server einen anderen.</translation>
    </message>
</context>
<context>
    <name>MinePanel</name>
    <message>
        <source>Yours</source>
        <translation>Ihres</translation>
    </message>
    <message>
        <source>On my &amp;watchlist</source>
        <translation>Auf meiner &amp;Merkliste</translation>
    </message>
    <message>
        <source>A fa&amp;vourite</source>
        <translation>Ein &amp;Favorit</translation>
    </message>
    <message>
        <source>Remove this viewing</source>
        <translation>Diese Sichtung entfernen</translation>
    </message>
    <message>
        <source>Watched &amp;today</source>
        <translation>&amp;Heute gesehen</translation>
    </message>
    <message>
        <source>Watched &amp;on</source>
        <translation>Gesehen &amp;am</translation>
    </message>
    <message>
        <source>Double-click a viewing to edit it.</source>
        <translation>Doppelklicken Sie auf eine Sichtung, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>&amp;Notizen speichern</translation>
    </message>
    <message>
        <source>rewatch</source>
        <translation>erneut gesehen</translation>
    </message>
    <message>
        <source>Not watched yet.</source>
        <translation>Noch nicht gesehen.</translation>
    </message>
    <message>
        <source>Marked watched on %1.</source>
        <translation>Als gesehen am %1 eingetragen.</translation>
    </message>
</context>
<context>
    <name>MovieDialog</name>
    <message>
        <source>Add film</source>
        <translation>Film hinzufügen</translation>
    </message>
    <message>
        <source>Edit film</source>
        <translation>Film bearbeiten</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>from the release date</source>
        <translation>aus dem Erscheinungsdatum</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>in US dollars</source>
        <translation>in US-Dollar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Released:</source>
        <translation>&amp;Erschienen:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre:</translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation>&amp;Regie:</translation>
    </message>
    <message>
        <source>Running &amp;time:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>Rat&amp;ed:</source>
        <translation>&amp;Freigabe:</translation>
    </message>
    <message>
        <source>&amp;IMDb rating:</source>
        <translation>&amp;IMDb-Wertung:</translation>
    </message>
    <message>
        <source>R&amp;otten Tomatoes:</source>
        <translation>R&amp;otten Tomatoes:</translation>
    </message>
    <message>
        <source>Distri&amp;butor:</source>
        <translation>&amp;Verleih:</translation>
    </message>
    <message>
        <source>&amp;US gross:</source>
        <translation>&amp;US-Einspiel:</translation>
    </message>
    <message>
        <source>&amp;Worldwide gross:</source>
        <translation>&amp;Weltweites Einspiel:</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <source>Every film needs a title.</source>
        <translation>Jeder Film braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>MovieTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>IMDb</source>
        <translation>IMDb</translation>
    </message>
    <message>
        <source>Rotten Tomatoes</source>
        <translation>Rotten Tomatoes</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Click to sort by title (a leading “The”, “A” or “An” is not counted); click again to reverse</source>
        <translation>Klicken, um nach Titel zu sortieren (ein führendes „The“, „A“ oder „An“ zählt nicht); erneut klicken kehrt die Reihenfolge um</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren; erneut klicken kehrt die Reihenfolge um</translation>
    </message>
    <message>
        <source>%1 (on your watchlist)</source>
        <translation>%1 (auf Ihrer Merkliste)</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>Meine Wertung</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Gesehen</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>PosterView</name>
    <message>
        <source>Choose poster…</source>
        <translation>Plakat wählen…</translation>
    </message>
    <message>
        <source>Remove poster</source>
        <translation>Plakat entfernen</translation>
    </message>
    <message>
        <source>This image is larger than 8 MiB.</source>
        <translation>Dieses Bild ist größer als 8 MiB.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Choose a poster</source>
        <translation>Ein Plakat wählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Save name</source>
        <translation>Name speichern</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation>Mitglied seit:</translation>
    </message>
    <message>
        <source>Last sign-in:</source>
        <translation>Letzte Anmeldung:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Akt&amp;uelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Changing the password signs you out everywhere else.</source>
        <translation>Eine Passwortänderung meldet Sie überall sonst ab.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name saved.</source>
        <translation>Name gespeichert.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter sind nicht gleich.</translation>
    </message>
    <message>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>Passwort geändert. Ihre anderen Sitzungen wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>Si&amp;cherheit</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>Enter one of the recovery codes you saved when you created your account, and choose a new password. The code can be used only once; every other sign-in of your account ends.</source>
        <translation>Geben Sie einen der Wiederherstellungscodes ein, die Sie beim Anlegen Ihres Kontos gespeichert haben, und wählen Sie ein neues Passwort. Jeder Code gilt nur einmal; alle anderen Anmeldungen Ihres Kontos enden.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Set password and sign in</source>
        <translation>Passwort setzen und anmelden</translation>
    </message>
    <message>
        <source>Enter your email.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter one of your recovery codes.</source>
        <translation>Geben Sie einen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>This email and code do not match, or the code was used already.</source>
        <translation>E-Mail-Adresse und Code passen nicht zusammen, oder der Code wurde schon benutzt.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodesDialog</name>
    <message>
        <source>I have saved these codes somewhere safe</source>
        <translation>Ich habe diese Codes an einem sicheren Ort gespeichert</translation>
    </message>
    <message>
        <source>Your recovery codes</source>
        <translation>Ihre Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>If you forget your password, one of these codes lets you set a new one (Sign in › Forgot password?). Each works once. Keep them where you keep important papers: they are shown only now.</source>
        <translation>Wenn Sie Ihr Passwort vergessen, lässt Sie einer dieser Codes ein neues setzen (Anmelden › Passwort vergessen?). Jeder gilt einmal. Bewahren Sie sie bei wichtigen Unterlagen auf: Sie werden nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>Als Text &amp;speichern…</translation>
    </message>
    <message>
        <source>Reelvault recovery codes for %1, made %2. Each works once.</source>
        <translation>Reelvault-Wiederherstellungscodes für %1, erstellt am %2. Jeder gilt einmal.</translation>
    </message>
    <message>
        <source>Save recovery codes</source>
        <translation>Wiederherstellungscodes speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Could not save the codes: %1</source>
        <translation>Die Codes konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Create your account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>How we greet you (optional)</source>
        <translation>Wie wir Sie begrüßen (optional)</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Already have an account? Sign in</source>
        <translation>Schon ein Konto? Anmelden</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter sind nicht gleich.</translation>
    </message>
    <message>
        <source>At least 8 characters; not a common password or one with a few letters or digits changed.</source>
        <translation>Mindestens 8 Zeichen; kein häufiges Passwort und keines mit nur ein paar geänderten Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>Welcome to Reelvault</source>
        <translation>Willkommen bei Reelvault</translation>
    </message>
    <message>
        <source>Your catalogue is ready and has no accounts yet. Create the first one: it becomes the catalogue&apos;s administrator, who can add, edit and delete films.</source>
        <translation>Ihr Katalog ist bereit und hat noch keine Konten. Legen Sie das erste an: Es wird Administrator des Katalogs und kann Filme hinzufügen, bearbeiten und löschen.</translation>
    </message>
    <message>
        <source>Your catalogue stays on this computer.</source>
        <translation>Ihr Katalog bleibt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Sign out &amp;this one</source>
        <translation>Dieses &amp;abmelden</translation>
    </message>
    <message>
        <source>Sign out all &amp;others</source>
        <translation>Alle &amp;anderen abmelden</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere</source>
        <translation>&amp;Überall abmelden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Mehr zeigen</translation>
    </message>
    <message>
        <source>Make &amp;new codes</source>
        <translation>&amp;Neue Codes erstellen</translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation>Wo Sie angemeldet sind</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Current pass&amp;word:</source>
        <translation>A&amp;ktuelles Passwort:</translation>
    </message>
    <message>
        <source>Security history (one year)</source>
        <translation>Sicherheitsverlauf (ein Jahr)</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>Too many wrong passwords: sign-ins paused</source>
        <translation>Zu viele falsche Passwörter: Anmeldungen pausiert</translation>
    </message>
    <message>
        <source>Someone used an old sign-in; that session was ended</source>
        <translation>Jemand hat eine alte Anmeldung benutzt; diese Sitzung wurde beendet</translation>
    </message>
    <message>
        <source>Signed out a device</source>
        <translation>Ein Gerät abgemeldet</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Signed in with a recovery code</source>
        <translation>Mit einem Wiederherstellungscode angemeldet</translation>
    </message>
    <message>
        <source>New recovery codes made</source>
        <translation>Neue Wiederherstellungscodes erstellt</translation>
    </message>
    <message>
        <source>Wrong recovery code</source>
        <translation>Falscher Wiederherstellungscode</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <source>You have no recovery codes left: make new ones, or a forgotten password locks you out.</source>
        <translation>Sie haben keine Wiederherstellungscodes mehr: Erstellen Sie neue, sonst sperrt ein vergessenes Passwort Sie aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n recovery code(s) left. Each lets you set a new password once if you forget yours.</source>
        <translation>
            <numerusform>Noch %n Wiederherstellungscode. Mit jedem können Sie einmal ein neues Passwort setzen, wenn Sie Ihres vergessen.</numerusform>
            <numerusform>Noch %n Wiederherstellungscodes. Mit jedem können Sie einmal ein neues Passwort setzen, wenn Sie Ihres vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That device is signed out.</source>
        <translation>Dieses Gerät ist abgemeldet.</translation>
    </message>
    <message>
        <source>Every other device is signed out.</source>
        <translation>Alle anderen Geräte sind abgemeldet.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <source>Enter the shared server&apos;s address, such as https://films.example.org.</source>
        <translation>Geben Sie die Adresse des gemeinsamen Servers ein, etwa https://films.example.org.</translation>
    </message>
    <message>
        <source>An address has no spaces or control characters.</source>
        <translation>Eine Adresse enthält keine Leer- oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>This is not a web address (%1).</source>
        <translation>Das ist keine Webadresse (%1).</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://).</source>
        <translation>Die Adresse muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>Die Adresse enthält keinen Servernamen.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: you sign in after connecting.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg: Sie melden sich nach dem Verbinden an.</translation>
    </message>
    <message>
        <source>The address cannot have a query (?…) or a fragment (#…).</source>
        <translation>Die Adresse darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>&amp;This computer</source>
        <translation>&amp;Dieser Computer</translation>
    </message>
    <message>
        <source>A &amp;shared server</source>
        <translation>Ein &amp;gemeinsamer Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Shared server address</source>
        <translation>Adresse des gemeinsamen Servers</translation>
    </message>
    <message>
        <source>Where your catalogue lives. Each server keeps its own accounts, and you stay signed in to each one: switching back does not ask for your password again.</source>
        <translation>Wo Ihr Katalog liegt. Jeder Server hat seine eigenen Konten, und Sie bleiben bei jedem angemeldet: Beim Zurückwechseln wird Ihr Passwort nicht erneut abgefragt.</translation>
    </message>
    <message>
        <source>Kept in a file on this computer and served by Reelvault itself. Nothing leaves this computer.</source>
        <translation>In einer Datei auf diesem Computer gespeichert und von Reelvault selbst bereitgestellt. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>A household&apos;s or a club&apos;s catalogue, run with reelvault --serve (see docs/shared-server.md).</source>
        <translation>Der Katalog eines Haushalts oder Vereins, betrieben mit reelvault --serve (siehe docs/shared-server.md).</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Passwords and sessions would cross the network unencrypted. Use https:// unless this network is yours alone.</source>
        <translation>Passwörter und Sitzungen würden unverschlüsselt durch das Netz gehen. Verwenden Sie https://, außer dieses Netz gehört Ihnen allein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Nothing answered at this address (%1).</source>
        <translation>Unter dieser Adresse hat nichts geantwortet (%1).</translation>
    </message>
    <message>
        <source>A web server answers at this address, but not Reelvault&apos;s API.</source>
        <translation>Unter dieser Adresse antwortet ein Webserver, aber nicht die API von Reelvault.</translation>
    </message>
</context>
<context>
    <name>SessionVault</name>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar (%1).</translation>
    </message>
</context>
<context>
    <name>StarRatingEdit</name>
    <message>
        <source>Not rated: click a star, or press 1 to 5</source>
        <translation>Nicht bewertet: Klicken Sie einen Stern oder drücken Sie 1 bis 5</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Year in &amp;review…</source>
        <translation>&amp;Jahresrückblick…</translation>
    </message>
    <message>
        <source>Viewings per month</source>
        <translation>Sichtungen pro Monat</translation>
    </message>
    <message>
        <source>Films by genre</source>
        <translation>Filme nach Genre</translation>
    </message>
    <message>
        <source>Films by decade of release</source>
        <translation>Filme nach Jahrzehnt</translation>
    </message>
    <message>
        <source>Top directors</source>
        <translation>Meistgesehene Regie</translation>
    </message>
    <message>
        <source>Viewings by day of the week</source>
        <translation>Sichtungen nach Wochentag</translation>
    </message>
    <message>
        <source>My ratings</source>
        <translation>Meine Bewertungen</translation>
    </message>
    <message>
        <source>My rating against IMDb&apos;s</source>
        <translation>Meine Bewertung und die von IMDb</translation>
    </message>
    <message>
        <source>The catalogue: films per decade</source>
        <translation>Der Katalog: Filme pro Jahrzehnt</translation>
    </message>
    <message>
        <source>The catalogue: IMDb against Rotten Tomatoes</source>
        <translation>Der Katalog: IMDb und Rotten Tomatoes</translation>
    </message>
    <message>
        <source>The catalogue: budget against worldwide gross</source>
        <translation>Der Katalog: Budget und weltweites Einspielergebnis</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>The catalogue (every film in it, not only yours)</source>
        <translation>Der Katalog (alle Filme darin, nicht nur Ihre)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 on one page, to keep or share as an image</source>
        <translation>%1 auf einer Seite, zum Aufbewahren oder Teilen als Bild</translation>
    </message>
    <message>
        <source>Choose a year first</source>
        <translation>Zuerst ein Jahr wählen</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1er</translation>
    </message>
    <message>
        <source>No viewings in %1 yet: add them in the catalogue or the diary.</source>
        <translation>Noch keine Sichtungen in %1: Fügen Sie sie im Katalog oder im Tagebuch hinzu.</translation>
    </message>
    <message>
        <source>No viewings yet: add them in the catalogue, the diary, or import a history (File › Import…).</source>
        <translation>Noch keine Sichtungen: Fügen Sie sie im Katalog oder im Tagebuch hinzu oder importieren Sie einen Verlauf (Datei › Importieren…).</translation>
    </message>
    <message numerus="yes">
        <source>The hours leave out %n viewing(s) of films without a known runtime.</source>
        <translation>
            <numerusform>Die Stunden lassen %n Sichtung eines Films ohne bekannte Laufzeit aus.</numerusform>
            <numerusform>Die Stunden lassen %n Sichtungen von Filmen ohne bekannte Laufzeit aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>No viewings to chart.</source>
        <translation>Keine Sichtungen für ein Diagramm.</translation>
    </message>
    <message>
        <source>Viewings</source>
        <translation>Sichtungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n viewing(s)</source>
        <translation>
            <numerusform>%1 %2: %n Sichtung</numerusform>
            <numerusform>%1 %2: %n Sichtungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to chart yet.</source>
        <translation>Noch nichts für ein Diagramm.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n film(s)</source>
        <translation>
            <numerusform>%1: %n Film</numerusform>
            <numerusform>%1: %n Filme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n viewing(s)</source>
        <translation>
            <numerusform>%1: %n Sichtung</numerusform>
            <numerusform>%1: %n Sichtungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings yet: rate films with the stars in the catalogue.</source>
        <translation>Noch keine Bewertungen: Bewerten Sie Filme mit den Sternen im Katalog.</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Sterne</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate films that have an IMDb rating to compare.</source>
        <translation>Bewerten Sie Filme mit IMDb-Bewertung, um zu vergleichen.</translation>
    </message>
    <message>
        <source>An even sample of %L1 of your %L2 rated films.</source>
        <translation>Eine gleichmäßige Auswahl von %L1 Ihrer %L2 bewerteten Filme.</translation>
    </message>
    <message>
        <source>IMDb rating</source>
        <translation>IMDb-Bewertung</translation>
    </message>
    <message>
        <source>My rating (stars)</source>
        <translation>Meine Bewertung (Sterne)</translation>
    </message>
    <message>
        <source>%1: mine %2, IMDb %3</source>
        <translation>%1: meine %2, IMDb %3</translation>
    </message>
    <message>
        <source>No film has both ratings.</source>
        <translation>Kein Film hat beide Bewertungen.</translation>
    </message>
    <message>
        <source>An even sample of %L1 of the %L2 films with both ratings.</source>
        <translation>Eine gleichmäßige Auswahl von %L1 der %L2 Filme mit beiden Bewertungen.</translation>
    </message>
    <message>
        <source>%L1 films with both ratings.</source>
        <translation>%L1 Filme mit beiden Bewertungen.</translation>
    </message>
    <message>
        <source>Rotten Tomatoes (%)</source>
        <translation>Rotten Tomatoes (%)</translation>
    </message>
    <message>
        <source>%1: IMDb %2, Rotten Tomatoes %3%</source>
        <translation>%1: IMDb %2, Rotten Tomatoes %3 %</translation>
    </message>
    <message>
        <source>No film has both a budget and a gross.</source>
        <translation>Kein Film hat sowohl Budget als auch Einspielergebnis.</translation>
    </message>
    <message>
        <source>An even sample of %L1 of the %L2 films with both.</source>
        <translation>Eine gleichmäßige Auswahl von %L1 der %L2 Filme mit beidem.</translation>
    </message>
    <message>
        <source>%L1 films with both.</source>
        <translation>%L1 Filme mit beidem.</translation>
    </message>
    <message>
        <source>Both scales are logarithmic; above the dashed line a film grossed more than it cost.</source>
        <translation>Beide Skalen sind logarithmisch; oberhalb der gestrichelten Linie spielte ein Film mehr ein, als er kostete.</translation>
    </message>
    <message>
        <source>Production budget</source>
        <translation>Produktionsbudget</translation>
    </message>
    <message>
        <source>Worldwide gross</source>
        <translation>Weltweites Einspielergebnis</translation>
    </message>
    <message>
        <source>%1: budget %2, gross %3</source>
        <translation>%1: Budget %2, Einspielergebnis %3</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Kostendeckung</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>Filme</translation>
    </message>
    <message>
        <source>Hours watched</source>
        <translation>Stunden gesehen</translation>
    </message>
    <message>
        <source>Rewatches</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak: easy to guess</source>
        <translation>Sehr schwach: leicht zu erraten</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>Paste a JWT here (three base64url parts separated by dots)</source>
        <translation>JWT hier einfügen (drei base64url-Teile, durch Punkte getrennt)</translation>
    </message>
    <message>
        <source>Edit the claims to see the signature stop matching</source>
        <translation>Ändern Sie die Claims, um die Signatur ungültig werden zu sehen</translation>
    </message>
    <message>
        <source>Optional: the HS256 key, base64url, to verify the signature here</source>
        <translation>Optional: der HS256-Schlüssel (base64url), um die Signatur hier zu prüfen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Use &amp;my token</source>
        <translation>&amp;Mein Token verwenden</translation>
    </message>
    <message>
        <source>&amp;Ask the server</source>
        <translation>Den Server &amp;fragen</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims (editable)</source>
        <translation>Claims (änderbar)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>Noch kein Token.</translation>
    </message>
    <message>
        <source>Not well-formed: a JWT has three parts separated by dots; this has %1.</source>
        <translation>Nicht wohlgeformt: Ein JWT hat drei durch Punkte getrennte Teile; dieses hat %1.</translation>
    </message>
    <message>
        <source>Not well-formed: the header is not base64url-encoded JSON.</source>
        <translation>Nicht wohlgeformt: Der Header ist kein base64url-kodiertes JSON.</translation>
    </message>
    <message>
        <source>Not well-formed: the claims are not base64url-encoded JSON.</source>
        <translation>Nicht wohlgeformt: Die Claims sind kein base64url-kodiertes JSON.</translation>
    </message>
    <message>
        <source>Not well-formed: the signature is not base64url.</source>
        <translation>Nicht wohlgeformt: Die Signatur ist kein base64url.</translation>
    </message>
    <message>
        <source>%1
(%2 bytes: %3)</source>
        <translation>%1
(%2 Bytes: %3)</translation>
    </message>
    <message>
        <source>Well-formed HS256 token.</source>
        <translation>Wohlgeformtes HS256-Token.</translation>
    </message>
    <message>
        <source>Well-formed, but signed with &quot;%1&quot;: this server accepts HS256 only.</source>
        <translation>Wohlgeformt, aber mit „%1“ signiert: Dieser Server akzeptiert nur HS256.</translation>
    </message>
    <message>
        <source>The claims were edited: the signature was made for the original claims and no longer matches them.</source>
        <translation>Die Claims wurden geändert: Die Signatur wurde für die ursprünglichen Claims erstellt und passt nicht mehr.</translation>
    </message>
    <message>
        <source>With this key the signature is valid.</source>
        <translation>Mit diesem Schlüssel ist die Signatur gültig.</translation>
    </message>
    <message>
        <source>With this key the signature does not match.</source>
        <translation>Mit diesem Schlüssel passt die Signatur nicht.</translation>
    </message>
    <message>
        <source>issuer: who made the token (this server says &quot;reelvault&quot;)</source>
        <translation>Aussteller: wer das Token erstellt hat (dieser Server sagt „reelvault“)</translation>
    </message>
    <message>
        <source>subject: the id of the account it speaks for</source>
        <translation>Subjekt: die ID des Kontos, für das es spricht</translation>
    </message>
    <message>
        <source>the account&apos;s email when the token was made</source>
        <translation>die E-Mail-Adresse des Kontos beim Erstellen des Tokens</translation>
    </message>
    <message>
        <source>admin or user; the server reads the role fresh from its database</source>
        <translation>admin oder user; der Server liest die Rolle frisch aus seiner Datenbank</translation>
    </message>
    <message>
        <source>issued at</source>
        <translation>ausgestellt am</translation>
    </message>
    <message>
        <source>not before: not valid until then</source>
        <translation>nicht vor: bis dahin ungültig</translation>
    </message>
    <message>
        <source>expires: refused after this (with at most 60 s leeway)</source>
        <translation>läuft ab: danach abgelehnt (mit höchstens 60 s Toleranz)</translation>
    </message>
    <message>
        <source>token id: what logout revokes</source>
        <translation>Token-ID: was beim Abmelden widerrufen wird</translation>
    </message>
    <message>
        <source>Expired %1 s ago.</source>
        <translation>Vor %1 s abgelaufen.</translation>
    </message>
    <message>
        <source>Expires in %1:%2 (minutes:seconds).</source>
        <translation>Läuft ab in %1:%2 (Minuten:Sekunden).</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Frage den Server…</translation>
    </message>
    <message>
        <source>The server accepts this token (GET /userdetails answered 200 for %1).</source>
        <translation>Der Server akzeptiert dieses Token (GET /userdetails antwortete 200 für %1).</translation>
    </message>
    <message>
        <source>The server refuses this token: %1 %2</source>
        <translation>Der Server lehnt dieses Token ab: %1 %2</translation>
    </message>
</context>
<context>
    <name>TonightDialog</name>
    <message>
        <source>&amp;Another</source>
        <translation>&amp;Ein anderer</translation>
    </message>
    <message>
        <source>Add to &amp;watchlist</source>
        <translation>Auf die &amp;Merkliste</translation>
    </message>
    <message>
        <source>&amp;Mark watched today</source>
        <translation>Heute &amp;gesehen</translation>
    </message>
    <message>
        <source>What to watch tonight</source>
        <translation>Was heute Abend schauen</translation>
    </message>
    <message>
        <source>Films I have not watched</source>
        <translation>Filme, die ich nicht gesehen habe</translation>
    </message>
    <message>
        <source>My watchlist</source>
        <translation>Meine Merkliste</translation>
    </message>
    <message>
        <source>Any genre</source>
        <translation>Jedes Genre</translation>
    </message>
    <message>
        <source>Any decade</source>
        <translation>Jedes Jahrzehnt</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1er</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Jede Länge</translation>
    </message>
    <message>
        <source> min at most</source>
        <translation> min höchstens</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Jede Wertung</translation>
    </message>
    <message>
        <source>IMDb at least </source>
        <translation>IMDb mindestens </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Aus:</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre:</translation>
    </message>
    <message>
        <source>&amp;Decade:</source>
        <translation>&amp;Jahrzehnt:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Wertung:</translation>
    </message>
    <message>
        <source>Nothing matches: widen the filters.</source>
        <translation>Nichts passt: Lockern Sie die Filter.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>directed by %1</source>
        <translation>Regie: %1</translation>
    </message>
    <message>
        <source>IMDb %1</source>
        <translation>IMDb %1</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Make ad&amp;ministrator</source>
        <translation>Zum &amp;Administrator machen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Make m&amp;ember</source>
        <translation>Zum &amp;Mitglied machen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>The account %1 and everything of it (diary, ratings, tags, imports) will be deleted, and its sessions end at once. This cannot be undone.</source>
        <translation>Das Konto %1 und alles darin (Tagebuch, Bewertungen, Schlagwörter, Importe) wird gelöscht, und seine Sitzungen enden sofort. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>ViewingDialog</name>
    <message>
        <source>A &amp;rewatch</source>
        <translation>E&amp;rneut gesehen</translation>
    </message>
    <message>
        <source>Edit viewing</source>
        <translation>Sichtung bearbeiten</translation>
    </message>
    <message>
        <source>Where, with whom, what you thought</source>
        <translation>Wo, mit wem, was Sie dachten</translation>
    </message>
    <message>
        <source>&amp;Watched on:</source>
        <translation>&amp;Gesehen am:</translation>
    </message>
    <message>
        <source>Rating that day:</source>
        <translation>Bewertung an dem Tag:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>YearBox</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>YearInReview</name>
    <message>
        <source>REELVAULT · YEAR IN REVIEW</source>
        <translation>REELVAULT · JAHRESRÜCKBLICK</translation>
    </message>
    <message>
        <source>%1 in film</source>
        <translation>%1 im Kino</translation>
    </message>
    <message>
        <source>No films watched in %1.</source>
        <translation>Keine Filme gesehen in %1.</translation>
    </message>
    <message>
        <source>Busiest month</source>
        <translation>Stärkster Monat</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n film(s)</source>
        <translation>
            <numerusform>%1 · %n Film</numerusform>
            <numerusform>%1 · %n Filme</numerusform>
        </translation>
    </message>
    <message>
        <source>Favourite day</source>
        <translation>Lieblingstag</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n viewing(s)</source>
        <translation>
            <numerusform>%1 · %n Sichtung</numerusform>
            <numerusform>%1 · %n Sichtungen</numerusform>
        </translation>
    </message>
    <message>
        <source>First film of the year</source>
        <translation>Erster Film des Jahres</translation>
    </message>
    <message>
        <source>Last film of the year</source>
        <translation>Letzter Film des Jahres</translation>
    </message>
    <message>
        <source>Top genres</source>
        <translation>Top-Genres</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Top directors</source>
        <translation>Meistgesehene Regie</translation>
    </message>
    <message>
        <source>Highest rated</source>
        <translation>Am besten bewertet</translation>
    </message>
    <message>
        <source>No ratings this year</source>
        <translation>Keine Bewertungen in diesem Jahr</translation>
    </message>
    <message>
        <source>Rewatches</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>None: all new to you</source>
        <translation>Keine: alles neu für Sie</translation>
    </message>
    <message numerus="yes">
        <source>%n film(s) seen again</source>
        <translation>
            <numerusform>%n Film erneut gesehen</numerusform>
            <numerusform>%n Filme erneut gesehen</numerusform>
        </translation>
    </message>
    <message>
        <source>The longest</source>
        <translation>Der längste</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Reelvault, a film catalogue that stays on your computer</source>
        <translation>Erstellt mit Reelvault, einem Filmkatalog, der auf Ihrem Computer bleibt</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>Filme</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Viewings</source>
        <translation>Sichtungen</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
</context>
<context>
    <name>YearInReviewDialog</name>
    <message>
        <source>%1 in review</source>
        <translation>%1 im Rückblick</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>Als PNG &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>The image is on the clipboard.</source>
        <translation>Das Bild ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save the year in review</source>
        <translation>Den Jahresrückblick speichern</translation>
    </message>
    <message>
        <source>Reelvault %1 in review.png</source>
        <translation>Reelvault %1 Rückblick.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>The image could not be saved to %1.</source>
        <translation>Das Bild konnte nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
</TS>
