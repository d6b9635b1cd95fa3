"""award.toml: the award's own rules, validated before anything is stored.

The schema is the secretary's contract; every error names the key and what is allowed.
"""

from __future__ import annotations

import math
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from jury import limits
from jury.errors import SettingsError
from jury.i18n import Both, Message
from jury.limits import Said, lines, number, said
from jury.rules import DEFAULT_NOMINEES

TIE_RULES = ("head_to_head", "median")
MAX_STEPS = 1_000
MAX_NOMINEES = 100
MAX_WEIGHT = 1_000
MAX_CRITERIA = 50
MAX_CATEGORIES = 50


class _Refused(ValueError):
    """A value award.toml may not hold; `said` says why in the reader's language."""

    def __init__(self, key: str | Message, **values: Any) -> None:
        self.said = key if isinstance(key, Message) else said(key, **values)
        super().__init__(str(self.said))


def _one_line(value: str) -> str:
    problem = limits.char_problem(value, multiline=False)
    if problem is not None:
        raise _Refused(problem)
    return " ".join(value.split())


def _limit(field: str) -> StringConstraints:
    """Text of at most the field's limit (jury.limits), trimmed, not empty."""
    return StringConstraints(strip_whitespace=True, min_length=1,
                             max_length=limits.FIELD_CHARS[field])


_NoControls = AfterValidator(_one_line)
Key = Annotated[str, StringConstraints(pattern=r"^[a-z_]+$",
                                       max_length=limits.FIELD_CHARS["key"])]
Text = Annotated[str, _limit("label"), _NoControls]
AwardName = Annotated[str, _limit("award_name"), _NoControls]
Edition = Annotated[str, _limit("edition"), _NoControls]
Question = Annotated[str, _limit("question"), _NoControls]


class _Strict(BaseModel):
    # inf and nan are valid TOML numbers; no weight, bound or step of an award is either.
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class AwardInfo(_Strict):
    name: AwardName
    edition: Edition
    language: Literal["nl", "en"] = "nl"


class Scale(_Strict):
    min: float
    max: float
    step: float = 1
    labels: dict[str, Text] = Field(default_factory=dict)
    # The same meanings in English, for English screens; without them English shows `labels`.
    labels_en: dict[str, Text] = Field(default_factory=dict)

    @field_validator("step")
    @classmethod
    def _step(cls, step: float) -> float:
        if step not in (1, 0.5):
            raise _Refused("award_toml.step", step=step)
        return step

    @model_validator(mode="after")
    def _check(self) -> Scale:
        if self.max <= self.min:
            raise _Refused("award_toml.max_min", max=self.max, min=self.min)
        steps = (self.max - self.min) / self.step
        if steps > MAX_STEPS:
            raise _Refused("award_toml.steps", min=self.min, max=self.max, step=self.step,
                           steps=number(steps), limit=number(MAX_STEPS))
        for bound in (self.min, self.max):
            if not _on_grid(bound - self.min, self.step) or not _on_grid(bound, self.step):
                raise _Refused("award_toml.grid", step=self.step)
        for raw in [*self.labels, *self.labels_en]:
            try:
                value = float(raw.replace(",", "."))
            except ValueError:
                raise _Refused("award_toml.label_key", name=repr(raw)) from None
            if not self.allows(value):
                raise _Refused("award_toml.label_value", name=repr(raw), scale=self.described())
        return self

    def allows(self, value: float) -> bool:
        """True for a value inside [min, max] on the step grid."""
        return (
            self.min - 1e-9 <= value <= self.max + 1e-9
            and _on_grid(value - self.min, self.step)
        )

    def values(self) -> list[float]:
        count = round((self.max - self.min) / self.step)
        return [self.min + i * self.step for i in range(count + 1)]

    def label_for(self, value: float, language: str = "nl") -> str | None:
        """The meaning of `value` in `language` ('goed' / 'good'), None when it has none."""
        labels = self.labels_en if language == "en" and self.labels_en else self.labels
        for raw, label in labels.items():
            if math.isclose(float(raw.replace(",", ".")), value):
                return label
        return None

    def describe(self) -> str:
        """'1–10', '1–5 in steps of 0.5': the scale in English (described() for a message)."""
        return str(self.described())

    def described(self) -> Said:
        """The scale in the reader's words: '1–5 in stappen van 0,5', '1–5 in steps of 0.5'."""
        if self.step == 1:
            return said("award_toml.scale", min=self.min, max=self.max)
        return said("award_toml.scale.step", min=self.min, max=self.max, step=self.step)


class CriterionSettings(_Strict):
    key: Key
    label_nl: Text
    label_en: Text
    question_nl: Question
    question_en: Question
    # Above zero, not just at least zero: the weight-sensitivity check divides by each weight,
    # and a criterion that must not count should not be scored at all.
    weight: float = Field(default=1, gt=0, le=MAX_WEIGHT)


class CategorySettings(_Strict):
    key: Key
    label_nl: Text
    label_en: Text
    nominees: int = Field(default=DEFAULT_NOMINEES, ge=1, le=MAX_NOMINEES)


class RankingSettings(_Strict):
    aggregate: Literal["adjusted", "mean", "median", "trimmed"] = "adjusted"
    tie_break: list[str] = Field(
        default_factory=lambda: ["effectiveness", "head_to_head", "median"]
    )
    disagreement_range: float | None = Field(default=None, gt=0)
    close_call: float | None = Field(default=None, ge=0)


class Band(_Strict):
    """A word for the jury's assessment: from this value up (to the next band) on the scale."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False,
                              populate_by_name=True)
    name_nl: Text
    name_en: Text
    start: float = Field(alias="from")


# The Dutch grading words, at the points of the scale where 5.5, 7.5 and 8.5 lie on 1-10.
DEFAULT_BANDS = (("uitstekend", "excellent", 7.5 / 9), ("goed", "good", 6.5 / 9),
                 ("voldoende", "sufficient", 4.5 / 9), ("onvoldoende", "insufficient", 0.0))
MAX_BANDS = 10


class FeedbackSettings(_Strict):
    """award.toml [feedback]: the bands the letters use, and their default language."""

    bands: list[Band] | None = Field(default=None, min_length=1, max_length=MAX_BANDS)
    language: Literal["nl", "en"] | None = None

    def bands_for(self, scale: Scale) -> list[Band]:
        """The bands, highest first: award.toml's, or the default derived from the scale."""
        if self.bands:
            return sorted(self.bands, key=lambda b: b.start, reverse=True)
        span = scale.max - scale.min
        return [Band.model_validate({"name_nl": nl, "name_en": en,
                                     "from": round(scale.min + share * span, 1)})
                for nl, en, share in DEFAULT_BANDS]


class AwardSettings(_Strict):
    award: AwardInfo
    scale: Scale
    criteria: list[CriterionSettings] = Field(min_length=1, max_length=MAX_CRITERIA)
    categories: list[CategorySettings] = Field(default_factory=list, max_length=MAX_CATEGORIES)
    ranking: RankingSettings = Field(default_factory=RankingSettings)
    feedback: FeedbackSettings = Field(default_factory=FeedbackSettings)

    @field_validator("criteria", "categories")
    @classmethod
    def _unique_keys(cls, items: list) -> list:
        seen: set[str] = set()
        for item in items:
            if item.key in seen:
                raise _Refused("award_toml.key_twice", name=repr(item.key))
            seen.add(item.key)
        return items

    @model_validator(mode="after")
    def _check_bands(self) -> AwardSettings:
        starts = [b.start for b in self.feedback.bands or ()]
        for band in self.feedback.bands or ():
            if not self.scale.min <= band.start <= self.scale.max:
                raise _Refused("award_toml.band_outside",
                               band=Both(repr(band.name_nl), repr(band.name_en)),
                               start=band.start, scale=self.scale.described())
        if len(set(starts)) != len(starts):
            raise _Refused("award_toml.band_same")
        return self

    @property
    def letter_language(self) -> str:
        """The feedback letters' default language: [feedback] language, else the award's."""
        return self.feedback.language or self.award.language

    @model_validator(mode="after")
    def _check_ranking(self) -> AwardSettings:
        keys = {c.key for c in self.criteria}
        for rule in self.ranking.tie_break:
            if rule not in keys and rule not in TIE_RULES:
                allowed = ", ".join([*sorted(keys), *TIE_RULES])
                raise _Refused("award_toml.tie_break", rule=repr(rule), allowed=allowed)
        return self

    @property
    def slug(self) -> str:
        return slugify(self.award.name)

    @property
    def disagreement_range(self) -> float:
        """The award's setting, or 30% of the scale span rounded up to the step."""
        if self.ranking.disagreement_range is not None:
            return self.ranking.disagreement_range
        span = (self.scale.max - self.scale.min) * 0.3
        return math.ceil(span / self.scale.step - 1e-9) * self.scale.step

    @property
    def close_call(self) -> float:
        """The margin on the total below which a winner or last nominee is a close call: the
        award's [ranking] close_call, or 5% of the scale span (0.45 on 1-10, 0.2 on 1-5)."""
        if self.ranking.close_call is not None:
            return self.ranking.close_call
        return round((self.scale.max - self.scale.min) * 0.05, 4)


def load_award_settings(path: Path) -> AwardSettings:
    """Read and validate award.toml; a wrong file raises SettingsError naming every bad key."""
    if path.is_dir():
        path = path / "award.toml"
    if path.exists() and not path.is_file():
        # A pipe or a device would make the read wait forever, or never end.
        raise SettingsError("award_toml.not_regular", path=str(path))
    try:
        size = path.stat().st_size
        if size > limits.SETTINGS_FILE_BYTES:
            raise SettingsError("award_toml.too_big", path=str(path), size=number(size),
                                limit=number(limits.SETTINGS_FILE_BYTES))
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise SettingsError("award_toml.not_found", path=str(path)) from None
    except RecursionError:
        raise SettingsError("award_toml.too_deep", path=str(path)) from None
    except OSError as exc:
        raise SettingsError("award_toml.unreadable", path=str(path),
                            error=str(exc.strerror or exc)) from None
    except UnicodeDecodeError:
        raise SettingsError("award_toml.not_utf8", path=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError("award_toml.not_toml", path=str(path), error=str(exc)) from None
    return parse_award_settings(raw, source=str(path))


def parse_award_settings(raw: dict, source: str = "award.toml") -> AwardSettings:
    """Validate settings already read; a wrong value raises SettingsError naming its key."""
    try:
        return AwardSettings.model_validate(raw)
    except RecursionError:
        raise SettingsError("award_toml.too_deep", path=source) from None
    except ValidationError as exc:
        found = [said("award_toml.problem", path=source, setting=_where(err["loc"], raw),
                      problem=_what(err)) for err in exc.errors()]
        raise SettingsError("award_toml.problems", problems=lines(found)) from None


def slugify(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "award"


def _where(loc: tuple, raw: dict) -> str | Said:
    """'criteria[2].key' for pydantic's ('criteria', 1, 'key'): 1-based, as a reader counts."""
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1] += f"[{item + 1}]"
        elif item in {"function-after", "literal"} or "[" in str(item):
            continue
        else:
            parts.append(str(item))
    return ".".join(parts) or Said("award_toml.top_level")


def _what(err: Any) -> str | Message:
    kind, msg = err["type"], err["msg"]
    given = _given(err.get("input"))
    bounds = err.get("ctx") or {}
    if kind == "value_error" and isinstance(bounds.get("error"), _Refused):
        return bounds["error"].said
    simple = {"missing": "award_toml.missing", "extra_forbidden": "award_toml.unknown_key",
              "string_pattern_mismatch": "award_toml.pattern", "finite_number": "award_toml.finite",
              "int_from_float": "award_toml.whole", "bool_type": "award_toml.bool",
              "string_type": "award_toml.text", "float_parsing": "award_toml.number",
              "float_type": "award_toml.number", "int_parsing": "award_toml.whole",
              "int_type": "award_toml.whole", "list_type": "award_toml.list",
              "dict_type": "award_toml.table", "model_type": "award_toml.table",
              "string_too_short": "award_toml.empty", "bool_parsing": "award_toml.bool"}
    if kind in simple:
        return said(simple[kind], given=given)
    if kind == "literal_error":
        expected = msg.removeprefix("Input should be ")
        choices = [part.strip() for part in expected.replace(" or ", ", ").split(",")]
        return said("award_toml.literal", given=given, expected=limits.either(choices, commas=True))
    if kind == "value_error":
        return msg.removeprefix("Value error, ")
    if kind == "greater_than":
        return said("award_toml.greater_than", given=given, bound=_given(bounds["gt"]))
    if kind == "greater_than_equal":
        return said("award_toml.at_least", given=given, bound=_given(bounds["ge"]))
    if kind == "less_than_equal":
        return said("award_toml.at_most", given=given, bound=_given(bounds["le"]))
    if kind == "int_parsing_size":  # nominees = 1e20: too large to be a count at all
        return said("award_toml.count", given=given, limit=MAX_NOMINEES)
    if kind == "string_too_long":
        return said("award_toml.too_long", length=number(len(err["input"])),
                    limit=number(bounds["max_length"]))
    if kind == "too_long":
        return said("award_toml.items", items=err["ctx"]["actual_length"],
                    limit=bounds["max_length"])
    return said("award_toml.other", problem=f"{msg[:1].lower()}{msg[1:]}", given=given)


def _given(value: Any) -> str | Message:
    """The value as the secretary wrote it, cut short: a message never floods the screen."""
    if isinstance(value, str):
        return limits.shown(value)
    if isinstance(value, float):
        return _num(value) if math.isfinite(value) else str(value)
    text = repr(value)
    return text if len(text) <= 60 else text[:60] + "…"


def _on_grid(value: float, step: float) -> bool:
    ratio = value / step
    return abs(ratio - round(ratio)) < 1e-9


def _num(value: float) -> str:
    return f"{value:g}"
