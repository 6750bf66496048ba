"""Matching jobs and people: competency profiles, similarity, graph, bridges, training, plan.

Modules:
- ``job_profiles``, ``profiles_schema``: each job's retained competencies
  (``data/job_profiles.csv``) and the user's retain / drop (migration 4);
- ``competencies``: the job × competency matrix (weights, core flags, macro-competencies);
- ``competency_levels``, ``levels_schema``, ``level_book``: the 1–5 impact level of each ROME
  competency (rules, user overrides, instant re-scoring);
- ``similarity``, ``similarity_features``, ``similarity_fit``: similarity between ROME sheets
  and between jobs, its ingredients and its evaluation on France Travail's mobility links;
- ``graph``: the job graph (networkx);
- ``coverage``: the headline of a bridge, the share of a target's key competencies held, for
  a job or a person (their job's competencies, plus declared, minus rejected);
- ``targets``: which jobs a bridge may lead to (exposure, regulated jobs, promotions) and
  through which plausible intermediate;
- ``gaps``: what a person brings and the key gaps to learn first;
- ``bridges``: ranked, explained bridges from a job or a person, or towards a wished job;
- ``bridge_fields``: the French description of every field a bridge shows;
- ``person_profile``, ``competency_search``: a person's profile as a list, finding a competency;
- ``training_catalogue``, ``training``: the checked training catalogue, and a plan for the
  competencies to acquire;
- ``plan``, ``plan_export``: the collective min-cost-flow plan, and its .xlsx workbook;
- ``engine``: the one service that loads all of the above once and answers the views;
- ``release_bridges``: the bridges before and after a new ROME release (jobs, chosen bridges).

May import: ``domain.errors``, ``domain.text``, ``domain.paths``, ``domain.data_files``,
``domain.tables`` (headcount files), ``domain.study``, ``domain.store``, ``domain.rome``
(the job → sheet mapping lives there). Never imports ``people`` or ``reports``: a person's
competencies reach it as plain records.
"""
