"""Plain records a report is printed from: no engine, no store, no reportlab.

Everything here is a frozen dataclass of strings, numbers and tuples, so that a report can be
built in tests from hand-made values, and so that batch workers receive small picklable
objects instead of the engine. :mod:`domain.reports.content` fills them from the domain
services; :mod:`domain.reports.sections` turns them into flowables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ExposureLine:
    """A job's published position in one of the study's three qualifications."""

    code: str  # initial | revised | experts
    label: str  # « PwC initial », « PwC revu », « Experts métier »
    score: float
    rank: int
    profile: str
    chosen: bool = False
    flag: str = ""  # why the study contradicts itself on this row, if it does


@dataclass(frozen=True)
class CompetencyLine:
    """A ROME competency or knowledge item with its impact level (1–5) when known."""

    label: str
    level: int | None = None
    kind: str = "savoir_faire"  # savoir_faire | savoir_etre | savoir
    core: bool = False
    estimate: bool = True  # our rule-based estimate, not a level the study or a user gave
    near: bool = False  # its macro-competency is already practised
    code: str = ""
    category: str = ""
    subcategory: str = ""


@dataclass(frozen=True)
class LevelSeries:
    legend: str
    counts: tuple[int, int, int, int, int]


@dataclass(frozen=True)
class UseCaseLine:
    label: str
    priority: int
    priority_label: str
    description: str = ""


@dataclass(frozen=True)
class RomeSheetLine:
    code: str
    label: str
    present: bool = True  # False when the sheet is missing from the release in use


@dataclass(frozen=True)
class JobPart:
    """« Votre métier face à l'IA générative »: everything about the person's current job."""

    name: str
    family: str
    core: bool
    qualification: str  # code of the chosen qualification
    exposures: tuple[ExposureLine, ...]
    profile_definition: str = ""
    level_labels: tuple[str, ...] = ()  # « 1 – Négligeable » … « 5 – Majeur »
    level_series: tuple[LevelSeries, ...] = ()
    most_exposed: tuple[CompetencyLine, ...] = ()
    least_exposed: tuple[CompetencyLine, ...] = ()
    rated_count: int = 0
    use_cases: tuple[UseCaseLine, ...] = ()
    rome_sheets: tuple[RomeSheetLine, ...] = ()

    @property
    def chosen(self) -> ExposureLine:
        return next(e for e in self.exposures if e.chosen)


@dataclass(frozen=True)
class GapGroupLine:
    """Competencies to acquire beyond the key gaps, gathered by macro-competency."""

    label: str
    count: int


@dataclass(frozen=True)
class StepLine:
    """One hop of a two-step path with its own similarity."""

    source: str
    target: str
    similarity: float


@dataclass(frozen=True)
class BridgePart:
    """One proposed bridge with what the plan needs to be built from it."""

    target: str
    kind: str
    similarity: float
    exposure: float | None
    classification: str
    path: tuple[str, ...]
    rome_link: bool
    coverage: float  # share of the target's key competencies already held (the headline)
    shared: tuple[CompetencyLine, ...]  # what the person brings, savoir-faire first
    gap: tuple[CompetencyLine, ...]  # everything to acquire, most important first
    explanation: str = ""
    access: str = ""  # the target's ROME access conditions (diplomas, experience)
    regulated: bool = False  # access to the target reserved by law (data/job_traits.csv)
    target_use_cases: tuple[UseCaseLine, ...] = ()
    key_gaps: tuple[CompetencyLine, ...] = ()  # at most 8: what to learn first
    gap_groups: tuple[GapGroupLine, ...] = ()  # the rest, by macro-competency
    promotion: bool = False  # towards a management job
    steps: tuple[StepLine, ...] = ()
    core_total: int = 0
    core_held: int = 0
    warnings: tuple[str, ...] = ()  # rules a wished bridge does not follow
    chosen: bool = False  # the bridge the recorded decision names

    @property
    def two_step(self) -> bool:
        return len(self.path) > 2

    @property
    def gap_count(self) -> int:
        return len(self.gap)


@dataclass(frozen=True)
class JobContent:
    """Everything that depends on the job only (computed once per job in a batch)."""

    job: JobPart
    bridges: tuple[BridgePart, ...]
    rome_version: str = ""
    rome_available: bool = True
    notices: tuple[str, ...] = ()  # plain French sentences: what is missing and why
    settings_note: str = ""  # which jobs count as bridge targets
    is_manager: bool = False


@dataclass(frozen=True)
class PlanStep:
    order: int
    title: str
    kind: str
    priority: int
    priority_label: str
    hours: float
    covers: tuple[str, ...]
    start_week: int
    end_week: int
    description: str = ""


@dataclass(frozen=True)
class PlanPart:
    source: str
    target: str
    steps: tuple[PlanStep, ...]
    total_hours: float
    weeks: int
    hours_per_week: float
    notes: tuple[str, ...] = ()
    adaptation: bool = False  # a plan for the current job, when there is no bridge
    access_info: str = ""  # the target's access conditions for external hiring (not a step)


@dataclass(frozen=True)
class RecommendationLine:
    reference: str  # « axe 4, recommandation 9 »
    title: str  # the study's wording
    meaning: str  # what it means for this person (our words)


@dataclass(frozen=True)
class AxisPart:
    number: int
    title: str
    objective: str
    recommendations: tuple[RecommendationLine, ...]


@dataclass(frozen=True)
class DecisionLine:
    target: str
    status: str
    comment: str = ""


@dataclass(frozen=True)
class NoteLine:
    """An interview note the person agreed to see printed."""

    held_on: date
    body: str


@dataclass(frozen=True)
class PersonPart:
    employee_id: str
    first_name: str
    last_name: str
    entry_date: date | None = None
    seniority: str = ""
    wishes: str = ""
    decisions: tuple[DecisionLine, ...] = ()
    declared: tuple[str, ...] = ()  # labels of the competencies the person declared
    rejected: tuple[str, ...] = ()  # labels of their job's competencies they do not practise
    notes: tuple[NoteLine, ...] = ()  # shareable interview notes only

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(frozen=True)
class ReportData:
    """One report: a person's (or a generic job sheet when ``person`` is None)."""

    title: str
    author: str
    created: date
    job: JobPart
    bridges: tuple[BridgePart, ...] = ()
    plan: PlanPart | None = None
    axes: tuple[AxisPart, ...] = ()
    person: PersonPart | None = None
    notices: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    rome_version: str = ""
    rome_available: bool = True
    settings_note: str = ""
    method_notes: tuple[str, ...] = field(default=())

    @property
    def subject(self) -> str:
        return self.person.full_name if self.person else self.job.name
