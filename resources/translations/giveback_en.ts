<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContactDetails</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/contacts/details.py" line="+284"/>
        <source>Introduced you to %n person(s).</source>
        <translation>
            <numerusform>Introduced you to %n person.</numerusform>
            <numerusform>Introduced you to %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/contacts/view.py" line="+325"/>
        <source>%Ln archived</source>
        <translation>
            <numerusform>%Ln archived</numerusform>
            <numerusform>%Ln archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/contacts/filter_bar.py" line="+62"/>
        <source>Not contacted in %n day(s)</source>
        <translation>
            <numerusform>Not contacted in %n day</numerusform>
            <numerusform>Not contacted in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/shell/main_window.py" line="+291"/>
        <source>Loaded the sample network: %n contact(s).</source>
        <translation>
            <numerusform>Loaded the sample network: %n contact.</numerusform>
            <numerusform>Loaded the sample network: %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/dialog.py" line="+307"/>
        <source>C&amp;onflicts (%n)…</source>
        <translation>
            <numerusform>C&amp;onflict (%n)…</numerusform>
            <numerusform>C&amp;onflicts (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>%n address book(s)</source>
        <translation>
            <numerusform>%n address book</numerusform>
            <numerusform>%n address books</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n calendar</numerusform>
            <numerusform>%n calendars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>The server has none of the %n contact(s) it had at the last sync. Sync anyway, and archive them on this computer too?</source>
        <translation>
            <numerusform>The server no longer has the %n contact it had at the last sync. Sync anyway, and archive it on this computer too?</numerusform>
            <numerusform>The server has none of the %n contacts it had at the last sync. Sync anyway, and archive them on this computer too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The server has none of the %n meeting(s) it had at the last sync. Sync anyway, and remove them on this computer too?</source>
        <translation>
            <numerusform>The server no longer has the %n meeting it had at the last sync. Sync anyway, and remove it on this computer too?</numerusform>
            <numerusform>The server has none of the %n meetings it had at the last sync. Sync anyway, and remove them on this computer too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The server has none of the %n follow-up(s) it had at the last sync. Sync anyway, and remove them on this computer too?</source>
        <translation>
            <numerusform>The server no longer has the %n follow-up it had at the last sync. Sync anyway, and remove it on this computer too?</numerusform>
            <numerusform>The server has none of the %n follow-ups it had at the last sync. Sync anyway, and remove them on this computer too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This computer has none of the %n contact(s) it had at the last sync. Sync anyway, and delete them on the server too?</source>
        <translation>
            <numerusform>This computer no longer has the %n contact it had at the last sync. Sync anyway, and delete it on the server too?</numerusform>
            <numerusform>This computer has none of the %n contacts it had at the last sync. Sync anyway, and delete them on the server too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This computer has none of the %n meeting(s) it had at the last sync. Sync anyway, and delete them on the server too?</source>
        <translation>
            <numerusform>This computer no longer has the %n meeting it had at the last sync. Sync anyway, and delete it on the server too?</numerusform>
            <numerusform>This computer has none of the %n meetings it had at the last sync. Sync anyway, and delete them on the server too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This computer has none of the %n follow-up(s) it had at the last sync. Sync anyway, and delete them on the server too?</source>
        <translation>
            <numerusform>This computer no longer has the %n follow-up it had at the last sync. Sync anyway, and delete it on the server too?</numerusform>
            <numerusform>This computer has none of the %n follow-ups it had at the last sync. Sync anyway, and delete them on the server too?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/status.py" line="+66"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/today/view.py" line="+116"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n thank-you(s) owed</source>
        <translation>
            <numerusform>%n thank-you owed</numerusform>
            <numerusform>%n thank-yous owed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Keep in touch {cadence}; %n day(s) overdue</source>
        <translation>
            <numerusform>Keep in touch {cadence}; %n day overdue</numerusform>
            <numerusform>Keep in touch {cadence}; %n days overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
