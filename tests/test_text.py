from domain.text import closest, fold, slug


def test_fold_ignores_case_accents_apostrophes_and_spaces():
    assert fold("  Chargé d’Assistance ") == fold("charge d'assistance")
    assert fold("l''entretien") == "l'entretien"


def test_slug_is_ascii_and_stable():
    assert slug("Médecin d'assistance") == "medecin-d-assistance"


def test_closest_suggests_the_intended_job():
    jobs = ["Chargé d'assistance", "Chargé d'accueil d'assistance", "Juriste"]
    assert closest("charge d assistanse", jobs)[0] == "Chargé d'assistance"
    assert closest("zzzz", jobs) == []


def test_closest_puts_a_typed_prefix_first():
    jobs = ["Chargé d'études", "Chargé d'accueil d'assistance", "Chargé de conciergerie"]
    assert closest("chargee d acceuil", jobs)[0] == "Chargé d'accueil d'assistance"


def test_french_timestamp_is_local_day_and_minute():
    from datetime import UTC, datetime

    from domain.text import french_timestamp

    moment = datetime(2026, 12, 1, 0, 18, 21, tzinfo=UTC)
    local = moment.astimezone()
    stamp = moment.isoformat()
    assert french_timestamp(stamp) == f"{local:%d/%m/%Y} à {local:%H:%M}"
    assert french_timestamp(stamp, time=False) == f"{local:%d/%m/%Y}"
    assert french_timestamp("2026-12-01") == "01/12/2026"
    assert french_timestamp("") == "" and french_timestamp("pas une date") == "pas une date"
