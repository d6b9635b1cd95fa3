import pytest

from jury.award_settings import load_award_settings, parse_award_settings
from jury.errors import SettingsError

from .conftest import SAMPLE

BASE = {
    "award": {"name": "Techniek Inclusief Award", "edition": "2026"},
    "scale": {"min": 1, "max": 10, "step": 1},
    "criteria": [
        {"key": "innovation", "label_nl": "Vernieuwing", "label_en": "Innovation",
         "question_nl": "Uniek?", "question_en": "Unique?"},
        {"key": "effectiveness", "label_nl": "Effectiviteit", "label_en": "Effectiveness",
         "question_nl": "Werkt het?", "question_en": "Does it work?"},
    ],
}


def with_(**changes):
    import copy

    raw = copy.deepcopy(BASE)
    for dotted, value in changes.items():
        target = raw
        *path, last = dotted.split("__")
        for part in path:
            target = target[int(part)] if part.isdigit() else target.setdefault(part, {})
        target[last] = value
    return raw


def error_for(raw) -> str:
    with pytest.raises(SettingsError) as caught:
        parse_award_settings(raw)
    return str(caught.value)


def test_the_sample_edition_holds_the_awards_rules():
    settings = load_award_settings(SAMPLE)
    assert [c.key for c in settings.criteria] == ["innovation", "transferability", "effectiveness"]
    assert all(c.weight == 1 for c in settings.criteria)
    assert [(c.key, c.nominees) for c in settings.categories] == [("mkb", 3), ("groot", 3)]
    assert settings.scale.label_for(6) == "voldoende"
    assert settings.scale.label_for(10) == "uitmuntend"


def test_defaults_fill_what_the_file_leaves_out():
    settings = parse_award_settings(BASE)
    assert settings.award.language == "nl"
    assert settings.ranking.aggregate == "adjusted"
    assert settings.ranking.tie_break == ["effectiveness", "head_to_head", "median"]
    assert settings.categories == []
    # 30% of a span of 9 is 2.7, rounded up to the step.
    assert settings.disagreement_range == 3
    half = parse_award_settings(with_(scale__step=0.5, scale__max=5))
    assert half.disagreement_range == 1.5


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (with_(criteria__0__key="Innovation"), "criteria[1].key: 'Innovation' is not allowed"),
        (with_(ranking__aggregate="average"), "ranking.aggregate: 'average' is not allowed; use"),
        (with_(award__language="de"), "award.language: 'de' is not allowed"),
        (with_(scale__step=2), "scale.step: 2 is not allowed"),
        (with_(criteria__1__weight=0), "criteria[2].weight"),
        (with_(criteria__1__key="innovation"), "criteria: key 'innovation' appears twice"),
        (with_(ranking__tie_break=["effectiveness", "coin"]), "'coin' is not one of"),
        (with_(scale__labels={"11": "te hoog"}), "'11' is not a value on the scale 1–10"),
        (with_(scale__labels_en={"11": "too high"}), "'11' is not a value on the scale 1–10"),
        (with_(scale__min=10, scale__max=1), "max (1) must be greater than min (10)"),
        (with_(award__colour="blue"), "award.colour: unknown key"),
        ({k: v for k, v in BASE.items() if k != "criteria"}, "criteria: missing"),
    ],
)
def test_a_wrong_file_names_the_key_and_what_is_allowed(raw, expected):
    assert expected in error_for(raw)


def test_missing_and_broken_files_say_so(tmp_path):
    with pytest.raises(SettingsError, match="award.toml: not found"):
        load_award_settings(tmp_path)
    (tmp_path / "award.toml").write_text("[award\nname = 1", encoding="utf-8")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_award_settings(tmp_path)


def test_scale_values_and_steps():
    scale = parse_award_settings(with_(scale__step=0.5, scale__max=3)).scale
    assert scale.values() == [1, 1.5, 2, 2.5, 3]
    assert scale.allows(2.5) and not scale.allows(2.25) and not scale.allows(3.5)
    assert scale.describe() == "1–3 in steps of 0.5"


def test_the_scale_means_the_same_in_english_and_the_meanings_are_stored(services):
    """An English screen reads 'good' where a Dutch one reads 'goed'; both survive the
    database (schema 9), and without [scale.labels_en] English falls back to the Dutch."""
    from jury.services import Actor
    from jury.services.base import load_settings

    settings = load_award_settings(SAMPLE / "award.toml")
    assert (settings.scale.label_for(8), settings.scale.label_for(8, "en")) == ("goed", "good")
    services.award.setup(Actor.secretary(), settings)
    with services.award.reading() as session:
        stored = load_settings(session).scale
    assert (stored.label_for(8, "nl"), stored.label_for(8, "en")) == ("goed", "good")
    dutch_only = settings.scale.model_copy(update={"labels_en": {}})
    assert dutch_only.label_for(8, "en") == "goed"

