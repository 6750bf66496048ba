<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name />
    <message>
        <location filename="../../gui/bridges_view.py" line="55" />
        <source>cœur de métier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="57" />
        <source>impact IA {level}/5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="59" />
        <source>proche d'une compétence déjà exercée</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about.py" line="21" />
        <source>À propos de Passerelles</source>
        <translation>About Passerelles</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="36" />
        <source>version importée : {v}</source>
        <translation>imported release: {v}</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="37" />
        <source>aucune version importée</source>
        <translation>no release imported</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="41" />
        <source>Exposition des métiers de l'assistance à l'IA générative et passerelles métiers fondées sur les compétences du ROME.</source>
        <translation>Exposure of the assistance sector's jobs to generative AI, and job bridges based on ROME competencies.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="44" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="46" />
        <source>&lt;b&gt;Étude&lt;/b&gt; « Impacts de l'IA générative pour les métiers de l'assistance », Observatoire des métiers de l'assistance, 2024-2025, réalisée par PwC avec le soutien de l'OPCO Atlas : métiers, familles, scores, profils et recommandations. Les explications de l'application sont rédigées à partir de l'étude, qui reste la référence.</source>
        <translation>&lt;b&gt;Study&lt;/b&gt; “Impacts de l'IA générative pour les métiers de l'assistance”, Observatoire des métiers de l'assistance, 2024-2025, carried out by PwC with the support of OPCO Atlas: jobs, families, scores, profiles and recommendations. The application's explanations are written from the study, which remains the reference.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="53" />
        <source>&lt;b&gt;ROME 4.0&lt;/b&gt;, Répertoire opérationnel des métiers et des emplois, © France Travail, réutilisé sous &lt;a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/"&gt;Licence Ouverte v2.0&lt;/a&gt; ({rome}).</source>
        <translation>&lt;b&gt;ROME 4.0&lt;/b&gt;, Répertoire opérationnel des métiers et des emplois, © France Travail, reused under the &lt;a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/"&gt;Licence Ouverte v2.0&lt;/a&gt; (Open Licence) ({rome}).</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="58" />
        <source>Les niveaux d'impact des compétences proposés par l'application sont des estimations, modifiables ; ils ne sont pas ceux de l'étude.</source>
        <translation>The competency impact levels proposed by the application are editable estimates; they are not the study's.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="61" />
        <source>Logiciels et licences</source>
        <translation>Software and licences</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="63" />
        <source>Qt {qt} et PySide6 {pyside} — The Qt Company, licence LGPL v3.</source>
        <translation>Qt {qt} and PySide6 {pyside} — The Qt Company, LGPL v3 licence.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="65" />
        <source>reportlab — licence BSD ; networkx — licence BSD ; pandas et NumPy — licence BSD ; openpyxl — licence MIT.</source>
        <translation>reportlab — BSD licence; networkx — BSD licence; pandas and NumPy — BSD licence; openpyxl — MIT licence.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="68" />
        <source>Police DejaVu Sans (rapports PDF) — licence libre Bitstream Vera / domaine public pour les ajouts DejaVu.</source>
        <translation>DejaVu Sans font (PDF reports) — Bitstream Vera free licence / public domain for the DejaVu additions.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="72" />
        <source>Aucune donnée n'est envoyée sur le réseau. Les données des collaborateurs restent dans la base locale de l'utilisateur.</source>
        <translation>No data is sent over the network. Employee data stays in the user's local database.</translation>
    </message>
</context>
<context>
    <name>BridgeSettingsPanel</name>
    <message>
        <location filename="../../gui/bridges_view.py" line="67" />
        <source>Définition d'une cible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="74" />
        <source>Métiers cibles : les profils cochés…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="82" />
        <source>Un métier dont le score d'exposition ne dépasse pas cette valeur est aussi une cible, quel que soit son profil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="84" />
        <source>… ou score au plus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="86" />
        <source>En dessous, un métier n'est atteint qu'en deux étapes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="87" />
        <source>Similarité d'un lien direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="89" />
        <source>Chaque étape d'un chemin en deux étapes doit atteindre cette similarité.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="90" />
        <source>Similarité par étape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="94" />
        <source>Passerelles affichées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="95" />
        <source>Réglages par défaut</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BridgesModel</name>
    <message>
        <location filename="../../gui/bridges_model.py" line="114" />
        <source>oui</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BridgesView</name>
    <message>
        <location filename="../../gui/bridges_view.py" line="152" />
        <source>Passerelles d'un métier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="156" />
        <source>Plan collectif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="182" />
        <source>Importer le ROME…</source>
        <translation>Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="186" />
        <source>Métier d'origine :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="223" />
        <source>En gras : compétences cœur de métier. Impact IA : niveau 1 (négligeable) à 5 (majeur) estimé pour la compétence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="272" />
        <source>Choisissez un métier d'origine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="284" />
        <source>Aucune version du ROME n'est importée : les passerelles en ont besoin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="288" />
        <source>Le moteur de passerelles n'a pas pu être construit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="312" />
        <source>Construction du moteur de passerelles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="320" />
        <source>Aucune passerelle avec ces réglages : élargissez les profils cibles ou baissez les similarités minimales.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="324" />
        <source>{n} passerelle(s), les liens directs d'abord, puis les chemins en deux étapes. Sélectionnez une ligne pour son explication.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="337" />
        <source>{profile}, score d'exposition {score}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="350" />
        <source>Compétences partagées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="351" />
        <source>Compétences à acquérir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="352" />
        <source>Compétences d'origine les plus exposées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="356" />
        <source>&lt;b&gt;{kind}&lt;/b&gt; — chemin : {path}&lt;br&gt;{text}&lt;br&gt;Déjà maîtrisé : {cov} des compétences du métier cible ({core} de ses compétences cœur).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="365" />
        <source>Compétences partagées ({n}) — ce que la personne apporte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="367" />
        <source>Compétences à acquérir ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="368" />
        <source>Compétences d'origine les plus exposées ({n})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../gui/charts.py" line="137" />
        <source>Nombre de métiers</source>
        <translation>Number of jobs</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="165" />
        <source>Part des compétences (%)</source>
        <translation>Share of competencies (%)</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="165" />
        <source>Compétences</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="386" />
        <source>{family} : score moyen {score} sur {n} métier(s)</source>
        <translation>{family}: mean score {score} over {n} job(s)</translation>
    </message>
</context>
<context>
    <name>CompetencyModel</name>
    <message>
        <location filename="../../gui/job_table_model.py" line="318" />
        <source>Savoir-faire</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="319" />
        <source>Savoir-être</source>
        <translation>Soft skill</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="320" />
        <source>Savoir</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="368" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="368" />
        <source>Compétence</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="368" />
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="369" />
        <source>Estimation</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="369" />
        <source>Niveau retenu</source>
        <translation>Level used</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="394" />
        <source>Estimation : {reason}</source>
        <translation>Estimate: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="396" />
        <source>Double-cliquez (ou F2) pour changer le niveau</source>
        <translation>Double-click (or F2) to change the level</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/errors.py" line="57" />
        <source>Une erreur inattendue s'est produite ; l'opération n'a pas abouti.

Le détail technique a été enregistré dans le fichier :
{path}

Transmettez ce fichier au support si l'erreur se reproduit.</source>
        <translation>An unexpected error occurred; the operation did not complete.

The technical details were saved in the file:
{path}

Send this file to support if the error happens again.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/first_run.py" line="57" />
        <source>Importer le ROME</source>
        <translation>Import the ROME</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="70" />
        <source>Dossier ou fichier zip RefRomeCsv</source>
        <translation>RefRomeCsv folder or zip file</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="72" />
        <source>Choisir un &amp;dossier…</source>
        <translation>Choose a &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="74" />
        <source>Choisir un fichier &amp;zip…</source>
        <translation>Choose a &amp;zip file…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="88" />
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="100" />
        <source>Une version du ROME est déjà importée ({version}). Importer une version plus récente la remplace ; vos niveaux d'impact modifiés sont conservés.</source>
        <translation>A ROME release is already imported ({version}). Importing a newer release replaces it; your changed impact levels are kept.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="104" />
        <source>&lt;b&gt;Aucune version du ROME n'est encore importée.&lt;/b&gt; Les scores et profils de l'étude sont disponibles sans lui ; les compétences des métiers, leurs niveaux d'impact et les passerelles en ont besoin.</source>
        <translation>&lt;b&gt;No ROME release has been imported yet.&lt;/b&gt; The study's scores and profiles are available without it; job competencies, their impact levels and job bridges need it.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="108" />
        <source>Téléchargez les fichiers « RefRomeCsv » (version 4.60 ou plus récente) sur le site open data de France Travail, puis choisissez le dossier décompressé ou le fichier zip. L'import prend moins d'une minute ; il peut être annulé sans rien modifier. Source : France Travail, ROME 4.0, Licence Ouverte v2.0.</source>
        <translation>Download the “RefRomeCsv” files (release 4.60 or later) from France Travail's open data site, then choose the unzipped folder or the zip file. The import takes less than a minute; it can be cancelled without changing anything. Source: France Travail, ROME 4.0, Licence Ouverte v2.0.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="125" />
        <source>Dossier du ROME (RefRomeCsv)</source>
        <translation>ROME folder (RefRomeCsv)</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="131" />
        <source>Fichier zip du ROME</source>
        <translation>ROME zip file</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="132" />
        <source>Archives zip (*.zip);;Tous les fichiers (*)</source>
        <translation>Zip archives (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="150" />
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="170" />
        <source>La version {v} du ROME était déjà importée.</source>
        <translation>ROME release {v} was already imported.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="173" />
        <source>ROME {v} importé : {n} fiches métiers en {s:.0f} s.</source>
        <translation>ROME {v} imported: {n} job sheets in {s:.0f} s.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="189" />
        <source>L'import n'a pas abouti ; rien n'a été modifié.</source>
        <translation>The import failed; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="194" />
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../gui/graph_view.py" line="150" />
        <source>Deux métiers sont reliés quand leur similarité de compétences atteint ce seuil. 0,90 : plus proches que 90 % des paires de métiers de la branche.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="155" />
        <source>Aller au métier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="158" />
        <source>Ajuster à la fenêtre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="167" />
        <source>Seuil de similarité :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="180" />
        <source>Importer le ROME…</source>
        <translation>Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="196" />
        <source>Chargement du moteur de passerelles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="200" />
        <location filename="../../gui/graph_view.py" line="388" />
        <source>Cliquez sur un métier pour voir ses passerelles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="205" />
        <source>Voir le détail dans « Passerelles »</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="221" />
        <source>&lt;b&gt;Légende&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="226" />
        <source>Passerelle du métier sélectionné (tirets : en deux étapes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="227" />
        <source>Taille du disque : effectif. Épaisseur d'un lien : similarité. Molette : zoom ; glisser : déplacer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="267" />
        <source>Aucune version du ROME n'est importée : le graphe des compétences en a besoin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="271" />
        <source>Le moteur de passerelles n'a pas pu être construit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="414" />
        <source>&lt;b&gt;{job}&lt;/b&gt;&lt;br&gt;{n} passerelle(s) avec les réglages de la vue « Passerelles ».</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="417" />
        <source> (via {job})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="455" />
        <source>{nodes} métiers, {edges} liens au seuil {t} ; {isolated} métier(s) sans lien à ce seuil.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobMapView</name>
    <message>
        <location filename="../../gui/job_map_view.py" line="62" />
        <source>Chargement de l'étude…</source>
        <translation>Loading the study…</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="78" />
        <source>Rechercher un métier ou une famille…</source>
        <translation>Search a job or a family…</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="80" />
        <source>Les accents et les majuscules sont ignorés : « medecin » trouve « Médecin ».</source>
        <translation>Accents and capitals are ignored: “medecin” finds “Médecin”.</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="87" />
        <source>Tous les profils</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="93" />
        <source>Métiers cœur seulement</source>
        <translation>Core jobs only</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="99" />
        <source>PwC initial : toutes les compétences de la fiche ROME ; PwC revu : compétences retenues par les experts, qualifiées par PwC ; Experts métier : mêmes compétences, qualifiées par les experts de la branche.</source>
        <translation>PwC initial: every competency of the ROME sheet; PwC revised: competencies selected by the experts, rated by PwC; Business experts: the same competencies, rated by the sector's experts.</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="111" />
        <source>Qualification :</source>
        <translation>Qualification:</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="150" />
        <source>Scores par métier</source>
        <translation>Scores by job</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="151" />
        <source>Score moyen par famille</source>
        <translation>Mean score by family</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="152" />
        <source>Nombre de métiers par profil</source>
        <translation>Number of jobs by profile</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="166" />
        <source>Graphique :</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="178" />
        <source>L'étude n'a pas pu être chargée.</source>
        <translation>The study could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="182" />
        <source>Toutes les familles</source>
        <translation>All families</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="225" />
        <source>{shown} métiers affichés sur {total}</source>
        <translation>{shown} of {total} jobs shown</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="226" />
        <source>{total} métiers</source>
        <translation>{total} jobs</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="261" />
        <source>Métiers par profil — {q}</source>
        <translation>Jobs by profile — {q}</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="266" />
        <source>Score moyen par famille — {q}</source>
        <translation>Mean score by family — {q}</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="268" />
        <source>Score d'exposition moyen des métiers affichés</source>
        <translation>Mean exposure score of the jobs shown</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="271" />
        <source>Scores par métier — {q}</source>
        <translation>Scores by job — {q}</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="273" />
        <source>Score d'exposition</source>
        <translation>Exposure score</translation>
    </message>
</context>
<context>
    <name>JobSheetView</name>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="139" />
        <source>niveau estimé</source>
        <translation>estimated level</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="141" />
        <source>niveau de « {item} » : {level}</source>
        <translation>level of “{item}”: {level}</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="183" />
        <source>Métier :</source>
        <translation>Job:</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="202" />
        <source>Exposition : les trois qualifications de l'étude et votre requalification</source>
        <translation>Exposure: the study's three qualifications and your requalification</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="206" />
        <source>Fiches ROME retenues pour ce métier</source>
        <translation>ROME sheets used for this job</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="231" />
        <source>&lt;p&gt;&lt;b&gt;Aucune version du ROME n'est importée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les compétences d'un métier, leur niveau d'impact estimé et le score recalculé viennent des fiches ROME de France Travail. Importez la version « RefRomeCsv » (dossier ou zip) pour les afficher ; les scores publiés par l'étude restent consultables à gauche.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No ROME release is imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A job's competencies, their estimated impact level and the recomputed score come from France Travail's ROME sheets. Import the “RefRomeCsv” release (folder or zip) to see them; the study's published scores remain available on the left.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="236" />
        <source>Importer le ROME…</source>
        <translation>Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="261" />
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="263" />
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="269" />
        <source>Revenir aux estimations</source>
        <translation>Back to the estimates</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="282" />
        <source>Compétences ROME et niveau d'impact de l'IA générative (atelier de requalification : double-cliquez un niveau pour le changer)</source>
        <translation>ROME competencies and generative-AI impact level (requalification workshop: double-click a level to change it)</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="290" />
        <source>Estimation des niveaux d'impact des compétences ROME des 58 métiers…</source>
        <translation>Estimating the impact levels of the 58 jobs' ROME competencies…</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="361" />
        <source> — métier cœur d'assistance</source>
        <translation> — core assistance job</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="387" />
        <source>Répartition des compétences par niveau d'impact</source>
        <translation>Competencies by impact level</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="390" />
        <source>Score recalculé avec les niveaux retenus : &lt;b&gt;{score}&lt;/b&gt; — profil « {profile} » ({changed} niveau(x) modifié(s) sur {total}).</source>
        <translation>Score recomputed from the levels used: &lt;b&gt;{score}&lt;/b&gt; — profile “{profile}” ({changed} of {total} level(s) changed).</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="401" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="401" />
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="401" />
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="402" />
        <source>Compétences</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="402" />
        <source>Niveaux 1 à 5</source>
        <translation>Levels 1 to 5</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="416" />
        <source>Estimation
(ROME)</source>
        <translation>Estimate
(ROME)</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="418" />
        <source>Niveaux
retenus</source>
        <translation>Levels
used</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="441" />
        <source>L'étude se contredit : {r}</source>
        <translation>The study contradicts itself: {r}</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="460" />
        <source>Estimation (ROME)</source>
        <translation>Estimate (ROME)</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="461" />
        <source>Niveaux retenus</source>
        <translation>Levels used</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="473" />
        <source>appellation « {a} »</source>
        <translation>job title “{a}”</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="474" />
        <source> &lt;i&gt;(absente de la version importée)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(missing from the imported release)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="476" />
        <source>Aucune fiche ROME associée.</source>
        <translation>No ROME sheet attached.</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="491" />
        <source>revenir aux estimations pour « {job} »</source>
        <translation>back to the estimates for “{job}”</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../gui/job_table_model.py" line="35" />
        <source>PwC initial</source>
        <translation>PwC initial</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="36" />
        <source>PwC revu</source>
        <translation>PwC revised</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="37" />
        <source>Experts métier</source>
        <translation>Business experts</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="156" />
        <source>Score d'exposition (0 à 1), qualification « {q} »</source>
        <translation>Exposure score (0 to 1), “{q}” qualification</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="158" />
        <source>Qualification « {q} »</source>
        <translation>“{q}” qualification</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="160" />
        <source>Score d'exposition dans une autre qualification de l'étude</source>
        <translation>Exposure score in another qualification of the study</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="162" />
        <source>Collaborateurs en poste dans ce métier (registre des collaborateurs)</source>
        <translation>Employees currently in this job (employee register)</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="168" />
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="169" />
        <source>Famille</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="170" />
        <source>Cœur</source>
        <translation>Core</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="171" />
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="172" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="173" />
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="176" />
        <source>Effectif</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="216" />
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="251" />
        <source>L'étude se contredit : {reason}</source>
        <translation>The study contradicts itself: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="253" />
        <source>Effectif inconnu : aucun collaborateur enregistré pour ce métier</source>
        <translation>Headcount unknown: no employee recorded for this job</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="257" />
        <source>Profil « {p} » en qualification « {q} »</source>
        <translation>Profile “{p}” in the “{q}” qualification</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../gui/charts.py" line="48" />
        <source>1 Négligeable</source>
        <translation>1 Negligible</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="49" />
        <source>2 Léger</source>
        <translation>2 Slight</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="50" />
        <source>3 Modéré</source>
        <translation>3 Moderate</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="51" />
        <source>4 Important</source>
        <translation>4 Significant</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="52" />
        <source>5 Majeur</source>
        <translation>5 Major</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="50" />
        <source>Cartographie des métiers</source>
        <translation>Job map</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="52" />
        <source>Fiche métier</source>
        <translation>Job sheet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="55" />
        <source>Graphe des compétences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="56" />
        <source>Passerelles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="62" />
        <source>PwC initial (base ROME)</source>
        <translation>PwC initial (ROME basis)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="63" />
        <source>PwC revu (sélection des experts)</source>
        <translation>PwC revised (experts' selection)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="64" />
        <source>Experts métier</source>
        <translation>Business experts</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="129" />
        <source>Chargement de l'étude et du ROME…</source>
        <translation>Loading the study and the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132" />
        <source>&amp;Importer le ROME…</source>
        <translation>&amp;Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="135" />
        <source>Importer une version du ROME (dossier ou zip RefRomeCsv)</source>
        <translation>Import a ROME release (RefRomeCsv folder or zip)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="137" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="141" />
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145" />
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149" />
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="152" />
        <source>À &amp;propos de Passerelles</source>
        <translation>&amp;About Passerelles</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="155" />
        <source>Ouvrir le dossier des &amp;journaux</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="183" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="185" />
        <source>Imports &amp;récents</source>
        <translation>&amp;Recent imports</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="190" />
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="202" />
        <source>&amp;Qualification de l'étude</source>
        <translation>Study &amp;qualification</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="205" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="210" />
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="222" />
        <source>Barre d'outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="230" />
        <source>Qualification : </source>
        <translation>Qualification: </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="291" />
        <source>L'étude n'a pas pu être chargée.</source>
        <translation>The study could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293" />
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="302" />
        <source>ROME : aucune version importée</source>
        <translation>ROME: no release imported</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="304" />
        <source>ROME {version}</source>
        <translation>ROME {version}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="328" />
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332" />
        <source>Effacer la liste</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="347" />
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="348" />
        <source>La langue choisie sera appliquée au prochain démarrage de Passerelles.</source>
        <translation>The chosen language will be used the next time Passerelles starts.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../gui/person_editor.py" line="64" />
        <source>Identité et souhaits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="65" />
        <source>Compétences déclarées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="66" />
        <source>Entretiens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="67" />
        <location filename="../../gui/person_editor.py" line="201" />
        <source>Passerelle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="85" />
        <source>Souhaits d'évolution exprimés par la personne</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="90" />
        <source>Enregistrer les modifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="92" />
        <source>Annuler les modifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="96" />
        <source>Matricule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="97" />
        <source>Nom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="98" />
        <source>Prénom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="99" />
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="100" />
        <source>Date d'entrée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="101" />
        <source>Date de sortie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="102" />
        <source>Souhaits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="117" />
        <source>non renseignée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="122" />
        <source>Compétences que la personne déclare maîtriser, avec son niveau (1 notions, 2 pratique, 3 maîtrise, 4 expert).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="125" />
        <source>Compétence</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="125" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="126" />
        <source>Niveau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="126" />
        <source>Déclarée le</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="135" />
        <source>notions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="135" />
        <source>pratique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="136" />
        <source>maîtrise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="136" />
        <source>expert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="138" />
        <source>Déclarer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="153" />
        <source>&lt;b&gt;Rappel RGPD&lt;/b&gt; : la personne peut demander à lire ces notes. Restez factuel (faits observés, souhaits exprimés, décisions prises) ; n'écrivez rien sur la santé, la vie privée, les opinions ou l'appartenance syndicale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="163" />
        <source>Nouvelle note d'entretien (factuelle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="165" />
        <source>Ajouter la note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="168" />
        <source>Entretien du</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="188" />
        <source>envisagée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="189" />
        <source>en cours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="190" />
        <source>réalisée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="190" />
        <source>abandonnée</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="193" />
        <source>Commentaire (décision prise avec la personne)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="195" />
        <source>Choisir cette passerelle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="197" />
        <source>Métier cible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="197" />
        <source>Via</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="198" />
        <location filename="../../gui/person_editor.py" line="203" />
        <source>Statut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="198" />
        <source>Choisie le</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="199" />
        <location filename="../../gui/person_editor.py" line="204" />
        <source>Commentaire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="209" />
        <source>Passerelles retenues :</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="233" />
        <source>Sélectionnez une personne dans la liste.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="268" />
        <source>&lt;i&gt;Aucune note d'entretien.&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="301" />
        <source>Calcul des passerelles…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="305" />
        <source>Passerelles proposées depuis le métier « {job} » (réglages de la vue « Passerelles »). La décision se prend avec la personne.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="308" />
        <source> via {job}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanInputModel</name>
    <message>
        <location filename="../../gui/bridges_model.py" line="174" />
        <source>Personnes à accompagner vers une passerelle (métiers exposés)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="176" />
        <source>Postes ouverts aux personnes venant d'autres métiers (cibles)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="197" />
        <source>cible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="197" />
        <source>exposé</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../gui/plan_view.py" line="55" />
        <source>Indiquez l'effectif à accompagner dans les métiers exposés et les places d'accueil des métiers cibles (double-clic pour saisir), puis calculez le plan. Les cibles suivent les réglages de l'onglet « Passerelles d'un métier ».</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="59" />
        <source>Reprendre les effectifs du registre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="61" />
        <source>Importer un fichier d'effectifs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="62" />
        <source>Fichier CSV « métier;effectif;capacité »</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="64" />
        <source>Tout effacer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="66" />
        <source>Calculer le plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="75" />
        <source>Aucun plan calculé.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="80" />
        <source>Métier cible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="80" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="80" />
        <source>Occupées</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="80" />
        <source>Libres</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="83" />
        <source>Métier exposé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="83" />
        <source>Personnes sans place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="93" />
        <source>Places des métiers cibles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="94" />
        <source>Personnes restant sans place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="98" />
        <source>Mouvements proposés</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="101" />
        <source>Effectifs et places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="158" />
        <source>Fichier d'effectifs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="159" />
        <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="192" />
        <source>Calcul du plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="202" />
        <source>Le plan n'a pas pu être calculé.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="211" />
        <source>{moved} personne(s) sur {supply} trouvent une place par une passerelle ; {left} restent sans place disponible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="215" />
        <source>Aucun effectif exposé à accompagner : saisissez des effectifs dans les métiers exposés.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="218" />
        <source>Places ignorées (ces métiers ne sont pas des cibles avec les réglages actuels) : {jobs}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../gui/charts.py" line="41" />
        <source>Emergent</source>
        <translation>Emerging</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="42" />
        <source>En forte transformation</source>
        <translation>Strong transformation</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="43" />
        <source>En évolution</source>
        <translation>Evolving</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="45" />
        <source>Non impacté ou de manière négligeable</source>
        <translation>Not or negligibly affected</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="58" />
        <source>Importer un effectif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="68" />
        <source>Fichier CSV ou Excel (.xlsx) exporté du SIRH : une ligne par personne avec au moins le matricule, le nom, le prénom et le métier ; date d'entrée, date de sortie et souhaits sont facultatifs. Rien n'est enregistré avant que vous cliquiez sur « Enregistrer », et seulement si toutes les lignes sont correctes. Les colonnes inconnues sont ignorées ; un fichier contenant des numéros de sécurité sociale est refusé.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="75" />
        <source>Aucun fichier choisi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="77" />
        <source>Choisir un fichier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="79" />
        <source>Relire le fichier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="80" />
        <source>Après avoir corrigé le fichier dans Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="97" />
        <source>Enregistrer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="122" />
        <source>Lignes à enregistrer ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="124" />
        <source>Erreurs ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="132" />
        <source>Effectif à importer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="133" />
        <source>Effectifs (*.csv *.xlsx *.txt);;Tous les fichiers (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="146" />
        <source>Lecture et vérification du fichier…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="165" />
        <source>Colonnes ignorées (non conservées) : {cols}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="170" />
        <source>&lt;b&gt;Fichier refusé : {n} ligne(s) en erreur.&lt;/b&gt; Rien ne sera enregistré tant que toutes les erreurs ne sont pas corrigées dans le fichier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="177" />
        <source>{n} ligne(s) correctes ({created} nouvelle(s) personne(s)), encodage {enc}. Vérifiez-les puis cliquez sur « Enregistrer ».</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="193" />
        <source>Fichier illisible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="197" />
        <source>&lt;b&gt;Fichier refusé.&lt;/b&gt; Rien n'a été enregistré.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="209" />
        <source>Enregistrement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="232" />
        <source>&lt;b&gt;Rien n'a été enregistré.&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>