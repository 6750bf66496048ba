"""Matching jobs and people: competency profiles, similarity, graph, bridges, training, plan.

Modules:
- ``job_rome``: the reviewed mapping of the 58 jobs to ROME sheets (``data/job_rome.csv``);
- ``competencies``: the job × competency matrix (weights, core flags, macro-competencies);
- ``competency_levels``, ``levels_schema``, ``level_book``: the 1–5 impact level of each ROME
  competency (rules, user overrides, instant re-scoring);
- ``similarity``, ``similarity_features``, ``similarity_fit``: similarity between ROME sheets
  and between jobs, its ingredients and its evaluation on France Travail's mobility links;
- ``graph``: the job graph (networkx);
- ``bridges``: ranked, explained bridges from a job;
- ``training``: a training plan for the competencies to acquire;
- ``plan``: the collective min-cost-flow plan;
- ``engine``: the one service that loads all of the above once and answers the views;
- ``release_bridges``: the bridges before and after a new ROME release (jobs, chosen bridges).

May import: ``domain.errors``, ``domain.text``, ``domain.paths``, ``domain.data_files``,
``domain.study``, ``domain.rome``, ``domain.store``. Never imports ``people`` records' SQL
directly nor ``reports``.
"""
