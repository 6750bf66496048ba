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
        <location filename="../../gui/people_actions.py" line="50"/>
        <source>Ajouter une personne</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="53"/>
        <source>tel qu&apos;il figure dans le SIRH, ex. 000417</source>
        <translation>as in the HR system, e.g. 000417</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="57"/>
        <source>Un des 58 métiers de l&apos;étude ; tapez une partie du nom, les accents sont ignorés.</source>
        <translation>One of the 58 jobs of the study; type part of the name, accents are ignored.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="66"/>
        <source>Souhaits d&apos;évolution exprimés par la personne</source>
        <translation>Career wishes expressed by the person</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="69"/>
        <source>Matricule</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="70"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="71"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="72"/>
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="73"/>
        <source>Date d&apos;entrée</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="74"/>
        <source>Souhaits</source>
        <translation>Wishes</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="76"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="109"/>
        <source>Cette personne n&apos;a pas encore été ajoutée : ce que vous avez saisi serait perdu. L&apos;enregistrer ?</source>
        <translation>This person has not been added yet: what you typed would be lost. Save it?</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="108"/>
        <source>Auteur des rapports</source>
        <translation>Author of the reports</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="111"/>
        <source>Quel nom et quelle fonction signent les rapports et les notes d&apos;entretien ? Vous pourrez les changer dans Édition &gt; Préférences.</source>
        <translation>Which name and role sign the reports and the interview notes? You can change them in Edit &gt; Preferences.</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="116"/>
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
    <name>BridgeDetail</name>
    <message>
        <location filename="../../gui/bridge_detail.py" line="50"/>
        <source>clé</source>
        <translation>key</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="52"/>
        <source>distinctive</source>
        <translation>distinctive</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="54"/>
        <source>impact IA {level}/5</source>
        <translation>AI impact {level}/5</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="57"/>
        <source>proche d&apos;un acquis</source>
        <translation>close to a held competency</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="63"/>
        <source>Compétence ROME {code} : {label}</source>
        <translation>ROME competency {code}: {label}</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="74"/>
        <source>Macro-compétence : {macro}</source>
        <translation>Macro-competency: {macro}</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="195"/>
        <source>&lt;span style=&apos;font-size:18pt; font-weight:bold&apos;&gt;{cov}&lt;/span&gt; &amp;nbsp;des compétences clés de « {job} » déjà détenues ({held} sur {total} telles quelles, {near})</source>
        <translation>&lt;span style=&apos;font-size:18pt; font-weight:bold&apos;&gt;{cov}&lt;/span&gt; &amp;nbsp;of the key competencies of “{job}” already held ({held} of {total} as such, {near})</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="199"/>
        <source>{n} proche d&apos;un acquis</source>
        <translation>{n} close to a held one</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="200"/>
        <source>{n} proches d&apos;un acquis</source>
        <translation>{n} close to a held one</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="206"/>
        <source>&lt;b&gt;promotion&lt;/b&gt; (poste d&apos;encadrement)</source>
        <translation>&lt;b&gt;promotion&lt;/b&gt; (management position)</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="207"/>
        <source>redéploiement</source>
        <translation>redeployment</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="210"/>
        <source>Attention : {rules}.</source>
        <translation>Warning: {rules}.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="232"/>
        <source> — citée par France Travail</source>
        <translation> — listed by France Travail</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="234"/>
        <source>« {a} » → « {b} » (similarité {s})</source>
        <translation>“{a}” → “{b}” (similarity {s})</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="237"/>
        <source>passerelle en deux étapes : {hops}</source>
        <translation>two-step bridge: {hops}</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="239"/>
        <source>passerelle élargie : métier moins proche (similarité {s}), proposé faute de passerelle plus proche</source>
        <translation>wider bridge: a less similar job (similarity {s}), proposed for want of a closer bridge</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="242"/>
        <source>passerelle directe (similarité {s})</source>
        <translation>direct bridge (similarity {s})</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="256"/>
        <source>Vous apportez ({n}), savoir-faire d&apos;abord</source>
        <translation>What you bring ({n}), skills first</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="258"/>
        <source>À acquérir en priorité ({k} sur {n})</source>
        <translation>To learn first ({k} of {n})</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="260"/>
        <source>Ensuite, par famille de compétences ({n})</source>
        <translation>Then, by competency family ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="262"/>
        <source>Les {n} compétences du métier actuel les plus exposées (niveau 4 ou 5)</source>
        <translation>The current job&apos;s {n} most exposed competencies (level 4 or 5)</translation>
    </message>
</context>
<context>
    <name>BridgeFields</name>
    <message>
        <location filename="../../gui/bridge_help.py" line="16"/>
        <source>Métier visé par la passerelle.</source>
        <translation>The job the bridge leads to.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="18"/>
        <source>« Mobilité proche » quand la personne détient déjà au moins la moitié (pondérée) des compétences clés du métier visé : le changement relève de l&apos;adaptation. Sinon « mobilité d&apos;évolution » : un nouveau métier à apprendre.</source>
        <translation>“Close mobility” when the person already holds at least half (weighted) of the target job&apos;s key competencies: the change is an adjustment. Otherwise “career-step mobility”: a new job to learn.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="22"/>
        <source>Couverture : part des compétences clés (cœur de métier) du métier visé que la personne détient déjà, pondérée par leur rareté dans le ROME ; une compétence voisine d&apos;un acquis (même macro-compétence) compte pour moitié. C&apos;est le chiffre principal d&apos;une passerelle.</source>
        <translation>Coverage: share of the target job&apos;s key (core) competencies the person already holds, weighted by their rarity in the ROME; a competency next to a held one (same macro-competency) counts half. It is a bridge&apos;s headline figure.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="27"/>
        <source>La même part, calculée sur toutes les compétences du métier visé (clés ou non).</source>
        <translation>The same share, over all the target job&apos;s competencies (key or not).</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="30"/>
        <source>Nombre de compétences clés du métier visé.</source>
        <translation>Number of key competencies of the target job.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="32"/>
        <source>Nombre de ces compétences clés que la personne détient déjà telles quelles.</source>
        <translation>Number of those key competencies the person already holds as such.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="34"/>
        <source>Similarité des deux métiers (compétences, intitulés, textes et mobilités du ROME), exprimée en rang parmi toutes les paires de métiers de la branche : 0,90 se lit « plus proches que 90 % des paires ». Même sens pour une passerelle directe ou en deux étapes (chaque étape a la sienne).</source>
        <translation>Similarity of the two jobs (ROME competencies, titles, texts and mobility links), as a rank among all pairs of the sector&apos;s jobs: 0.90 reads “closer than 90% of the pairs”. Same meaning for a direct or a two-step bridge (each step has its own).</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="39"/>
        <source>Score d&apos;exposition du métier visé à l&apos;IA générative (0 à 1) dans la qualification choisie.</source>
        <translation>Exposure score of the target job to generative AI (0 to 1) in the chosen qualification.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="42"/>
        <source>Baisse d&apos;exposition : score du métier actuel moins celui du métier visé (jamais négative : une cible n&apos;est jamais plus exposée).</source>
        <translation>Exposure drop: the current job&apos;s score minus the target job&apos;s (never negative: a target is never more exposed).</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="45"/>
        <source>Profil d&apos;impact du métier visé selon l&apos;étude (Emergent, En évolution…).</source>
        <translation>Impact profile of the target job according to the study (Emerging, Evolving…).</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="47"/>
        <source>Vrai quand le métier visé est un poste d&apos;encadrement et le métier actuel non.</source>
        <translation>True when the target job is a management position and the current job is not.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="49"/>
        <source>« Promotion (poste d&apos;encadrement) » ou « redéploiement » vers un métier de même niveau de responsabilité.</source>
        <translation>“Promotion (management position)” or “redeployment” to a job with the same level of responsibility.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="52"/>
        <source>« Directe » ; « en deux étapes » par un métier intermédiaire plausible ; « élargie » : métier moins proche, proposé pour qu&apos;un métier exposé ait au moins trois pistes.</source>
        <translation>“Direct”; “in two steps” through a plausible intermediate job; “wider”: a less similar job, proposed so that an exposed job has at least three leads.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="56"/>
        <source>Les métiers du parcours, du métier actuel au métier visé.</source>
        <translation>The jobs along the path, from the current job to the target job.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="58"/>
        <source>Chaque étape d&apos;un parcours avec sa propre similarité.</source>
        <translation>Each step of a path with its own similarity.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="60"/>
        <source>Vrai quand France Travail cite ce changement (ou le changement inverse) parmi les mobilités de ses fiches ROME.</source>
        <translation>True when France Travail lists this move (or the reverse move) among the mobility links of its ROME sheets.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="63"/>
        <source>Valeur de classement : 0,30 × similarité + 0,20 × baisse d&apos;exposition + 0,15 × appui France Travail + 0,35 × couverture.</source>
        <translation>Ranking value: 0.30 × similarity + 0.20 × exposure drop + 0.15 × France Travail support + 0.35 × coverage.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="66"/>
        <source>Ce que la personne apporte : les compétences du métier visé qu&apos;elle détient déjà, savoir-faire d&apos;abord.</source>
        <translation>What the person brings: the target job&apos;s competencies they already hold, skills first.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="69"/>
        <source>À acquérir en priorité (8 au plus) : les compétences manquantes les plus importantes dans le métier visé (clés, distinctives), les moins exposées à l&apos;IA générative d&apos;abord.</source>
        <translation>To learn first (8 at most): the missing competencies that matter most in the target job (key, distinctive), the least exposed to generative AI first.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="73"/>
        <source>Nombre total de compétences à acquérir.</source>
        <translation>Total number of competencies to acquire.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="75"/>
        <source>Les autres compétences à acquérir, regroupées par macro-compétence, avec leur nombre.</source>
        <translation>The other competencies to acquire, grouped by macro-competency, with their number.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="78"/>
        <source>Toutes les compétences à acquérir, les plus importantes d&apos;abord.</source>
        <translation>Every competency to acquire, the most important first.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="80"/>
        <source>Les compétences du métier actuel les plus exposées à l&apos;IA générative (niveaux 4 et 5).</source>
        <translation>The current job&apos;s competencies most exposed to generative AI (levels 4 and 5).</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="83"/>
        <source>Vrai pour un métier demandé comme souhait, examiné même s&apos;il n&apos;est pas une cible.</source>
        <translation>True for a job asked for as a wish, examined even when it is not a target.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="86"/>
        <source>Les règles qu&apos;un souhait ne respecte pas (cible plus exposée, profession réglementée…).</source>
        <translation>The rules a wish breaks (more exposed target, regulated profession…).</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="89"/>
        <source>Résumé de la passerelle en quelques phrases.</source>
        <translation>The bridge summed up in a few sentences.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="93"/>
        <source>Code de la compétence dans le ROME.</source>
        <translation>The competency&apos;s code in the ROME.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="95"/>
        <source>Libellé de la compétence dans le ROME.</source>
        <translation>The competency&apos;s label in the ROME.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="97"/>
        <source>Savoir-faire, savoir-être ou savoir.</source>
        <translation>Skill, soft skill or knowledge.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="99"/>
        <source>Compétence clé : principale ou émergente dans la fiche ROME, ou retenue comme telle dans le profil du métier.</source>
        <translation>Key competency: main or emerging on the ROME sheet, or retained as such in the job&apos;s profile.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="102"/>
        <source>Niveau d&apos;impact de l&apos;IA générative sur la compétence, de 1 (négligeable) à 5 (majeur) ; estimé par règles sauf correction de l&apos;utilisateur.</source>
        <translation>Generative-AI impact level of the competency, from 1 (negligible) to 5 (major); estimated by rules unless the user corrected it.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="105"/>
        <source>Proche d&apos;un acquis : la personne pratique déjà une compétence de la même macro-compétence ; compte pour moitié dans la couverture.</source>
        <translation>Close to a held competency: the person already practises a competency of the same macro-competency; counts half in the coverage.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="108"/>
        <source>Distinctive : citée par au plus 2 % des fiches du ROME, elle distingue le métier.</source>
        <translation>Distinctive: listed by at most 2% of the ROME sheets, it sets the job apart.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="111"/>
        <source>Macro-compétence (famille de compétences) du ROME.</source>
        <translation>ROME macro-competency (competency family).</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="113"/>
        <source>Macro-compétence qui regroupe des compétences à acquérir.</source>
        <translation>Macro-competency grouping competencies to acquire.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="115"/>
        <source>Nombre de compétences à acquérir dans ce groupe.</source>
        <translation>Number of competencies to acquire in this group.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="117"/>
        <source>Leurs libellés.</source>
        <translation>Their labels.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="119"/>
        <source>Métier de départ de l&apos;étape.</source>
        <translation>Job the step starts from.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_help.py" line="121"/>
        <source>Métier d&apos;arrivée de l&apos;étape.</source>
        <translation>Job the step leads to.</translation>
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
        <location filename="../../gui/bridge_settings_panel.py" line="33"/>
        <source>Définition d&apos;une cible</source>
        <translation>What counts as a target</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_settings_panel.py" line="40"/>
        <source>Métiers cibles : les profils cochés…</source>
        <translation>Target jobs: the ticked profiles…</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_settings_panel.py" line="48"/>
        <source>Un métier dont le score d&apos;exposition ne dépasse pas cette valeur est aussi une cible, quel que soit son profil.</source>
        <translation>A job whose exposure score does not exceed this value is also a target, whatever its profile.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_settings_panel.py" line="50"/>
        <source>… ou score au plus</source>
        <translation>… or score at most</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_settings_panel.py" line="52"/>
        <source>En dessous, un métier n&apos;est atteint qu&apos;en deux étapes.</source>
        <translation>Below this, a job is only reached in two steps.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_settings_panel.py" line="53"/>
        <source>Similarité d&apos;un lien direct</source>
        <translation>Direct link similarity</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_settings_panel.py" line="55"/>
        <source>Chaque étape d&apos;un chemin en deux étapes doit atteindre cette similarité.</source>
        <translation>Each step of a two-step path must reach this similarity.</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_settings_panel.py" line="56"/>
        <source>Similarité par étape</source>
        <translation>Similarity per step</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_settings_panel.py" line="63"/>
        <source>Passerelles affichées</source>
        <translation>Bridges shown</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_settings_panel.py" line="64"/>
        <source>Réglages par défaut</source>
        <translation>Default settings</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_settings_panel.py" line="60"/>
        <source>Nombre de passerelles montrées pour un métier ou une personne, ici et dans les rapports (par défaut : {n}).</source>
        <translation>Number of bridges shown for a job or a person, here and in the reports (default: {n}).</translation>
    </message>
</context>
<context>
    <name>BridgesModel</name>
    <message>
        <location filename="../../gui/bridges_model.py" line="66"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="67"/>
        <source>Métier cible</source>
        <translation>Target job</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="69"/>
        <source>Type de mobilité</source>
        <translation>Mobility type</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="71"/>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="73"/>
        <source>Similarité</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="74"/>
        <source>Exposition cible</source>
        <translation>Target exposure</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="75"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="76"/>
        <source>France Travail</source>
        <translation>France Travail</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="136"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="160"/>
        <source>{gaps}, dont {k} en priorité.</source>
        <translation>{gaps}, {k} of them first.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="161"/>
        <source>{n} compétence à acquérir</source>
        <translation>{n} competency to acquire</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="162"/>
        <source>{n} compétences à acquérir</source>
        <translation>{n} competencies to acquire</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="68"/>
        <source>Couverture</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="70"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="72"/>
        <source>À acquérir</source>
        <translation>To acquire</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="153"/>
        <source>{held} des {total} compétences clés de « {job} » déjà détenues telles quelles ; {share} de toutes ses compétences.</source>
        <translation>{held} of the {total} key competencies of “{job}” already held as such; {share} of all its competencies.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="84"/>
        <source>Place de la passerelle dans le classement (colonne « Score ») ; cliquez un titre de colonne pour trier autrement.</source>
        <translation>The bridge&apos;s place in the ranking (“Score” column); click a column title to sort otherwise.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="130"/>
        <source>promotion</source>
        <translation>promotion</translation>
    </message>
</context>
<context>
    <name>BridgesTab</name>
    <message>
        <location filename="../../gui/person_bridges.py" line="51"/>
        <source>Passerelles classées depuis le profil de la personne, couverture en tête.</source>
        <translation>Bridges ranked from the person&apos;s profile, coverage first.</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="53"/>
        <source>(un métier souhaité est affiché)</source>
        <translation>(a wished job is shown)</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="57"/>
        <source>N&apos;importe quel métier de la branche, même s&apos;il n&apos;est pas une cible : sa passerelle est expliquée avec les règles qu&apos;elle ne respecte pas. Tapez une partie du nom, avec ou sans accents.</source>
        <translation>Any job of the sector, even one that is not a target: its bridge is explained with the rules it breaks. Type part of the name, with or without accents.</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="63"/>
        <source>envisagée</source>
        <translation>considered</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="64"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="65"/>
        <source>réalisée</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="65"/>
        <source>abandonnée</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="68"/>
        <source>Commentaire (décision prise avec la personne)</source>
        <translation>Comment (decision taken with the person)</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="70"/>
        <source>Choisir cette passerelle</source>
        <translation>Choose this bridge</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="71"/>
        <source>Enregistrer la passerelle affichée comme décision : le rapport de la personne la suit.</source>
        <translation>Record the bridge shown as the decision: the person&apos;s report follows it.</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="74"/>
        <source>Métier cible</source>
        <translation>Target job</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="74"/>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="75"/>
        <location filename="../../gui/person_bridges.py" line="88"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="75"/>
        <source>Choisie le</source>
        <translation>Chosen on</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="76"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="81"/>
        <source>Passerelles proposées</source>
        <translation>Proposed bridges</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="82"/>
        <source>Ou un métier souhaité</source>
        <translation>Or a wished job</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="96"/>
        <source>Passerelles retenues :</source>
        <translation>Chosen bridges:</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="137"/>
        <source>Aucune version du ROME n&apos;est importée : les passerelles en ont besoin.</source>
        <translation>No ROME release is imported: job bridges need it.</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="138"/>
        <source>Calcul des passerelles…</source>
        <translation>Computing the bridges…</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="142"/>
        <source>Passerelles calculées depuis le profil de la personne (métier « {job} », compétences déclarées et retirées), avec les réglages de la vue « Passerelles ». La décision se prend avec la personne.</source>
        <translation>Bridges computed from the person&apos;s profile (job “{job}”, declared and removed competencies), with the settings of the “Bridges” view. The decision is taken with the person.</translation>
    </message>
    <message>
        <location filename="../../gui/person_bridges.py" line="146"/>
        <source> via {job}</source>
        <translation> via {job}</translation>
    </message>
</context>
<context>
    <name>BridgesView</name>
    <message>
        <location filename="../../gui/bridge_detail.py" line="36"/>
        <source>savoir-faire</source>
        <translation>skill</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="37"/>
        <source>savoir-être</source>
        <translation>soft skill</translation>
    </message>
    <message>
        <location filename="../../gui/bridge_detail.py" line="38"/>
        <source>savoir</source>
        <translation>knowledge</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="116"/>
        <source>Passerelles d&apos;un métier</source>
        <translation>Bridges from a job</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="120"/>
        <source>Plan collectif</source>
        <translation>Collective plan</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="142"/>
        <source>Importer le ROME…</source>
        <translation>Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="153"/>
        <source>Métier d&apos;origine :</source>
        <translation>Starting job:</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="164"/>
        <source>Passerelles</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="227"/>
        <source>Choisissez un métier d&apos;origine.</source>
        <translation>Choose a starting job.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="239"/>
        <source>Aucune version du ROME n&apos;est importée : les passerelles en ont besoin.</source>
        <translation>No ROME release is imported: job bridges need it.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="243"/>
        <source>Le moteur de passerelles n&apos;a pas pu être construit.</source>
        <translation>The bridge engine could not be built.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="272"/>
        <source>Construction du moteur de passerelles…</source>
        <translation>Building the bridge engine…</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="279"/>
        <source>Passerelles - {job}</source>
        <translation>Bridges - {job}</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="283"/>
        <source>Aucune passerelle avec ces réglages : élargissez les profils cibles ou baissez les similarités minimales.</source>
        <translation>No bridge with these settings: widen the target profiles or lower the minimum similarities.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="289"/>
        <source>{bridges}, les liens directs d&apos;abord, puis les chemins en deux étapes. Sélectionnez une ligne pour son explication ; cliquez un titre de colonne pour trier.</source>
        <translation>{bridges}, direct links first, then two-step paths. Select a row for its explanation; click a column title to sort.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="291"/>
        <source>{n} passerelle</source>
        <translation>{n} bridge</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="292"/>
        <source>{n} passerelles</source>
        <translation>{n} bridges</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="136"/>
        <source>Tapez une partie du nom, avec ou sans accents.</source>
        <translation>Type part of the name, with or without accents.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="146"/>
        <source>Réglages des cibles</source>
        <translation>Target settings</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="149"/>
        <source>Afficher ou masquer les réglages : quels métiers sont des cibles, similarités minimales, nombre de passerelles affichées.</source>
        <translation>Show or hide the settings: which jobs are targets, minimum similarities, number of bridges shown.</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_view.py" line="317"/>
        <source>{profile}, score d&apos;exposition {score} (publié par l&apos;étude, qualification « {q} »)</source>
        <translation>{profile}, exposure score {score} (published by the study, qualification “{q}”)</translation>
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
        <location filename="../../gui/charts.py" line="166"/>
        <source>Compétences</source>
        <translation>Competencies</translation>
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
</context>
<context>
    <name>ChoicesPanel</name>
    <message>
        <location filename="../../gui/roster_fixes.py" line="170"/>
        <source>Vos choix pour cet import. Ils ne modifient pas le fichier ; les choix de colonnes sont retenus pour les prochains fichiers aux mêmes en-têtes.</source>
        <translation>Your choices for this import. They do not change the file; column choices are remembered for the next files with the same headers.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="174"/>
        <source>Annuler ce choix</source>
        <translation>Undo this choice</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="193"/>
        <source>Ligne {line} laissée hors de l&apos;import</source>
        <translation>Line {line} left out of the import</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="196"/>
        <source>Ligne {line} : métier « {job} »</source>
        <translation>Line {line}: job “{job}”</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="199"/>
        <source>non utilisée</source>
        <translation>not used</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="200"/>
        <source>Colonne « {header} » : {what}</source>
        <translation>Column “{header}”: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="202"/>
        <source>(retenu pour ces en-têtes)</source>
        <translation>(remembered for these headers)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPanel</name>
    <message>
        <location filename="../../gui/column_mapping.py" line="27"/>
        <source>Matricule</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="28"/>
        <source>Nom (de naissance)</source>
        <translation>Name (birth name)</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="29"/>
        <source>Nom d&apos;usage</source>
        <translation>Usual name</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="30"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="31"/>
        <source>Métier (intitulé de poste)</source>
        <translation>Job (job title)</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="32"/>
        <source>Date d&apos;entrée</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="33"/>
        <source>Date de sortie</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="34"/>
        <source>Souhaits</source>
        <translation>Wishes</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="53"/>
        <source>Chaque colonne du fichier et ce qu&apos;elle contient. Les en-têtes usuels sont reconnus d&apos;eux-mêmes ; pour une autre colonne, choisissez le champ qu&apos;elle contient. Votre choix est retenu pour les prochains fichiers qui ont les mêmes en-têtes.</source>
        <translation>Each column of the file and what it holds. Usual headers are recognised by themselves; for any other column, choose the field it holds. Your choice is remembered for the next files with the same headers.</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="88"/>
        <source>Colonne du fichier</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="88"/>
        <source>Contient</source>
        <translation>Holds</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="89"/>
        <source>Comment elle est lue</source>
        <translation>How it is read</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="99"/>
        <source>« {field} » est déjà lu dans la colonne « {other} » : choisissez une seule colonne</source>
        <translation>“{field}” is already read from column “{other}”: choose a single column</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="103"/>
        <source>choix retenu pour ces en-têtes</source>
        <translation>choice remembered for these headers</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="104"/>
        <source>votre choix</source>
        <translation>your choice</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="106"/>
        <source>reconnue</source>
        <translation>recognised</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="111"/>
        <source>non utilisée : « {field} » est lu dans une autre colonne</source>
        <translation>not used: “{field}” is read from another column</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="113"/>
        <source>non reconnue : ignorée (rien n&apos;est enregistré)</source>
        <translation>not recognised: ignored (nothing is saved)</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="119"/>
        <source>(non utilisée)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../gui/column_mapping.py" line="122"/>
        <source>Contenu de la colonne « {header} »</source>
        <translation>Content of column “{header}”</translation>
    </message>
</context>
<context>
    <name>CompetenciesTab</name>
    <message>
        <location filename="../../gui/person_competencies.py" line="82"/>
        <source>Le profil de la personne : les compétences retenues de son métier, plus celles qu&apos;elle déclare, moins celles qu&apos;elle ne pratique pas. Ses passerelles sont calculées à partir de ce profil.</source>
        <translation>The person&apos;s profile: their job&apos;s retained competencies, plus those they declare, minus those they do not practise. Their bridges are computed from this profile.</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="88"/>
        <source>Chercher une compétence dans tous les métiers et tout le ROME (sans accents)…</source>
        <translation>Search a competency in every job and the whole ROME (no accents needed)…</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="96"/>
        <source>notions</source>
        <translation>basics</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="96"/>
        <source>pratique</source>
        <translation>practice</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="97"/>
        <source>maîtrise</source>
        <translation>mastery</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="97"/>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="99"/>
        <source>Niveau de maîtrise déclaré par la personne : 1 notions, 2 pratique, 3 maîtrise, 4 expert.</source>
        <translation>Mastery level declared by the person: 1 basics, 2 practice, 3 mastery, 4 expert.</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="101"/>
        <source>Déclarer</source>
        <translation>Declare</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="102"/>
        <source>Ajouter la compétence choisie au profil de la personne (datée d&apos;aujourd&apos;hui).</source>
        <translation>Add the chosen competency to the person&apos;s profile (dated today).</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="105"/>
        <source>Compétence</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="105"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="106"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="106"/>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="108"/>
        <source>Retirer du profil</source>
        <translation>Remove from the profile</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="110"/>
        <source>Une compétence du métier que la personne ne pratique pas est retirée (datée) ; une compétence déclarée par erreur est effacée.</source>
        <translation>A competency of the job the person does not practise is removed (dated); a competency declared by mistake is erased.</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="113"/>
        <source>Compétence retirée</source>
        <translation>Removed competency</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="113"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="114"/>
        <source>Retirée le</source>
        <translation>Removed on</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="116"/>
        <source>Remettre dans le profil</source>
        <translation>Put back in the profile</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="123"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="168"/>
        <source>déclarée</source>
        <translation>declared</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="170"/>
        <source>métier</source>
        <translation>job</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="176"/>
        <source>&lt;b&gt;Profil : {n}&lt;/b&gt;, dont {d} ; {r}</source>
        <translation>&lt;b&gt;Profile: {n}&lt;/b&gt;, {d}; {r}</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="177"/>
        <source>{n} compétence</source>
        <translation>{n} competency</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="177"/>
        <source>{n} compétences</source>
        <translation>{n} competencies</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="178"/>
        <source>{n} déclarée</source>
        <translation>{n} declared</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="178"/>
        <source>{n} déclarées</source>
        <translation>{n} declared</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="179"/>
        <source>{n} retirée</source>
        <translation>{n} removed</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="179"/>
        <source>{n} retirées</source>
        <translation>{n} removed</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="206"/>
        <source>{n} métier de la branche</source>
        <translation>{n} job of the sector</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="207"/>
        <source>{n} métiers de la branche</source>
        <translation>{n} jobs of the sector</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="188"/>
        <location filename="../../gui/person_competencies.py" line="212"/>
        <source>Compétence ROME {code} : {label}</source>
        <translation>ROME competency {code}: {label}</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="191"/>
        <source>Niveau déclaré : {level}</source>
        <translation>Declared level: {level}</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="208"/>
        <source>ROME</source>
        <translation>ROME</translation>
    </message>
    <message>
        <location filename="../../gui/person_competencies.py" line="209"/>
        <source> — déjà dans le profil</source>
        <translation> — already in the profile</translation>
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
    <name>DataMenu</name>
    <message>
        <location filename="../../gui/data_menu.py" line="17"/>
        <source>&amp;Versions du ROME…</source>
        <translation>ROME &amp;versions…</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="18"/>
        <source>Les versions du ROME importées, et revenir à l&apos;une d&apos;elles</source>
        <translation>The ROME versions imported, and going back to one of them</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="21"/>
        <source>&amp;Correspondances des intitulés de poste…</source>
        <translation>Job title &amp;correspondences…</translation>
    </message>
    <message>
        <location filename="../../gui/data_menu.py" line="23"/>
        <source>Les intitulés de poste de votre entreprise associés aux métiers de l&apos;étude</source>
        <translation>Your company&apos;s job titles mapped to the study&apos;s jobs</translation>
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
        <location filename="../../gui/first_run.py" line="40"/>
        <source>Lecture de la version importée</source>
        <translation>Reading the imported release</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="55"/>
        <source>Importer le ROME</source>
        <translation>Import the ROME</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="68"/>
        <source>Dossier ou fichier zip RefRomeCsv</source>
        <translation>RefRomeCsv folder or zip file</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="70"/>
        <source>Choisir un &amp;dossier…</source>
        <translation>Choose a &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="72"/>
        <source>Choisir un fichier &amp;zip…</source>
        <translation>Choose a &amp;zip file…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="86"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="98"/>
        <source>Une version du ROME est déjà importée ({version}). Importer une version plus récente la remplace ; vos niveaux d&apos;impact modifiés sont conservés.</source>
        <translation>A ROME release is already imported ({version}). Importing a newer release replaces it; your changed impact levels are kept.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="102"/>
        <source>&lt;b&gt;Aucune version du ROME n&apos;est encore importée.&lt;/b&gt; Les scores et profils de l&apos;étude sont disponibles sans lui ; les compétences des métiers, leurs niveaux d&apos;impact et les passerelles en ont besoin.</source>
        <translation>&lt;b&gt;No ROME release has been imported yet.&lt;/b&gt; The study&apos;s scores and profiles are available without it; job competencies, their impact levels and job bridges need it.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="106"/>
        <source>Téléchargez les fichiers « RefRomeCsv » (version 4.60 ou plus récente) sur le site open data de France Travail, puis choisissez le dossier décompressé ou le fichier zip. L&apos;import prend moins d&apos;une minute ; il peut être annulé sans rien modifier. Source : France Travail, ROME 4.0, Licence Ouverte v2.0.</source>
        <translation>Download the “RefRomeCsv” files (release 4.60 or later) from France Travail&apos;s open data site, then choose the unzipped folder or the zip file. The import takes less than a minute; it can be cancelled without changing anything. Source: France Travail, ROME 4.0, Licence Ouverte v2.0.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="123"/>
        <source>Dossier du ROME (RefRomeCsv)</source>
        <translation>ROME folder (RefRomeCsv)</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="129"/>
        <source>Fichier zip du ROME</source>
        <translation>ROME zip file</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="130"/>
        <source>Archives zip (*.zip);;Tous les fichiers (*)</source>
        <translation>Zip archives (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="148"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="175"/>
        <source>La version {v} du ROME était déjà importée.</source>
        <translation>ROME release {v} was already imported.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="178"/>
        <source>ROME {v} importé : {n} fiches métiers en {s:.0f} s.</source>
        <translation>ROME {v} imported: {n} job sheets in {s:.0f} s.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="209"/>
        <source>L&apos;import n&apos;a pas abouti ; rien n&apos;a été modifié.</source>
        <translation>The import failed; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="214"/>
        <source>Annulation…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../gui/graph_view.py" line="84"/>
        <source>Deux métiers sont reliés quand leur similarité de compétences atteint ce seuil. 0,90 : plus proches que 90 % des paires de métiers de la branche.</source>
        <translation>Two jobs are linked when their competency similarity reaches this threshold. 0.90: closer than 90% of the sector&apos;s job pairs.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="89"/>
        <source>Aller au métier…</source>
        <translation>Go to job…</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="92"/>
        <source>Ajuster à la fenêtre</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="101"/>
        <source>Seuil de similarité :</source>
        <translation>Similarity threshold:</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="115"/>
        <source>Importer le ROME…</source>
        <translation>Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="131"/>
        <source>Chargement du moteur de passerelles…</source>
        <translation>Loading the bridge engine…</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="135"/>
        <location filename="../../gui/graph_view.py" line="299"/>
        <source>Cliquez sur un métier pour voir ses passerelles.</source>
        <translation>Click a job to see its bridges.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="140"/>
        <source>Voir le détail dans «&#xa0;Passerelles&#xa0;»</source>
        <translation>See the details in “Bridges”</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="383"/>
        <source>{nodes}, {edges} au seuil {t} ; {isolated}.</source>
        <translation>{nodes}, {edges} at threshold {t}; {isolated}.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="384"/>
        <source>{n} métier</source>
        <translation>{n} job</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="384"/>
        <source>{n} métiers</source>
        <translation>{n} jobs</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="385"/>
        <source>{n} lien</source>
        <translation>{n} link</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="385"/>
        <source>{n} liens</source>
        <translation>{n} links</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="387"/>
        <source>{n} métier sans lien à ce seuil</source>
        <translation>{n} job without a link at this threshold</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="388"/>
        <source>{n} métiers sans lien à ce seuil</source>
        <translation>{n} jobs without a link at this threshold</translation>
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
        <location filename="../../gui/graph_view.py" line="176"/>
        <source>Aucune version du ROME n&apos;est importée : le graphe des compétences en a besoin.</source>
        <translation>No ROME release is imported: the competency graph needs it.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="180"/>
        <source>Le moteur de passerelles n&apos;a pas pu être construit.</source>
        <translation>The bridge engine could not be built.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="334"/>
        <source> (via {job})</source>
        <translation> (via {job})</translation>
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
    <message>
        <location filename="../../gui/graph_items.py" line="269"/>
        <source>Surface du disque : effectif du métier (registre des collaborateurs). Épaisseur d&apos;un lien : similarité. Molette : zoom ; glisser : déplacer ; un nom caché faute de place apparaît en zoomant ou au survol.</source>
        <translation>Disc area: headcount of the job (employee register). Link thickness: similarity. Wheel: zoom; drag: move; a name hidden for lack of room shows when zooming in or hovering.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="329"/>
        <source>{n} passerelle avec les réglages de la vue « Passerelles ».</source>
        <translation>{n} bridge with the settings of the “Bridges” view.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="330"/>
        <source>{n} passerelles avec les réglages de la vue « Passerelles ».</source>
        <translation>{n} bridges with the settings of the “Bridges” view.</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="331"/>
        <source>Déjà maîtrisé : part des compétences clés du métier visé déjà détenues. Score : valeur de classement (survolez une ligne).</source>
        <translation>Already mastered: share of the key competencies of the target job already held. Score: ranking value (hover a line).</translation>
    </message>
    <message>
        <location filename="../../gui/graph_view.py" line="336"/>
        <source>déjà maîtrisé {cov}, score {score}</source>
        <translation>already mastered {cov}, score {score}</translation>
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
    <name>IdentityTab</name>
    <message>
        <location filename="../../gui/person_identity.py" line="53"/>
        <source>Tapez une partie du nom, avec ou sans accents.</source>
        <translation>Type part of the name, with or without accents.</translation>
    </message>
    <message>
        <location filename="../../gui/person_identity.py" line="57"/>
        <source>Souhaits d&apos;évolution exprimés par la personne</source>
        <translation>Career wishes expressed by the person</translation>
    </message>
    <message>
        <location filename="../../gui/person_identity.py" line="62"/>
        <source>Enregistrer les modifications</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../gui/person_identity.py" line="64"/>
        <source>Annuler les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../gui/person_identity.py" line="68"/>
        <source>Matricule</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <location filename="../../gui/person_identity.py" line="69"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../gui/person_identity.py" line="70"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../gui/person_identity.py" line="71"/>
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/person_identity.py" line="72"/>
        <source>Date d&apos;entrée</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../gui/person_identity.py" line="73"/>
        <source>Date de sortie</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location filename="../../gui/person_identity.py" line="74"/>
        <source>Souhaits</source>
        <translation>Wishes</translation>
    </message>
    <message>
        <location filename="../../gui/person_identity.py" line="89"/>
        <source>non renseignée</source>
        <translation>not given</translation>
    </message>
</context>
<context>
    <name>JobCombo</name>
    <message>
        <location filename="../../gui/job_combo.py" line="146"/>
        <source>Tapez une partie du nom ; les accents et les majuscules sont ignorés.</source>
        <translation>Type part of the name; accents and capitals are ignored.</translation>
    </message>
    <message>
        <location filename="../../gui/job_combo.py" line="221"/>
        <source>Aucun métier ne correspond à « {text} » : tapez une partie de son nom (accents et majuscules indifférents).</source>
        <translation>No job matches “{text}”: type part of its name (accents and capitals do not matter).</translation>
    </message>
</context>
<context>
    <name>JobExposurePanel</name>
    <message>
        <location filename="../../gui/job_exposure_panel.py" line="50"/>
        <source>Exposition : les trois qualifications de l&apos;étude et votre requalification</source>
        <translation>Exposure: the study&apos;s three qualifications and your requalification</translation>
    </message>
    <message>
        <location filename="../../gui/job_exposure_panel.py" line="56"/>
        <source>Fiches ROME retenues pour ce métier</source>
        <translation>ROME sheets used for this job</translation>
    </message>
    <message>
        <location filename="../../gui/job_exposure_panel.py" line="70"/>
        <source>Les passerelles et le plan utilisent le score publié dans la qualification choisie (● {q}) : &lt;b&gt;{score}&lt;/b&gt;. L&apos;« Estimation (ROME) » et les « Niveaux retenus » sont des repères pour l&apos;atelier de requalification.</source>
        <translation>Bridges and the plan use the score published in the chosen qualification (● {q}): &lt;b&gt;{score}&lt;/b&gt;. The “Estimate (ROME)” and the “Levels used” are guides for the requalification workshop.</translation>
    </message>
    <message>
        <location filename="../../gui/job_exposure_panel.py" line="75"/>
        <source>Répartition des compétences par niveau d&apos;impact</source>
        <translation>Competencies by impact level</translation>
    </message>
    <message>
        <location filename="../../gui/job_exposure_panel.py" line="92"/>
        <source>Estimation (ROME)</source>
        <translation>Estimate (ROME)</translation>
    </message>
    <message>
        <location filename="../../gui/job_exposure_panel.py" line="93"/>
        <source>Niveaux retenus</source>
        <translation>Levels used</translation>
    </message>
    <message>
        <location filename="../../gui/job_exposure_panel.py" line="103"/>
        <source>appellation « {a} »</source>
        <translation>job title “{a}”</translation>
    </message>
    <message>
        <location filename="../../gui/job_exposure_panel.py" line="104"/>
        <source> &lt;i&gt;(absente de la version importée)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(missing from the imported release)&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/job_exposure_panel.py" line="106"/>
        <source>Aucune fiche ROME associée.</source>
        <translation>No ROME sheet attached.</translation>
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
</context>
<context>
    <name>JobPicker</name>
    <message>
        <location filename="../../gui/report_sources.py" line="89"/>
        <source>Rechercher un métier…</source>
        <translation>Search a job…</translation>
    </message>
    <message>
        <location filename="../../gui/report_sources.py" line="90"/>
        <source>Les accents et les majuscules sont ignorés : « charge d&apos;accueil » trouve « Chargé d&apos;accueil ».</source>
        <translation>Accents and capitals are ignored: “charge d&apos;accueil” finds “Chargé d&apos;accueil”.</translation>
    </message>
</context>
<context>
    <name>JobProfileModel</name>
    <message>
        <location filename="../../gui/job_profile_model.py" line="39"/>
        <source>Savoir-faire</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="40"/>
        <source>Savoir-être</source>
        <translation>Soft skill</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="41"/>
        <source>Savoir</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="44"/>
        <source>Niveau d&apos;impact de l&apos;IA générative sur la compétence : 1 négligeable, 2 léger, 3 modéré, 4 important, 5 majeur.</source>
        <translation>Generative-AI impact level of the competency: 1 negligible, 2 slight, 3 moderate, 4 significant, 5 major.</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="119"/>
        <source>Retenue</source>
        <translation>Retained</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="120"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="121"/>
        <source>Compétence</source>
        <translation>Competency</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="122"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="123"/>
        <source>Clé</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="124"/>
        <source>Fiche</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="125"/>
        <source>Estimation</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="126"/>
        <source>Niveau retenu</source>
        <translation>Level used</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="129"/>
        <source>Cochée : la compétence fait partie du profil du métier (« compétences retenues »). Les passerelles, la couverture et les plans de formation n&apos;utilisent que celles-ci. Cochez ou décochez pour la retenir ou l&apos;écarter (Ctrl+Z annule).</source>
        <translation>Ticked: the competency is part of the job&apos;s profile (“retained competencies”). Bridges, coverage and training plans use only these. Tick or untick to retain or drop it (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="133"/>
        <source>Code de la compétence dans le ROME (France Travail) ; survolez-le pour son libellé.</source>
        <translation>The competency&apos;s code in the ROME (France Travail); hover over it for its label.</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="135"/>
        <source>Libellé de la compétence dans le ROME.</source>
        <translation>The competency&apos;s label in the ROME.</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="136"/>
        <source>Savoir-faire, savoir-être ou savoir.</source>
        <translation>Skill, soft skill or knowledge.</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="137"/>
        <source>Compétence clé (cœur de métier) : principale ou émergente sur la fiche ROME. La couverture d&apos;une passerelle se mesure sur les compétences clés du métier visé.</source>
        <translation>Key (core) competency: main or emerging on the ROME sheet. A bridge&apos;s coverage is measured on the target job&apos;s key competencies.</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="140"/>
        <source>Fiche ROME d&apos;où vient la compétence ; survolez le code pour l&apos;intitulé de la fiche.</source>
        <translation>ROME sheet the competency comes from; hover over the code for the sheet&apos;s title.</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="142"/>
        <source>Niveau d&apos;impact de l&apos;IA générative estimé par les règles de Passerelles, de 1 (négligeable) à 5 (majeur).</source>
        <translation>Generative-AI impact level estimated by Passerelles&apos; rules, from 1 (negligible) to 5 (major).</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="144"/>
        <source>Niveau utilisé : le vôtre s&apos;il a été changé (surligné), sinon l&apos;estimation. Double-cliquez (ou F2) pour le changer.</source>
        <translation>Level used: yours if you changed it (highlighted), else the estimate. Double-click (or F2) to change it.</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="225"/>
        <source>clé</source>
        <translation>key</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="229"/>
        <source>non noté</source>
        <translation>not rated</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="247"/>
        <source>Compétence ROME {code} : {label}</source>
        <translation>ROME competency {code}: {label}</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="250"/>
        <source>Fiche ROME {code} : {title}</source>
        <translation>ROME sheet {code}: {title}</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="255"/>
        <source>Diplôme ou habilitation : pas de niveau d&apos;impact.</source>
        <translation>Diploma or licence: no impact level.</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="256"/>
        <source>Estimation {level} : {reason}</source>
        <translation>Estimate {level}: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="262"/>
        <source>Double-cliquez (ou F2) pour changer le niveau.</source>
        <translation>Double-click (or F2) to change the level.</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="267"/>
        <source>Retenue : {reason}</source>
        <translation>Retained: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="269"/>
        <source>Retenue par vous (absente du profil livré).</source>
        <translation>Retained by you (not in the shipped profile).</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="271"/>
        <source>Écartée par vous (le profil livré la retient).</source>
        <translation>Dropped by you (the shipped profile retains it).</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_model.py" line="272"/>
        <source>Non retenue : cette compétence de la fiche ne s&apos;applique pas au métier dans l&apos;assistance. Cochez pour la retenir.</source>
        <translation>Not retained: this competency of the sheet does not apply to the job in the assistance sector. Tick to retain it.</translation>
    </message>
</context>
<context>
    <name>JobProfilePanel</name>
    <message>
        <location filename="../../gui/job_profile_panel.py" line="34"/>
        <source>Compétences retenues du métier et niveau d&apos;impact de l&apos;IA générative</source>
        <translation>The job&apos;s retained competencies and their generative-AI impact level</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_panel.py" line="38"/>
        <source>Le profil garde les compétences des fiches ROME qui s&apos;appliquent au métier dans l&apos;assistance : passerelles, couverture et plans de formation n&apos;utilisent qu&apos;elles. Cochez ou décochez « Retenue » ; double-cliquez un niveau pour le changer.</source>
        <translation>The profile keeps the competencies of the ROME sheets that apply to the job in the assistance sector: bridges, coverage and training plans use only those. Tick or untick “Retained”; double-click a level to change it.</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_panel.py" line="42"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_panel.py" line="43"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_panel.py" line="44"/>
        <source>Revenir au profil livré</source>
        <translation>Back to the shipped profile</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_panel.py" line="46"/>
        <source>Oublier les compétences retenues ou écartées par vous pour ce métier (annulable).</source>
        <translation>Forget the competencies you retained or dropped for this job (can be undone).</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_panel.py" line="47"/>
        <source>Revenir aux niveaux estimés</source>
        <translation>Back to the estimated levels</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_panel.py" line="49"/>
        <source>Oublier les niveaux d&apos;impact changés pour ce métier (annulable).</source>
        <translation>Forget the impact levels changed for this job (can be undone).</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_panel.py" line="52"/>
        <source>Afficher aussi les compétences non retenues des fiches</source>
        <translation>Also show the sheets&apos; competencies not retained</translation>
    </message>
    <message>
        <location filename="../../gui/job_profile_panel.py" line="55"/>
        <source>Les fiches ROME décrivent tout un métier ; celles qui ne s&apos;appliquent pas dans l&apos;assistance sont grisées. Cochez-en une pour la retenir.</source>
        <translation>ROME sheets describe a whole trade; the competencies that do not apply in the assistance sector are greyed. Tick one to retain it.</translation>
    </message>
</context>
<context>
    <name>JobSheetView</name>
    <message>
        <location filename="../../gui/level_editing.py" line="55"/>
        <source>niveau estimé</source>
        <translation>estimated level</translation>
    </message>
    <message>
        <location filename="../../gui/level_editing.py" line="57"/>
        <source>niveau de « {item} » : {level}</source>
        <translation>level of “{item}”: {level}</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="78"/>
        <source>Métier :</source>
        <translation>Job:</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="102"/>
        <source>&lt;p&gt;&lt;b&gt;Aucune version du ROME n&apos;est importée.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les compétences d&apos;un métier, leur niveau d&apos;impact estimé et le score recalculé viennent des fiches ROME de France Travail. Importez la version « RefRomeCsv » (dossier ou zip) pour les afficher ; les scores publiés par l&apos;étude restent consultables à gauche.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No ROME release is imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A job&apos;s competencies, their estimated impact level and the recomputed score come from France Travail&apos;s ROME sheets. Import the “RefRomeCsv” release (folder or zip) to see them; the study&apos;s published scores remain available on the left.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="107"/>
        <source>Importer le ROME…</source>
        <translation>Import the ROME…</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="129"/>
        <source>Estimation des niveaux d&apos;impact des compétences ROME des 58 métiers…</source>
        <translation>Estimating the impact levels of the 58 jobs&apos; ROME competencies…</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="195"/>
        <source> — métier cœur d&apos;assistance</source>
        <translation> — core assistance job</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="235"/>
        <source>Vos changements : {a}, {d}.</source>
        <translation>Your changes: {a}, {d}.</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="236"/>
        <source>{n} retenue</source>
        <translation>{n} retained</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="236"/>
        <source>{n} retenues</source>
        <translation>{n} retained</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="237"/>
        <source>{n} écartée</source>
        <translation>{n} dropped</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="237"/>
        <source>{n} écartées</source>
        <translation>{n} dropped</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="242"/>
        <source>&lt;b&gt;Attention :&lt;/b&gt; moins de {low} compétences retenues ; un profil en compte de {low} à {high}. La couverture, les écarts et les passerelles de ce métier reposent sur peu d&apos;éléments.</source>
        <translation>&lt;b&gt;Warning:&lt;/b&gt; fewer than {low} retained competencies; a profile holds {low} to {high}. This job&apos;s coverage, gaps and bridges rest on few items.</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="277"/>
        <source>Score recalculé avec les niveaux retenus : &lt;b&gt;{score}&lt;/b&gt; — profil « {profile} » ({changed} sur {total}).</source>
        <translation>Score recomputed from the levels used: &lt;b&gt;{score}&lt;/b&gt; — profile “{profile}” ({changed} of {total}).</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="280"/>
        <source>{n} niveau modifié</source>
        <translation>{n} level changed</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="281"/>
        <source>{n} niveaux modifiés</source>
        <translation>{n} levels changed</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="326"/>
        <source>revenir aux estimations pour « {job} »</source>
        <translation>back to the estimates for “{job}”</translation>
    </message>
    <message>
        <location filename="../../gui/level_editing.py" line="74"/>
        <source>retenir « {item} »</source>
        <translation>retain “{item}”</translation>
    </message>
    <message>
        <location filename="../../gui/level_editing.py" line="75"/>
        <source>écarter « {item} »</source>
        <translation>drop “{item}”</translation>
    </message>
    <message>
        <location filename="../../gui/level_editing.py" line="92"/>
        <source>revenir au profil livré de « {job} »</source>
        <translation>back to the shipped profile of “{job}”</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="75"/>
        <source>Tapez une partie du nom, avec ou sans accents.</source>
        <translation>Type part of the name, with or without accents.</translation>
    </message>
    <message>
        <location filename="../../gui/job_sheet_view.py" line="230"/>
        <source>&lt;b&gt;{n} compétences retenues&lt;/b&gt;, dont {core} clés, sur {total} compétences des fiches {sheets}.</source>
        <translation>&lt;b&gt;{n} retained competencies&lt;/b&gt;, {core} of them key, out of the {total} competencies of sheets {sheets}.</translation>
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
        <location filename="../../gui/job_table_model.py" line="283"/>
        <source>Effectif inconnu : aucun collaborateur enregistré pour ce métier</source>
        <translation>Headcount unknown: no employee recorded for this job</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="287"/>
        <source>Profil « {p} » en qualification « {q} »</source>
        <translation>Profile “{p}” in the “{q}” qualification</translation>
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
        <location filename="../../gui/job_table_model.py" line="276"/>
        <source>⚠ L&apos;étude se contredit : {reason}</source>
        <translation>⚠ The study contradicts itself: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/job_table_model.py" line="279"/>
        <source>Score d&apos;exposition {score} sur 1 (rang {rank} sur 58), qualification « {q} »</source>
        <translation>Exposure score {score} out of 1 (rank {rank} of 58), qualification “{q}”</translation>
    </message>
</context>
<context>
    <name>JobTitlesDialog</name>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="69"/>
        <source>Correspondances des intitulés de poste</source>
        <translation>Job title correspondences</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="79"/>
        <source>Les intitulés de poste propres à votre entreprise, chacun associé une fois pour toutes à l&apos;un des 58 métiers de l&apos;étude : tout import d&apos;effectif les reconnaît ensuite (au féminin, sans accents ou sans articles aussi). Supprimer une correspondance ne change pas le métier des personnes déjà importées.</source>
        <translation>Your company&apos;s own job titles, each mapped once and for all to one of the study&apos;s 58 jobs: every staff list import then recognises them (also in the feminine, without accents or without articles). Removing a correspondence does not change the job of people already imported.</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="85"/>
        <source>Rechercher un intitulé ou un métier…</source>
        <translation>Search a title or a job…</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="98"/>
        <source>Aucune correspondance pour l&apos;instant.</source>
        <translation>No correspondence yet.</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="99"/>
        <source>&amp;Supprimer la correspondance</source>
        <translation>&amp;Remove the correspondence</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="106"/>
        <source>tel qu&apos;il est écrit dans vos fichiers, ex. « Conseiller assistance »</source>
        <translation>as written in your files, e.g. “Conseiller assistance”</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="112"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="114"/>
        <source>Nouvelle correspondance</source>
        <translation>New correspondence</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="116"/>
        <source>&amp;Intitulé :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="117"/>
        <source>&amp;Métier de l&apos;étude :</source>
        <translation>Study &amp;job:</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="176"/>
        <source>« {title} » sera lu comme « {job} » à chaque import.</source>
        <translation>“{title}” will be read as “{job}” in every import.</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="192"/>
        <source>Correspondance « {title} » → « {job} » supprimée.</source>
        <translation>Correspondence “{title}” → “{job}” removed.</translation>
    </message>
</context>
<context>
    <name>JobTitlesModel</name>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="42"/>
        <source>Intitulé dans vos fichiers</source>
        <translation>Title in your files</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="43"/>
        <source>Métier de l&apos;étude</source>
        <translation>Study job</translation>
    </message>
    <message>
        <location filename="../../gui/job_titles_dialog.py" line="44"/>
        <source>Ajouté le</source>
        <translation>Added on</translation>
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
    <name>LineFixPanel</name>
    <message>
        <location filename="../../gui/roster_fixes.py" line="55"/>
        <source>Corriger</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="58"/>
        <location filename="../../gui/roster_fixes.py" line="126"/>
        <source>Choisissez une erreur dans la liste.</source>
        <translation>Choose an error in the list.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="60"/>
        <source>Métier :</source>
        <translation>Job:</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="62"/>
        <source>Tapez une partie du nom (sans accents si vous voulez) ; les suggestions sont en tête de liste</source>
        <translation>Type part of the name (without accents if you like); suggestions come first</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="71"/>
        <source>Indiquer les colonnes…</source>
        <translation>Set the columns…</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="111"/>
        <source>Ce métier pour la ligne {line}</source>
        <translation>This job for line {line}</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="113"/>
        <source>Toujours associer « {title} » à ce métier</source>
        <translation>Always map “{title}” to this job</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="116"/>
        <source>Enregistre la correspondance : cet intitulé sera reconnu par tous les imports suivants (menu Fichier › Correspondances des intitulés de poste)</source>
        <translation>Saves the correspondence: this title will be recognised by every later import (File › Job title correspondences menu)</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="119"/>
        <source>Laisser la ligne {line} hors de l&apos;import</source>
        <translation>Leave line {line} out of the import</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="128"/>
        <source>Ligne {line} : quel métier de l&apos;étude pour « {title} » ? Les suggestions sont en tête de liste.</source>
        <translation>Line {line}: which study job for “{title}”? Suggestions come first.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="132"/>
        <source>Ligne {line} : choisissez le métier de la ligne, ou corrigez le fichier.</source>
        <translation>Line {line}: choose the line&apos;s job, or correct the file.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="135"/>
        <source>Indiquez dans l&apos;onglet « Colonnes » ce que contient chaque colonne non reconnue.</source>
        <translation>In the “Columns” tab, say what each unrecognised column holds.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="138"/>
        <source>Ligne {line} : corrigez le fichier puis relisez-le, ou laissez la ligne hors de l&apos;import.</source>
        <translation>Line {line}: correct the file then read it again, or leave the line out of the import.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="140"/>
        <source>Corrigez le fichier puis relisez-le.</source>
        <translation>Correct the file then read it again.</translation>
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
        <location filename="../../gui/main_window.py" line="150"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="154"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>&amp;Rechercher</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>À &amp;propos de Passerelles</source>
        <translation>&amp;About Passerelles</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>Ouvrir le dossier des &amp;journaux</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="206"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="208"/>
        <source>Imports &amp;récents</source>
        <translation>&amp;Recent imports</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="218"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="225"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="232"/>
        <source>&amp;Qualification de l&apos;étude</source>
        <translation>Study &amp;qualification</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="235"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="254"/>
        <source>Barre d&apos;outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="262"/>
        <source>Qualification : </source>
        <translation>Qualification: </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="358"/>
        <source>L&apos;étude n&apos;a pas pu être chargée.</source>
        <translation>The study could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="363"/>
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="372"/>
        <source>ROME : aucune version importée</source>
        <translation>ROME: no release imported</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="374"/>
        <source>ROME {version}</source>
        <translation>ROME {version}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="398"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="402"/>
        <source>Effacer la liste</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="417"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="418"/>
        <source>La langue choisie sera appliquée au prochain démarrage de Passerelles.</source>
        <translation>The chosen language will be used the next time Passerelles starts.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="158"/>
        <source>E&amp;xporter le tableau vers Excel…</source>
        <translation>E&amp;xport the table to Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>Enregistrer le tableau de la vue affichée (lignes filtrées et triées) en .xlsx</source>
        <translation>Save the table of the current view (filtered and sorted rows) as .xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167"/>
        <source>&amp;Guide d&apos;utilisation</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="169"/>
        <source>Le guide des deux parcours (partenaire RH, manager) et la méthode</source>
        <translation>The guide to both journeys (HR partner, manager) and the method</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="311"/>
        <source>Cette vue n&apos;a pas de tableau à exporter.</source>
        <translation>This view has no table to export.</translation>
    </message>
</context>
<context>
    <name>MovesModel</name>
    <message>
        <location filename="../../gui/bridges_model.py" line="292"/>
        <source>Depuis</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="293"/>
        <source>Vers</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="294"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="295"/>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="296"/>
        <source>Type de mobilité</source>
        <translation>Mobility type</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="297"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../gui/person_notes.py" line="46"/>
        <source>&lt;b&gt;Rappel RGPD&lt;/b&gt; : la personne peut demander à lire ces notes. Restez factuel (faits observés, souhaits exprimés, décisions prises) ; n&apos;écrivez rien sur la santé, la vie privée, les opinions ou l&apos;appartenance syndicale.</source>
        <translation>&lt;b&gt;GDPR reminder&lt;/b&gt;: the person may ask to read these notes. Stay factual (facts observed, wishes expressed, decisions taken); write nothing about health, private life, opinions or trade-union membership.</translation>
    </message>
    <message>
        <location filename="../../gui/person_notes.py" line="58"/>
        <source>Nouvelle note d&apos;entretien (factuelle)</source>
        <translation>New interview note (factual)</translation>
    </message>
    <message>
        <location filename="../../gui/person_notes.py" line="60"/>
        <source>Ajouter la note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <location filename="../../gui/person_notes.py" line="63"/>
        <source>Entretien du</source>
        <translation>Interview on</translation>
    </message>
    <message>
        <location filename="../../gui/person_notes.py" line="88"/>
        <source>&lt;i&gt;Aucune note d&apos;entretien.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No interview note.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/person_notes.py" line="123"/>
        <source>auteur non renseigné (Édition &gt; Préférences)</source>
        <translation>author not set (Edit &gt; Preferences)</translation>
    </message>
    <message>
        <location filename="../../gui/person_notes.py" line="140"/>
        <source>Supprimer la note</source>
        <translation>Delete the note</translation>
    </message>
    <message>
        <location filename="../../gui/person_notes.py" line="141"/>
        <source>Supprimer définitivement cette note d&apos;entretien ?</source>
        <translation>Permanently delete this interview note?</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../gui/people_actions.py" line="231"/>
        <source>Effacer {name} ?</source>
        <translation>Erase {name}?</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="232"/>
        <source>Effacer définitivement {name} (matricule {id}, {job}) ?

Sa fiche, ses compétences déclarées, ses notes d&apos;entretien, ses passerelles choisies et ses rapports enregistrés sont supprimés, ici et dans les sauvegardes automatiques (droit à l&apos;effacement, RGPD article 17). Cette action ne peut pas être annulée.</source>
        <translation>Erase {name} for good (employee ID {id}, {job})?

Their record, declared competencies, interview notes, chosen bridges and saved reports are deleted, here and in the automatic backups (right to erasure, GDPR article 17). This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="221"/>
        <source>Fiche de {name} (matricule {id}) créée.</source>
        <translation>Record of {name} (employee ID {id}) created.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="250"/>
        <source>Fiche de {name} effacée de la base et des sauvegardes.</source>
        <translation>Record of {name} erased from the database and the backups.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="254"/>
        <source>{n} rapport supprimé.</source>
        <translation>{n} report deleted.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="255"/>
        <source>{n} rapports supprimés.</source>
        <translation>{n} reports deleted.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="257"/>
        <source>Effacement</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="258"/>
        <source>Ces fichiers n&apos;ont pas pu être supprimés (ouverts ailleurs ?) ; supprimez-les à la main :
{files}</source>
        <translation>These files could not be deleted (open elsewhere?); delete them by hand:
{files}</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="270"/>
        <source>Exporter les données de {name}</source>
        <translation>Export {name}&apos;s data</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="273"/>
        <source>Fichiers JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="281"/>
        <source>Données de {name} exportées : {path}</source>
        <translation>{name}&apos;s data exported: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="302"/>
        <source>{n} note d&apos;entretien effacée (tenue avant le {date}).</source>
        <translation>{n} interview note erased (held before {date}).</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="303"/>
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
        <location filename="../../gui/people_view.py" line="61"/>
        <source>Rechercher par matricule, nom, prénom, métier ou passerelle</source>
        <translation>Search by employee ID, last name, first name, job or bridge</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="64"/>
        <source>Afficher les personnes parties</source>
        <translation>Show people who have left</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="66"/>
        <source>Importer un effectif…</source>
        <translation>Import a staff list…</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="97"/>
        <source>Aucun collaborateur enregistré. Importez un effectif (CSV ou Excel) : matricule, nom, prénom et métier de chaque personne.</source>
        <translation>No employee recorded. Import a staff list (CSV or Excel): employee ID, last name, first name and job of each person.</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="69"/>
        <location filename="../../gui/people_view.py" line="120"/>
        <source>Ajouter une personne…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="72"/>
        <source>RGPD</source>
        <translation>GDPR</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="73"/>
        <source>Droit d&apos;accès, droit à l&apos;effacement, durée de conservation des notes d&apos;entretien</source>
        <translation>Right of access, right to erasure, how long interview notes are kept</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="93"/>
        <source>Collaborateurs</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="126"/>
        <source>Exporter les données de la personne (droit d&apos;accès)…</source>
        <translation>Export the person&apos;s data (right of access)…</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="128"/>
        <source>Effacer la personne (droit à l&apos;effacement)…</source>
        <translation>Erase the person (right to erasure)…</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="130"/>
        <source>Purger les notes d&apos;entretien anciennes…</source>
        <translation>Purge old interview notes…</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="165"/>
        <source>{n} personne affichée sur {total}</source>
        <translation>{n} person shown out of {total}</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="166"/>
        <source>{n} personnes affichées sur {total}</source>
        <translation>{n} people shown out of {total}</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="168"/>
        <source>{n} personne</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="168"/>
        <source>{n} personnes</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="242"/>
        <source>Effectif importé : {c}, {u}, {n}.</source>
        <translation>Staff list imported: {c}, {u}, {n}.</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="243"/>
        <source>{n} personne créée</source>
        <translation>{n} person created</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="244"/>
        <source>{n} personnes créées</source>
        <translation>{n} people created</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="245"/>
        <source>{n} modifiée</source>
        <translation>{n} updated</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="245"/>
        <source>{n} modifiées</source>
        <translation>{n} updated</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="246"/>
        <source>{n} inchangée</source>
        <translation>{n} unchanged</translation>
    </message>
    <message>
        <location filename="../../gui/people_view.py" line="247"/>
        <source>{n} inchangées</source>
        <translation>{n} unchanged</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../gui/person_editor.py" line="46"/>
        <source>Identité et souhaits</source>
        <translation>Identity and wishes</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="48"/>
        <source>Entretiens</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="86"/>
        <source>Sélectionnez une personne dans la liste.</source>
        <translation>Select a person in the list.</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="47"/>
        <source>Compétences</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="49"/>
        <source>Passerelles</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="120"/>
        <source>l&apos;identité ou les souhaits</source>
        <translation>identity or wishes</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="121"/>
        <source>une note d&apos;entretien en cours de saisie</source>
        <translation>an interview note being typed</translation>
    </message>
    <message>
        <location filename="../../gui/person_editor.py" line="123"/>
        <source>La fiche de {name} a des modifications non enregistrées ({what}). Les enregistrer ?</source>
        <translation>The record of {name} has unsaved changes ({what}). Save them?</translation>
    </message>
</context>
<context>
    <name>PlanInputModel</name>
    <message>
        <location filename="../../gui/bridges_model.py" line="173"/>
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="174"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="175"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="176"/>
        <source>Effectif exposé</source>
        <translation>Exposed headcount</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="177"/>
        <source>Places d&apos;accueil</source>
        <translation>Places offered</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="224"/>
        <source>Personnes à accompagner vers une passerelle (métiers exposés)</source>
        <translation>People to support towards a bridge (exposed jobs)</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="226"/>
        <source>Postes ouverts aux personnes venant d&apos;autres métiers (cibles)</source>
        <translation>Positions open to people coming from other jobs (targets)</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="247"/>
        <source>cible</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../gui/bridges_model.py" line="247"/>
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
        <location filename="../../gui/plan_view.py" line="258"/>
        <source>Aucun effectif exposé à accompagner : saisissez des effectifs dans les métiers exposés.</source>
        <translation>No exposed headcount to support: enter headcounts in the exposed jobs.</translation>
    </message>
    <message>
        <location filename="../../gui/plan_view.py" line="261"/>
        <source>Places ignorées (ces métiers ne sont pas des cibles avec les réglages actuels) : {jobs}.</source>
        <translation>Places ignored (these jobs are not targets with the current settings): {jobs}.</translation>
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
        <source>Imprimé sur la page de garde et en pied de page de chaque rapport ; signe aussi les notes d&apos;entretien écrites ici.</source>
        <translation>Printed on the cover page and in the footer of every report; also signs the interview notes written here.</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="76"/>
        <source>Données personnelles</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="79"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="82"/>
        <source>Durée proposée par « Purger les notes d&apos;entretien anciennes » (vue Collaborateurs, bouton RGPD).</source>
        <translation>Period offered by “Purge old interview notes” (Employees view, GDPR button).</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="85"/>
        <source>Conserver les notes d&apos;entretien</source>
        <translation>Keep interview notes for</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../gui/people_model.py" line="140"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="141"/>
        <source>Matricule</source>
        <translation>Employee ID</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="142"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="143"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="144"/>
        <source>Métier</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="145"/>
        <source>Entrée</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="146"/>
        <source>Sortie</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="147"/>
        <source>Effet</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="150"/>
        <source>nouvelle personne</source>
        <translation>new person</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="151"/>
        <source>mise à jour</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="152"/>
        <source>inchangée</source>
        <translation>unchanged</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../gui/people_model.py" line="179"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="180"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../gui/people_model.py" line="181"/>
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
        <location filename="../../gui/people_actions.py" line="153"/>
        <source>Purger les notes d&apos;entretien anciennes</source>
        <translation>Purge old interview notes</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="156"/>
        <source>Le RGPD demande de ne pas garder les notes d&apos;entretien plus longtemps que nécessaire. Les notes plus anciennes que la durée choisie sont effacées définitivement, dans la base et dans ses sauvegardes automatiques.</source>
        <translation>The GDPR asks not to keep interview notes longer than needed. Notes older than the chosen period are erased for good, in the database and in its automatic backups.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="162"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="168"/>
        <source>Garder les notes des derniers</source>
        <translation>Keep the notes of the last</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="170"/>
        <source>Effacer ces notes</source>
        <translation>Erase these notes</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="194"/>
        <source>{n} note tenue avant le {date} sera effacée.</source>
        <translation>{n} note held before {date} will be erased.</translation>
    </message>
    <message>
        <location filename="../../gui/people_actions.py" line="195"/>
        <source>{n} notes tenues avant le {date} seront effacées.</source>
        <translation>{n} notes held before {date} will be erased.</translation>
    </message>
</context>
<context>
    <name>QualificationTable</name>
    <message>
        <location filename="../../gui/qualification_table.py" line="31"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="32"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="33"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="34"/>
        <source>Compétences</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="35"/>
        <source>Niveaux 1 à 5</source>
        <translation>Levels 1 to 5</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="38"/>
        <source>Score d&apos;exposition à l&apos;IA générative, de 0 (aucune) à 1 (le métier le plus exposé de la branche).</source>
        <translation>Exposure score to generative AI, from 0 (none) to 1 (the sector&apos;s most exposed job).</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="40"/>
        <source>Rang parmi les 58 métiers, du plus exposé (1) au moins exposé (58).</source>
        <translation>Rank among the 58 jobs, from the most exposed (1) to the least exposed (58).</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="42"/>
        <source>Profil d&apos;impact que l&apos;étude déduit du score.</source>
        <translation>Impact profile the study derives from the score.</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="43"/>
        <source>Nombre de compétences dont le niveau d&apos;impact a été évalué.</source>
        <translation>Number of competencies whose impact level was rated.</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="45"/>
        <source>Nombre de compétences à chaque niveau d&apos;impact, du niveau 1 (négligeable) au niveau 5 (majeur).</source>
        <translation>Number of competencies at each impact level, from level 1 (negligible) to level 5 (major).</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="61"/>
        <source>{n} au niveau {label}</source>
        <translation>{n} at level {label}</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="63"/>
        <source>Compétences par niveau d&apos;impact : {parts}.</source>
        <translation>Competencies per impact level: {parts}.</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="94"/>
        <source>Score publié par l&apos;étude, qualification « {q} ».</source>
        <translation>Score published by the study, qualification “{q}”.</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="96"/>
        <source>● Qualification choisie : c&apos;est ce score que les passerelles et le plan collectif utilisent.</source>
        <translation>● Chosen qualification: bridges and the collective plan use this score.</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="98"/>
        <source>Choisissez-la dans le menu Affichage pour que les passerelles l&apos;utilisent.</source>
        <translation>Choose it in the View menu for bridges to use it.</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="100"/>
        <source>L&apos;étude se contredit : {r}</source>
        <translation>The study contradicts itself: {r}</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="111"/>
        <source>Estimation
(ROME)</source>
        <translation>Estimate
(ROME)</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="112"/>
        <source>Recalcul de Passerelles à partir des niveaux d&apos;impact estimés des compétences des fiches ROME du métier : un repère pour l&apos;atelier de requalification. Les passerelles ne l&apos;utilisent pas.</source>
        <translation>Recomputed by Passerelles from the estimated impact levels of the competencies of the job&apos;s ROME sheets: a guide for the requalification workshop. Bridges do not use it.</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="115"/>
        <source>Niveaux
retenus</source>
        <translation>Levels
used</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="116"/>
        <source>Le même recalcul avec les niveaux que vous avez retenus (colonne « Niveau retenu ») : un repère. Les passerelles ne l&apos;utilisent pas.</source>
        <translation>The same recomputation with the levels you chose (“Level used” column): a guide. Bridges do not use it.</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="132"/>
        <source>Pas de rang : recalcul d&apos;un seul métier.</source>
        <translation>No rank: one job recomputed.</translation>
    </message>
    <message>
        <location filename="../../gui/qualification_table.py" line="140"/>
        <source>Profil d&apos;impact : {profile}.</source>
        <translation>Impact profile: {profile}.</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="37"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="38"/>
        <source>Importée le</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="39"/>
        <source>Fiches</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="40"/>
        <source>Rattachements suivis</source>
        <translation>Mappings followed</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="41"/>
        <source>Rattachements perdus</source>
        <translation>Mappings lost</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="42"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="57"/>
        <source>{v} (en service)</source>
        <translation>{v} (in use)</translation>
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
        <location filename="../../gui/reports_view.py" line="104"/>
        <source>Rechercher (nom, matricule, métier…)</source>
        <translation>Search (name, employee ID, job…)</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="205"/>
        <source>Préparation du moteur de passerelles…</source>
        <translation>Preparing the bridge engine…</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="233"/>
        <source>Rédaction du rapport…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="271"/>
        <source>Le rapport n&apos;a pas pu être rédigé.</source>
        <translation>The report could not be written.</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="290"/>
        <source>Enregistrer le rapport</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="291"/>
        <location filename="../../gui/reports_view.py" line="370"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="306"/>
        <source>Rapport enregistré : {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="326"/>
        <source>Impression du rapport…</source>
        <translation>Printing the report…</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="344"/>
        <source>Impression des rapports de l&apos;équipe…</source>
        <translation>Printing the team&apos;s reports…</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="354"/>
        <source>Dossier des rapports</source>
        <translation>Reports folder</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="358"/>
        <location filename="../../gui/reports_view.py" line="376"/>
        <source>Rédaction des rapports de l&apos;équipe…</source>
        <translation>Writing the team&apos;s reports…</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="408"/>
        <source>Rapports de l&apos;équipe</source>
        <translation>Team reports</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="84"/>
        <source>Collaborateurs</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="87"/>
        <source>Fiche d&apos;un métier</source>
        <translation>Job sheet</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="89"/>
        <source>La fiche d&apos;un des 58 métiers, sans personne : exposition, passerelles, plan de formation type (comme « python main.py report --job »)</source>
        <translation>The sheet of one of the 58 jobs, without a person: exposure, bridges, typical training plan (as “python main.py report --job”)</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="115"/>
        <source>Rapports - personnes</source>
        <translation>Reports - people</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="301"/>
        <source>Impossible d&apos;enregistrer « {path} » : {why}.</source>
        <translation>Could not save “{path}”: {why}.</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="329"/>
        <source>{n} page envoyée à l&apos;imprimante.</source>
        <translation>{n} page sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="330"/>
        <source>{n} pages envoyées à l&apos;imprimante.</source>
        <translation>{n} pages sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="369"/>
        <source>Enregistrer en un seul PDF</source>
        <translation>Save as one PDF</translation>
    </message>
    <message>
        <location filename="../../gui/reports_view.py" line="370"/>
        <source>rapports-equipe.pdf</source>
        <translation>team-reports.pdf</translation>
    </message>
</context>
<context>
    <name>RomeUpgradeDialog</name>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="52"/>
        <source>Passerelles avec la nouvelle version…</source>
        <translation>Bridges with the new version…</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="56"/>
        <source>Comparaison arrêtée.</source>
        <translation>Comparison stopped.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="58"/>
        <source>Passerelles avec la version précédente…</source>
        <translation>Bridges with the previous version…</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="75"/>
        <source>Ce que change la version {v} du ROME</source>
        <translation>What ROME version {v} changes</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="104"/>
        <source>Ouvrir « Passerelles »</source>
        <translation>Open “Bridges”</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="122"/>
        <source>La version {new} du ROME remplace la version {old}.</source>
        <translation>ROME version {new} replaces version {old}.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="125"/>
        <source>Version {new} du ROME importée.</source>
        <translation>ROME version {new} imported.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="127"/>
        <source>{n} métier de l&apos;étude change de fiches ROME ; son rattachement a suivi son appellation.</source>
        <translation>{n} study job changes ROME sheets; its mapping followed its appellation.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="129"/>
        <source>{n} métiers de l&apos;étude changent de fiches ROME ; chaque rattachement a suivi son appellation.</source>
        <translation>{n} study jobs change ROME sheets; each mapping followed its appellation.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="130"/>
        <source>Les rattachements des 58 métiers sont inchangés.</source>
        <translation>The mappings of the 58 jobs are unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="136"/>
        <source>Métiers de l&apos;étude ({n})</source>
        <translation>Study jobs ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="138"/>
        <source>Fiches du ROME ({n})</source>
        <translation>ROME sheets ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="139"/>
        <source>Niveaux et compétences ({n})</source>
        <translation>Levels and competencies ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="141"/>
        <source>Passerelles</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="147"/>
        <source>Les rattachements des 58 métiers aux fiches du ROME sont inchangés.</source>
        <translation>The mappings of the 58 jobs to ROME sheets are unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="149"/>
        <source>Chaque ligne de la table des rattachements (data/job_rome.csv) suit son appellation dans la nouvelle version ; un rattachement perdu est signalé et le métier garde ses autres fiches.</source>
        <translation>Each row of the mapping table (data/job_rome.csv) follows its appellation into the new version; a lost mapping is reported and the job keeps its other sheets.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="153"/>
        <source>aucune fiche</source>
        <translation>no sheet</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="154"/>
        <source>aucune fiche : à rattacher de nouveau</source>
        <translation>no sheet: to be mapped again</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="158"/>
        <source>{code} perdue</source>
        <translation>{code} lost</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="160"/>
        <source>{code} retrouvée</source>
        <translation>{code} found again</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="171"/>
        <source>Première version importée : rien à comparer.</source>
        <translation>First version imported: nothing to compare.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="175"/>
        <source>Depuis la version {old} : {what}.</source>
        <translation>Since version {old}: {what}.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="177"/>
        <source>aucune fiche ni appellation changée</source>
        <translation>no sheet or appellation changed</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="186"/>
        <source>Aucun niveau d&apos;impact corrigé ni compétence retenue à vérifier.</source>
        <translation>No corrected impact level or retained competency to check.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="191"/>
        <source>{kept}, {lost} à relire dans cette version (tous gardés ; chaque ligne dit s&apos;il compte encore).</source>
        <translation>{kept}, {lost} to review in this release (all kept; each line says whether it still counts).</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="193"/>
        <source>{n} conservé</source>
        <translation>{n} kept</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="194"/>
        <source>{n} conservés</source>
        <translation>{n} kept</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="266"/>
        <source>{n} métier n&apos;a plus les mêmes premières passerelles :</source>
        <translation>{n} job no longer has the same first bridges:</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="267"/>
        <source>{n} métiers n&apos;ont plus les mêmes premières passerelles :</source>
        <translation>{n} jobs no longer have the same first bridges:</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="282"/>
        <source>{n}, {k} à revoir :</source>
        <translation>{n}, {k} to review:</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="283"/>
        <location filename="../../gui/rome_upgrade_dialog.py" line="288"/>
        <source>{n} enregistrée</source>
        <translation>{n} recorded</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="283"/>
        <location filename="../../gui/rome_upgrade_dialog.py" line="288"/>
        <source>{n} enregistrées</source>
        <translation>{n} recorded</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="287"/>
        <source>{n}, {k} avec cette version.</source>
        <translation>{n}, {k} with this version.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="289"/>
        <source>{n} changée</source>
        <translation>{n} changed</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="289"/>
        <source>{n} changées</source>
        <translation>{n} changed</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="306"/>
        <source>{n} fiche ajoutée</source>
        <translation>{n} sheet added</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="307"/>
        <source>{n} fiches ajoutées</source>
        <translation>{n} sheets added</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="308"/>
        <source>{n} fiche supprimée</source>
        <translation>{n} sheet removed</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="309"/>
        <source>{n} fiches supprimées</source>
        <translation>{n} sheets removed</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="310"/>
        <source>{n} fiche renommée</source>
        <translation>{n} sheet renamed</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="311"/>
        <source>{n} fiches renommées</source>
        <translation>{n} sheets renamed</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="312"/>
        <source>{n} fiche recodée</source>
        <translation>{n} sheet recoded</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="313"/>
        <source>{n} fiches recodées</source>
        <translation>{n} sheets recoded</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="314"/>
        <source>{n} fiche fusionnée</source>
        <translation>{n} sheet merged</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="315"/>
        <source>{n} fiches fusionnées</source>
        <translation>{n} sheets merged</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="316"/>
        <source>{n} appellation déplacée</source>
        <translation>{n} appellation moved</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="317"/>
        <source>{n} appellations déplacées</source>
        <translation>{n} appellations moved</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="318"/>
        <source>{n} appellation ajoutée</source>
        <translation>{n} appellation added</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="319"/>
        <source>{n} appellations ajoutées</source>
        <translation>{n} appellations added</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="320"/>
        <source>{n} appellation supprimée</source>
        <translation>{n} appellation removed</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="321"/>
        <source>{n} appellations supprimées</source>
        <translation>{n} appellations removed</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="209"/>
        <source>Comparaison des passerelles avant et après…</source>
        <translation>Comparing the bridges before and after…</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="242"/>
        <source>Les passerelles n&apos;ont pas pu être comparées ; celles de la nouvelle version sont dans la vue « Passerelles ».</source>
        <translation>The bridges could not be compared; those of the new version are in the “Bridges” view.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="250"/>
        <source>Passerelles ({n})</source>
        <translation>Bridges ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="258"/>
        <source>Compétences retenues des métiers dont les fiches ont changé</source>
        <translation>Retained competencies of the jobs whose sheets changed</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="264"/>
        <source>Les premières passerelles des 58 métiers sont inchangées.</source>
        <translation>The first bridges of the 58 jobs are unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="269"/>
        <source> (fiches changées)</source>
        <translation> (sheets changed)</translation>
    </message>
    <message>
        <location filename="../../gui/rome_upgrade_dialog.py" line="279"/>
        <source>Aucune passerelle n&apos;est enregistrée pour une personne.</source>
        <translation>No bridge is recorded for anyone.</translation>
    </message>
</context>
<context>
    <name>RomeVersionsDialog</name>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="76"/>
        <source>Versions du ROME</source>
        <translation>ROME versions</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="93"/>
        <source>Revenir à cette version…</source>
        <translation>Go back to this version…</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="94"/>
        <source>Importe de nouveau les fichiers de la version choisie, depuis leur emplacement d&apos;origine</source>
        <translation>Imports the chosen version&apos;s files again, from where they were</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="98"/>
        <source>Importer une autre version…</source>
        <translation>Import another version…</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="117"/>
        <source>Aucune version du ROME n&apos;est encore importée.</source>
        <translation>No ROME version is imported yet.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="119"/>
        <source>Version en service : {v}, importée le {date}.</source>
        <translation>Version in use: {v}, imported on {date}.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="125"/>
        <source>La fenêtre utilise pour l&apos;instant la version désignée au lancement (--rome ou PASSERELLES_ROME) : {path}.</source>
        <translation>For now the window uses the version named at start-up (--rome or PASSERELLES_ROME): {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="129"/>
        <source>Chaque import compare la version à la précédente et fait suivre les rattachements des 58 métiers. Pour revenir à une version antérieure, importez de nouveau ses fichiers (vos niveaux corrigés et vos choix sont conservés).</source>
        <translation>Each import compares the version with the previous one and makes the mappings of the 58 jobs follow. To go back to an earlier version, import its files again (your corrected levels and your choices are kept).</translation>
    </message>
    <message>
        <location filename="../../gui/rome_versions_dialog.py" line="143"/>
        <source>Les fichiers de cette version ne sont plus à leur emplacement d&apos;origine : choisissez-les avec « Importer une autre version… »</source>
        <translation>This version&apos;s files are no longer where they were: choose them with “Import another version…”</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="81"/>
        <source>Importer un effectif</source>
        <translation>Import a staff list</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="91"/>
        <source>Fichier exporté du SIRH ou tenu dans Excel ou LibreOffice (.csv, .txt, .xlsx, .xls, .ods) : une ligne par personne avec au moins le matricule, le nom, le prénom et le métier. Rien n&apos;est enregistré avant « Enregistrer », et seulement si toutes les lignes retenues sont correctes. Les colonnes non utilisées ne sont pas conservées ; un fichier contenant des numéros de sécurité sociale est refusé.</source>
        <translation>File exported from the HR information system or kept in Excel or LibreOffice (.csv, .txt, .xlsx, .xls, .ods): one line per person with at least the employee ID, last name, first name and job. Nothing is saved before “Save”, and only if every line kept is correct. Unused columns are not kept; a file containing social security numbers is refused.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="98"/>
        <source>Aucun fichier choisi.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="100"/>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="102"/>
        <source>Relire le fichier</source>
        <translation>Read the file again</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="103"/>
        <source>Après avoir corrigé le fichier dans Excel</source>
        <translation>After correcting the file in Excel</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="138"/>
        <source>Correspondances des intitulés…</source>
        <translation>Job title correspondences…</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="139"/>
        <source>Les intitulés de poste de votre entreprise associés une fois pour toutes à un métier</source>
        <translation>Your company&apos;s job titles mapped once and for all to a job</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="143"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="175"/>
        <source>Lignes à enregistrer ({n})</source>
        <translation>Lines to save ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="177"/>
        <source>Erreurs ({n})</source>
        <translation>Errors ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="179"/>
        <source>Colonnes</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="180"/>
        <source>Vos choix ({n})</source>
        <translation>Your choices ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="188"/>
        <source>Effectif à importer</source>
        <translation>Staff list to import</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="196"/>
        <source>Effectifs (*.csv *.txt *.xlsx *.xls *.ods)</source>
        <translation>Staff lists (*.csv *.txt *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="197"/>
        <source>Textes délimités (*.csv *.txt)</source>
        <translation>Delimited text (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="198"/>
        <source>Classeurs Excel (*.xlsx *.xls)</source>
        <translation>Excel workbooks (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="199"/>
        <source>Classeurs LibreOffice (*.ods)</source>
        <translation>LibreOffice workbooks (*.ods)</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="200"/>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="29"/>
        <source>Feuille « {sheet} » lue : la feuille visible dont la ligne d&apos;en-têtes reconnaît le plus de colonnes (une feuille masquée n&apos;est jamais lue) ; {unread} : {others}.</source>
        <translation>Sheet “{sheet}” read: the visible sheet whose header line recognises the most columns (a hidden sheet is never read); {unread}: {others}.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="35"/>
        <source>autre feuille non lue</source>
        <translation>other sheet not read</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="36"/>
        <source>autres feuilles non lues</source>
        <translation>other sheets not read</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="62"/>
        <source>&lt;b&gt;Fichier refusé en l&apos;état : colonnes à indiquer.&lt;/b&gt; Dans l&apos;onglet « Colonnes », choisissez ce que contient chaque colonne non reconnue.</source>
        <translation>&lt;b&gt;File refused as it is: columns to set.&lt;/b&gt; In the “Columns” tab, choose what each unrecognised column holds.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="70"/>
        <source>&lt;b&gt;Fichier refusé en l&apos;état :&lt;/b&gt; {reason}.</source>
        <translation>&lt;b&gt;File refused as it stands:&lt;/b&gt; {reason}.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="73"/>
        <source>&lt;b&gt;Fichier refusé en l&apos;état : {lines}.&lt;/b&gt; Rien ne sera enregistré tant qu&apos;il en reste. Corrigez le fichier puis « Relire le fichier », ou, pour chaque erreur, choisissez le métier de la ligne ou laissez-la hors de l&apos;import.</source>
        <translation>&lt;b&gt;File refused as it is: {lines}.&lt;/b&gt; Nothing will be saved while any remain. Correct the file then “Read the file again”, or, for each error, choose the line&apos;s job or leave it out of the import.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="79"/>
        <source>{n} ligne en erreur</source>
        <translation>{n} line with errors</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="80"/>
        <source>{n} lignes en erreur</source>
        <translation>{n} lines with errors</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="86"/>
        <source>{lines} ({created}). Vérifiez-les puis cliquez sur « Enregistrer ».</source>
        <translation>{lines} ({created}). Check them, then click “Save”.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="91"/>
        <source>{n} ligne correcte</source>
        <translation>{n} correct line</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="92"/>
        <source>{n} lignes correctes</source>
        <translation>{n} correct lines</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="95"/>
        <source>{n} nouvelle personne</source>
        <translation>{n} new person</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="96"/>
        <source>{n} nouvelles personnes</source>
        <translation>{n} new people</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="100"/>
        <source>{n} ligne laissée hors de l&apos;import.</source>
        <translation>{n} line left out of the import.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="101"/>
        <source>{n} lignes laissées hors de l&apos;import.</source>
        <translation>{n} lines left out of the import.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="24"/>
        <source>Lu comme : {how}, en-têtes ligne {line}.</source>
        <translation>Read as: {how}, headers on line {line}.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="47"/>
        <source>« {name} » (masquée)</source>
        <translation>“{name}” (hidden)</translation>
    </message>
    <message>
        <location filename="../../gui/roster_summary.py" line="49"/>
        <source>« {name} »</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="221"/>
        <source>Lecture et vérification du fichier…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="291"/>
        <source>Fichier illisible.</source>
        <translation>Unreadable file.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="297"/>
        <source>&lt;b&gt;Fichier refusé.&lt;/b&gt; Rien n&apos;a été enregistré.</source>
        <translation>&lt;b&gt;File refused.&lt;/b&gt; Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="342"/>
        <source>« {title} » sera désormais lu comme « {job} ».</source>
        <translation>“{title}” will now be read as “{job}”.</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="382"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../gui/roster_import_dialog.py" line="410"/>
        <source>&lt;b&gt;Rien n&apos;a été enregistré.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nothing was saved.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>RosterProblemsModel</name>
    <message>
        <location filename="../../gui/roster_fixes.py" line="35"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="36"/>
        <source>Colonne (cellule)</source>
        <translation>Column (cell)</translation>
    </message>
    <message>
        <location filename="../../gui/roster_fixes.py" line="37"/>
        <source>Problème</source>
        <translation>Problem</translation>
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
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../gui/unsaved.py" line="27"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="29"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="30"/>
        <source>Ne pas enregistrer</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../gui/unsaved.py" line="32"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
</context>
</TS>
