<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
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
        <location filename="../../gui/charts.py" line="384" />
        <source>{family} : score moyen {score} sur {n} métier(s)</source>
        <translation>{family}: mean score {score} over {n} job(s)</translation>
    </message>
</context>
<context>
    <name>CompetencyModel</name>
    <message>
        <location filename="../../gui/job_table_model.py" line="312" />
        <source>Savoir-faire</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="313" />
        <source>Savoir-être</source>
        <translation>Soft skill</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="314" />
        <source>Savoir</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="357" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="357" />
        <source>Compétence</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="357" />
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="358" />
        <source>Estimation</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="358" />
        <source>Niveau retenu</source>
        <translation>Level used</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="383" />
        <source>Estimation : {reason}</source>
        <translation>Estimate: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="385" />
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
    <name>JobMapView</name>
    <message>
        <location filename="../../gui/job_map_view.py" line="62" />
        <source>Chargement de l'étude…</source>
        <translation>Loading the study…</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="79" />
        <source>Rechercher un métier ou une famille (accents et majuscules ignorés)</source>
        <translation>Search a job or a family (accents and case ignored)</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="86" />
        <source>Tous les profils</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="92" />
        <source>Métiers cœur seulement</source>
        <translation>Core jobs only</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="98" />
        <source>PwC initial : toutes les compétences de la fiche ROME ; PwC revu : compétences retenues par les experts, qualifiées par PwC ; Experts métier : mêmes compétences, qualifiées par les experts de la branche.</source>
        <translation>PwC initial: every competency of the ROME sheet; PwC revised: competencies selected by the experts, rated by PwC; Business experts: the same competencies, rated by the sector's experts.</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="110" />
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
        <location filename="../../gui/job_map_view.py" line="222" />
        <source>{shown} métiers affichés sur {total}</source>
        <translation>{shown} of {total} jobs shown</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="223" />
        <source>{total} métiers</source>
        <translation>{total} jobs</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="258" />
        <source>Métiers par profil — {q}</source>
        <translation>Jobs by profile — {q}</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="263" />
        <source>Score moyen par famille — {q}</source>
        <translation>Mean score by family — {q}</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="265" />
        <source>Score d'exposition moyen des métiers affichés</source>
        <translation>Mean exposure score of the jobs shown</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="268" />
        <source>Scores par métier — {q}</source>
        <translation>Scores by job — {q}</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="270" />
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
        <location filename="../../gui/job_sheet_view.py" line="182" />
        <source>Métier :</source>
        <translation>Job:</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="199" />
        <source>Exposition : les trois qualifications de l'étude et votre requalification</source>
        <translation>Exposure: the study's three qualifications and your requalification</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="203" />
        <source>Fiches ROME retenues pour ce métier</source>
        <translation>ROME sheets used for this job</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="228" />
        <source>&lt;p&gt;&lt;b&gt;Aucune version du ROME n'est importée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les compétences d'un métier, leur niveau d'impact estimé et le score recalculé viennent des fiches ROME de France Travail. Importez la version « RefRomeCsv » (dossier ou zip) pour les afficher ; les scores publiés par l'étude restent consultables à gauche.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No ROME release is imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A job's competencies, their estimated impact level and the recomputed score come from France Travail's ROME sheets. Import the “RefRomeCsv” release (folder or zip) to see them; the study's published scores remain available on the left.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="233" />
        <source>Importer le ROME…</source>
        <translation>Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="258" />
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="260" />
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="266" />
        <source>Revenir aux estimations</source>
        <translation>Back to the estimates</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="279" />
        <source>Compétences ROME et niveau d'impact de l'IA générative (atelier de requalification : double-cliquez un niveau pour le changer)</source>
        <translation>ROME competencies and generative-AI impact level (requalification workshop: double-click a level to change it)</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="287" />
        <source>Estimation des niveaux d'impact des compétences ROME des 58 métiers…</source>
        <translation>Estimating the impact levels of the 58 jobs' ROME competencies…</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="358" />
        <source> — métier cœur d'assistance</source>
        <translation> — core assistance job</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="384" />
        <source>Répartition des compétences par niveau d'impact</source>
        <translation>Competencies by impact level</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="387" />
        <source>Score recalculé avec les niveaux retenus : &lt;b&gt;{score}&lt;/b&gt; — profil « {profile} » ({changed} niveau(x) modifié(s) sur {total}).</source>
        <translation>Score recomputed from the levels used: &lt;b&gt;{score}&lt;/b&gt; — profile “{profile}” ({changed} of {total} level(s) changed).</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="398" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="398" />
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="398" />
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="399" />
        <source>Compétences</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="399" />
        <source>Niveaux 1 à 5</source>
        <translation>Levels 1 to 5</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="413" />
        <source>Estimation
(ROME)</source>
        <translation>Estimate
(ROME)</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="415" />
        <source>Niveaux
retenus</source>
        <translation>Levels
used</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="438" />
        <source>L'étude se contredit : {r}</source>
        <translation>The study contradicts itself: {r}</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="455" />
        <source>Estimation (ROME)</source>
        <translation>Estimate (ROME)</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="456" />
        <source>Niveaux retenus</source>
        <translation>Levels used</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="468" />
        <source>appellation « {a} »</source>
        <translation>job title “{a}”</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="469" />
        <source> &lt;i&gt;(absente de la version importée)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(missing from the imported release)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="471" />
        <source>Aucune fiche ROME associée.</source>
        <translation>No ROME sheet attached.</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="486" />
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
        <location filename="../../gui/main_window.py" line="143" />
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145" />
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148" />
        <source>À &amp;propos de Passerelles</source>
        <translation>&amp;About Passerelles</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="151" />
        <source>Ouvrir le dossier des &amp;journaux</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="170" />
        <source>Imports &amp;récents</source>
        <translation>&amp;Recent imports</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175" />
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="180" />
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="187" />
        <source>&amp;Qualification de l'étude</source>
        <translation>Study &amp;qualification</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="190" />
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195" />
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="207" />
        <source>Barre d'outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="215" />
        <source>Qualification : </source>
        <translation>Qualification: </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="276" />
        <source>L'étude n'a pas pu être chargée.</source>
        <translation>The study could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278" />
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="287" />
        <source>ROME : aucune version importée</source>
        <translation>ROME: no release imported</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="289" />
        <source>ROME {version}</source>
        <translation>ROME {version}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="313" />
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317" />
        <source>Effacer la liste</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332" />
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="333" />
        <source>La langue choisie sera appliquée au prochain démarrage de Passerelles.</source>
        <translation>The chosen language will be used the next time Passerelles starts.</translation>
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
        <translation>Undergoing strong transformation</translation>
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
</TS>