<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Texts of Qt itself that Qt's French catalogue (qtbase_fr.qm) lacks: Qt 6 added mnemonics
     to these file-dialog labels and the catalogue was not updated, so Qt's own file dialogs
     said « Look in: » and « Files of type: » in a French window. Loaded after qtbase_fr by
     gui.app.install_translations; compile with pyside6-lrelease. -->
<TS version="2.1" language="fr_FR">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Fichiers de type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
</context>
</TS>
