<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/about.py" line="21"/>
        <source>À propos de Passerelles</source>
        <translation>About Passerelles</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="36"/>
        <source>version importée : {v}</source>
        <translation>imported release: {v}</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="37"/>
        <source>aucune version importée</source>
        <translation>no release imported</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="41"/>
        <source>Exposition des métiers de l&apos;assistance à l&apos;IA générative et passerelles métiers fondées sur les compétences du ROME.</source>
        <translation>Exposure of the assistance sector&apos;s jobs to generative AI, and job bridges based on ROME competencies.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="44"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="46"/>
        <source>&lt;b&gt;Étude&lt;/b&gt; « Impacts de l&apos;IA générative pour les métiers de l&apos;assistance », Observatoire des métiers de l&apos;assistance, 2024-2025, réalisée par PwC avec le soutien de l&apos;OPCO Atlas : métiers, familles, scores, profils et recommandations. Les explications de l&apos;application sont rédigées à partir de l&apos;étude, qui reste la référence.</source>
        <translation>&lt;b&gt;Study&lt;/b&gt; “Impacts de l&apos;IA générative pour les métiers de l&apos;assistance”, Observatoire des métiers de l&apos;assistance, 2024-2025, carried out by PwC with the support of OPCO Atlas: jobs, families, scores, profiles and recommendations. The application&apos;s explanations are written from the study, which remains the reference.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="53"/>
        <source>&lt;b&gt;ROME 4.0&lt;/b&gt;, Répertoire opérationnel des métiers et des emplois, © France Travail, réutilisé sous &lt;a href=&quot;https://www.etalab.gouv.fr/licence-ouverte-open-licence/&quot;&gt;Licence Ouverte v2.0&lt;/a&gt; ({rome}).</source>
        <translation>&lt;b&gt;ROME 4.0&lt;/b&gt;, Répertoire opérationnel des métiers et des emplois, © France Travail, reused under the &lt;a href=&quot;https://www.etalab.gouv.fr/licence-ouverte-open-licence/&quot;&gt;Licence Ouverte v2.0&lt;/a&gt; (Open Licence) ({rome}).</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="58"/>
        <source>Les niveaux d&apos;impact des compétences proposés par l&apos;application sont des estimations, modifiables ; ils ne sont pas ceux de l&apos;étude.</source>
        <translation>The competency impact levels proposed by the application are editable estimates; they are not the study&apos;s.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="61"/>
        <source>Logiciels et licences</source>
        <translation>Software and licences</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="63"/>
        <source>Qt {qt} et PySide6 {pyside} — The Qt Company, licence LGPL v3.</source>
        <translation>Qt {qt} and PySide6 {pyside} — The Qt Company, LGPL v3 licence.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="65"/>
        <source>reportlab — licence BSD ; networkx — licence BSD ; pandas et NumPy — licence BSD ; openpyxl — licence MIT.</source>
        <translation>reportlab — BSD licence; networkx — BSD licence; pandas and NumPy — BSD licence; openpyxl — MIT licence.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="68"/>
        <source>Police DejaVu Sans (rapports PDF) — licence libre Bitstream Vera / domaine public pour les ajouts DejaVu.</source>
        <translation>DejaVu Sans font (PDF reports) — Bitstream Vera free licence / public domain for the DejaVu additions.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="72"/>
        <source>Aucune donnée n&apos;est envoyée sur le réseau. Les données des collaborateurs restent dans la base locale de l&apos;utilisateur.</source>
        <translation>No data is sent over the network. Employee data stays in the user&apos;s local database.</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../gui/people_actions.py" line="44"/>
        <source>Ajouter une personne</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="47"/>
        <source>tel qu&apos;il figure dans le SIRH, ex. 000417</source>
        <translation>as in the HR system, e.g. 000417</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="51"/>
        <source>Un des 58 métiers de l&apos;étude ; tapez une partie du nom, les accents sont ignorés.</source>
        <translation>One of the 58 jobs of the study; type part of the name, accents are ignored.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="60"/>
        <source>Souhaits d&apos;évolution exprimés par la personne</source>
        <translation>Career wishes expressed by the person</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="63"/>
        <source>Matricule</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="64"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="65"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="66"/>
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="67"/>
        <source>Date d&apos;entrée</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="68"/>
        <source>Souhaits</source>
        <translation>Wishes</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="70"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="107"/>
        <source>Auteur des rapports</source>
        <translation>Author of the reports</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="110"/>
        <source>Quel nom et quelle fonction imprimer comme auteur des rapports ? Vous pourrez les changer dans Édition &gt; Préférences.</source>
        <translation>Which name and role should be printed as the author of the reports? You can change them in Edit &gt; Preferences.</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="115"/>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>AuthorFields</name>
    <message>
        <location filename="../../gui/preferences.py" line="46"/>
        <source>ex. Claire Moreau</source>
        <translation>e.g. Claire Moreau</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="49"/>
        <source>ex. Partenaire RH</source>
        <translation>e.g. HR business partner</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="53"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="54"/>
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>BridgeKind</name>
    <message>
        <location filename="../../gui/bridges_model.py" line="39"/>
        <source>mobilité proche</source>
        <translation>close mobility</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="40"/>
        <source>mobilité d&apos;évolution</source>
        <translation>career-step mobility</translation>
    </message>
</context>
<context>
    <name>BridgeSettingsPanel</name>
    <message>
        <location filename="../../gui/bridges_view.py" line="72"/>
        <source>Définition d&apos;une cible</source>
        <translation>What counts as a target</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="79"/>
        <source>Métiers cibles : les profils cochés…</source>
        <translation>Target jobs: the ticked profiles…</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="87"/>
        <source>Un métier dont le score d&apos;exposition ne dépasse pas cette valeur est aussi une cible, quel que soit son profil.</source>
        <translation>A job whose exposure score does not exceed this value is also a target, whatever its profile.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="89"/>
        <source>… ou score au plus</source>
        <translation>… or score at most</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="91"/>
        <source>En dessous, un métier n&apos;est atteint qu&apos;en deux étapes.</source>
        <translation>Below this, a job is only reached in two steps.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="92"/>
        <source>Similarité d&apos;un lien direct</source>
        <translation>Direct link similarity</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="94"/>
        <source>Chaque étape d&apos;un chemin en deux étapes doit atteindre cette similarité.</source>
        <translation>Each step of a two-step path must reach this similarity.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="95"/>
        <source>Similarité par étape</source>
        <translation>Similarity per step</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="99"/>
        <source>Passerelles affichées</source>
        <translation>Bridges shown</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="100"/>
        <source>Réglages par défaut</source>
        <translation>Default settings</translation>
    </message>
</context>
<context>
    <name>BridgesModel</name>
    <message>
        <location filename="../../gui/bridges_model.py" line="60"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="61"/>
        <source>Métier cible</source>
        <translation>Target job</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="62"/>
        <source>Type de mobilité</source>
        <translation>Mobility type</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="63"/>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="64"/>
        <source>Similarité</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="65"/>
        <source>Exposition cible</source>
        <translation>Target exposure</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="66"/>
        <source>Déjà maîtrisé</source>
        <translation>Already mastered</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="67"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="68"/>
        <source>France Travail</source>
        <translation>France Travail</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="103"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>BridgesView</name>
    <message>
        <location filename="../../gui/bridges_view.py" line="46"/>
        <source>savoir-faire</source>
        <translation>skill</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="47"/>
        <source>savoir-être</source>
        <translation>soft skill</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="48"/>
        <source>savoir</source>
        <translation>knowledge</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="58"/>
        <source>cœur de métier</source>
        <translation>core competency</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="60"/>
        <source>impact IA {level}/5</source>
        <translation>AI impact {level}/5</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="63"/>
        <source>proche d&apos;une compétence déjà exercée</source>
        <translation>close to a competency already practised</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="157"/>
        <source>Passerelles d&apos;un métier</source>
        <translation>Bridges from a job</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="161"/>
        <source>Plan collectif</source>
        <translation>Collective plan</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="181"/>
        <source>Importer le ROME…</source>
        <translation>Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="185"/>
        <source>Métier d&apos;origine :</source>
        <translation>Starting job:</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="222"/>
        <source>En gras : compétences cœur de métier. Impact IA : niveau 1 (négligeable) à 5 (majeur) estimé pour la compétence.</source>
        <translation>In bold: core competencies. AI impact: level 1 (negligible) to 5 (major) estimated for the competency.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="266"/>
        <source>Choisissez un métier d&apos;origine.</source>
        <translation>Choose a starting job.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="278"/>
        <source>Aucune version du ROME n&apos;est importée : les passerelles en ont besoin.</source>
        <translation>No ROME release is imported: job bridges need it.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="282"/>
        <source>Le moteur de passerelles n&apos;a pas pu être construit.</source>
        <translation>The bridge engine could not be built.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="306"/>
        <source>Construction du moteur de passerelles…</source>
        <translation>Building the bridge engine…</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="314"/>
        <source>Aucune passerelle avec ces réglages : élargissez les profils cibles ou baissez les similarités minimales.</source>
        <translation>No bridge with these settings: widen the target profiles or lower the minimum similarities.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="318"/>
        <source>{n} passerelle(s), les liens directs d&apos;abord, puis les chemins en deux étapes. Sélectionnez une ligne pour son explication.</source>
        <translation>{n} bridge(s), direct links first, then two-step paths. Select a row for its explanation.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="331"/>
        <source>{profile}, score d&apos;exposition {score}</source>
        <translation>{profile}, exposure score {score}</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="344"/>
        <source>Compétences partagées</source>
        <translation>Shared competencies</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="345"/>
        <source>Compétences à acquérir</source>
        <translation>Competencies to acquire</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="346"/>
        <source>Compétences d&apos;origine les plus exposées</source>
        <translation>Most exposed competencies of the starting job</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="348"/>
        <source>«&#xa0;{job}&#xa0;»</source>
        <translation>“{job}”</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="351"/>
        <source>&lt;b&gt;{kind}&lt;/b&gt; — chemin : {path}&lt;br&gt;{text}&lt;br&gt;Déjà maîtrisé : {cov} des compétences du métier cible ({core} de ses compétences cœur).</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; — path: {path}&lt;br&gt;{text}&lt;br&gt;Already mastered: {cov} of the target job&apos;s competencies ({core} of its core competencies).</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="360"/>
        <source>Compétences partagées ({n}) — ce que la personne apporte</source>
        <translation>Shared competencies ({n}) — what the person brings</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="362"/>
        <source>Compétences à acquérir ({n})</source>
        <translation>Competencies to acquire ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="363"/>
        <source>Compétences d&apos;origine les plus exposées ({n})</source>
        <translation>Most exposed starting competencies ({n})</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../gui/charts.py" line="137"/>
        <source>Nombre de métiers</source>
        <translation>Number of jobs</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="165"/>
        <source>% des compétences</source>
        <translation>% of competencies</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="416"/>
        <source>{family} : score moyen {score} sur {n} métier</source>
        <translation>{family}: mean score {score} over {n} job</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="417"/>
        <source>{family} : score moyen {score} sur {n} métiers</source>
        <translation>{family}: mean score {score} over {n} jobs</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="166"/>
        <source>Compétences</source>
        <translation>Competencies</translation>
    </message>
</context>
<context>
    <name>CompetencyModel</name>
    <message>
        <location filename="../../gui/competency_model.py" line="34"/>
        <source>Savoir-faire</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="35"/>
        <source>Savoir-être</source>
        <translation>Soft skill</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="36"/>
        <source>Savoir</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="70"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="70"/>
        <source>Compétence</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="70"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="71"/>
        <source>Estimation</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="71"/>
        <source>Niveau retenu</source>
        <translation>Level used</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="73"/>
        <source>Code de la compétence dans le ROME de France Travail</source>
        <translation>Code of the competency in France Travail&apos;s ROME</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="74"/>
        <source>Libellé de la compétence dans le ROME</source>
        <translation>Label of the competency in the ROME</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="75"/>
        <source>Savoir-faire, savoir-être ou savoir</source>
        <translation>Know-how, soft skill or knowledge</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="76"/>
        <source>Niveau d&apos;impact de l&apos;IA générative estimé par les règles, de 1 (négligeable) à 5 (majeur)</source>
        <translation>Impact level of generative AI estimated by the rules, from 1 (negligible) to 5 (major)</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="78"/>
        <source>Niveau utilisé par les passerelles, le score recalculé et les rapports : l&apos;estimation, ou votre correction</source>
        <translation>Level used by the bridges, the recomputed score and the reports: the estimate, or your correction</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="106"/>
        <source>Code ROME de « {label} »</source>
        <translation>ROME code of “{label}”</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="110"/>
        <source>Estimation : {reason}</source>
        <translation>Estimate: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="112"/>
        <source>Double-cliquez (ou F2) pour changer le niveau</source>
        <translation>Double-click (or F2) to change the level</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="130"/>
        <source>Score d&apos;exposition à l&apos;IA générative, de 0 à 1 (1 : le métier le plus exposé des 58)</source>
        <translation>Exposure score to generative AI, from 0 to 1 (1: the most exposed of the 58 jobs)</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="132"/>
        <source>Rang d&apos;exposition parmi les 58 métiers (1 : le plus exposé) ; les estimations n&apos;ont pas de rang</source>
        <translation>Exposure rank among the 58 jobs (1: the most exposed); estimates have no rank</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="134"/>
        <source>Profil d&apos;impact déduit du score et des niveaux</source>
        <translation>Impact profile derived from the score and the levels</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="135"/>
        <source>Nombre de compétences notées</source>
        <translation>Number of competencies rated</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="136"/>
        <source>Nombre de compétences à chaque niveau d&apos;impact, du niveau 1 (négligeable) au niveau 5 (majeur) : « 7-23-22-16-4 » se lit 7 compétences de niveau 1, 23 de niveau 2, 22 de niveau 3, 16 de niveau 4 et 4 de niveau 5</source>
        <translation>Number of competencies at each impact level, from level 1 (negligible) to level 5 (major): “7-23-22-16-4” reads 7 competencies at level 1, 23 at level 2, 22 at level 3, 16 at level 4 and 4 at level 5</translation>
    </message>
    <message>
        <location filename="../../gui/competency_model.py" line="149"/>
        <source>{n} au niveau {level}</source>
        <translation>{n} at level {level}</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <location filename="../../gui/damaged_store_dialog.py" line="23"/>
        <source>Base de données endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../gui/damaged_store_dialog.py" line="28"/>
        <source>Diagnostic de SQLite : {problem}</source>
        <translation>SQLite diagnosis: {problem}</translation>
    </message>
    <message>
        <location filename="../../gui/damaged_store_dialog.py" line="34"/>
        <source>Ouvrir le dossier des données</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <location filename="../../gui/damaged_store_dialog.py" line="36"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../gui/errors.py" line="57"/>
        <source>Une erreur inattendue s&apos;est produite ; l&apos;opération n&apos;a pas abouti.

Le détail technique a été enregistré dans le fichier :
{path}

Transmettez ce fichier au support si l&apos;erreur se reproduit.</source>
        <translation>An unexpected error occurred; the operation did not complete.

The technical details were saved in the file:
{path}

Send this file to support if the error happens again.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../gui/first_run.py" line="37"/>
        <source>Lecture de la version importée</source>
        <translation>Reading the imported release</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="52"/>
        <source>Importer le ROME</source>
        <translation>Import the ROME</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="65"/>
        <source>Dossier ou fichier zip RefRomeCsv</source>
        <translation>RefRomeCsv folder or zip file</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="67"/>
        <source>Choisir un &amp;dossier…</source>
        <translation>Choose a &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="69"/>
        <source>Choisir un fichier &amp;zip…</source>
        <translation>Choose a &amp;zip file…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="83"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="95"/>
        <source>Une version du ROME est déjà importée ({version}). Importer une version plus récente la remplace ; vos niveaux d&apos;impact modifiés sont conservés.</source>
        <translation>A ROME release is already imported ({version}). Importing a newer release replaces it; your changed impact levels are kept.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="99"/>
        <source>&lt;b&gt;Aucune version du ROME n&apos;est encore importée.&lt;/b&gt; Les scores et profils de l&apos;étude sont disponibles sans lui ; les compétences des métiers, leurs niveaux d&apos;impact et les passerelles en ont besoin.</source>
        <translation>&lt;b&gt;No ROME release has been imported yet.&lt;/b&gt; The study&apos;s scores and profiles are available without it; job competencies, their impact levels and job bridges need it.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="103"/>
        <source>Téléchargez les fichiers « RefRomeCsv » (version 4.60 ou plus récente) sur le site open data de France Travail, puis choisissez le dossier décompressé ou le fichier zip. L&apos;import prend moins d&apos;une minute ; il peut être annulé sans rien modifier. Source : France Travail, ROME 4.0, Licence Ouverte v2.0.</source>
        <translation>Download the “RefRomeCsv” files (release 4.60 or later) from France Travail&apos;s open data site, then choose the unzipped folder or the zip file. The import takes less than a minute; it can be cancelled without changing anything. Source: France Travail, ROME 4.0, Licence Ouverte v2.0.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="120"/>
        <source>Dossier du ROME (RefRomeCsv)</source>
        <translation>ROME folder (RefRomeCsv)</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="126"/>
        <source>Fichier zip du ROME</source>
        <translation>ROME zip file</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="127"/>
        <source>Archives zip (*.zip);;Tous les fichiers (*)</source>
        <translation>Zip archives (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="145"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="168"/>
        <source>La version {v} du ROME était déjà importée.</source>
        <translation>ROME release {v} was already imported.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="171"/>
        <source>ROME {v} importé : {n} fiches métiers en {s:.0f} s.</source>
        <translation>ROME {v} imported: {n} job sheets in {s:.0f} s.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="187"/>
        <source>L&apos;import n&apos;a pas abouti ; rien n&apos;a été modifié.</source>
        <translation>The import failed; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="192"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../gui/graph_view.py" line="85"/>
        <source>Deux métiers sont reliés quand leur similarité de compétences atteint ce seuil. 0,90 : plus proches que 90 % des paires de métiers de la branche.</source>
        <translation>Two jobs are linked when their competency similarity reaches this threshold. 0.90: closer than 90% of the sector&apos;s job pairs.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="90"/>
        <source>Aller au métier…</source>
        <translation>Go to job…</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="93"/>
        <source>Ajuster à la fenêtre</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="102"/>
        <source>Seuil de similarité :</source>
        <translation>Similarity threshold:</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="116"/>
        <source>Importer le ROME…</source>
        <translation>Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="132"/>
        <source>Chargement du moteur de passerelles…</source>
        <translation>Loading the bridge engine…</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="136"/>
        <location filename="../../gui/graph_view.py" line="295"/>
        <source>Cliquez sur un métier pour voir ses passerelles.</source>
        <translation>Click a job to see its bridges.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="141"/>
        <source>Voir le détail dans «&#xa0;Passerelles&#xa0;»</source>
        <translation>See the details in “Bridges”</translation>
    </message>
    <message>
        <location filename="../../gui/graph_items.py" line="130"/>
        <source>Profil : {p}</source>
        <translation>Profile: {p}</translation>
    </message>
    <message>
        <location filename="../../gui/graph_items.py" line="132"/>
        <source>Score d&apos;exposition : {s}</source>
        <translation>Exposure score: {s}</translation>
    </message>
    <message>
        <location filename="../../gui/graph_items.py" line="135"/>
        <source>Effectif : {n}</source>
        <translation>Headcount: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/graph_items.py" line="138"/>
        <source>Métier cœur de la branche</source>
        <translation>Core job of the sector</translation>
    </message>
    <message>
        <location filename="../../gui/graph_items.py" line="185"/>
        <source>Similarité : {s}</source>
        <translation>Similarity: {s}</translation>
    </message>
    <message>
        <location filename="../../gui/graph_items.py" line="188"/>
        <source>Mobilité également listée par France Travail</source>
        <translation>Mobility also listed by France Travail</translation>
    </message>
    <message>
        <location filename="../../gui/graph_items.py" line="192"/>
        <source>Compétences partagées :</source>
        <translation>Shared competencies:</translation>
    </message>
    <message>
        <location filename="../../gui/graph_items.py" line="263"/>
        <source>&lt;b&gt;Légende&lt;/b&gt;</source>
        <translation>&lt;b&gt;Legend&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/graph_items.py" line="267"/>
        <source>Passerelle du métier sélectionné (tirets : en deux étapes)</source>
        <translation>Bridge from the selected job (dashed: in two steps)</translation>
    </message>
    <message>
        <location filename="../../gui/graph_items.py" line="269"/>
        <source>Surface du disque : effectif du métier (registre des collaborateurs). Épaisseur d&apos;un lien : similarité. Molette : zoom ; glisser : déplacer ; un nom caché faute de place apparaît en zoomant ou au survol.</source>
        <translation>Disc area: headcount of the job (employee register). Link thickness: similarity. Wheel: zoom; drag: move; a name hidden for lack of room shows when zooming in or hovering.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="172"/>
        <source>Aucune version du ROME n&apos;est importée : le graphe des compétences en a besoin.</source>
        <translation>No ROME release is imported: the competency graph needs it.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="176"/>
        <source>Le moteur de passerelles n&apos;a pas pu être construit.</source>
        <translation>The bridge engine could not be built.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="325"/>
        <source>{n} passerelle avec les réglages de la vue « Passerelles ».</source>
        <translation>{n} bridge with the settings of the “Bridges” view.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="326"/>
        <source>{n} passerelles avec les réglages de la vue « Passerelles ».</source>
        <translation>{n} bridges with the settings of the “Bridges” view.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="327"/>
        <source>Déjà maîtrisé : part des compétences clés du métier visé déjà détenues. Score : valeur de classement (survolez une ligne).</source>
        <translation>Already mastered: share of the key competencies of the target job already held. Score: ranking value (hover a line).</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="330"/>
        <source> (via {job})</source>
        <translation> (via {job})</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="332"/>
        <source>déjà maîtrisé {cov}, score {score}</source>
        <translation>already mastered {cov}, score {score}</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="378"/>
        <source>{nodes} métiers, {edges} liens au seuil {t} ; {isolated} métier(s) sans lien à ce seuil.</source>
        <translation>{nodes} jobs, {edges} links at threshold {t}; {isolated} job(s) without a link at this threshold.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_layout.py" line="28"/>
        <source>Liens entre métiers</source>
        <translation>Links between jobs</translation>
    </message>
    <message>
        <location filename="../../gui/graph_layout.py" line="32"/>
        <source>Disposition des métiers</source>
        <translation>Laying out the jobs</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../gui/help.py" line="51"/>
        <source># Guide introuvable

Le guide d&apos;utilisation ({path}) est absent de cette installation.</source>
        <translation># Guide not found

The user guide ({path}) is missing from this installation.</translation>
    </message>
    <message>
        <location filename="../../gui/help.py" line="61"/>
        <source>Guide d&apos;utilisation de Passerelles</source>
        <translation>Passerelles user guide</translation>
    </message>
</context>
<context>
    <name>JobCombo</name>
    <message>
        <location filename="../../gui/job_combo.py" line="87"/>
        <source>Tapez une partie du nom ; les accents et les majuscules sont ignorés.</source>
        <translation>Type part of the name; accents and capitals are ignored.</translation>
    </message>
</context>
<context>
    <name>JobMapView</name>
    <message>
        <location filename="../../gui/job_map_view.py" line="64"/>
        <source>Chargement de l&apos;étude…</source>
        <translation>Loading the study…</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="80"/>
        <source>Rechercher un métier ou une famille…</source>
        <translation>Search a job or a family…</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="82"/>
        <source>Les accents et les majuscules sont ignorés : « medecin » trouve « Médecin ».</source>
        <translation>Accents and capitals are ignored: “medecin” finds “Médecin”.</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="89"/>
        <source>Tous les profils</source>
        <translation>All profiles</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="95"/>
        <source>Métiers cœur seulement</source>
        <translation>Core jobs only</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="101"/>
        <source>PwC initial : toutes les compétences de la fiche ROME ; PwC revu : compétences retenues par les experts, qualifiées par PwC ; Experts métier : mêmes compétences, qualifiées par les experts de la branche.</source>
        <translation>PwC initial: every competency of the ROME sheet; PwC revised: competencies selected by the experts, rated by PwC; Business experts: the same competencies, rated by the sector&apos;s experts.</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="113"/>
        <source>Qualification :</source>
        <translation>Qualification:</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="149"/>
        <source>Ouvrir la fiche métier</source>
        <translation>Open the job sheet</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="151"/>
        <source>Cartographie des métiers</source>
        <translation>Job map</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="157"/>
        <source>Scores par métier</source>
        <translation>Scores by job</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="158"/>
        <source>Score moyen par famille</source>
        <translation>Mean score by family</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="159"/>
        <source>Nombre de métiers par profil</source>
        <translation>Number of jobs by profile</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="173"/>
        <source>Graphique :</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="185"/>
        <source>L&apos;étude n&apos;a pas pu être chargée.</source>
        <translation>The study could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="189"/>
        <source>Toutes les familles</source>
        <translation>All families</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="232"/>
        <source>{n} métier affiché sur {total}</source>
        <translation>{n} job shown out of {total}</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="233"/>
        <source>{n} métiers affichés sur {total}</source>
        <translation>{n} jobs shown out of {total}</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="235"/>
        <source>{n} métier</source>
        <translation>{n} job</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="235"/>
        <source>{n} métiers</source>
        <translation>{n} jobs</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="271"/>
        <source>Métiers par profil — {q}</source>
        <translation>Jobs by profile — {q}</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="276"/>
        <source>Score moyen par famille — {q}</source>
        <translation>Mean score by family — {q}</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="278"/>
        <source>Score d&apos;exposition moyen des métiers affichés</source>
        <translation>Mean exposure score of the jobs shown</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="281"/>
        <source>Scores par métier — {q}</source>
        <translation>Scores by job — {q}</translation>
    </message>
    <message>
        <location filename="../../gui/job_map_view.py" line="283"/>
        <source>Score d&apos;exposition</source>
        <translation>Exposure score</translation>
    </message>
</context>
<context>
    <name>JobPicker</name>
    <message>
        <location filename="../../gui/report_sources.py" line="87"/>
        <source>Rechercher un métier…</source>
        <translation>Search a job…</translation>
    </message>
    <message>
        <location filename="../../gui/report_sources.py" line="88"/>
        <source>Les accents et les majuscules sont ignorés : « charge d&apos;accueil » trouve « Chargé d&apos;accueil ».</source>
        <translation>Accents and capitals are ignored: “charge d&apos;accueil” finds “Chargé d&apos;accueil”.</translation>
    </message>
</context>
<context>
    <name>JobSheetView</name>
    <message>
        <location filename="../../gui/level_editing.py" line="51"/>
        <source>niveau estimé</source>
        <translation>estimated level</translation>
    </message>
    <message>
        <location filename="../../gui/level_editing.py" line="53"/>
        <source>niveau de « {item} » : {level}</source>
        <translation>level of “{item}”: {level}</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="81"/>
        <source>Métier :</source>
        <translation>Job:</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="100"/>
        <source>Exposition : les trois qualifications de l&apos;étude et votre requalification</source>
        <translation>Exposure: the study&apos;s three qualifications and your requalification</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="104"/>
        <source>Fiches ROME retenues pour ce métier</source>
        <translation>ROME sheets used for this job</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="129"/>
        <source>&lt;p&gt;&lt;b&gt;Aucune version du ROME n&apos;est importée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les compétences d&apos;un métier, leur niveau d&apos;impact estimé et le score recalculé viennent des fiches ROME de France Travail. Importez la version « RefRomeCsv » (dossier ou zip) pour les afficher ; les scores publiés par l&apos;étude restent consultables à gauche.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No ROME release is imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A job&apos;s competencies, their estimated impact level and the recomputed score come from France Travail&apos;s ROME sheets. Import the “RefRomeCsv” release (folder or zip) to see them; the study&apos;s published scores remain available on the left.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="134"/>
        <source>Importer le ROME…</source>
        <translation>Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="159"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="161"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="167"/>
        <source>Revenir aux estimations</source>
        <translation>Back to the estimates</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="180"/>
        <source>Compétences ROME et niveau d&apos;impact de l&apos;IA générative (atelier de requalification : double-cliquez un niveau pour le changer)</source>
        <translation>ROME competencies and generative-AI impact level (requalification workshop: double-click a level to change it)</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="188"/>
        <source>Estimation des niveaux d&apos;impact des compétences ROME des 58 métiers…</source>
        <translation>Estimating the impact levels of the 58 jobs&apos; ROME competencies…</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="255"/>
        <source> — métier cœur d&apos;assistance</source>
        <translation> — core assistance job</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="281"/>
        <source>Répartition des compétences par niveau d&apos;impact</source>
        <translation>Competencies by impact level</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="284"/>
        <source>Score recalculé avec les niveaux retenus : &lt;b&gt;{score}&lt;/b&gt; — profil « {profile} » ({changed} niveau(x) modifié(s) sur {total}).</source>
        <translation>Score recomputed from the levels used: &lt;b&gt;{score}&lt;/b&gt; — profile “{profile}” ({changed} of {total} level(s) changed).</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="295"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="295"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="295"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="296"/>
        <source>Compétences</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="296"/>
        <source>Niveaux 1 à 5</source>
        <translation>Levels 1 to 5</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="310"/>
        <source>Estimation
(ROME)</source>
        <translation>Estimate
(ROME)</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="312"/>
        <source>Niveaux
retenus</source>
        <translation>Levels
used</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="335"/>
        <source>L&apos;étude se contredit : {r}</source>
        <translation>The study contradicts itself: {r}</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="357"/>
        <source>Estimation (ROME)</source>
        <translation>Estimate (ROME)</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="358"/>
        <source>Niveaux retenus</source>
        <translation>Levels used</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="370"/>
        <source>appellation « {a} »</source>
        <translation>job title “{a}”</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="371"/>
        <source> &lt;i&gt;(absente de la version importée)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(missing from the imported release)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="373"/>
        <source>Aucune fiche ROME associée.</source>
        <translation>No ROME sheet attached.</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="388"/>
        <source>revenir aux estimations pour « {job} »</source>
        <translation>back to the estimates for “{job}”</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../gui/job_table_model.py" line="35"/>
        <source>PwC initial</source>
        <translation>PwC initial</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="36"/>
        <source>PwC revu</source>
        <translation>PwC revised</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="37"/>
        <source>Experts métier</source>
        <translation>Business experts</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="156"/>
        <source>Score d&apos;exposition à l&apos;IA générative (0 à 1 ; 1 : le métier le plus exposé), qualification « {q} » ; ⚠ : l&apos;étude se contredit (survolez le score)</source>
        <translation>Exposure score to generative AI (0 to 1; 1: the most exposed job), qualification “{q}”; ⚠: the study contradicts itself (hover the score)</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="160"/>
        <source>Rang d&apos;exposition parmi les 58 métiers (1 : le plus exposé), qualification « {q} »</source>
        <translation>Exposure rank among the 58 jobs (1: the most exposed), qualification “{q}”</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="163"/>
        <source>Profil d&apos;impact selon l&apos;étude, qualification « {q} »</source>
        <translation>Impact profile according to the study, qualification “{q}”</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="165"/>
        <source>Métier cœur de la branche assistance (étudié en détail par l&apos;étude)</source>
        <translation>Core job of the assistance sector (studied in detail by the study)</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="167"/>
        <source>Famille de métiers de l&apos;étude (code et nom)</source>
        <translation>Job family of the study (code and name)</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="169"/>
        <source>Score d&apos;exposition dans une autre qualification de l&apos;étude</source>
        <translation>Exposure score in another qualification of the study</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="171"/>
        <source>Collaborateurs en poste dans ce métier (registre des collaborateurs)</source>
        <translation>Employees currently in this job (employee register)</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="177"/>
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="178"/>
        <source>Famille</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="179"/>
        <source>Cœur</source>
        <translation>Core</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="180"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="181"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="182"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="185"/>
        <source>Effectif</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="227"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="276"/>
        <source>⚠ L&apos;étude se contredit : {reason}</source>
        <translation>⚠ The study contradicts itself: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="279"/>
        <source>Score d&apos;exposition {score} sur 1 (rang {rank} sur 58), qualification « {q} »</source>
        <translation>Exposure score {score} out of 1 (rank {rank} of 58), qualification “{q}”</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="283"/>
        <source>Effectif inconnu : aucun collaborateur enregistré pour ce métier</source>
        <translation>Headcount unknown: no employee recorded for this job</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="287"/>
        <source>Profil « {p} » en qualification « {q} »</source>
        <translation>Profile “{p}” in the “{q}” qualification</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../gui/charts.py" line="48"/>
        <source>1 Négligeable</source>
        <translation>1 Negligible</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="49"/>
        <source>2 Léger</source>
        <translation>2 Slight</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="50"/>
        <source>3 Modéré</source>
        <translation>3 Moderate</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="51"/>
        <source>4 Important</source>
        <translation>4 Significant</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="52"/>
        <source>5 Majeur</source>
        <translation>5 Major</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="55"/>
        <source>Cartographie des métiers</source>
        <translation>Job map</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="57"/>
        <source>Fiche métier</source>
        <translation>Job sheet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="60"/>
        <source>Graphe des compétences</source>
        <translation>Competency graph</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="61"/>
        <source>Passerelles</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="62"/>
        <source>Collaborateurs</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="63"/>
        <source>Rapports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="67"/>
        <source>PwC initial (base ROME)</source>
        <translation>PwC initial (ROME basis)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="68"/>
        <source>PwC revu (sélection des experts)</source>
        <translation>PwC revised (experts&apos; selection)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="69"/>
        <source>Experts métier</source>
        <translation>Business experts</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136"/>
        <source>Chargement de l&apos;étude et du ROME…</source>
        <translation>Loading the study and the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139"/>
        <source>&amp;Importer le ROME…</source>
        <translation>&amp;Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142"/>
        <source>Importer une version du ROME (dossier ou zip RefRomeCsv)</source>
        <translation>Import a ROME release (RefRomeCsv folder or zip)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="144"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="152"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156"/>
        <source>E&amp;xporter le tableau vers Excel…</source>
        <translation>E&amp;xport the table to Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>Enregistrer le tableau de la vue affichée (lignes filtrées et triées) en .xlsx</source>
        <translation>Save the table of the current view (filtered and sorted rows) as .xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="165"/>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167"/>
        <source>Le guide des deux parcours (partenaire RH, manager) et la méthode</source>
        <translation>The guide to both journeys (HR partner, manager) and the method</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>À &amp;propos de Passerelles</source>
        <translation>&amp;About Passerelles</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="176"/>
        <source>Ouvrir le dossier des &amp;journaux</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="204"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="206"/>
        <source>Imports &amp;récents</source>
        <translation>&amp;Recent imports</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="213"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="220"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="227"/>
        <source>&amp;Qualification de l&apos;étude</source>
        <translation>Study &amp;qualification</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="230"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="237"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="249"/>
        <source>Barre d&apos;outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="257"/>
        <source>Qualification : </source>
        <translation>Qualification: </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>Cette vue n&apos;a pas de tableau à exporter.</source>
        <translation>This view has no table to export.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="353"/>
        <source>L&apos;étude n&apos;a pas pu être chargée.</source>
        <translation>The study could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="358"/>
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="367"/>
        <source>ROME : aucune version importée</source>
        <translation>ROME: no release imported</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="369"/>
        <source>ROME {version}</source>
        <translation>ROME {version}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="393"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="397"/>
        <source>Effacer la liste</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="412"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="413"/>
        <source>La langue choisie sera appliquée au prochain démarrage de Passerelles.</source>
        <translation>The chosen language will be used the next time Passerelles starts.</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../gui/bridges_model.py" line="231"/>
        <source>Depuis</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="232"/>
        <source>Vers</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="233"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="234"/>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="235"/>
        <source>Type de mobilité</source>
        <translation>Mobility type</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="236"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../gui/people_actions.py" line="183"/>
        <source>{name} (matricule {id}) a été ajouté(e).</source>
        <translation>{name} (employee ID {id}) was added.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="193"/>
        <source>Effacer {name} ?</source>
        <translation>Erase {name}?</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="194"/>
        <source>Effacer définitivement {name} (matricule {id}, {job}) ?

Sa fiche, ses compétences déclarées, ses notes d&apos;entretien, ses passerelles choisies et ses rapports enregistrés sont supprimés, ici et dans les sauvegardes automatiques (droit à l&apos;effacement, RGPD article 17). Cette action ne peut pas être annulée.</source>
        <translation>Erase {name} for good (employee ID {id}, {job})?

Their record, declared competencies, interview notes, chosen bridges and saved reports are deleted, here and in the automatic backups (right to erasure, GDPR article 17). This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="212"/>
        <source>{name} a été effacé(e) de la base et des sauvegardes.</source>
        <translation>{name} was erased from the database and the backups.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="215"/>
        <source>{n} rapport supprimé.</source>
        <translation>{n} report deleted.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="216"/>
        <source>{n} rapports supprimés.</source>
        <translation>{n} reports deleted.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="218"/>
        <source>Effacement</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="219"/>
        <source>Ces fichiers n&apos;ont pas pu être supprimés (ouverts ailleurs ?) ; supprimez-les à la main :
{files}</source>
        <translation>These files could not be deleted (open elsewhere?); delete them by hand:
{files}</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="231"/>
        <source>Exporter les données de {name}</source>
        <translation>Export {name}&apos;s data</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="234"/>
        <source>Fichiers JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="242"/>
        <source>Données de {name} exportées : {path}</source>
        <translation>{name}&apos;s data exported: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="263"/>
        <source>{n} note d&apos;entretien effacée (tenue avant le {date}).</source>
        <translation>{n} interview note erased (held before {date}).</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="264"/>
        <source>{n} notes d&apos;entretien effacées (tenues avant le {date}).</source>
        <translation>{n} interview notes erased (held before {date}).</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../gui/people_model.py" line="73"/>
        <source>Matricule</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="74"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="75"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="76"/>
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="77"/>
        <source>Entrée</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="78"/>
        <source>Sortie</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="79"/>
        <source>Passerelle choisie</source>
        <translation>Chosen bridge</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../gui/people_view.py" line="62"/>
        <source>Rechercher par matricule, nom, prénom, métier ou passerelle</source>
        <translation>Search by employee ID, last name, first name, job or bridge</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="65"/>
        <source>Afficher les personnes parties</source>
        <translation>Show people who have left</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="67"/>
        <source>Importer un effectif…</source>
        <translation>Import a staff list…</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="70"/>
        <location filename="../../gui/people_view.py" line="121"/>
        <source>Ajouter une personne…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="73"/>
        <source>RGPD</source>
        <translation>GDPR</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="74"/>
        <source>Droit d&apos;accès, droit à l&apos;effacement, durée de conservation des notes d&apos;entretien</source>
        <translation>Right of access, right to erasure, how long interview notes are kept</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="94"/>
        <source>Collaborateurs</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="98"/>
        <source>Aucun collaborateur enregistré. Importez un effectif (CSV ou Excel) : matricule, nom, prénom et métier de chaque personne.</source>
        <translation>No employee recorded. Import a staff list (CSV or Excel): employee ID, last name, first name and job of each person.</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="127"/>
        <source>Exporter les données de la personne (droit d&apos;accès)…</source>
        <translation>Export the person&apos;s data (right of access)…</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="129"/>
        <source>Effacer la personne (droit à l&apos;effacement)…</source>
        <translation>Erase the person (right to erasure)…</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="131"/>
        <source>Purger les notes d&apos;entretien anciennes…</source>
        <translation>Purge old interview notes…</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="166"/>
        <source>{n} personne affichée sur {total}</source>
        <translation>{n} person shown out of {total}</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="167"/>
        <source>{n} personnes affichées sur {total}</source>
        <translation>{n} people shown out of {total}</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="169"/>
        <source>{n} personne</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="169"/>
        <source>{n} personnes</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="194"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="195"/>
        <source>Les modifications de la fiche en cours n&apos;ont pas été enregistrées. Les abandonner ?</source>
        <translation>The changes to the current record have not been saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="249"/>
        <source>Effectif importé : {c} personne(s) créée(s), {u} modifiée(s), {n} inchangée(s).</source>
        <translation>Staff list imported: {c} person(s) created, {u} updated, {n} unchanged.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../gui/person_editor.py" line="68"/>
        <source>Identité et souhaits</source>
        <translation>Identity and wishes</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="69"/>
        <source>Compétences déclarées</source>
        <translation>Declared competencies</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="70"/>
        <source>Entretiens</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="71"/>
        <location filename="../../gui/person_editor.py" line="211"/>
        <source>Passerelle</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="90"/>
        <source>Souhaits d&apos;évolution exprimés par la personne</source>
        <translation>Career wishes expressed by the person</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="95"/>
        <source>Enregistrer les modifications</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="97"/>
        <source>Annuler les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="101"/>
        <source>Matricule</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="102"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="103"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="104"/>
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="105"/>
        <source>Date d&apos;entrée</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="106"/>
        <source>Date de sortie</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="107"/>
        <source>Souhaits</source>
        <translation>Wishes</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="122"/>
        <source>non renseignée</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="127"/>
        <source>Compétences que la personne déclare maîtriser, avec son niveau (1 notions, 2 pratique, 3 maîtrise, 4 expert).</source>
        <translation>Competencies the person declares they master, with their level (1 basics, 2 practice, 3 mastery, 4 expert).</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="130"/>
        <source>Compétence</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="130"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="131"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="131"/>
        <source>Déclarée le</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="134"/>
        <source>notions</source>
        <translation>basics</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="134"/>
        <source>pratique</source>
        <translation>practice</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="135"/>
        <source>maîtrise</source>
        <translation>mastery</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="135"/>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="137"/>
        <source>Déclarer</source>
        <translation>Declare</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="143"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="144"/>
        <source>Retirer la compétence sélectionnée des compétences déclarées</source>
        <translation>Remove the selected competency from the declared competencies</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="161"/>
        <source>&lt;b&gt;Rappel RGPD&lt;/b&gt; : la personne peut demander à lire ces notes. Restez factuel (faits observés, souhaits exprimés, décisions prises) ; n&apos;écrivez rien sur la santé, la vie privée, les opinions ou l&apos;appartenance syndicale.</source>
        <translation>&lt;b&gt;GDPR reminder&lt;/b&gt;: the person may ask to read these notes. Stay factual (facts observed, wishes expressed, decisions taken); write nothing about health, private life, opinions or trade-union membership.</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="173"/>
        <source>Nouvelle note d&apos;entretien (factuelle)</source>
        <translation>New interview note (factual)</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="175"/>
        <source>Ajouter la note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="178"/>
        <source>Entretien du</source>
        <translation>Interview on</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="198"/>
        <source>envisagée</source>
        <translation>considered</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="199"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="200"/>
        <source>réalisée</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="200"/>
        <source>abandonnée</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="203"/>
        <source>Commentaire (décision prise avec la personne)</source>
        <translation>Comment (decision taken with the person)</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="205"/>
        <source>Choisir cette passerelle</source>
        <translation>Choose this bridge</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="207"/>
        <source>Métier cible</source>
        <translation>Target job</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="207"/>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="208"/>
        <location filename="../../gui/person_editor.py" line="213"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="208"/>
        <source>Choisie le</source>
        <translation>Chosen on</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="209"/>
        <location filename="../../gui/person_editor.py" line="214"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="219"/>
        <source>Passerelles retenues :</source>
        <translation>Chosen bridges:</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="242"/>
        <source>Sélectionnez une personne dans la liste.</source>
        <translation>Select a person in the list.</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="278"/>
        <source>&lt;i&gt;Aucune note d&apos;entretien.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No interview note.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="313"/>
        <source>Aucune version du ROME n&apos;est importée : les passerelles en ont besoin.</source>
        <translation>No ROME release is imported: job bridges need it.</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="314"/>
        <source>Calcul des passerelles…</source>
        <translation>Computing the bridges…</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="318"/>
        <source>Passerelles proposées depuis le métier «&#xa0;{job}&#xa0;» (réglages de la vue «&#xa0;Passerelles&#xa0;»). La décision se prend avec la personne.</source>
        <translation>Bridges proposed from the job “{job}” (settings of the “Bridges” view). The decision is taken with the person.</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="436"/>
        <source>Supprimer la note</source>
        <translation>Delete the note</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="437"/>
        <source>Supprimer définitivement cette note d&apos;entretien ?</source>
        <translation>Permanently delete this interview note?</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="394"/>
        <source>Choisissez une compétence de la liste du métier.</source>
        <translation>Choose a competency from the job&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="321"/>
        <source> via {job}</source>
        <translation> via {job}</translation>
    </message>
</context>
<context>
    <name>PlanInputModel</name>
    <message>
        <location filename="../../gui/bridges_model.py" line="112"/>
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="113"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="114"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="115"/>
        <source>Effectif exposé</source>
        <translation>Exposed headcount</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="116"/>
        <source>Places d&apos;accueil</source>
        <translation>Places offered</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="163"/>
        <source>Personnes à accompagner vers une passerelle (métiers exposés)</source>
        <translation>People to support towards a bridge (exposed jobs)</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="165"/>
        <source>Postes ouverts aux personnes venant d&apos;autres métiers (cibles)</source>
        <translation>Positions open to people coming from other jobs (targets)</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="186"/>
        <source>cible</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="186"/>
        <source>exposé</source>
        <translation>exposed</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../gui/plan_view.py" line="63"/>
        <source>Reprendre les effectifs du registre</source>
        <translation>Use the register&apos;s headcounts</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="65"/>
        <source>Importer un fichier d&apos;effectifs…</source>
        <translation>Import a headcount file…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="59"/>
        <source>Indiquez l&apos;effectif à accompagner dans les métiers exposés et les places d&apos;accueil des métiers cibles (double-clic pour saisir), puis calculez le plan. Les cibles suivent les réglages de l&apos;onglet «&#xa0;Passerelles d&apos;un métier&#xa0;».</source>
        <translation>Enter the headcount to support in the exposed jobs and the places offered by the target jobs (double-click to type), then compute the plan. The targets follow the settings of the “Bridges from a job” tab.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="66"/>
        <source>Fichier CSV «&#xa0;métier;effectif;capacité&#xa0;»</source>
        <translation>CSV file “métier;effectif;capacité” (job;headcount;capacity)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="68"/>
        <source>Tout effacer</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="70"/>
        <source>Calculer le plan</source>
        <translation>Compute the plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="73"/>
        <source>Exporter le plan…</source>
        <translation>Export the plan…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="75"/>
        <source>Classeur Excel : flux proposés, personnes sans place, places des cibles et règles appliquées (comme « python main.py plan --xlsx »)</source>
        <translation>Excel workbook: proposed moves, people without a place, places of the targets and rules applied (as “python main.py plan --xlsx”)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="87"/>
        <source>Aucun plan calculé.</source>
        <translation>No plan computed.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="93"/>
        <source>Métier cible</source>
        <translation>Target job</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="93"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="93"/>
        <source>Occupées</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="93"/>
        <source>Libres</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="95"/>
        <source>Métier qui accueille des personnes venant des métiers exposés</source>
        <translation>Job that takes in people from the exposed jobs</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="96"/>
        <source>Places d&apos;accueil saisies pour ce métier</source>
        <translation>Places typed for this job</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="97"/>
        <source>Places prises par les mouvements proposés</source>
        <translation>Places taken by the proposed moves</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="98"/>
        <source>Places restant libres après le plan</source>
        <translation>Places still free after the plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="102"/>
        <source>Métier exposé</source>
        <translation>Exposed job</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="102"/>
        <location filename="../../gui/plan_view.py" line="128"/>
        <source>Personnes sans place</source>
        <translation>People without a place</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="114"/>
        <location filename="../../gui/plan_view.py" line="127"/>
        <source>Places des métiers cibles</source>
        <translation>Places in the target jobs</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="115"/>
        <source>Personnes restant sans place</source>
        <translation>People left without a place</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="113"/>
        <location filename="../../gui/plan_view.py" line="126"/>
        <source>Mouvements proposés</source>
        <translation>Proposed moves</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="121"/>
        <location filename="../../gui/plan_view.py" line="125"/>
        <source>Effectifs et places</source>
        <translation>Headcounts and places</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="197"/>
        <source>Fichier d&apos;effectifs</source>
        <translation>Headcount file</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="198"/>
        <source>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="231"/>
        <source>Calcul du plan…</source>
        <translation>Computing the plan…</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="241"/>
        <source>Le plan n&apos;a pas pu être calculé.</source>
        <translation>The plan could not be computed.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="252"/>
        <source>{n} personne sur {supply} trouve une place par une passerelle</source>
        <translation>{n} person out of {supply} finds a place through a bridge</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="253"/>
        <source>{n} personnes sur {supply} trouvent une place par une passerelle</source>
        <translation>{n} people out of {supply} find a place through a bridge</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="255"/>
        <source> ; {n} reste sans place disponible.</source>
        <translation>; {n} is left without an available place.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="256"/>
        <source> ; {n} restent sans place disponible.</source>
        <translation>; {n} are left without an available place.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="282"/>
        <source>Exporter le plan</source>
        <translation>Export the plan</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="283"/>
        <source>plan-collectif.xlsx</source>
        <translation>collective-plan.xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="283"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="297"/>
        <source>Plan exporté : {path}</source>
        <translation>Plan exported: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="258"/>
        <source>Aucun effectif exposé à accompagner : saisissez des effectifs dans les métiers exposés.</source>
        <translation>No exposed headcount to support: enter headcounts in the exposed jobs.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="261"/>
        <source>Places ignorées (ces métiers ne sont pas des cibles avec les réglages actuels) : {jobs}.</source>
        <translation>Places ignored (these jobs are not targets with the current settings): {jobs}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="65"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="67"/>
        <source>Auteur des rapports</source>
        <translation>Author of the reports</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="68"/>
        <source>Imprimé sur la page de garde et en pied de page de chaque rapport.</source>
        <translation>Printed on the cover page and in the footer of every report.</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="75"/>
        <source>Données personnelles</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="78"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="81"/>
        <source>Durée proposée par « Purger les notes d&apos;entretien anciennes » (vue Collaborateurs, bouton RGPD).</source>
        <translation>Period offered by “Purge old interview notes” (Employees view, GDPR button).</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="84"/>
        <source>Conserver les notes d&apos;entretien</source>
        <translation>Keep interview notes for</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../gui/people_model.py" line="154"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="155"/>
        <source>Matricule</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="156"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="157"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="158"/>
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="159"/>
        <source>Entrée</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="160"/>
        <source>Sortie</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="161"/>
        <source>Effet</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="164"/>
        <source>nouvelle personne</source>
        <translation>new person</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="165"/>
        <source>mise à jour</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="166"/>
        <source>inchangée</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../gui/people_model.py" line="193"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="194"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="195"/>
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../gui/charts.py" line="41"/>
        <source>Emergent</source>
        <translation>Emerging</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="42"/>
        <source>En forte transformation</source>
        <translation>Strong transformation</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="43"/>
        <source>En évolution</source>
        <translation>Evolving</translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="45"/>
        <source>Non impacté ou de manière négligeable</source>
        <translation>Not or negligibly affected</translation>
    </message>
</context>
<context>
    <name>PurgeNotesDialog</name>
    <message>
        <location filename="../../gui/people_actions.py" line="115"/>
        <source>Purger les notes d&apos;entretien anciennes</source>
        <translation>Purge old interview notes</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="118"/>
        <source>Le RGPD demande de ne pas garder les notes d&apos;entretien plus longtemps que nécessaire. Les notes plus anciennes que la durée choisie sont effacées définitivement, dans la base et dans ses sauvegardes automatiques.</source>
        <translation>The GDPR asks not to keep interview notes longer than needed. Notes older than the chosen period are erased for good, in the database and in its automatic backups.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="124"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="130"/>
        <source>Garder les notes des derniers</source>
        <translation>Keep the notes of the last</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="132"/>
        <source>Effacer ces notes</source>
        <translation>Erase these notes</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="156"/>
        <source>{n} note tenue avant le {date} sera effacée.</source>
        <translation>{n} note held before {date} will be erased.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="157"/>
        <source>{n} notes tenues avant le {date} seront effacées.</source>
        <translation>{n} notes held before {date} will be erased.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../gui/report_preview.py" line="25"/>
        <source>Choisissez une personne pour voir son rapport.</source>
        <translation>Choose a person to see their report.</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="27"/>
        <source>Enregistrer sous…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="28"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="30"/>
        <source>Réduire</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="33"/>
        <source>Agrandir</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="37"/>
        <source>Pleine largeur</source>
        <translation>Full width</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="66"/>
        <source>Remarque : {n}</source>
        <translation>Note: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="69"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {pages} pages</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {pages} pages</translation>
    </message>
    <message>
        <location filename="../../gui/report_preview.py" line="88"/>
        <source>Page {n} / {total}</source>
        <translation>Page {n} / {total}</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../../gui/report_printing.py" line="32"/>
        <source>Rapport Passerelles</source>
        <translation>Passerelles report</translation>
    </message>
    <message>
        <location filename="../../gui/report_printing.py" line="34"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../gui/report_printing.py" line="55"/>
        <source>Le rapport «&#xa0;{name}&#xa0;» n&apos;a pas pu être relu pour l&apos;impression.</source>
        <translation>The report “{name}” could not be read back for printing.</translation>
    </message>
    <message>
        <location filename="../../gui/report_printing.py" line="76"/>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte (vérifiez qu&apos;elle est disponible, ou choisissez «&#xa0;Imprimer dans un fichier&#xa0;»).</source>
        <translation>The printer could not be opened (check that it is available, or choose “Print to File”).</translation>
    </message>
    <message>
        <location filename="../../gui/report_printing.py" line="93"/>
        <location filename="../../gui/report_printing.py" line="113"/>
        <source>Impression {n} sur {total}</source>
        <translation>Printing {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../gui/report_printing.py" line="190"/>
        <source>Rapport {n} sur {total}</source>
        <translation>Report {n} of {total}</translation>
    </message>
</context>
<context>
    <name>ReportTeam</name>
    <message>
        <location filename="../../gui/report_team.py" line="29"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/report_team.py" line="31"/>
        <source>Rapports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../gui/report_team.py" line="67"/>
        <source>{n} rapport rédigé en {s} s.</source>
        <translation>{n} report written in {s} s.</translation>
    </message>
    <message>
        <location filename="../../gui/report_team.py" line="68"/>
        <source>{n} rapports rédigés en {s} s.</source>
        <translation>{n} reports written in {s} s.</translation>
    </message>
    <message>
        <location filename="../../gui/report_team.py" line="73"/>
        <source>{n} page enregistrée dans {path}.</source>
        <translation>{n} page saved in {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/report_team.py" line="74"/>
        <source>{n} pages enregistrées dans {path}.</source>
        <translation>{n} pages saved in {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/report_team.py" line="79"/>
        <source>{n} page envoyée à l&apos;imprimante.</source>
        <translation>{n} page sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../gui/report_team.py" line="80"/>
        <source>{n} pages envoyées à l&apos;imprimante.</source>
        <translation>{n} pages sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../gui/report_team.py" line="82"/>
        <source>Annulé : les rapports restants n&apos;ont pas été traités.</source>
        <translation>Cancelled: the remaining reports were not processed.</translation>
    </message>
    <message>
        <location filename="../../gui/report_team.py" line="85"/>
        <source>Non traités :</source>
        <translation>Not processed:</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../gui/reports_view.py" line="100"/>
        <source>Rechercher (nom, matricule, métier…)</source>
        <translation>Search (name, employee ID, job…)</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="80"/>
        <source>Collaborateurs</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="83"/>
        <source>Fiche d&apos;un métier</source>
        <translation>Job sheet</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="85"/>
        <source>La fiche d&apos;un des 58 métiers, sans personne : exposition, passerelles, plan de formation type (comme « python main.py report --job »)</source>
        <translation>The sheet of one of the 58 jobs, without a person: exposure, bridges, typical training plan (as “python main.py report --job”)</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="111"/>
        <source>Rapports - personnes</source>
        <translation>Reports - people</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="201"/>
        <source>Préparation du moteur de passerelles…</source>
        <translation>Preparing the bridge engine…</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="228"/>
        <source>Rédaction du rapport…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="255"/>
        <source>Le rapport n&apos;a pas pu être rédigé.</source>
        <translation>The report could not be written.</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="274"/>
        <source>Enregistrer le rapport</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="275"/>
        <location filename="../../gui/reports_view.py" line="354"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="285"/>
        <source>Impossible d&apos;enregistrer « {path} » : {why}.</source>
        <translation>Could not save “{path}”: {why}.</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="313"/>
        <source>{n} page envoyée à l&apos;imprimante.</source>
        <translation>{n} page sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="314"/>
        <source>{n} pages envoyées à l&apos;imprimante.</source>
        <translation>{n} pages sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="353"/>
        <source>Enregistrer en un seul PDF</source>
        <translation>Save as one PDF</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="354"/>
        <source>rapports-equipe.pdf</source>
        <translation>team-reports.pdf</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="290"/>
        <source>Rapport enregistré : {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="310"/>
        <source>Impression du rapport…</source>
        <translation>Printing the report…</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="328"/>
        <source>Impression des rapports de l&apos;équipe…</source>
        <translation>Printing the team&apos;s reports…</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="338"/>
        <source>Dossier des rapports</source>
        <translation>Reports folder</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="342"/>
        <location filename="../../gui/reports_view.py" line="360"/>
        <source>Rédaction des rapports de l&apos;équipe…</source>
        <translation>Writing the team&apos;s reports…</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="392"/>
        <source>Rapports de l&apos;équipe</source>
        <translation>Team reports</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="61"/>
        <source>Importer un effectif</source>
        <translation>Import a staff list</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="71"/>
        <source>Fichier CSV ou Excel (.xlsx) exporté du SIRH : une ligne par personne avec au moins le matricule, le nom, le prénom et le métier ; date d&apos;entrée, date de sortie et souhaits sont facultatifs. Rien n&apos;est enregistré avant que vous cliquiez sur «&#xa0;Enregistrer&#xa0;», et seulement si toutes les lignes sont correctes. Les colonnes inconnues sont ignorées ; un fichier contenant des numéros de sécurité sociale est refusé.</source>
        <translation>CSV or Excel (.xlsx) file exported from the HR information system: one line per person with at least the employee ID, last name, first name and job; start date, leaving date and wishes are optional. Nothing is saved until you click “Save”, and only if every line is correct. Unknown columns are ignored; a file containing social security numbers is refused.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="78"/>
        <source>Aucun fichier choisi.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="80"/>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="82"/>
        <source>Relire le fichier</source>
        <translation>Read the file again</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="83"/>
        <source>Après avoir corrigé le fichier dans Excel</source>
        <translation>After correcting the file in Excel</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="100"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="125"/>
        <source>Lignes à enregistrer ({n})</source>
        <translation>Lines to save ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="127"/>
        <source>Erreurs ({n})</source>
        <translation>Errors ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="135"/>
        <source>Effectif à importer</source>
        <translation>Staff list to import</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="136"/>
        <source>Effectifs (*.csv *.xlsx *.txt);;Tous les fichiers (*)</source>
        <translation>Staff lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="149"/>
        <source>Lecture et vérification du fichier…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="167"/>
        <source>Colonnes ignorées (non conservées) : {cols}.</source>
        <translation>Columns ignored (not kept): {cols}.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="168"/>
        <source>«&#xa0;{col}&#xa0;»</source>
        <translation>“{col}”</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="173"/>
        <source>&lt;b&gt;Fichier refusé : {n} ligne(s) en erreur.&lt;/b&gt; Rien ne sera enregistré tant que toutes les erreurs ne sont pas corrigées dans le fichier.</source>
        <translation>&lt;b&gt;File refused: {n} line(s) with errors.&lt;/b&gt; Nothing will be saved until every error is corrected in the file.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="180"/>
        <source>{n} ligne(s) correctes ({created} nouvelle(s) personne(s)), encodage {enc}. Vérifiez-les puis cliquez sur «&#xa0;Enregistrer&#xa0;».</source>
        <translation>{n} correct line(s) ({created} new person(s)), encoding {enc}. Check them, then click “Save”.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="196"/>
        <source>Fichier illisible.</source>
        <translation>Unreadable file.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="200"/>
        <source>&lt;b&gt;Fichier refusé.&lt;/b&gt; Rien n&apos;a été enregistré.</source>
        <translation>&lt;b&gt;File refused.&lt;/b&gt; Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="212"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="236"/>
        <source>&lt;b&gt;Rien n&apos;a été enregistré.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nothing was saved.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../gui/table_export.py" line="96"/>
        <source>Tableau</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../gui/table_export.py" line="121"/>
        <source>Exporter vers Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../gui/table_export.py" line="123"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/table_export.py" line="142"/>
        <source>Tableau exporté : {path}</source>
        <translation>Table exported: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/table_export.py" line="212"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../gui/table_export.py" line="216"/>
        <source>Exporter vers Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/table_export.py" line="217"/>
        <source>Enregistrer les lignes affichées dans un classeur .xlsx</source>
        <translation>Save the rows shown in an .xlsx workbook</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location filename="../../gui/report_sources.py" line="35"/>
        <source>Rapports d&apos;une équipe</source>
        <translation>A team&apos;s reports</translation>
    </message>
    <message>
        <location filename="../../gui/report_sources.py" line="39"/>
        <source>Toutes les personnes de la liste, après la recherche éventuelle</source>
        <translation>Everyone in the list, after any search</translation>
    </message>
    <message>
        <location filename="../../gui/report_sources.py" line="41"/>
        <source>Ctrl+clic ou Maj+clic dans la liste pour choisir plusieurs personnes</source>
        <translation>Ctrl+click or Shift+click in the list to choose several people</translation>
    </message>
    <message>
        <location filename="../../gui/report_sources.py" line="51"/>
        <source>Un seul fichier PDF avec tous les rapports, pages vectorielles (texte net et sélectionnable), à imprimer ou à envoyer</source>
        <translation>One PDF file with every report, vector pages (sharp, selectable text), to print or send</translation>
    </message>
    <message>
        <location filename="../../gui/report_sources.py" line="64"/>
        <source>Toute la liste affichée ({n} personne)</source>
        <translation>The whole list shown ({n} person)</translation>
    </message>
    <message>
        <location filename="../../gui/report_sources.py" line="65"/>
        <source>Toute la liste affichée ({n} personnes)</source>
        <translation>The whole list shown ({n} people)</translation>
    </message>
    <message>
        <location filename="../../gui/report_sources.py" line="66"/>
        <source>Les personnes sélectionnées ({n})</source>
        <translation>The people selected ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/report_sources.py" line="70"/>
        <source>Imprimer les rapports de l&apos;équipe ({n})…</source>
        <translation>Print the team&apos;s reports ({n})…</translation>
    </message>
    <message>
        <location filename="../../gui/report_sources.py" line="72"/>
        <source>Enregistrer en un seul PDF ({n})…</source>
        <translation>Save as one PDF ({n})…</translation>
    </message>
    <message>
        <location filename="../../gui/report_sources.py" line="73"/>
        <source>Enregistrer les rapports de l&apos;équipe ({n}) dans un dossier…</source>
        <translation>Save the team&apos;s reports ({n}) to a folder…</translation>
    </message>
</context>
</TS>
