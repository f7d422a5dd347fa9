<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutoSync</name>
    <message>
        <location filename="../../crm_desktop/ui/shell/auto_sync.py" line="+168"/>
        <source>Syncing before Giveback quits…</source>
        <translation>Synchronisiere, bevor Giveback beendet wird…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit without waiting</source>
        <translation>&amp;Beenden, ohne zu warten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/interchange/import_dialog/columns_page.py" line="+23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Also</source>
        <translation>Außerdem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(ignore this column)</source>
        <translation>(Spalte nicht verwenden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All emails (with labels)</source>
        <translation>Alle E-Mail-Adressen (mit Bezeichnung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All phones (with labels)</source>
        <translation>Alle Telefonnummern (mit Bezeichnung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All links (with labels)</source>
        <translation>Alle Links (mit Bezeichnung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes, as “Column: value”</source>
        <translation>Notizen, als „Spalte: Wert“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What does each column hold?</source>
        <translation>Was steht in welcher Spalte?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giveback guessed from the column names; fix any guess it got wrong. Columns you set to ignore are left out. The rows below show how the file will read.</source>
        <translation>Giveback hat anhand der Spaltennamen geraten; korrigieren Sie, was nicht stimmt. Nicht verwendete Spalten werden ausgelassen. Die Zeilen unten zeigen, wie die Datei gelesen wird.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes into</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How the first rows will read</source>
        <translation>So werden die ersten Zeilen gelesen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What “{column}” holds</source>
        <translation>Was in „{column}“ steht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file has {count} columns: the first {listed} are listed, and the other {extra} are left out.</source>
        <translation>Diese Datei hat {count} Spalten: Die ersten {listed} sind aufgeführt, die übrigen {extra} werden ausgelassen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>None of these rows has a name yet: choose the column that holds names.</source>
        <translation>Keine dieser Zeilen hat bisher einen Namen: Wählen Sie die Spalte mit den Namen.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="+29"/>
        <source>These changed both on this computer and on the server since the last sync. Until you choose, this computer keeps its own value and the server&apos;s is kept aside.</source>
        <translation>Diese Angaben wurden seit der letzten Synchronisierung auf diesem Computer und auf dem Server geändert. Bis Sie wählen, behält dieser Computer seinen Wert, und der des Servers wird beiseitegelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+92"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+92"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync Conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No conflicts: everything is in sync.</source>
        <translation>Keine Konflikte: Alles ist abgeglichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep all of &amp;this computer&apos;s</source>
        <translation>Alle von &amp;diesem Computer behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep all of the &amp;server&apos;s</source>
        <translation>Alle vom &amp;Server übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{field} on this computer</source>
        <translation>{field} auf diesem Computer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} on the server</source>
        <translation>{field} auf dem Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this computer&apos;s</source>
        <translation>Diesen Computer behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the server&apos;s</source>
        <translation>Server übernehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{keep}: {field} of {item}, “{value}”</source>
        <translation>{keep}: {field} von {item}, „{value}“</translation>
    </message>
</context>
<context>
    <name>ContactDetails</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/details.py" line="+68"/>
        <source>About this contact</source>
        <translation>Über diesen Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prep sheet…</source>
        <translation>Vorbereitungsblatt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting…</source>
        <translation>Neues Treffen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>mentor, data, hiring</source>
        <translation>Mentor, Daten, Recruiting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City, country</source>
        <translation>Stadt, Land</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stage, warmth</source>
        <translation>Phase, Wärme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keep in touch every</source>
        <translation>in Kontakt bleiben alle</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Follow up on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep in touch every</source>
        <translation>In Kontakt bleiben alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days between check-ins; none when empty</source>
        <translation>Tage zwischen zwei Kontakten; leer für keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About</source>
        <translation>Über die Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give &amp;&amp; ask</source>
        <translation>Geben &amp;&amp; Bitten</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No one selected</source>
        <translation>Niemand ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a contact on the left to see everything about them.</source>
        <translation>Wählen Sie links einen Kontakt, um alles über ihn zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}  (archived)</source>
        <translation>{name}  (archiviert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} at {company}</source>
        <translation>{title} bei {company}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never met yet</source>
        <translation>noch nie getroffen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>How you are connected</source>
        <translation>Wie Sie verbunden sind</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Thank {name} for the introduction.</source>
        <translation>Danken Sie {name} für die Vorstellung.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Introduced you to %n person(s).</source>
        <translation>
            <numerusform>Hat Ihnen %n Person vorgestellt.</numerusform>
            <numerusform>Hat Ihnen %n Personen vorgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in your referral graph yet.</source>
        <translation>Noch nicht in Ihrem Empfehlungsnetz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their story</source>
        <translation>Werdegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert in</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>until {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/dialog.py" line="+107"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story and notes</source>
        <translation>Werdegang und Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A changed company or title is kept here on save.</source>
        <translation>Eine geänderte Firma oder Position wird beim Speichern hier aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add email, phone or link</source>
        <translation>E-Mail, Telefon oder Link hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>City, country</source>
        <translation>Stadt, Land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mentor, data, hiring</source>
        <translation>Mentor, Daten, Recruiting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LinkedIn</source>
        <translation>&amp;LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locat&amp;ion</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birthday</source>
        <translation>&amp;Geburtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags</source>
        <translation>Schlag&amp;wörter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How they found their role, what helped them</source>
        <translation>Wie die Person zu ihrer Rolle kam, was ihr geholfen hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What they know well</source>
        <translation>Worin sie sich gut auskennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;How we met</source>
        <translation>&amp;Wie wir uns kennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their &amp;story</source>
        <translation>&amp;Werdegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpert in</source>
        <translation>&amp;Fachgebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sta&amp;ge</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warmth</source>
        <translation>W&amp;ärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow up on</source>
        <translation>Wieder&amp;vorlage am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep in touch every</source>
        <translation>In &amp;Kontakt bleiben alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past jobs</source>
        <translation>Frühere Stellen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>None yet: a changed company is kept here.</source>
        <translation>Noch keine: eine geänderte Firma wird hier aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ContactEdits</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/edits.py" line="+23"/>
        <source>Set {name}&apos;s stage</source>
        <translation>Phase von {name} ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set {name}&apos;s warmth</source>
        <translation>Wärme von {name} ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set {name}&apos;s follow-up date</source>
        <translation>Wiedervorlage von {name} ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set {name}&apos;s keep-in-touch cadence</source>
        <translation>Kontaktrhythmus von {name} ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set {name}&apos;s tags</source>
        <translation>Schlagwörter von {name} ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set {name}&apos;s location</source>
        <translation>Ort von {name} ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Delete {name}?

Their details and their place in your meetings will be removed. People they introduced you to stay in your referral graph. Undo brings them back.</source>
        <translation>{name} löschen?

Die Angaben und die Teilnahme an Ihren Treffen werden entfernt. Menschen, denen diese Person Sie vorgestellt hat, bleiben in Ihrem Empfehlungsnetz. Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+91"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tag contacts</source>
        <translation>Kontakte verschlagworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tags to {contacts}:</source>
        <translation>Schlagwörter für {contacts}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag {contacts} “{tags}”</source>
        <translation>{contacts} mit „{tags}“ verschlagworten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no stage</source>
        <translation>keine Phase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set stage of {contacts} to {stage}</source>
        <translation>Phase von {contacts} auf {stage} setzen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set warmth of {contacts} to {warmth}</source>
        <translation>Wärme von {contacts} auf {warmth} setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive {what}</source>
        <translation>{what} archivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unarchive {what}</source>
        <translation>{what} aus dem Archiv holen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete {contacts}?

Their details and their place in your meetings will be removed (Undo brings them back). Archive keeps them out of the list without deleting.</source>
        <translation>{contacts} löschen?

Ihre Angaben und ihre Teilnahme an Ihren Treffen werden entfernt (Rückgängig holt sie zurück). Archivieren nimmt sie aus der Liste, ohne sie zu löschen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete {count} contacts</source>
        <translation>{count} Kontakte löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete {contacts}</source>
        <translation>{contacts} löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge {contacts} into {name}</source>
        <translation>{contacts} zu {name} zusammenführen</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../crm_desktop/ui/common/contact_picker.py" line="+37"/>
        <source>Type a name…</source>
        <translation>Namen eingeben…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type part of a name, then pick.</source>
        <translation>Einen Teil des Namens eingeben, dann auswählen.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/model.py" line="+50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matched</source>
        <translation>Warum gefunden</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/view.py" line="+92"/>
        <source>Search names, companies, tags, notes and meetings…</source>
        <translation>Namen, Firmen, Schlagwörter, Notizen und Treffen durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>{shown}{more} of {whole} archived</source>
        <translation>{shown}{more} von {whole} archivierten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown}{more} of {whole}</source>
        <translation>{shown}{more} von {whole}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No contacts match “{search}”.</source>
        <translation>Keine Kontakte passen zu „{search}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contacts match these filters.</source>
        <translation>Keine Kontakte passen zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln archived</source>
        <translation>
            <numerusform>%Ln archiviert</numerusform>
            <numerusform>%Ln archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Looking for duplicates…</source>
        <translation>Duplikate werden gesucht…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No duplicates found: no shared emails, LinkedIn profiles or near-identical names at the same company.</source>
        <translation>Keine Duplikate gefunden: keine gemeinsamen E-Mail-Adressen, LinkedIn-Profile oder fast gleichen Namen in derselben Firma.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>picked by you</source>
        <translation>von Ihnen ausgewählt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save smart list</source>
        <translation>Intelligente Liste speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete smart list</source>
        <translation>Intelligente Liste löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this smart list? Contacts stay.</source>
        <translation>Diese intelligente Liste löschen? Die Kontakte bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/empty_state.py" line="+24"/>
        <source>Welcome to Giveback</source>
        <translation>Willkommen bei Giveback</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep track of the people you meet, who introduced you to whom, and what you can give back.
Start with your first contact, bring in the ones you have (vCard, LinkedIn, Google or any CSV), or look around a sample network.</source>
        <translation>Behalten Sie im Blick, wen Sie treffen, wer Sie wem vorgestellt hat und was Sie zurückgeben können.
Beginnen Sie mit Ihrem ersten Kontakt, übernehmen Sie vorhandene (vCard, LinkedIn, Google oder beliebiges CSV) oder sehen Sie sich ein Beispielnetzwerk an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load sample network</source>
        <translation>Beispielnetzwerk laden</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/interchange/export_dialog.py" line="+40"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For phones, Google Contacts, Apple Contacts and Outlook.</source>
        <translation>Für Telefone, Google Kontakte, Apple Kontakte und Outlook.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For older programs that do not read vCard 4.0.</source>
        <translation>Für ältere Programme, die vCard 4.0 nicht lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field, one row per contact, for spreadsheets. Cells that would run as formulas are written as plain text.</source>
        <translation>Jedes Feld, eine Zeile je Kontakt, für Tabellenkalkulationen. Zellen, die als Formel ausgeführt würden, werden als reiner Text geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meetings of these contacts, with attendees and notes, for calendar programs.</source>
        <translation>Die Treffen dieser Kontakte, mit Teilnehmenden und Notizen, für Kalenderprogramme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything: contacts, companies, referrals, meetings, follow-ups, gives and asks, insights. Giveback restores it exactly into an empty database.</source>
        <translation>Alles: Kontakte, Firmen, Empfehlungen, Treffen, Wiedervorlagen, Gaben und Bitten, Einblicke. Giveback stellt es genau so in einer leeren Datenbank wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vCard 4.0 (.vcf)</source>
        <translation>vCard 4.0 (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 3.0 (.vcf)</source>
        <translation>vCard 3.0 (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, every field (.csv)</source>
        <translation>CSV, alle Felder (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings as iCalendar (.ics)</source>
        <translation>Treffen als iCalendar (.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything as JSON (.json)</source>
        <translation>Alles als JSON (.json)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take your data with you, or into another program. Nothing is uploaded.</source>
        <translation>Nehmen Sie Ihre Daten mit oder in ein anderes Programm. Nichts wird hochgeladen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take your data with you, or into another program. Nothing is uploaded. Giveback&apos;s own files are encrypted; an export is a plain file that any program can read, so keep it somewhere safe.</source>
        <translation>Nehmen Sie Ihre Daten mit oder in ein anderes Programm. Nichts wird hochgeladen. Die Dateien von Giveback selbst sind verschlüsselt; ein Export ist eine unverschlüsselte Datei, die jedes Programm lesen kann – bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All 1 contact</source>
        <translation>Der eine Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {count} contacts</source>
        <translation>Alle {count} Kontakte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{contacts} ({archived} archived)</source>
        <translation>{contacts} ({archived} archiviert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The selected contact</source>
        <translation>Der ausgewählte Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {count} selected contacts</source>
        <translation>Die {count} ausgewählten Kontakte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{files};;All files (*)</source>
        <translation>{files};;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported 1 meeting to:
{path}</source>
        <translation>1 Treffen exportiert nach:
{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} meetings to:
{path}</source>
        <translation>{count} Treffen exportiert nach:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported everything (1 contact) to:
{path}</source>
        <translation>Alles (1 Kontakt) exportiert nach:
{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported everything ({count} contacts) to:
{path}</source>
        <translation>Alles ({count} Kontakte) exportiert nach:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported 1 contact to:
{path}</source>
        <translation>1 Kontakt exportiert nach:
{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {count} contacts to:
{path}</source>
        <translation>{count} Kontakte exportiert nach:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export again…</source>
        <translation>Erneut exportieren…</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/export.py" line="+182"/>
        <source>Save as PNG image…</source>
        <translation>Als PNG-Bild speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as SVG drawing…</source>
        <translation>Als SVG-Zeichnung speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print the referral graph</source>
        <translation>Empfehlungsnetz drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing the referral graph…</source>
        <translation>Empfehlungsnetz wird gedruckt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent the referral graph to the printer.</source>
        <translation>Empfehlungsnetz an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crm_desktop/ui/interchange/import_dialog/file_page.py" line="+18"/>
        <source>Contacts files (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;Giveback full export (*.json);;All files (*)</source>
        <translation>Kontaktdateien (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;Vollständiger Giveback-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn Connections.csv</source>
        <translation>LinkedIn Connections.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Contacts CSV</source>
        <translation>Google-Kontakte-CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other CSV (choose the columns)</source>
        <translation>Andere CSV (Spalten wählen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giveback full export (.json)</source>
        <translation>Vollständiger Giveback-Export (.json)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+48"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Giveback reads vCard files (.vcf) from phones, Google, Apple and Outlook, LinkedIn&apos;s Connections.csv, Google Contacts CSV, any other CSV, and its own full export (.json). You see what will happen before anything changes.</source>
        <translation>Giveback liest vCard-Dateien (.vcf) von Telefonen, Google, Apple und Outlook, die Connections.csv von LinkedIn, Google-Kontakte-CSV, jede andere CSV und den eigenen vollständigen Export (.json). Sie sehen, was geschehen wird, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen yet. You can also drop a file on the window.</source>
        <translation>Noch keine Datei ausgewählt. Sie können eine Datei auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read it as:</source>
        <translation>Lesen als:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{file}
in {folder}</source>
        <translation>{file}
in {folder}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the format if you know what this file is.</source>
        <translation>Wählen Sie das Format, wenn Sie wissen, was diese Datei ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It looks like a {format} file.</source>
        <translation>Es sieht nach einer Datei im Format {format} aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It looked like a {detected} file; Giveback will read it as {chosen}.</source>
        <translation>Es sah nach einer Datei im Format {detected} aus; Giveback liest sie als {chosen}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/filter_bar.py" line="+44"/>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any company</source>
        <translation>Alle Firmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any stage</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any warmth</source>
        <translation>Jede Wärme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only taking</source>
        <translation>Nur genommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People you asked more of than you gave to</source>
        <translation>Menschen, die Sie um mehr gebeten haben, als Sie ihnen gegeben haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any last contact</source>
        <translation>Beliebiger letzter Kontakt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Not contacted in %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag kein Kontakt</numerusform>
            <numerusform>Seit %n Tagen kein Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the tag</source>
        <translation>Nur das Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the company</source>
        <translation>Nur die Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the stage</source>
        <translation>Nur die Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the warmth</source>
        <translation>Nur die Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as smart list…</source>
        <translation>Als intelligente Liste speichern…</translation>
    </message>
</context>
<context>
    <name>FindOnGraph</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/find.py" line="+25"/>
        <source>Find on graph…</source>
        <translation>Im Netz suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find on graph</source>
        <translation>Im Netz suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find someone on the graph (Ctrl+F on the graph)</source>
        <translation>Jemanden im Netz suchen (Strg+F im Netz)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/giving/ledger_dialogs.py" line="+134"/>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. “Send the article”, “Intro Ann to Carl”</source>
        <translation>z. B. „Artikel schicken“, „Ann und Carl einander vorstellen“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who it concerns (optional)</source>
        <translation>Wen es betrifft (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;With</source>
        <translation>&amp;Mit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the person from the list, or leave it empty.</source>
        <translation>Wählen Sie die Person aus der Liste oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/canvas.py" line="+114"/>
        <source>Referral graph</source>
        <translation>Empfehlungsnetz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who introduced you to whom. Arrow keys move from card to card, Enter opens the contact, the Menu key offers Introduced by… and the other edits.</source>
        <translation>Wer Sie wem vorgestellt hat. Die Pfeiltasten wechseln von Karte zu Karte, die Eingabetaste öffnet den Kontakt, die Menütaste bietet „Vorgestellt von…“ und die anderen Änderungen.</translation>
    </message>
</context>
<context>
    <name>GraphCommands</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/commands.py" line="+64"/>
        <source>Could not redo “{edit}”. {error}</source>
        <translation>„{edit}“ konnte nicht wiederhergestellt werden. {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not undo “{edit}”. {error}</source>
        <translation>„{edit}“ konnte nicht rückgängig gemacht werden. {error}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add {name} to the graph</source>
        <translation>{name} ins Netz aufnehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} met directly</source>
        <translation>{name} direkt kennengelernt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take {name} off the graph</source>
        <translation>{name} aus dem Netz nehmen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{introducer} introduced you to {name}</source>
        <translation>{introducer} hat Sie {name} vorgestellt</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../crm_desktop/ui/graph/editing.py" line="+148"/>
        <source>{name} is not in the graph any more.</source>
        <translation>{name} ist nicht mehr im Netz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put {name} between you and {lower}</source>
        <translation>{name} zwischen Sie und {lower} setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put {name} between {upper} and {lower}</source>
        <translation>{name} zwischen {upper} und {lower} setzen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not plan “{edit}”. {error}</source>
        <translation>„{edit}“ konnte nicht geplant werden. {error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Already on your list: {title}.</source>
        <translation>Steht schon auf Ihrer Liste: {title}.</translation>
    </message>
</context>
<context>
    <name>GraphEditing</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/editing.py" line="-54"/>
        <source>{introducer} already introduced you to {name}.</source>
        <translation>{introducer} hat Sie {name} bereits vorgestellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is already in the graph.</source>
        <translation>{name} ist schon im Netz.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is already there: you met directly.</source>
        <translation>{name} ist schon dort: Sie haben sich direkt kennengelernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} introduced you to people in the graph; move them first.</source>
        <translation>{name} hat Sie Menschen im Netz vorgestellt; verschieben Sie diese zuerst.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You met {name} directly: nobody to thank for it.</source>
        <translation>Sie haben {name} direkt kennengelernt: niemandem zu danken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{edit}: planned for today, on the Today page.</source>
        <translation>{edit}: für heute geplant, auf der Seite „Heute“.</translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/export.py" line="-184"/>
        <location line="+11"/>
        <source>Could not write {path}: {error}.</source>
        <translation>{path} konnte nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+16"/>
        <location line="+3"/>
        <source>Could not write {path}.</source>
        <translation>{path} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Made with {app}</source>
        <translation>Erstellt mit {app}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Save the referral graph as {kind}</source>
        <translation>Empfehlungsnetz als {kind} speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} files (*.{suffix})</source>
        <translation>{kind}-Dateien (*.{suffix})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the referral graph as {kind}…</source>
        <translation>Das Empfehlungsnetz wird als {kind} gespeichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The graph was not saved. {error}</source>
        <translation>Das Netz wurde nicht gespeichert. {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the referral graph to {path}.</source>
        <translation>Empfehlungsnetz gespeichert unter {path}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The graph was not printed. {error}</source>
        <translation>Das Netz wurde nicht gedruckt. {error}</translation>
    </message>
</context>
<context>
    <name>GraphKeys</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/keyboard.py" line="+29"/>
        <source>Move to the nearest card that way</source>
        <translation>Zur nächsten Karte in dieser Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s menu (Introduced by…, Met directly…)</source>
        <translation>Das Menü der Karte (Vorgestellt von…, Direkt kennengelernt…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Menü, Umschalt+F10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find on the graph</source>
        <translation>Im Netz suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in, zoom out</source>
        <translation>Vergrößern, verkleinern</translation>
    </message>
</context>
<context>
    <name>GraphMenus</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/menus.py" line="+48"/>
        <source>Thank {name} for the intro</source>
        <translation>{name} für die Vorstellung danken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank for the intro</source>
        <translation>Für die Vorstellung danken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You met {name} directly.</source>
        <translation>Sie haben {name} direkt kennengelernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+35"/>
        <source>Introduced by…</source>
        <translation>Vorgestellt von…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Met directly (remove introduction)</source>
        <translation>Direkt kennengelernt (Vorstellung entfernen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take off the graph</source>
        <translation>Aus dem Netz nehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They introduced you to people in the graph.</source>
        <translation>Diese Person hat Ihnen Menschen im Netz vorgestellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show in the graph</source>
        <translation>Im Netz zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to the graph (met directly)</source>
        <translation>Ins Netz aufnehmen (direkt kennengelernt)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prep sheet…</source>
        <translation>Vorbereitungsblatt…</translation>
    </message>
</context>
<context>
    <name>GraphMinimap</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/minimap.py" line="+37"/>
        <source>Overview: click or drag to move around the graph</source>
        <translation>Übersicht: klicken oder ziehen, um sich im Netz zu bewegen</translation>
    </message>
</context>
<context>
    <name>GraphScene</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/scene.py" line="+193"/>
        <source>Drag the arrow head onto whoever introduced you to {name}.</source>
        <translation>Ziehen Sie die Pfeilspitze auf die Person, die Sie {name} vorgestellt hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop a person on this line to put them in between.</source>
        <translation>Ziehen Sie eine Person auf diese Linie, um sie dazwischen einzufügen.</translation>
    </message>
</context>
<context>
    <name>GraphStrip</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/strip.py" line="+74"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Verkleinern (Strg+−)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation>Ganzes Netz zeigen (Strg+0)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview of the whole graph</source>
        <translation>Übersicht über das ganze Netz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview map</source>
        <translation>Übersichtskarte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export ▾</source>
        <translation>Exportieren ▾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the graph</source>
        <translation>Netz exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the graph as PNG, SVG or PDF, or print it</source>
        <translation>Netz als PNG, SVG oder PDF speichern oder drucken</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Warm path…</source>
        <translation>Warmer Weg…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shortest chain of introductions to a company or a person</source>
        <translation>Die kürzeste Kette von Vorstellungen zu einer Firma oder Person</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/view.py" line="+120"/>
        <location line="+18"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Find a person to place…</source>
        <translation>Person zum Platzieren suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person to place</source>
        <translation>Person zum Platzieren suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Menu key: add the person to the graph, or say who introduced them.</source>
        <translation>Menütaste: die Person ins Netz aufnehmen oder angeben, wer sie vorgestellt hat.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Zoom in on the graph</source>
        <translation>Netz vergrößern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out of the graph</source>
        <translation>Netz verkleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole graph</source>
        <translation>Ganzes Netz zeigen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Drawing the referral graph… {percent} %</source>
        <translation>Das Empfehlungsnetz wird gezeichnet… {percent} %</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{placed} of {total} placed</source>
        <translation>{placed} von {total} platziert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody matches “{query}”.</source>
        <translation>Niemand passt zu „{query}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contacts yet. Add people on the Contacts tab.</source>
        <translation>Noch keine Kontakte. Fügen Sie Personen auf der Seite „Kontakte“ hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drawing the referral graph…</source>
        <translation>Empfehlungsnetz wird gezeichnet…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your referral graph</source>
        <translation>Ihr Empfehlungsnetz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 person placed · select someone to see how you reached them.</source>
        <translation>1 Person platziert · wählen Sie jemanden, um zu sehen, wie Sie sie erreicht haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} people placed · select someone to see how you reached them.</source>
        <translation>{count} Personen platziert · wählen Sie jemanden, um zu sehen, wie Sie sie erreicht haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody placed yet.</source>
        <translation>Noch niemand platziert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Introduced you to: </source>
        <translation>Hat Ihnen vorgestellt: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet</source>
        <translation>noch niemanden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Drag {name} onto the canvas to place them.</source>
        <translation>Ziehen Sie {name} auf die Fläche, um die Person zu platzieren.</translation>
    </message>
</context>
<context>
    <name>GroupLabel</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/items/group_label.py" line="+29"/>
        <source>Met directly · 1 person</source>
        <translation>Direkt kennengelernt · 1 Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met directly · {count} people</source>
        <translation>Direkt kennengelernt · {count} Personen</translation>
    </message>
</context>
<context>
    <name>HintItem</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/items/hint.py" line="+17"/>
        <source>Drag people here from the list on the left</source>
        <translation>Ziehen Sie Personen aus der Liste links hierher</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../crm_desktop/ui/interchange/import_dialog/import_command.py" line="+29"/>
        <source>Redoing: {edit}…</source>
        <translation>Wird wiederhergestellt: {edit}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undoing: {edit}…</source>
        <translation>Wird rückgängig gemacht: {edit}…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/interchange/import_dialog/dialog.py" line="+53"/>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Import contacts from {file}</source>
        <translation>Kontakte aus {file} importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking at {file}…</source>
        <translation>{file} wird angesehen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+10"/>
        <location line="+112"/>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>{file} has no columns to import.</source>
        <translation>{file} hat keine Spalten zum Importieren.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../crm_desktop/ui/interchange/import_dialog/text_pages.py" line="+57"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {contacts} from {file}. Cancel stops it and changes nothing.</source>
        <translation>{contacts} aus {file} werden importiert. Abbrechen hält an und ändert nichts.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import {contacts} from {file}</source>
        <translation>{contacts} aus {file} importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{message}

Nothing was changed.</source>
        <translation>{message}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import did not run</source>
        <translation>Der Import wurde nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed: no contact was added or merged.</source>
        <translation>Es wurde nichts geändert: Kein Kontakt wurde hinzugefügt oder zusammengeführt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restoring…</source>
        <translation>Wiederherstellung läuft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring {file}. Cancel stops it and leaves the database empty.</source>
        <translation>{file} wird wiederhergestellt. Abbrechen hält an und lässt die Datenbank leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore finished</source>
        <translation>Wiederherstellung abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {what} from {file}.</source>
        <translation>{what} aus {file} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Wird abgebrochen… nichts wird geändert.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/interchange/import_dialog/text_pages.py" line="-33"/>
        <source>Restore a full Giveback export</source>
        <translation>Einen vollständigen Giveback-Export wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is a full Giveback export of {what}.</source>
        <translation>{file} ist ein vollständiger Giveback-Export mit {what}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To bring back an earlier state of this database, use File ▸ Restore from Backup… instead.</source>
        <translation>Um einen früheren Stand dieser Datenbank zurückzuholen, verwenden Sie stattdessen Datei ▸ Aus Sicherung wiederherstellen….</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring it brings all of it back into this empty database, exactly as it was when exported.</source>
        <translation>Die Wiederherstellung bringt alles in diese leere Datenbank zurück, genau so, wie es beim Export war.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nothing was imported: every row was skipped or already in Giveback.</source>
        <translation>Nichts wurde importiert: Jede Zeile wurde übersprungen oder war schon in Giveback.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 new contact</source>
        <translation>1 neuen Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} new contacts</source>
        <translation>{count} neue Kontakte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {new}, merged {merged} into existing contacts, skipped {skipped}.</source>
        <translation>{new} importiert, {merged} mit vorhandenen Kontakten zusammengeführt, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {new}, merged {merged} into existing contacts.</source>
        <translation>{new} importiert, {merged} mit vorhandenen Kontakten zusammengeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {new}, skipped {skipped}.</source>
        <translation>{new} importiert, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {new}.</source>
        <translation>{new} importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 contact was already up to date.</source>
        <translation>1 Kontakt war schon aktuell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} contacts were already up to date.</source>
        <translation>{count} Kontakte waren schon aktuell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit ▸ Undo removes the whole import.</source>
        <translation>Bearbeiten ▸ Rückgängig entfernt den ganzen Import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giveback also kept a backup of your data from just before it (File ▸ Restore from Backup…).</source>
        <translation>Giveback hat außerdem eine Sicherung Ihrer Daten von kurz davor angelegt (Datei ▸ Aus Sicherung wiederherstellen…).</translation>
    </message>
</context>
<context>
    <name>InsightDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/giving/insight_dialog.py" line="+40"/>
        <source>Edit insight</source>
        <translation>Einblick bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New insight</source>
        <translation>Neuer Einblick</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What did you learn? e.g. “Acme is moving its data team to Berlin”</source>
        <translation>Was haben Sie erfahren? z. B. „Acme verlegt sein Datenteam nach Berlin“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>company:Acme, industry:Fintech, hiring</source>
        <translation>company:Acme, industry:Fintech, Recruiting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags decide who it is offered to: people at that company or a competitor, in that industry, or with that tag. Separate with commas.</source>
        <translation>Die Schlagwörter bestimmen, wem es angeboten wird: Menschen in dieser Firma oder bei einem Mitbewerber, in dieser Branche oder mit diesem Schlagwort. Durch Kommas trennen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who told you (optional)</source>
        <translation>Wer es Ihnen erzählt hat (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shareable: I may pass this on</source>
        <translation>Teilbar: Ich darf das weitergeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insight</source>
        <translation>&amp;Einblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose who told you from the list, or leave it empty.</source>
        <translation>Wählen Sie aus der Liste, wer es Ihnen erzählt hat, oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../crm_desktop/ui/giving/insights_view.py" line="+50"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search insights, tags and sources…</source>
        <translation>Einblicke, Schlagwörter und Quellen durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search insights</source>
        <translation>Einblicke durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New insight</source>
        <translation>Neuer Einblick</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+70"/>
        <source>Who could use it</source>
        <translation>Wem es nützen könnte</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>No insight matches.</source>
        <translation>Kein Einblick passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No insights yet. When you learn something about a company or an industry, note it here (or from a meeting) and Giveback will offer it to the people it can help.</source>
        <translation>Noch keine Einblicke. Wenn Sie etwas über eine Firma oder eine Branche erfahren, notieren Sie es hier (oder bei einem Treffen), und Giveback bietet es den Menschen an, denen es helfen kann.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No insight selected</source>
        <translation>Kein Einblick ausgewählt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From {name}, {date}</source>
        <translation>Von {name}, {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Source not recorded, {date}</source>
        <translation>Quelle nicht festgehalten, {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>given {count}×</source>
        <translation>{count}× gegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Told in confidence: Giveback never offers it to anyone.</source>
        <translation>Im Vertrauen erzählt: Giveback bietet das niemandem an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody yet: tag it with a company, an industry or a topic your contacts are tagged with.</source>
        <translation>Noch niemand: Versehen Sie den Einblick mit einer Firma, einer Branche oder einem Thema, mit dem Ihre Kontakte verschlagwortet sind.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give</source>
        <translation>Geben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete insight</source>
        <translation>Einblick löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{insight}”? Gives that shared it stay in the ledger.</source>
        <translation>„{insight}“ löschen? Gaben, die ihn weitergegeben haben, bleiben in der Bilanz.</translation>
    </message>
</context>
<context>
    <name>IntroducedLinks</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/introductions.py" line="+20"/>
        <source>Introduced you to: </source>
        <translation>Hat Ihnen vorgestellt: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, +{count} more</source>
        <translation>, +{count} weitere</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>nobody yet</source>
        <translation>noch niemanden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a name to show them on the graph.</source>
        <translation>Klicken Sie auf einen Namen, um die Person im Netz zu zeigen.</translation>
    </message>
</context>
<context>
    <name>IntroducerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/introducer_dialog.py" line="+28"/>
        <source>Introduced by… — {name}</source>
        <translation>Vorgestellt von… — {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who introduced you to {name}?</source>
        <translation>Wer hat Sie {name} vorgestellt?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name or a company…</source>
        <translation>Namen oder Firma eingeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who introduced you to {name}</source>
        <translation>Wer hat Sie {name} vorgestellt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record introduction</source>
        <translation>Vorstellung erfassen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{typed}” is not one person: pick them from the list.</source>
        <translation>„{typed}“ ist keine eindeutige Person: Wählen Sie sie aus der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a name, then pick the person from the list.</source>
        <translation>Namen eingeben, dann die Person aus der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/giving/ledger_dialogs.py" line="-130"/>
        <source>Log a give to {name}</source>
        <translation>Eine Gabe an {name} festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log an ask of {name}</source>
        <translation>Eine Bitte an {name} festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log what {name} gave you</source>
        <translation>Festhalten, was {name} Ihnen gegeben hat</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The other person (optional)</source>
        <translation>Die andere Person (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you gave, e.g. “Sent the article on dbt testing”</source>
        <translation>Was Sie gegeben haben, z. B. „Den Artikel über dbt-Tests geschickt“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you asked for, e.g. “Intro to the hiring manager”</source>
        <translation>Worum Sie gebeten haben, z. B. „Vorstellung bei der Personalleitung“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What they gave you</source>
        <translation>Was man Ihnen gegeben hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Introduction to</source>
        <translation>&amp;Vorstellung bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/giving/ledger_panel.py" line="+47"/>
        <source>I gave…</source>
        <translation>Ich habe gegeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I asked…</source>
        <translation>Ich habe gebeten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They gave…</source>
        <translation>Sie haben gegeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up…</source>
        <translation>Wiedervorlage…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What I can give</source>
        <translation>Was ich geben kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No insight matches them yet. Insights tagged with their company, a competitor, its industry or one of their tags will show here.</source>
        <translation>Noch passt kein Einblick. Einblicke mit ihrer Firma, einem Mitbewerber, ihrer Branche oder einem ihrer Schlagwörter erscheinen hier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open follow-ups</source>
        <translation>Offene Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to follow up.</source>
        <translation>Nichts wiedervorzulegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gives and asks</source>
        <translation>Gaben und Bitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No gives or asks recorded with them yet.</source>
        <translation>Noch keine Gaben oder Bitten mit dieser Person festgehalten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give and ask</source>
        <translation>Geben und Bitten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Balance {balance}</source>
        <translation>Bilanz {balance}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You gave {gave} · asked {asked} · they gave {they_gave}.</source>
        <translation>Sie gaben {gave} · baten {asked} · man gab Ihnen {they_gave}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You gave {gave} · asked {asked} · they gave {they_gave}. You took more than you gave: give something back.</source>
        <translation>Sie gaben {gave} · baten {asked} · man gab Ihnen {they_gave}. Sie haben mehr genommen als gegeben: Geben Sie etwas zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing given or asked yet.</source>
        <translation>Noch nichts gegeben oder erbeten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{reason} · from {name}</source>
        <translation>{reason} · von {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give</source>
        <translation>Geben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due {when}</source>
        <translation>Fällig {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark {status}</source>
        <translation>Als „{status}“ markieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Record in your referral graph that {introducer} introduced you to {name}?</source>
        <translation>Im Empfehlungsnetz festhalten, dass {introducer} Sie {name} vorgestellt hat?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Introduction made</source>
        <translation>Vorstellung vermittelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record it</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{entry}”?</source>
        <translation>„{entry}“ löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ListDetailsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/common/list_details.py" line="+54"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/shell/main_window.py" line="+58"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referral graph</source>
        <translation>Empfehlungsnetz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Data: {path}</source>
        <translation>Daten: {path}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Contact…</source>
        <translation>Neuer &amp;Kontakt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;Meeting…</source>
        <translation>Neues &amp;Treffen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Insi&amp;ght…</source>
        <translation>Neuer &amp;Einblick…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print &amp;Today&apos;s Prep Sheets…</source>
        <translation>&amp;Vorbereitungsblätter für heute drucken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load &amp;Sample Network</source>
        <translation>&amp;Beispielnetzwerk laden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back Up Now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Securit&amp;y…</source>
        <translation>Sic&amp;herheit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sy&amp;nc…</source>
        <translation>S&amp;ynchronisieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crm_desktop/ui/shell/shortcuts_dialog.py" line="+58"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../crm_desktop/ui/shell/shortcuts_dialog.py" line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Find Contact</source>
        <translation>Kontakt &amp;suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Referral Graph</source>
        <translation>&amp;Empfehlungsnetz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insights</source>
        <translation>E&amp;inblicke</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Giveback</source>
        <translation>&amp;Über Giveback</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Giveback will show the language you chose when it next starts.</source>
        <translation>Giveback zeigt die gewählte Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sample network can only be loaded into an empty database.</source>
        <translation>Das Beispielnetzwerk kann nur in eine leere Datenbank geladen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Loaded the sample network: %n contact(s).</source>
        <translation>
            <numerusform>Beispielnetzwerk geladen: %n Kontakt.</numerusform>
            <numerusform>Beispielnetzwerk geladen: %n Kontakte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No meetings today, so there are no prep sheets to print.</source>
        <translation>Heute keine Treffen, also keine Vorbereitungsblätter zu drucken.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Networking is giving, not only taking.&lt;/p&gt;&lt;p&gt;Your data: &lt;a href=&quot;{url}&quot;&gt;{folder}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licence: &lt;a href=&quot;{licence}&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;No account, no cloud, no telemetry.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Netzwerken heißt geben, nicht nur nehmen.&lt;/p&gt;&lt;p&gt;Ihre Daten: &lt;a href=&quot;{url}&quot;&gt;{folder}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Lizenz: &lt;a href=&quot;{licence}&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt; (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;Kein Konto, keine Cloud, keine Telemetrie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>MeItem</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/items/me.py" line="+34"/>
        <source>Drop someone here if you met them directly.</source>
        <translation>Ziehen Sie jemanden hierher, den Sie direkt kennengelernt haben.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/meetings/dialog.py" line="+48"/>
        <source>Edit meeting</source>
        <translation>Treffen bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who are you meeting? Type a name</source>
        <translation>Wen treffen Sie? Namen eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People you are meeting</source>
        <translation>Personen, die Sie treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Café, address or video link</source>
        <translation>Café, Adresse oder Videolink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you hope to leave with</source>
        <translation>Womit Sie hinausgehen möchten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What came of it</source>
        <translation>Was dabei herauskam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;With</source>
        <translation>&amp;Mit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>W&amp;hen</source>
        <translation>W&amp;ann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agenda</source>
        <translation>Ta&amp;gesordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No single contact matches that name; pick one from the list.</source>
        <translation>Kein einzelner Kontakt passt zu diesem Namen; wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose who the meeting is with from the list: “{typed}” matches no single contact.</source>
        <translation>Wählen Sie aus der Liste, mit wem das Treffen ist: „{typed}“ passt zu keinem einzelnen Kontakt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose who the meeting is with from the list (type part of a name).</source>
        <translation>Wählen Sie aus der Liste, mit wem das Treffen ist (einen Teil des Namens eingeben).</translation>
    </message>
</context>
<context>
    <name>MeetingNotesEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/meetings/notes.py" line="+65"/>
        <source>Notes: what you learned, what they asked, what you promised. Saved as you type.</source>
        <translation>Notizen: was Sie erfahren haben, worum man Sie gebeten hat, was Sie versprochen haben. Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Markdown; saved as you type.</source>
        <translation>Markdown; wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome: what came of it, in a line or two.</source>
        <translation>Ergebnis: was dabei herauskam, in ein, zwei Zeilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the notes formatted (Markdown: **bold**, - lists)</source>
        <translation>Notizen formatiert zeigen (Markdown: **fett**, - Listen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes, formatted</source>
        <translation>Notizen, formatiert</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../crm_desktop/ui/meetings/view.py" line="+39"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No upcoming meetings yet. Plan one with “New meeting”.</source>
        <translation>Noch keine anstehenden Treffen. Planen Sie eines mit „Neues Treffen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No past meetings yet. Plan one with “New meeting”.</source>
        <translation>Noch keine vergangenen Treffen. Planen Sie eines mit „Neues Treffen“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings yet. Plan one with “New meeting”.</source>
        <translation>Noch keine Treffen. Planen Sie eines mit „Neues Treffen“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No upcoming meetings match the filters.</source>
        <translation>Keine anstehenden Treffen passen zu den Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No past meetings match the filters.</source>
        <translation>Keine vergangenen Treffen passen zu den Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings match the filters.</source>
        <translation>Keine Treffen passen zu den Filtern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only meetings with this person: type a name</source>
        <translation>Nur Treffen mit dieser Person: Namen eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only meetings with</source>
        <translation>Nur Treffen mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only meetings of kind</source>
        <translation>Nur Treffen der Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prep sheet…</source>
        <translation>Vorbereitungsblatt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add insight…</source>
        <translation>Einblick hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add follow-up…</source>
        <translation>Wiedervorlage hinzufügen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this meeting</source>
        <translation>Über dieses Treffen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Showing the nearest {count} meetings. Pick a person or a kind to see the others.</source>
        <translation>Die nächsten {count} Treffen werden gezeigt. Wählen Sie eine Person oder eine Art, um die anderen zu sehen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No meeting selected</source>
        <translation>Kein Treffen ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a meeting to see its plan and write its notes.</source>
        <translation>Wählen Sie ein Treffen, um seinen Plan zu sehen und Notizen zu schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind} with {who}</source>
        <translation>{kind} mit {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when}, {minutes} min</source>
        <translation>{when}, {minutes} Min.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No goal or agenda written.</source>
        <translation>Kein Ziel und kein Ablauf notiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(private)</source>
        <translation>(privat)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due {when}</source>
        <translation>fällig {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add a contact first: a meeting is always with someone.</source>
        <translation>Legen Sie zuerst einen Kontakt an: Ein Treffen ist immer mit jemandem.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete meeting</source>
        <translation>Treffen löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the {kind} with {who} on {date}? Its agenda and notes will be removed.</source>
        <translation>Treffen ({kind}) mit {who} am {date} löschen? Ablauf und Notizen werden entfernt.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/merge_dialog.py" line="+61"/>
        <source>1 meeting</source>
        <translation>1 Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} meetings</source>
        <translation>{count} Treffen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>◀ Previous group</source>
        <translation>◀ Vorige Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip to next group ▶</source>
        <translation>Weiter zur nächsten Gruppe ▶</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The duplicates side by side</source>
        <translation>Die Duplikate nebeneinander</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>After the merge</source>
        <translation>Nach dem Zusammenführen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Merge {count} contacts</source>
        <translation>{count} Kontakte zusammenführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group {number} of {count}: {reason}</source>
        <translation>Gruppe {number} von {count}: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick the contact to keep and, where they differ, which value wins. Every email, phone, link, tag, past job and note is kept; meetings, referrals and ledger rows move to the contact you keep.</source>
        <translation>Wählen Sie den Kontakt, der bleibt, und wo sie sich unterscheiden, welcher Wert gilt. Jede E-Mail, Telefonnummer, jeder Link, jedes Schlagwort, jede frühere Stelle und Notiz bleibt erhalten; Treffen, Empfehlungen und Bilanzeinträge gehen an den Kontakt, der bleibt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These look like the same person ({reason}).</source>
        <translation>Das scheint dieselbe Person zu sein ({reason}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keep {name}</source>
        <translation>{name} behalten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}
(all kept)</source>
        <translation>{field}
(alle bleiben)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing else to move.</source>
        <translation>Sonst geht nichts über.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moves to {name}</source>
        <translation>Geht über an {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then removed</source>
        <translation>Danach entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names} (Undo brings them back)</source>
        <translation>{names} (Rückgängig holt sie zurück)</translation>
    </message>
</context>
<context>
    <name>MethodsTable</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/dialog.py" line="-172"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email, phone or link</source>
        <translation>E-Mail, Telefon oder Link</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/items/node.py" line="+90"/>
        <source>Warmth: {warmth}</source>
        <translation>Wärme: {warmth}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/notice.py" line="+36"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/security/passphrase.py" line="+47"/>
        <source>Open {app}</source>
        <translation>{app} öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giveback&apos;s database is encrypted. Enter your passphrase to open it.</source>
        <translation>Die Datenbank von Giveback ist verschlüsselt. Geben Sie Ihre Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the key in the system keyring: no passphrase next time.</source>
        <translation>Den Schlüssel im Schlüsselbund des Systems aufbewahren: beim nächsten Mal keine Passphrase.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That passphrase does not open Giveback&apos;s database. Try again.</source>
        <translation>Diese Passphrase öffnet die Datenbank von Giveback nicht. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/people.py" line="+100"/>
        <source>Not in the referral graph yet.</source>
        <translation>Noch nicht im Empfehlungsnetz.</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../crm_desktop/ui/interchange/import_dialog/plan_model.py" line="+51"/>
        <source> — another {name}, at {company}, is in Giveback</source>
        <translation> — eine andere Person namens {name}, bei {company}, ist in Giveback</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — another {name} is in Giveback</source>
        <translation> — eine andere Person namens {name} ist in Giveback</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+31"/>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Merge into {name}</source>
        <translation>Mit {name} zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Unchanged, already in Giveback</source>
        <translation>Unverändert, schon in Giveback</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip, leave as it is</source>
        <translation>Überspringen, so lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge ({reason})</source>
        <translation>Zusammenführen ({reason})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has the same name: the same person, or someone else?
Double-click to merge into them instead. A merge adds: {adds}.</source>
        <translation>{name} hat denselben Namen: dieselbe Person oder jemand anderes?
Doppelklicken, um stattdessen zusammenzuführen. Das Zusammenführen ergänzt: {adds}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matches {name} ({reason}).</source>
        <translation>Passt zu {name} ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file adds nothing new to this contact.</source>
        <translation>Die Datei ergänzt diesen Kontakt um nichts Neues.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merge adds: {adds}</source>
        <translation>Das Zusammenführen ergänzt: {adds}</translation>
    </message>
</context>
<context>
    <name>PrepOptionsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/meetings/prep_options.py" line="+37"/>
        <source>Prep sheet sections</source>
        <translation>Abschnitte des Vorbereitungsblatts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show on every prep sheet:</source>
        <translation>Auf jedem Vorbereitungsblatt zeigen:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
</context>
<context>
    <name>PrepPreview</name>
    <message>
        <location filename="../../crm_desktop/ui/meetings/prep_preview.py" line="+72"/>
        <source>Today&apos;s prep sheets ({count})</source>
        <translation>Die Vorbereitungsblätter von heute ({count})</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../crm_desktop/ui/shell/shortcuts_dialog.py" line="-27"/>
        <source>Sections…</source>
        <translation>Abschnitte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the sections and paper of prep sheets</source>
        <translation>Abschnitte und Papier der Vorbereitungsblätter wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../crm_desktop/ui/shell/shortcuts_dialog.py" line="-1"/>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these prep sheets as a PDF file</source>
        <translation>Diese Vorbereitungsblätter als PDF-Datei speichern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folder of the saved PDF</source>
        <translation>Den Ordner der gespeicherten PDF öffnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export prep sheet</source>
        <translation>Vorbereitungsblatt exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prep sheet was not saved. {error}</source>
        <translation>Das Vorbereitungsblatt wurde nicht gespeichert. {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved prep sheet to {path}</source>
        <translation>Vorbereitungsblatt gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/shell/shortcuts_dialog.py" line="-1"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../crm_desktop/ui/interchange/import_dialog/preview_page.py" line="+29"/>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches with existing contacts</source>
        <translation>Treffer bei vorhandenen Kontakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in Giveback, unchanged</source>
        <translation>Schon in Giveback, unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick a row to leave it out. A merge fills in what the existing contact lacks (emails, phones, links, tags, empty fields) and never overwrites what you have.</source>
        <translation>Entfernen Sie den Haken, um eine Zeile auszulassen. Das Zusammenführen ergänzt, was dem vorhandenen Kontakt fehlt (E-Mails, Telefonnummern, Links, Schlagwörter, leere Felder), und überschreibt nie, was Sie haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A row saying “another … is in Giveback” has an existing contact&apos;s name at another company: double-click its “What happens” to merge into them instead.</source>
        <translation>Eine Zeile mit „eine andere Person namens … ist in Giveback“ trägt den Namen eines vorhandenen Kontakts bei einer anderen Firma: Doppelklicken Sie auf ihr „Was geschieht“, um stattdessen mit diesem zusammenzuführen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new contact</source>
        <translation>neuer Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new contacts</source>
        <translation>neue Kontakte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matches an existing contact</source>
        <translation>passt zu einem vorhandenen Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>match existing contacts</source>
        <translation>passen zu vorhandenen Kontakten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>already in Giveback</source>
        <translation>schon in Giveback</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row can&apos;t be read</source>
        <translation>Zeile nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows can&apos;t be read</source>
        <translation>Zeilen nicht lesbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show rows</source>
        <translation>Zeilen zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge all matches</source>
        <translation>Alle Treffer zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip all matches</source>
        <translation>Alle Treffer überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the import does</source>
        <translation>Was der Import tut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Read with a change:</source>
        <translation>Mit einer Änderung gelesen:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{file}: 1 contact</source>
        <translation>{file}: 1 Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {count} contacts</source>
        <translation>{file}: {count} Kontakte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 row can&apos;t be read and will be left out:</source>
        <translation>1 Zeile ist nicht lesbar und wird ausgelassen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} rows can&apos;t be read and will be left out:</source>
        <translation>{count} Zeilen sind nicht lesbar und werden ausgelassen:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing to import: every row is skipped or already here.</source>
        <translation>Nichts zu importieren: Jede Zeile wird übersprungen oder ist schon da.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 new contact</source>
        <translation>1 neuen Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} new contacts</source>
        <translation>{count} neue Kontakte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import will add {new}, merge {merge} into existing contacts, skip {skip}.</source>
        <translation>Der Import fügt {new} hinzu, führt {merge} mit vorhandenen Kontakten zusammen, überspringt {skip}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import will add {new}, merge {merge} into existing contacts.</source>
        <translation>Der Import fügt {new} hinzu und führt {merge} mit vorhandenen Kontakten zusammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import will add {new}, skip {skip}.</source>
        <translation>Der Import fügt {new} hinzu und überspringt {skip}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import will add {new}.</source>
        <translation>Der Import fügt {new} hinzu.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/meetings/prep_preview.py" line="-105"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/giving/ledger_dialogs.py" line="+93"/>
        <source>Reschedule follow-up</source>
        <translation>Wiedervorlage verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/interchange/backup_dialogs.py" line="+166"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a backup to go back to. Your current data is backed up first. Backups are kept in {folder}.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Ihre aktuellen Daten werden zuerst gesichert. Sicherungen liegen in {folder}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no backups in {folder} yet. Giveback takes one each day it is started, or use File ▸ Back Up Now…</source>
        <translation>In {folder} gibt es noch keine Sicherungen. Giveback legt an jedem Tag, an dem es gestartet wird, eine an, oder verwenden Sie Datei ▸ Jetzt sichern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other &amp;File…</source>
        <translation>Andere &amp;Datei…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Restore from file</source>
        <translation>Aus Datei wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/security/dialog.py" line="+62"/>
        <source>&amp;Not encrypted</source>
        <translation>&amp;Nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted, the key kept in this computer&apos;s &amp;keyring</source>
        <translation>Verschlüsselt, der Schlüssel im &amp;Schlüsselbund dieses Computers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted with a &amp;passphrase</source>
        <translation>Verschlüsselt mit einer &amp;Passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{choice} (no keyring on this computer)</source>
        <translation>{choice} (kein Schlüsselbund auf diesem Computer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+73"/>
        <source>at least 8 characters</source>
        <translation>mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember on this computer (no passphrase at start)</source>
        <translation>Auf diesem Computer &amp;merken (keine Passphrase beim Start)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New pass&amp;phrase:</source>
        <translation>Neue Pass&amp;phrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Converting files</source>
        <translation>Dateien werden umgewandelt</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+123"/>
        <location line="+51"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Encryption covers the database and every backup in Giveback&apos;s data folder. Exports (vCard, CSV, JSON, iCalendar) stay plain files, as you choose to share them. A forgotten passphrase cannot be recovered, and neither can what it protects.</source>
        <translation>Die Verschlüsselung umfasst die Datenbank und jede Sicherung im Datenordner von Giveback. Exporte (vCard, CSV, JSON, iCalendar) bleiben unverschlüsselte Dateien, da Sie sie zum Weitergeben erstellen. Eine vergessene Passphrase lässt sich nicht wiederherstellen, und ebenso wenig, was sie schützt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giveback keeps what people tell you in confidence. Encrypt it on this computer, so that a lost laptop or a backup folder synced to the cloud shows nothing? You can change this at any time (File ▸ Security…).</source>
        <translation>Giveback bewahrt auf, was man Ihnen im Vertrauen erzählt. Auf diesem Computer verschlüsseln, damit ein verlorener Laptop oder ein in die Cloud synchronisierter Sicherungsordner nichts zeigt? Sie können das jederzeit ändern (Datei ▸ Sicherheit…).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keep your network private</source>
        <translation>Halten Sie Ihr Netzwerk privat</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>leave empty to keep your passphrase</source>
        <translation>leer lassen, um Ihre Passphrase zu behalten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>These files in Giveback&apos;s data folder cannot be converted (damaged copies of the database, or backups with another key):

{names}

Remove them and go on? To keep them, move them somewhere safe first and try again.</source>
        <translation>Diese Dateien im Datenordner von Giveback lassen sich nicht umwandeln (beschädigte Kopien der Datenbank oder Sicherungen mit einem anderen Schlüssel):

{names}

Entfernen und fortfahren? Um sie zu behalten, verschieben Sie sie zuerst an einen sicheren Ort und versuchen es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove and Go On</source>
        <translation>Entfernen und fortfahren</translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/selection_bar.py" line="+35"/>
        <source>Tag…</source>
        <translation>Verschlagworten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set stage</source>
        <translation>Phase setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{count} selected</source>
        <translation>{count} ausgewählt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unarchive</source>
        <translation>Aus dem Archiv holen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/shell/shortcuts_dialog.py" line="+52"/>
        <source>{page} page</source>
        <translation>Seite „{page}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referral graph cards</source>
        <translation>Karten im Empfehlungsnetz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prep sheet preview</source>
        <translation>Vorschau des Vorbereitungsblatts</translation>
    </message>
</context>
<context>
    <name>SmartListSidebar</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/sidebar.py" line="+23"/>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not contacted in 90 days</source>
        <translation>Seit 90 Tagen kein Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+54"/>
        <source>Smart lists</source>
        <translation>Intelligente Listen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/dialog.py" line="+39"/>
        <source>Giveback syncs your contacts with an address book, and your meetings and follow-ups with a calendar, on a CardDAV and CalDAV server you already use (Nextcloud, Radicale, Baïkal, Fastmail, iCloud…). Nothing goes anywhere else.</source>
        <translation>Giveback gleicht Ihre Kontakte mit einem Adressbuch und Ihre Treffen und Nachfassaktionen mit einem Kalender ab, auf einem CardDAV- und CalDAV-Server, den Sie schon nutzen (Nextcloud, Radicale, Baïkal, Fastmail, iCloud…). Sonst geht nichts irgendwohin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What does not sync: the give-and-ask ledger, your insights and smart lists stay on this computer; contacts&apos; photos stay on the server. A contact deleted on the server is archived here, never destroyed.</source>
        <translation>Was nicht synchronisiert wird: Das Geben-und-Bitten-Buch, Ihre Einblicke und intelligenten Listen bleiben auf diesem Computer; die Fotos der Kontakte bleiben auf dem Server. Ein auf dem Server gelöschter Kontakt wird hier archiviert, nie vernichtet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An app password works too. It is kept in this computer&apos;s keyring, or, where there is none, in a file in Giveback&apos;s data folder that only you can read.</source>
        <translation>Ein App-Passwort geht auch. Es wird im Schlüsselbund dieses Computers aufbewahrt oder, wo es keinen gibt, in einer Datei im Datenordner von Giveback, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This address starts with http://: your password and your contacts would travel unencrypted, readable on the network between you and the server. Prefer https://.</source>
        <translation>Diese Adresse beginnt mit http://: Ihr Passwort und Ihre Kontakte gingen unverschlüsselt über das Netz, lesbar für jeden zwischen Ihnen und dem Server. Besser https://.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+408"/>
        <location line="+70"/>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <location line="-438"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow an u&amp;nencrypted connection</source>
        <translation>&amp;Unverschlüsselte Verbindung erlauben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ser&amp;ver address:</source>
        <translation>Ser&amp;veradresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Address book:</source>
        <translation>&amp;Adressbuch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;lendar:</source>
        <translation>Ka&amp;lender:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At sta&amp;rt</source>
        <translation>Beim Sta&amp;rt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every</source>
        <translation>All&amp;e</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes between syncs</source>
        <translation>Minuten zwischen den Synchronisierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>while Giveback is open</source>
        <translation>solange Giveback offen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At &amp;quit</source>
        <translation>Beim Beende&amp;n</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync automatically</source>
        <translation>Automatisch synchronisieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the sync changed</source>
        <translation>Was die Synchronisierung geändert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel s&amp;ync</source>
        <translation>S&amp;ynchronisierung abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget this account</source>
        <translation>Konto ver&amp;gessen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>kept; type a new one to change it</source>
        <translation>gespeichert; zum Ändern ein neues eingeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password is kept in this computer&apos;s keyring.</source>
        <translation>Das Passwort liegt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no keyring: the password is kept in a file in Giveback&apos;s data folder that only you can read.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Das Passwort liegt in einer Datei im Datenordner von Giveback, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sync is not set up yet.</source>
        <translation>Die Synchronisierung ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet.</source>
        <translation>Noch nicht synchronisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync {when}: done.</source>
        <translation>Letzte Synchronisierung {when}: erledigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last sync {when} failed: {why}</source>
        <translation>Letzte Synchronisierung {when} fehlgeschlagen: {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>C&amp;onflicts (%n)…</source>
        <translation>
            <numerusform>K&amp;onflikt (%n)…</numerusform>
            <numerusform>K&amp;onflikte (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first one the server has</source>
        <translation>Das erste auf dem Server</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a new calendar “Giveback”</source>
        <translation>Einen neuen Kalender „Giveback“ anlegen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Connected: {books} and {calendars} found.</source>
        <translation>Verbunden: {books} und {calendars} gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n address book(s)</source>
        <translation>
            <numerusform>%n Adressbuch</numerusform>
            <numerusform>%n Adressbücher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n Kalender</numerusform>
            <numerusform>%n Kalender</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking the server…</source>
        <translation>Frage den Server…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A sync is running already.</source>
        <translation>Eine Synchronisierung läuft bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping after the current step…</source>
        <translation>Halte nach dem laufenden Schritt an…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync cancelled. The next sync finishes the job.</source>
        <translation>Synchronisierung abgebrochen. Die nächste bringt sie zu Ende.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was synced.</source>
        <translation>Es wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync Anyway</source>
        <translation>Trotzdem synchronisieren</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The server has none of the %n contact(s) it had at the last sync. Sync anyway, and archive them on this computer too?</source>
        <translation>
            <numerusform>Der Server hat den %n Kontakt nicht mehr, den er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und ihn auch auf diesem Computer archivieren?</numerusform>
            <numerusform>Der Server hat keinen der %n Kontakte mehr, die er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und sie auch auf diesem Computer archivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The server has none of the %n meeting(s) it had at the last sync. Sync anyway, and remove them on this computer too?</source>
        <translation>
            <numerusform>Der Server hat das %n Treffen nicht mehr, das er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und es auch auf diesem Computer entfernen?</numerusform>
            <numerusform>Der Server hat keines der %n Treffen mehr, die er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und sie auch auf diesem Computer entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The server has none of the %n follow-up(s) it had at the last sync. Sync anyway, and remove them on this computer too?</source>
        <translation>
            <numerusform>Der Server hat die %n Nachfassaktion nicht mehr, die er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und sie auch auf diesem Computer entfernen?</numerusform>
            <numerusform>Der Server hat keine der %n Nachfassaktionen mehr, die er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und sie auch auf diesem Computer entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This computer has none of the %n contact(s) it had at the last sync. Sync anyway, and delete them on the server too?</source>
        <translation>
            <numerusform>Dieser Computer hat den %n Kontakt nicht mehr, den er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und ihn auch auf dem Server löschen?</numerusform>
            <numerusform>Dieser Computer hat keinen der %n Kontakte mehr, die er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und sie auch auf dem Server löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This computer has none of the %n meeting(s) it had at the last sync. Sync anyway, and delete them on the server too?</source>
        <translation>
            <numerusform>Dieser Computer hat das %n Treffen nicht mehr, das er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und es auch auf dem Server löschen?</numerusform>
            <numerusform>Dieser Computer hat keines der %n Treffen mehr, die er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und sie auch auf dem Server löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This computer has none of the %n follow-up(s) it had at the last sync. Sync anyway, and delete them on the server too?</source>
        <translation>
            <numerusform>Dieser Computer hat die %n Nachfassaktion nicht mehr, die er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und sie auch auf dem Server löschen?</numerusform>
            <numerusform>Dieser Computer hat keine der %n Nachfassaktionen mehr, die er bei der letzten Synchronisierung hatte. Trotzdem synchronisieren und sie auch auf dem Server löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Forget the account {user} at {server}? Giveback drops its password and what it knows about the last sync. Every contact, meeting and follow-up stays, here and on the server.</source>
        <translation>Das Konto {user} bei {server} vergessen? Giveback verwirft sein Passwort und was es über die letzte Synchronisierung weiß. Alle Kontakte, Treffen und Nachfassaktionen bleiben, hier und auf dem Server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="+31"/>
        <source>at {time}</source>
        <translation>um {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on {date}</source>
        <translation>am {date}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sync status</source>
        <translation>Stand der Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the sync settings</source>
        <translation>Öffnet die Einstellungen der Synchronisierung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync set up, not run yet</source>
        <translation>Synchronisierung eingerichtet, noch nicht gelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced {when}</source>
        <translation>Synchronisiert {when}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync failed {when}: {why}</source>
        <translation>Synchronisierung {when} fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing… {percent} %</source>
        <translation>Synchronisiere… {percent} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync cancelled; the next one finishes the job</source>
        <translation>Synchronisierung abgebrochen; die nächste bringt sie zu Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync stopped: waiting for your answer</source>
        <translation>Synchronisierung angehalten: wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync failed: {why}</source>
        <translation>Synchronisierung fehlgeschlagen: {why}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../crm_desktop/ui/today/view.py" line="+29"/>
        <source>Meetings today</source>
        <translation>Treffen heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank-yous owed</source>
        <translation>Ausstehender Dank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going cold</source>
        <translation>Kühlt ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only taking: give something back</source>
        <translation>Nur genommen: etwas zurückgeben</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n Wiedervorlage fällig</numerusform>
            <numerusform>%n Wiedervorlagen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n thank-you(s) owed</source>
        <translation>
            <numerusform>%n Dank ausstehend</numerusform>
            <numerusform>%n Dankesworte ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{items}.</source>
        <translation>{items}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing needs you today. Plan a coffee with someone you have not seen for a while, or note an insight you could pass on.</source>
        <translation>Heute braucht Sie nichts. Planen Sie einen Kaffee mit jemandem, den Sie länger nicht gesehen haben, oder notieren Sie einen Einblick, den Sie weitergeben könnten.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weiterer</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{time}  {kind} with {who}</source>
        <translation>{time}  {kind} mit {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done. Write down your notes and insights.</source>
        <translation>Erledigt. Schreiben Sie Ihre Notizen und Einblicke auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <location line="+43"/>
        <location line="+25"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Prep sheet…</source>
        <translation>Vorbereitungsblatt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Meeting on {date}</source>
        <translation>Treffen am {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to follow-ups</source>
        <translation>Zu den Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Keep in touch {cadence}; %n day(s) overdue</source>
        <translation>
            <numerusform>In Kontakt bleiben {cadence}; %n Tag überfällig</numerusform>
            <numerusform>In Kontakt bleiben {cadence}; %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan a meeting…</source>
        <translation>Treffen planen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}  ·  balance {balance}</source>
        <translation>{name}  ·  Bilanz {balance}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You asked {asked}, they gave {they_gave}, you gave {gave}. {suggestion}</source>
        <translation>Sie haben {asked}-mal gebeten, die Person hat {they_gave}-mal gegeben, Sie haben {gave}-mal gegeben. {suggestion}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give this insight</source>
        <translation>Diesen Einblick geben</translation>
    </message>
</context>
<context>
    <name>WarmPathPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/warm_path_panel.py" line="+53"/>
        <source>Warm path to…</source>
        <translation>Warmer Weg zu…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the warm path</source>
        <translation>Warmen Weg schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the warm path (the highlight goes too)</source>
        <translation>Warmen Weg schließen (die Hervorhebung verschwindet auch)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A company or a person</source>
        <translation>Eine Firma oder eine Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm path to</source>
        <translation>Warmer Weg zu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chains of introductions</source>
        <translation>Ketten von Vorstellungen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>met directly</source>
        <translation>direkt kennengelernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} introductions</source>
        <translation>{count} Vorstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}
No known chain: not in the graph yet.</source>
        <translation>{name}
Keine bekannte Kette: noch nicht im Netz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody there is in your referral graph yet. Drag them in from the list on the left, onto whoever introduced you.</source>
        <translation>Von dort ist noch niemand in Ihrem Empfehlungsnetz. Ziehen Sie die Personen aus der Liste links auf die Person, die Sie vorgestellt hat.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show the warm path to {name}</source>
        <translation>Den warmen Weg zu {name} zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{message} Pick one below.</source>
        <translation>{message} Wählen Sie unten eine aus.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../crm_desktop/ui/shell/app.py" line="+79"/>
        <source>Giveback cannot open its database.

{error}</source>
        <translation>Giveback kann seine Datenbank nicht öffnen.

{error}</translation>
    </message>
</context>
<context>
    <name>apply</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/apply.py" line="+102"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Giveback could not import</source>
        <translation>Giveback konnte nicht importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{message} Nothing was changed.</source>
        <translation>{message} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import failed ({err}); nothing was changed.</source>
        <translation>Der Import ist fehlgeschlagen ({err}); es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../crm_desktop/services/backups.py" line="+41"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by you</source>
        <translation>Von Ihnen angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>There is no database to back up yet.</source>
        <translation>Es gibt noch keine Datenbank zum Sichern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup cannot be written over the database itself.</source>
        <translation>Eine Sicherung kann nicht über die Datenbank selbst geschrieben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{target} already exists; choose another name.</source>
        <translation>{target} gibt es schon; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giveback could not write the backup</source>
        <translation>Giveback konnte die Sicherung nicht schreiben</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>{path} is not a file.</source>
        <translation>{path} ist keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a Giveback backup, or it is damaged, or it is encrypted with a key this Giveback does not have (another passphrase, or another computer&apos;s keyring). Nothing was changed.</source>
        <translation>{name} ist keine Giveback-Sicherung, ist beschädigt oder mit einem Schlüssel verschlüsselt, den dieses Giveback nicht hat (eine andere Passphrase oder der Schlüsselbund eines anderen Computers). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} is not a Giveback backup, or it is damaged. Nothing was changed.</source>
        <translation>{name} ist keine Giveback-Sicherung oder ist beschädigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was written by a newer version of Giveback. Please update Giveback. Nothing was changed.</source>
        <translation>{name} wurde von einer neueren Version von Giveback geschrieben. Bitte aktualisieren Sie Giveback. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The current database could not be backed up ({err}), so it was not replaced. Nothing was changed.</source>
        <translation>Die aktuelle Datenbank konnte nicht gesichert werden ({err}), daher wurde sie nicht ersetzt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Giveback could not restore</source>
        <translation>Giveback konnte nicht wiederherstellen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Giveback could not back up</source>
        <translation>Giveback konnte nicht sichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Giveback&apos;s database was damaged, so Giveback did not open it. It has been moved aside, unchanged, to:
{path}</source>
        <translation>Die Datenbank von Giveback war beschädigt, daher hat Giveback sie nicht geöffnet. Sie wurde unverändert beiseitegelegt nach:
{path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The newest good backup is from {date} with {contacts}:
{path}</source>
        <translation>Die neueste intakte Sicherung ist vom {date} mit {contacts}:
{path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no backup to restore, so Giveback starts with an empty database.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen, daher startet Giveback mit einer leeren Datenbank.</translation>
    </message>
</context>
<context>
    <name>common.appearance</name>
    <message>
        <location filename="../../crm_desktop/ui/common/appearance.py" line="+26"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
</context>
<context>
    <name>common.widgets</name>
    <message>
        <location filename="../../crm_desktop/ui/common/widgets.py" line="+159"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>companies</name>
    <message>
        <location filename="../../crm_desktop/services/contacts/companies.py" line="+84"/>
        <source>Give a company&apos;s name.</source>
        <translation>Geben Sie den Namen einer Firma an.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No company called “{name}”.</source>
        <translation>Keine Firma namens „{name}“.</translation>
    </message>
</context>
<context>
    <name>contacts</name>
    <message>
        <location filename="../../crm_desktop/services/contacts/validation.py" line="+23"/>
        <source>“{value}” does not look like an email address.</source>
        <translation>„{value}“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>“{stage}” is not a pipeline stage.</source>
        <translation>„{stage}“ ist keine Phase der Pipeline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{warmth}” is not a warmth (cold, warm or close).</source>
        <translation>„{warmth}“ ist keine Wärme (kalt, warm oder eng).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+30"/>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep in touch every N days needs a positive number.</source>
        <translation>„Alle N Tage in Kontakt bleiben“ braucht eine positive Zahl.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contacts/contacts.py" line="+170"/>
        <source>Cannot set {items} this way.</source>
        <translation>{items} lässt sich so nicht setzen.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>No contact with id {id}.</source>
        <translation>Kein Kontakt mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Give a contact&apos;s name.</source>
        <translation>Geben Sie den Namen eines Kontakts an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Several contacts are called “{text}”; name one by its number:</source>
        <translation>Mehrere Kontakte heißen „{text}“; nennen Sie einen mit seiner Nummer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{text}” matches several contacts:</source>
        <translation>„{text}“ passt zu mehreren Kontakten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact called “{text}”.</source>
        <translation>Kein Kontakt namens „{text}“.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contacts/types.py" line="+45"/>
        <source>{title} at {company}</source>
        <translation>{title} bei {company}</translation>
    </message>
</context>
<context>
    <name>contacts.fields</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/fields.py" line="+27"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>convert</name>
    <message>
        <location filename="../../crm_desktop/services/encryption/convert.py" line="+107"/>
        <source>Giveback&apos;s database is not encrypted.</source>
        <translation>Die Datenbank von Giveback ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giveback&apos;s database is already encrypted with a key in the keyring.</source>
        <translation>Die Datenbank von Giveback ist schon mit einem Schlüssel im Schlüsselbund verschlüsselt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These files in the data folder cannot be converted (damaged copies of the database, or backups encrypted with another key). They must be removed, or moved somewhere safe first, before the change:
{names}</source>
        <translation>Diese Dateien im Datenordner lassen sich nicht umwandeln (beschädigte Kopien der Datenbank oder mit einem anderen Schlüssel verschlüsselte Sicherungen). Sie müssen vor der Änderung entfernt oder zuerst an einen sicheren Ort verschoben werden:
{names}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Giveback could not convert its files</source>
        <translation>Giveback konnte seine Dateien nicht umwandeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another program has Giveback&apos;s database open (a second Giveback, or the command line). Close it and try again. Nothing was changed.</source>
        <translation>Ein anderes Programm hat die Datenbank von Giveback geöffnet (ein zweites Giveback oder die Befehlszeile). Schließen Sie es und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The converted copy of {name} did not check out.</source>
        <translation>Die umgewandelte Kopie von {name} hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The converted copy of {name} is not what was asked.</source>
        <translation>Die umgewandelte Kopie von {name} ist nicht wie verlangt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The converted copy of {name} is not whole.</source>
        <translation>Die umgewandelte Kopie von {name} ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>encoding</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/encoding.py" line="+51"/>
        <source>“{name}” is a folder, not a file.</source>
        <translation>„{name}“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is {size}; Giveback imports files up to {limit}. Split it into smaller files and import each.</source>
        <translation>„{name}“ ist {size} groß; Giveback importiert Dateien bis {limit}. Teilen Sie sie in kleinere Dateien und importieren Sie jede.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” could not be opened: {reason}.</source>
        <translation>„{name}“ konnte nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+43"/>
        <source>“{name}” is empty.</source>
        <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>“{name}” is a ZIP archive (or an Excel workbook). Unzip it and import the CSV inside (LinkedIn&apos;s export holds Connections.csv), or save the sheet as CSV.</source>
        <translation>„{name}“ ist ein ZIP-Archiv (oder eine Excel-Arbeitsmappe). Entpacken Sie es und importieren Sie die CSV darin (der LinkedIn-Export enthält Connections.csv), oder speichern Sie die Tabelle als CSV.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” says it is {upper} text but is not; it may be damaged.</source>
        <translation>„{name}“ gibt an, {upper}-Text zu sein, ist es aber nicht; die Datei ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{name}” is not a text file Giveback can import.</source>
        <translation>„{name}“ ist keine Textdatei, die Giveback importieren kann.</translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message>
        <location filename="../../crm_desktop/services/encryption/unlock.py" line="+47"/>
        <source>Not encrypted: any program that can read your files can read Giveback&apos;s.</source>
        <translation>Nicht verschlüsselt: Jedes Programm, das Ihre Dateien lesen kann, kann auch die von Giveback lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted with your passphrase. It is remembered in this computer&apos;s keyring, so Giveback opens without asking.</source>
        <translation>Mit Ihrer Passphrase verschlüsselt. Sie ist im Schlüsselbund dieses Computers gespeichert, daher öffnet Giveback ohne Nachfrage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypted with your passphrase. Giveback asks for it when it starts.</source>
        <translation>Mit Ihrer Passphrase verschlüsselt. Giveback fragt beim Start danach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted with a key kept in this computer&apos;s keyring: nothing to type.</source>
        <translation>Mit einem Schlüssel im Schlüsselbund dieses Computers verschlüsselt: nichts einzugeben.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/export.py" line="+60"/>
        <source>Giveback cannot export “{format}”; choose one of: {known}.</source>
        <translation>Giveback kann „{format}“ nicht exportieren; wählen Sie eines von: {known}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A JSON export holds everything, to restore it whole; choose vCard or CSV for selected contacts.</source>
        <translation>Ein JSON-Export enthält alles, um es ganz wiederherzustellen; wählen Sie für ausgewählte Kontakte vCard oder CSV.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/fields.py" line="+22"/>
        <source>{n} photo skipped, as Giveback does not keep contact photos</source>
        <translation>{n} Foto übersprungen, da Giveback keine Kontaktfotos speichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} photos skipped, as Giveback does not keep contact photos</source>
        <translation>{n} Fotos übersprungen, da Giveback keine Kontaktfotos speichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} birthday without a year was added to the notes</source>
        <translation>{n} Geburtstag ohne Jahr wurde zu den Notizen gelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} birthdays without a year were added to the notes</source>
        <translation>{n} Geburtstage ohne Jahr wurden zu den Notizen gelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} birthday that is not a date was added to the notes</source>
        <translation>{n} Geburtstag, der kein Datum ist, wurde zu den Notizen gelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} birthdays that are not dates were added to the notes</source>
        <translation>{n} Geburtstage, die keine Daten sind, wurden zu den Notizen gelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} email address that does not look valid was added to the notes</source>
        <translation>{n} E-Mail-Adresse, die nicht gültig aussieht, wurde zu den Notizen gelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} email addresses that do not look valid were added to the notes</source>
        <translation>{n} E-Mail-Adressen, die nicht gültig aussehen, wurden zu den Notizen gelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} more postal address was added to the notes, as Location keeps the first</source>
        <translation>{n} weitere Postanschrift wurde zu den Notizen gelegt, da „Ort“ die erste behält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} more postal addresses were added to the notes, as Location keeps the first</source>
        <translation>{n} weitere Postanschriften wurden zu den Notizen gelegt, da „Ort“ die erste behält</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} contact without a name is named after their email address</source>
        <translation>{n} Kontakt ohne Namen heißt nach seiner E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} contacts without a name are named after their email address</source>
        <translation>{n} Kontakte ohne Namen heißen nach ihrer E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>{lines} and {count} more</source>
        <translation>{lines} und {count} weitere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{notice} (lines {lines}).</source>
        <translation>{notice} (Zeilen {lines}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{notice} (line {lines}).</source>
        <translation>{notice} (Zeile {lines}).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no name or email address</source>
        <translation>weder Name noch E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/files.py" line="+58"/>
        <source>“{name}” is Giveback&apos;s own database; choose another file name or folder for the export. Nothing was written.</source>
        <translation>„{name}“ ist die Datenbank von Giveback selbst; wählen Sie für den Export einen anderen Dateinamen oder Ordner. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” is in Giveback&apos;s backups folder ({backups}), which keeps its backups only; choose another folder for the export. Nothing was written.</source>
        <translation>„{name}“ liegt im Sicherungsordner von Giveback ({backups}), der nur Sicherungen aufnimmt; wählen Sie für den Export einen anderen Ordner. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Giveback could not write {path}: {reason}. Nothing was written.</source>
        <translation>Giveback konnte {path} nicht schreiben: {reason}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giveback could not read the database ({err}). Nothing was written.</source>
        <translation>Giveback konnte die Datenbank nicht lesen ({err}). Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>filters</name>
    <message>
        <location filename="../../crm_desktop/services/contacts/filters.py" line="+111"/>
        <source>at {company}</source>
        <translation>bei {company}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only taking</source>
        <translation>nur nehmend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not contacted in {days} days</source>
        <translation>seit {days} Tagen kein Kontakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <location filename="../../crm_desktop/services/meetings/followups.py" line="+57"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n days overdue</source>
        <translation>%n Tage überfällig</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>every {days} days; never met</source>
        <translation>alle {days} Tage; noch nie getroffen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every {days} days; last in touch {date}</source>
        <translation>alle {days} Tage; zuletzt in Kontakt am {date}</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+78"/>
        <source>A follow-up needs a line saying what to do.</source>
        <translation>Eine Wiedervorlage braucht eine Zeile, was zu tun ist.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Unknown follow-up kind “{kind}”.</source>
        <translation>Unbekannte Art von Wiedervorlage „{kind}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact with id {id}.</source>
        <translation>Kein Kontakt mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting with id {id}.</source>
        <translation>Kein Treffen mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Choose one of: {items} (not “{kind}”).</source>
        <translation>Wählen Sie eines von: {items} (nicht „{kind}“).</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Thank {name} for the {kind} on {date}</source>
        <translation>{name} für das Treffen ({kind}) am {date} danken</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/graph/referrals.py" line="+172"/>
        <location filename="../../crm_desktop/services/meetings/followups.py" line="+4"/>
        <source>Thank {name} for introducing you to {other}</source>
        <translation>{name} für die Vorstellung bei {other} danken</translation>
    </message>
</context>
<context>
    <name>generic_csv</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/generic_csv.py" line="+143"/>
        <source>the rest of the file could not be read ({error}); check for an unclosed quote</source>
        <translation>der Rest der Datei ließ sich nicht lesen ({error}); prüfen Sie auf ein nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Unknown column choice: {items}.</source>
        <translation>Unbekannte Spaltenwahl: {items}.</translation>
    </message>
</context>
<context>
    <name>google</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/google.py" line="+150"/>
        <source>This is not a Google Contacts CSV: its columns are not Google&apos;s.</source>
        <translation>Das ist keine Google-Kontakte-CSV: Die Spalten sind nicht die von Google.</translation>
    </message>
</context>
<context>
    <name>graph.accessible</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/accessible.py" line="+51"/>
        <source>Introduced by {name}</source>
        <translation>Vorgestellt von {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met directly, by {me}</source>
        <translation>Direkt kennengelernt, von {me}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warmth: {warmth}</source>
        <translation>Wärme: {warmth}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
</context>
<context>
    <name>graph.export</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/export.py" line="-195"/>
        <source>Referral graph</source>
        <translation>Empfehlungsnetz</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The graph is too big for an image on this computer.</source>
        <translation>Das Netz ist zu groß für ein Bild auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not start printing.</source>
        <translation>Drucken konnte nicht beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not finish printing.</source>
        <translation>Drucken konnte nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>graph.people</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/people.py" line="-66"/>
        <source>not placed</source>
        <translation>nicht platziert</translation>
    </message>
</context>
<context>
    <name>graph.view</name>
    <message>
        <location filename="../../crm_desktop/ui/graph/view.py" line="-412"/>
        <source>Drag a person onto the canvas to add them, or onto someone to record who introduced them.</source>
        <translation>Ziehen Sie eine Person auf die Fläche, um sie aufzunehmen, oder auf jemanden, um zu erfassen, wer sie vorgestellt hat.</translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <location filename="../../crm_desktop/ui/giving/insights_view.py" line="-189"/>
        <source>Noted</source>
        <translation>Notiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insight</source>
        <translation>Einblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/interchange/backup_dialogs.py" line="-203"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crm_desktop/ui/meetings/model.py" line="+18"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/interchange/import_dialog/plan_model.py" line="-145"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/meetings/model.py" line="-2"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <location filename="../../crm_desktop/services/giving/insights.py" line="+102"/>
        <source>“{raw}”: a tag is company:NAME, industry:NAME or topic:NAME (or just a topic).</source>
        <translation>„{raw}“: Ein Schlagwort ist company:NAME, industry:NAME oder topic:NAME (oder nur ein Thema).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{raw}” needs a name after the colon.</source>
        <translation>„{raw}“ braucht einen Namen nach dem Doppelpunkt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown tag kind “{facet}”.</source>
        <translation>Unbekannte Art von Schlagwort „{facet}“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>An insight needs a sentence: what did you learn?</source>
        <translation>Ein Einblick braucht einen Satz: Was haben Sie erfahren?</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+147"/>
        <source>No contact with id {id}.</source>
        <translation>Kein Kontakt mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>about {name}, a competitor of {company}</source>
        <translation>über {name}, einen Mitbewerber von {company}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>about {industry}, their company&apos;s industry</source>
        <translation>über {industry}, die Branche ihrer Firma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about {topic}, one of their interests</source>
        <translation>über {topic}, eines ihrer Interessen</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>That insight is not marked shareable: it was told in confidence.</source>
        <translation>Dieser Einblick ist nicht zum Weitergeben markiert: Er wurde im Vertrauen erzählt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That insight came from this person; it is theirs already.</source>
        <translation>Dieser Einblick stammt von dieser Person; er gehört ihr schon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You already gave them that insight.</source>
        <translation>Diesen Einblick haben Sie ihr schon gegeben.</translation>
    </message>
</context>
<context>
    <name>interchange.backup_dialogs</name>
    <message>
        <location filename="../../crm_desktop/ui/interchange/backup_dialogs.py" line="-8"/>
        <source>Giveback backups (*.sqlite3);;All files (*)</source>
        <translation>Giveback-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{size} bytes</source>
        <translation>{size} Bytes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backup from {date} ({contacts})</source>
        <translation>die Sicherung vom {date} ({contacts})</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up {contacts} to:
{path}</source>
        <translation>{contacts} gesichert nach:
{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} is not a readable Giveback backup.</source>
        <translation>{file} ist keine lesbare Giveback-Sicherung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+6"/>
        <location line="+143"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Replace your current data ({contacts}) with {backup}?

Your current data is backed up first, so you can come back to it from this list.</source>
        <translation>Ihre aktuellen Daten ({contacts}) durch {backup} ersetzen?

Ihre aktuellen Daten werden zuerst gesichert, sodass Sie aus dieser Liste zu ihnen zurückkehren können.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored {backup}.</source>
        <translation>{backup} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your previous data was kept in:
{path}</source>
        <translation>Ihre bisherigen Daten wurden aufbewahrt in:
{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+4"/>
        <source>Database damaged</source>
        <translation>Datenbank beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it now?</source>
        <translation>Jetzt wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
</context>
<context>
    <name>json_backup</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/json_backup.py" line="+168"/>
        <source>Giveback could not read {path}: {value}.</source>
        <translation>Giveback konnte {path} nicht lesen: {value}.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 company</source>
        <translation>1 Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} companies</source>
        <translation>{count} Firmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 referral</source>
        <translation>1 Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} referrals</source>
        <translation>{count} Empfehlungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 meeting</source>
        <translation>1 Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} meetings</source>
        <translation>{count} Treffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 follow-up</source>
        <translation>1 Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} follow-ups</source>
        <translation>{count} Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 give or ask</source>
        <translation>1 Gabe oder Bitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} gives and asks</source>
        <translation>{count} Gaben und Bitten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 insight</source>
        <translation>1 Einblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} insights</source>
        <translation>{count} Einblicke</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 smart list</source>
        <translation>1 intelligente Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} smart lists</source>
        <translation>{count} intelligente Listen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 tag</source>
        <translation>1 Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} tags</source>
        <translation>{count} Schlagwörter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{items} and {last}</source>
        <translation>{items} und {last}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A full export can only be restored into an empty database, so that nothing you have is mixed up or overwritten, and this one already holds {what}. Start Giveback with a new, empty data folder (giveback --data-dir NEW_FOLDER import FILE) and restore it there.</source>
        <translation>Ein vollständiger Export lässt sich nur in eine leere Datenbank wiederherstellen, damit nichts, was Sie haben, vermischt oder überschrieben wird, und diese enthält schon {what}. Starten Sie Giveback mit einem neuen, leeren Datenordner (giveback --data-dir NEUER_ORDNER import DATEI) und stellen Sie ihn dort wieder her.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>Wiederherstellung abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../crm_desktop/services/encryption/keys.py" line="+75"/>
        <source>{file} names a way of stretching passphrases this Giveback does not know. Please update Giveback.</source>
        <translation>{file} nennt ein Verfahren zum Strecken von Passphrasen, das dieses Giveback nicht kennt. Bitte aktualisieren Sie Giveback.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a passphrase of at least {count} characters; a few words you will remember work well.</source>
        <translation>Wählen Sie eine Passphrase mit mindestens {count} Zeichen; ein paar Wörter, die Sie sich merken, eignen sich gut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The passphrase file {name} could not be read ({err}).</source>
        <translation>Die Passphrase-Datei {name} konnte nicht gelesen werden ({err}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase file {name} is empty.</source>
        <translation>Die Passphrase-Datei {name} ist leer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} could not be read ({err}). Nothing was changed.</source>
        <translation>{name} konnte nicht gelesen werden ({err}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The system keyring could not be reached ({err}). Use a passphrase instead, or unlock the keyring and try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar ({err}). Verwenden Sie stattdessen eine Passphrase, oder entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../crm_desktop/ui/common/service_text.py" line="+20"/>
        <source>To reach out</source>
        <translation>Anzusprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting set</source>
        <translation>Treffen vereinbart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Eng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email exchange</source>
        <translation>E-Mail-Austausch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I gave</source>
        <translation>Ich gab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I asked</source>
        <translation>Ich bat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They gave</source>
        <translation>Sie gaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insight</source>
        <translation>Einblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Rat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral to a job</source>
        <translation>Empfehlung für eine Stelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favour</source>
        <translation>Gefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanks</source>
        <translation>Dank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To make</source>
        <translation>Noch zu machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Erbeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you are connected</source>
        <translation>Wie Sie verbunden sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who they are, their story, questions to ask</source>
        <translation>Wer die Person ist, ihr Werdegang, Fragen an sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past meetings and open follow-ups</source>
        <translation>Frühere Treffen und offene Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give and ask</source>
        <translation>Geben und Bitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan</source>
        <translation>Ihr Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines for notes</source>
        <translation>Linien für Notizen</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../../crm_desktop/ui/common/language.py" line="+158"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A new language shows when Giveback restarts</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Giveback</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <location filename="../../crm_desktop/services/giving/ledger.py" line="+90"/>
        <source>Nothing given or asked yet.</source>
        <translation>Noch nichts gegeben oder erbeten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You gave {gave} · asked {asked} · they gave {they_gave} · balance {balance}</source>
        <translation>Sie gaben {gave} · baten {asked} · man gab Ihnen {they_gave} · Bilanz {balance}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Introduction to {name}</source>
        <translation>Vorstellung bei {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{direction}: {what}</source>
        <translation>{direction}: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{direction}: {what} ({status})</source>
        <translation>{direction}: {what} ({status})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An entry is one of: {items} (not “{direction}”).</source>
        <translation>Ein Eintrag ist eines von: {items} (nicht „{direction}“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kind is one of: {items} (not “{kind}”).</source>
        <translation>Die Art ist eine von: {items} (nicht „{kind}“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+98"/>
        <source>That entry&apos;s status is one of: {shown} (not “{status}”).</source>
        <translation>Der Status dieses Eintrags ist einer von: {shown} (nicht „{status}“).</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>No contact with id {id}.</source>
        <translation>Kein Kontakt mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An introduction is between two different people.</source>
        <translation>Eine Vorstellung verbindet zwei verschiedene Personen.</translation>
    </message>
</context>
<context>
    <name>linkedin</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/linkedin.py" line="+114"/>
        <source>This is not LinkedIn&apos;s Connections.csv: no “First Name, Last Name” header was found.</source>
        <translation>Das ist nicht die Connections.csv von LinkedIn: Es wurde keine Kopfzeile „First Name, Last Name“ gefunden.</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <location filename="../../crm_desktop/services/meetings/meetings.py" line="+85"/>
        <source>“{text}” is not a date and time; write it as YYYY-MM-DD HH:MM.</source>
        <translation>„{text}“ ist kein Datum mit Uhrzeit; schreiben Sie es als JJJJ-MM-TT HH:MM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A meeting needs at least one person.</source>
        <translation>Ein Treffen braucht mindestens eine Person.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact with id {id}.</source>
        <translation>Kein Kontakt mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A meeting is one of: {items} (not “{kind}”).</source>
        <translation>Ein Treffen ist eines von: {items} (nicht „{kind}“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A meeting needs a date and time.</source>
        <translation>Ein Treffen braucht Datum und Uhrzeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A meeting lasts at least a minute.</source>
        <translation>Ein Treffen dauert mindestens eine Minute.</translation>
    </message>
</context>
<context>
    <name>meetings.prep_options</name>
    <message>
        <location filename="../../crm_desktop/ui/meetings/prep_options.py" line="-29"/>
        <source>From my locale</source>
        <translation>Nach meinem Gebietsschema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
</context>
<context>
    <name>meetings.prep_preview</name>
    <message>
        <location filename="../../crm_desktop/ui/meetings/prep_preview.py" line="-22"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The prep sheets</source>
        <translation>Die Vorbereitungsblätter</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <location filename="../../crm_desktop/ui/contacts/merge_dialog.py" line="-55"/>
        <location filename="../../crm_desktop/services/contacts/merge.py" line="+302"/>
        <source>Emails, phones, links</source>
        <translation>E-Mails, Telefonnummern, Links</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../crm_desktop/services/contacts/merge.py" line="+3"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crm_desktop/services/contacts/merge.py" line="+1"/>
        <source>Past jobs</source>
        <translation>Frühere Stellen</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contacts/merge.py" line="-274"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep in touch (days)</source>
        <translation>In Kontakt bleiben (Tage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How we met</source>
        <translation>Wie wir uns kennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their story</source>
        <translation>Werdegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expertise</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+22"/>
        <source>similar name, same company</source>
        <translation>ähnlicher Name, gleiche Firma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>same LinkedIn</source>
        <translation>gleiches LinkedIn</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>1 meeting</source>
        <translation>1 Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} meetings</source>
        <translation>{count} Treffen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 introduction they made</source>
        <translation>1 Vorstellung durch diese Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} introductions they made</source>
        <translation>{count} Vorstellungen durch diese Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 introduction to them</source>
        <translation>1 Vorstellung bei dieser Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} introductions to them</source>
        <translation>{count} Vorstellungen bei dieser Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 give or ask in the ledger</source>
        <translation>1 Gabe oder Bitte in der Bilanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} gives and asks in the ledger</source>
        <translation>{count} Gaben und Bitten in der Bilanz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 introduction in the ledger</source>
        <translation>1 Vorstellung in der Bilanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} introductions in the ledger</source>
        <translation>{count} Vorstellungen in der Bilanz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 insight they told you</source>
        <translation>1 Einblick von dieser Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} insights they told you</source>
        <translation>{count} Einblicke von dieser Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 follow-up</source>
        <translation>1 Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} follow-ups</source>
        <translation>{count} Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Pick at least two contacts to merge.</source>
        <translation>Wählen Sie mindestens zwei Kontakte zum Zusammenführen.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/plan.py" line="+80"/>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same LinkedIn profile</source>
        <translation>gleiches LinkedIn-Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same profile link</source>
        <translation>gleicher Profillink</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same name and company</source>
        <translation>gleicher Name und gleiche Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same name (no company on either)</source>
        <translation>gleicher Name (bei keinem eine Firma)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it has no name</source>
        <translation>sie hat keinen Namen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how we met</source>
        <translation>wie wir uns kennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-Profil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tag: {tags}</source>
        <translation>Schlagwort: {tags}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
</context>
<context>
    <name>prepsheet</name>
    <message>
        <location filename="../../crm_desktop/services/meetings/prepsheet.py" line="+129"/>
        <source>What have you learned about {topic} that most people get wrong?</source>
        <translation>Was haben Sie über {topic} gelernt, das die meisten falsch sehen?</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A prep sheet is for a contact or a meeting.</source>
        <translation>Ein Vorbereitungsblatt gehört zu einem Kontakt oder einem Treffen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No meeting planned yet</source>
        <translation>Noch kein Treffen geplant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kind}, {minutes} min</source>
        <translation>{kind}, {minutes} Min.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You have not recorded who introduced you.</source>
        <translation>Sie haben nicht festgehalten, wer Sie vorgestellt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You met directly.</source>
        <translation>Sie haben sich direkt kennengelernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank &lt;b&gt;{name}&lt;/b&gt; for the introduction (and {others} further up the chain).</source>
        <translation>Danken Sie &lt;b&gt;{name}&lt;/b&gt; für die Vorstellung (und {others} weiter oben in der Kette).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank &lt;b&gt;{name}&lt;/b&gt; for the introduction.</source>
        <translation>Danken Sie &lt;b&gt;{name}&lt;/b&gt; für die Vorstellung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They introduced you to:</source>
        <translation>Hat Sie vorgestellt bei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You met them with:</source>
        <translation>Sie trafen sie mit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also at {company}:</source>
        <translation>Ebenfalls bei {company}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How you are connected</source>
        <translation>Wie Sie verbunden sind</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Their story:</source>
        <translation>Ihre Geschichte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert in:</source>
        <translation>Fachgebiet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you met:</source>
        <translation>Wie Sie sich kennengelernt haben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your notes:</source>
        <translation>Ihre Notizen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questions worth asking</source>
        <translation>Fragen, die sich lohnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing recorded about them yet.</source>
        <translation>Noch nichts über diese Person festgehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who they are</source>
        <translation>Wer sie sind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title} at {company}</source>
        <translation>{title} bei {company}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(+%n more lines)</source>
        <translation>(+%n weitere Zeilen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(due {when})</source>
        <translation>(fällig {when})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open follow-ups</source>
        <translation>Offene Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is your first meeting.</source>
        <translation>Dies ist Ihr erstes Treffen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Past meetings</source>
        <translation>Frühere Treffen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>…and %n earlier meetings.</source>
        <translation>…und %n frühere Treffen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Balance:</source>
        <translation>Bilanz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you asked before</source>
        <translation>Worum Sie schon gebeten haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you gave</source>
        <translation>Was Sie gegeben haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they gave you</source>
        <translation>Was man Ihnen gegeben hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you can give them</source>
        <translation>Was Sie geben können</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(tick what you shared)</source>
        <translation>(abhaken, was Sie weitergegeben haben)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have asked more than you gave: think of an introduction, an article or an insight you could offer.</source>
        <translation>Sie haben um mehr gebeten, als Sie gegeben haben: Denken Sie an eine Vorstellung, einen Artikel oder einen Einblick, den Sie anbieten könnten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give and ask</source>
        <translation>Geben und Bitten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing planned. Add a meeting to write a goal and agenda.</source>
        <translation>Nichts geplant. Legen Sie ein Treffen an, um Ziel und Ablauf zu notieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Your plan</source>
        <translation>Ihr Plan</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The one ask:</source>
        <translation>Die eine Bitte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No goal or agenda written yet.</source>
        <translation>Noch kein Ziel und kein Ablauf notiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it short and pleasant: {minutes} minutes, thank them for their time, and end when you said you would.</source>
        <translation>Kurz und angenehm halten: {minutes} Minuten, für die Zeit danken und pünktlich enden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your goal: {goal}</source>
        <translation>Ihr Ziel: {goal}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No title or company recorded</source>
        <translation>Keine Position oder Firma festgehalten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Prep sheet: {name}</source>
        <translation>Vorbereitungsblatt: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prep sheet: {name} — {date}</source>
        <translation>Vorbereitungsblatt: {name} — {date}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../crm_desktop/printing/prep.py" line="+35"/>
        <source>Today&apos;s prep sheets</source>
        <translation>Vorbereitungsblätter für heute</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/printing/render.py" line="+206"/>
        <source>{head} (continued)</source>
        <translation>{head} (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Giveback · printed {date}</source>
        <translation>Giveback · gedruckt am {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Giveback could not start printing (is the printer or file available?).</source>
        <translation>Giveback konnte den Druck nicht starten (ist der Drucker oder die Datei verfügbar?).</translation>
    </message>
</context>
<context>
    <name>readers</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/readers.py" line="+48"/>
        <source>“{name}” holds no vCards (no BEGIN:VCARD line).</source>
        <translation>„{name}“ enthält keine vCards (keine Zeile BEGIN:VCARD).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{name}” is a Giveback full export (JSON); it is restored into an empty database, not imported beside existing contacts.</source>
        <translation>„{name}“ ist ein vollständiger Giveback-Export (JSON); er wird in eine leere Datenbank wiederhergestellt, nicht neben vorhandene Kontakte importiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{name}” is not a contacts file Giveback can read (vCard, LinkedIn, Google Contacts or a CSV table with a header row).</source>
        <translation>„{name}“ ist keine Kontaktdatei, die Giveback lesen kann (vCard, LinkedIn, Google Kontakte oder eine CSV-Tabelle mit Kopfzeile).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the column of “{name}” that holds the names (or the email addresses).</source>
        <translation>Wählen Sie die Spalte von „{name}“, die die Namen (oder die E-Mail-Adressen) enthält.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{name}” could not be read. {value}.</source>
        <translation>„{name}“ konnte nicht gelesen werden. {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” has a header row but no rows to import.</source>
        <translation>„{name}“ hat eine Kopfzeile, aber keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{format}” is not a format Giveback imports.</source>
        <translation>„{format}“ ist kein Format, das Giveback importiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” could not be read as {format}: {err}</source>
        <translation>„{name}“ konnte nicht als {format} gelesen werden: {err}</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/records.py" line="+101"/>
        <source>Line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
</context>
<context>
    <name>referrals</name>
    <message>
        <location filename="../../crm_desktop/services/graph/referrals.py" line="-146"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{name} cannot have introduced you to themselves.</source>
        <translation>{name} kann Sie nicht sich selbst vorgestellt haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{introducer} cannot have introduced you to {name}: you already reached {introducer} through {name} ({chain}). That would make a loop.</source>
        <translation>{introducer} kann Sie nicht {name} vorgestellt haben: Sie haben {introducer} schon über {name} erreicht ({chain}). Das ergäbe einen Kreis.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is already at one end of this introduction ({upper} → {lower}).</source>
        <translation>{name} steht schon an einem Ende dieser Vorstellung ({upper} → {lower}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} cannot go between {upper} and {lower}: you reached {upper} through {name} ({chain}), so {upper} introducing you to {name} would make a loop.</source>
        <translation>{name} kann nicht zwischen {upper} und {lower} stehen: Sie haben {upper} über {name} erreicht ({chain}); stellte {upper} Sie {name} vor, ergäbe das einen Kreis.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You met {name} directly on {date}.</source>
        <translation>Sie haben {name} am {date} direkt kennengelernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You met {name} directly (date not recorded).</source>
        <translation>Sie haben {name} direkt kennengelernt (Datum nicht festgehalten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{introducer} introduced you to {name} on {date}.</source>
        <translation>{introducer} hat Sie am {date} {name} vorgestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{introducer} introduced you to {name} (date not recorded).</source>
        <translation>{introducer} hat Sie {name} vorgestellt (Datum nicht festgehalten).</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <location filename="../../crm_desktop/services/rows.py" line="+20"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insight</source>
        <translation>Einblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ledger entry</source>
        <translation>Bilanzeintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>No {what} with id {id}.</source>
        <translation>{what} mit der ID {id} gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <location filename="../../crm_desktop/services/sample/sample.py" line="+420"/>
        <source>The sample network can only be loaded into an empty database.</source>
        <translation>Das Beispielnetzwerk lässt sich nur in eine leere Datenbank laden.</translation>
    </message>
</context>
<context>
    <name>security.passphrase</name>
    <message>
        <location filename="../../crm_desktop/ui/security/passphrase.py" line="+39"/>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giveback cannot open its database.

{error}</source>
        <translation>Giveback kann seine Datenbank nicht öffnen.

{error}</translation>
    </message>
</context>
<context>
    <name>smart_lists</name>
    <message>
        <location filename="../../crm_desktop/services/contacts/smart_lists.py" line="+44"/>
        <source>A smart list needs a name.</source>
        <translation>Eine intelligente Liste braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search or pick a filter first: this list would show everyone.</source>
        <translation>Suchen Sie zuerst oder wählen Sie einen Filter: Diese Liste würde alle zeigen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No smart list with id {id}.</source>
        <translation>Keine intelligente Liste mit der ID {id}.</translation>
    </message>
</context>
<context>
    <name>snooze</name>
    <message>
        <location filename="../../crm_desktop/ui/common/action_rows.py" line="+26"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 3 days</source>
        <translation>In 3 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pick a day…</source>
        <translation>Tag wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <location filename="../../crm_desktop/services/storage.py" line="+26"/>
        <source>What you typed is still here; try Save again.</source>
        <translation>Was Sie eingegeben haben, ist noch da; versuchen Sie erneut zu speichern.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Giveback could not save</source>
        <translation>Giveback konnte nicht speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another program is using the database right now. Close it (or wait a moment).</source>
        <translation>ein anderes Programm verwendet gerade die Datenbank. Schließen Sie es (oder warten Sie einen Moment).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database file or its folder is read-only. Check the folder&apos;s permissions.</source>
        <translation>die Datenbankdatei oder ihr Ordner ist schreibgeschützt. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the disk is full. Free some space.</source>
        <translation>der Datenträger ist voll. Geben Sie Speicherplatz frei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file is damaged. Restart Giveback to check it and restore the newest backup.</source>
        <translation>die Datenbankdatei ist beschädigt. Starten Sie Giveback neu, um sie zu prüfen und die neueste Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{failed} ({error}). {after}</source>
        <translation>{failed} ({error}). {after}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{failed}: {reason} {after}</source>
        <translation>{failed}: {reason} {after}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The data folder {folder} or the database in it is read-only, or belongs to another account. Check the folder&apos;s permissions, or start Giveback with --data-dir on another folder. Nothing was changed.</source>
        <translation>Der Datenordner {folder} oder die Datenbank darin ist schreibgeschützt oder gehört einem anderen Konto. Prüfen Sie die Berechtigungen des Ordners oder starten Sie Giveback mit --data-dir auf einem anderen Ordner. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Giveback could not open its database</source>
        <translation>Giveback konnte seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../crm_desktop/services/sync/__init__.py" line="+91"/>
        <source>To the server</source>
        <translation>Zum Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the server</source>
        <translation>Vom Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{direction}: {kind}: {added} new, {changed} changed, {removed} removed</source>
        <translation>{direction}: {kind}: {added} neu, {changed} geändert, {removed} entfernt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} conflicts to resolve.</source>
        <translation>Konflikte zu lösen: {n}.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The server has no address book “{name}”.</source>
        <translation>Der Server hat kein Adressbuch „{name}“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server has no calendar “{name}”.</source>
        <translation>Der Server hat keinen Kalender „{name}“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server offers no address book and no calendar.</source>
        <translation>Der Server bietet weder Adressbuch noch Kalender.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync is not set up yet.</source>
        <translation>Die Synchronisierung ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync is not set up yet: File ▸ Sync… or `giveback sync setup`.</source>
        <translation>Die Synchronisierung ist noch nicht eingerichtet: Datei ▸ Synchronisieren… oder `giveback sync setup`.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync password is missing; set up sync again.</source>
        <translation>Das Passwort für die Synchronisierung fehlt; richten Sie sie erneut ein.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keep “local” or “server”.</source>
        <translation>Behalten Sie „local“ oder „server“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no conflict {id}.</source>
        <translation>Es gibt keinen Konflikt {id}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sync/dav.py" line="+133"/>
        <source>“{url}” is not a server address (https://…).</source>
        <translation>„{url}“ ist keine Serveradresse (https://…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address {host} is not encrypted (http://): the password and your contacts would cross the network readable by anyone on the way. Use https://, or allow an unencrypted connection.</source>
        <translation>Die Adresse {host} ist nicht verschlüsselt (http://): Das Passwort und Ihre Kontakte gingen für jeden unterwegs lesbar über das Netz. Nutzen Sie https:// oder erlauben Sie eine unverschlüsselte Verbindung.</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>The server did not create the calendar “{name}”.</source>
        <translation>Der Server hat den Kalender „{name}“ nicht angelegt.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The server sent Giveback round in circles.</source>
        <translation>Der Server hat Giveback im Kreis herumgeschickt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server sent Giveback to another address ({host}). Giveback talks only to the server you set up; enter that address instead if you trust it.</source>
        <translation>Der Server hat Giveback an eine andere Adresse geschickt ({host}). Giveback spricht nur mit dem eingerichteten Server; geben Sie stattdessen diese Adresse ein, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sync/merging.py" line="+28"/>
        <source>on the server</source>
        <translation>auf dem Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every synced item ({n}) is gone {where} since the last sync. Giveback stopped before removing them on the other side too. If that is what you want, sync again and allow it.</source>
        <translation>Alle abgeglichenen Einträge ({n}) sind seit der letzten Synchronisierung {where} verschwunden. Giveback hat angehalten, bevor es sie auch auf der anderen Seite entfernt. Wenn Sie das wollen, synchronisieren Sie erneut und erlauben es.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sync/engine.py" line="+85"/>
        <source>Sync cancelled; what was done is kept.</source>
        <translation>Synchronisierung abgebrochen; was schon erledigt war, bleibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending to the address book: {done} of {total}</source>
        <translation>Senden an das Adressbuch: {done} von {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending to the calendar: {done} of {total}</source>
        <translation>Senden an den Kalender: {done} von {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving from the address book: {done} of {total}</source>
        <translation>Empfangen aus dem Adressbuch: {done} von {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving from the calendar: {done} of {total}</source>
        <translation>Empfangen aus dem Kalender: {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/sync/errors.py" line="+79"/>
        <source>The server no longer knows where the last sync stopped; Giveback compares every item instead.</source>
        <translation>Der Server weiß nicht mehr, wo die letzte Synchronisierung aufhörte; Giveback vergleicht stattdessen jeden Eintrag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this item on the server in the meantime.</source>
        <translation>Jemand anderes hat diesen Eintrag inzwischen auf dem Server geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is full: it has no room for more items.</source>
        <translation>Der Server ist voll: Er hat keinen Platz für weitere Einträge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem (error {status}). Try again later.</source>
        <translation>Der Server hatte ein Problem (Fehler {status}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused Giveback&apos;s request (error {status}).</source>
        <translation>Der Server hat die Anfrage von Giveback abgelehnt (Fehler {status}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server&apos;s certificate is not trusted, so Giveback sent it nothing. Check the address, or ask whoever runs the server.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, daher hat Giveback ihm nichts geschickt. Prüfen Sie die Adresse oder fragen Sie, wer den Server betreibt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to the server broke off before its answer was complete.</source>
        <translation>Die Verbindung zum Server brach ab, bevor seine Antwort vollständig war.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server could not be reached ({host}). Check the address and the network.</source>
        <translation>Der Server war nicht erreichbar ({host}). Prüfen Sie die Adresse und das Netz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giveback could not talk to the server ({kind}).</source>
        <translation>Giveback konnte nicht mit dem Server sprechen ({kind}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address book or calendar is no longer on the server ({path}).</source>
        <translation>Das Adressbuch oder der Kalender ist nicht mehr auf dem Server ({path}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent an answer Giveback cannot read.</source>
        <translation>Der Server hat eine Antwort geschickt, die Giveback nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s answer was larger than the {size} MB Giveback accepts.</source>
        <translation>Die Antwort des Servers war größer als die {size} MB, die Giveback annimmt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused to list the changes of the collection.</source>
        <translation>Der Server hat es abgelehnt, die Änderungen der Sammlung aufzulisten.</translation>
    </message>
</context>
<context>
    <name>taking</name>
    <message>
        <location filename="../../crm_desktop/services/giving/taking.py" line="+55"/>
        <source>Share what you learned: “{insight}”</source>
        <translation>Teilen Sie, was Sie erfahren haben: „{insight}“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank them for the {kind} they gave you.</source>
        <translation>Danken Sie für: {kind}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send them something on {topic}.</source>
        <translation>Schicken Sie etwas zum Thema {topic}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask how their work at {company} is going, and offer an introduction that helps.</source>
        <translation>Fragen Sie, wie die Arbeit bei {company} läuft, und bieten Sie eine hilfreiche Vorstellung an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask what they are working on, and offer an introduction that helps.</source>
        <translation>Fragen Sie, woran die Person arbeitet, und bieten Sie eine hilfreiche Vorstellung an.</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../../crm_desktop/services/encryption/unlock.py" line="+56"/>
        <source>That passphrase does not open Giveback&apos;s database. Check it and try again; nothing was changed.</source>
        <translation>Diese Passphrase öffnet die Datenbank von Giveback nicht. Prüfen Sie sie und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Giveback&apos;s database is encrypted with a passphrase. Give it to open the database (on the command line: --passphrase-file FILE, or - for standard input).</source>
        <translation>Die Datenbank von Giveback ist mit einer Passphrase verschlüsselt. Geben Sie sie an, um die Datenbank zu öffnen (auf der Befehlszeile: --passphrase-file DATEI oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Giveback&apos;s database is encrypted with a key kept in this computer&apos;s keyring, and the keyring does not have it (it is locked, missing, or this is another computer). Unlock the keyring and start Giveback again. Nothing was changed.</source>
        <translation>Die Datenbank von Giveback ist mit einem Schlüssel im Schlüsselbund dieses Computers verschlüsselt, und der Schlüsselbund hat ihn nicht (er ist gesperrt, fehlt, oder dies ist ein anderer Computer). Entsperren Sie den Schlüsselbund und starten Sie Giveback erneut. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <location filename="../../crm_desktop/services/interchange/vcard.py" line="+362"/>
        <source>this card has no END:VCARD line; the file may be cut short</source>
        <translation>dieser Karte fehlt die Zeile END:VCARD; die Datei ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this card could not be read ({error})</source>
        <translation>diese Karte ließ sich nicht lesen ({error})</translation>
    </message>
</context>
<context>
    <name>warm_path</name>
    <message>
        <location filename="../../crm_desktop/services/graph/warm_path.py" line="+48"/>
        <source>warmth not set</source>
        <translation>Wärme nicht gesetzt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name} at {company}</source>
        <translation>{name} bei {company}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You met {name} directly.</source>
        <translation>Sie haben {name} direkt kennengelernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{introducer} introduced you to {name}</source>
        <translation>{introducer} hat Sie {name} vorgestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sentence}, who introduced you to {name}</source>
        <translation>{sentence}, die/der Sie {name} vorgestellt hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warmth set for anyone on this chain.</source>
        <translation>Für niemanden in dieser Kette ist eine Wärme gesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weakest link: {name} ({warmth}).</source>
        <translation>Schwächstes Glied: {name} ({warmth}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last in touch with {name} on {date}.</source>
        <translation>Zuletzt in Kontakt mit {name} am {date}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meeting with {name} recorded yet.</source>
        <translation>Noch kein Treffen mit {name} festgehalten.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>1 person at {company} reachable through your introductions.</source>
        <translation>1 Person bei {company} über Ihre Vorstellungen erreichbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} people at {company} reachable through your introductions.</source>
        <translation>{count} Personen bei {company} über Ihre Vorstellungen erreichbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 person reachable through your introductions.</source>
        <translation>1 Person über Ihre Vorstellungen erreichbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} people reachable through your introductions.</source>
        <translation>{count} Personen über Ihre Vorstellungen erreichbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No known chain to {name}.</source>
        <translation>Keine bekannte Kette zu {name}.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>{count} more</source>
        <translation>{count} weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{names} or {last}</source>
        <translation>{names} oder {last}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type a company or a person&apos;s name.</source>
        <translation>Geben Sie eine Firma oder den Namen einer Person ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact with id {id}.</source>
        <translation>Kein Kontakt mit der ID {id}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} people are called “{query}”; pick one by number.</source>
        <translation>{count} Personen heißen „{query}“; wählen Sie eine über ihre Nummer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{query}” matches more than one company or person.</source>
        <translation>„{query}“ passt zu mehr als einer Firma oder Person.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No company or person matches “{query}”.</source>
        <translation>Keine Firma und keine Person passt zu „{query}“.</translation>
    </message>
</context>
</TS>
