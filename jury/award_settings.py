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
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from jury.errors import SettingsError

Key = Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
TIE_RULES = ("head_to_head", "median")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AwardInfo(_Strict):
    name: Text
    edition: Text
    language: Literal["nl", "en"] = "nl"


class Scale(_Strict):
    min: float
    max: float
    step: float = 1
    labels: dict[str, Text] = Field(default_factory=dict)

    @field_validator("step")
    @classmethod
    def _step(cls, step: float) -> float:
        if step not in (1, 0.5):
            raise ValueError(f"{step:g} is not allowed; use 1 or 0.5")
        return step

    @model_validator(mode="after")
    def _check(self) -> Scale:
        if self.max <= self.min:
            raise ValueError(f"max ({_num(self.max)}) must be greater than min ({_num(self.min)})")
        for bound in (self.min, self.max):
            if not _on_grid(bound - self.min, self.step) or not _on_grid(bound, self.step):
                raise ValueError(f"min and max must be multiples of step {_num(self.step)}")
        for raw in self.labels:
            try:
                value = float(raw.replace(",", "."))
            except ValueError:
                raise ValueError(f"labels: key {raw!r} is not a number") from None
            if not self.allows(value):
                raise ValueError(f"labels: {raw!r} is not a value on the scale {self.describe()}")
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

    def label_for(self, value: float) -> str | None:
        for raw, label in self.labels.items():
            if math.isclose(float(raw.replace(",", ".")), value):
                return label
        return None

    def describe(self) -> str:
        step = "" if self.step == 1 else f" in steps of {_num(self.step)}"
        return f"{_num(self.min)}–{_num(self.max)}{step}"


class CriterionSettings(_Strict):
    key: Key
    label_nl: Text
    label_en: Text
    question_nl: Text
    question_en: Text
    weight: float = Field(default=1, gt=0)


class CategorySettings(_Strict):
    key: Key
    label_nl: Text
    label_en: Text
    nominees: int = Field(default=3, ge=1)


class RankingSettings(_Strict):
    aggregate: Literal["adjusted", "mean", "median", "trimmed"] = "adjusted"
    tie_break: list[str] = Field(
        default_factory=lambda: ["effectiveness", "head_to_head", "median"]
    )
    disagreement_range: float | None = Field(default=None, gt=0)


class AwardSettings(_Strict):
    award: AwardInfo
    scale: Scale
    criteria: list[CriterionSettings] = Field(min_length=1)
    categories: list[CategorySettings] = Field(default_factory=list)
    ranking: RankingSettings = Field(default_factory=RankingSettings)

    @field_validator("criteria", "categories")
    @classmethod
    def _unique_keys(cls, items: list) -> list:
        seen: set[str] = set()
        for item in items:
            if item.key in seen:
                raise ValueError(f"key {item.key!r} appears twice; keys must be unique")
            seen.add(item.key)
        return items

    @model_validator(mode="after")
    def _check_ranking(self) -> AwardSettings:
        keys = {c.key for c in self.criteria}
        for rule in self.ranking.tie_break:
            if rule not in keys and rule not in TIE_RULES:
                allowed = ", ".join([*sorted(keys), *TIE_RULES])
                raise ValueError(f"ranking.tie_break: {rule!r} is not one of {allowed}")
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


def load_award_settings(path: Path) -> AwardSettings:
    """Read and validate award.toml; a wrong file raises SettingsError naming every bad key."""
    if path.is_dir():
        path = path / "award.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise SettingsError(
            f"{path}: not found. Every award folder needs an award.toml (see the README)."
        ) from None
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: not UTF-8 text. Save award.toml as UTF-8.") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML: {exc}.") from None
    return parse_award_settings(raw, source=str(path))


def parse_award_settings(raw: dict, source: str = "award.toml") -> AwardSettings:
    try:
        return AwardSettings.model_validate(raw)
    except ValidationError as exc:
        lines = [f"{source}: {_where(err['loc'], raw)}: {_what(err)}" for err in exc.errors()]
        raise SettingsError("\n".join(lines)) from None


def slugify(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "award"


def _where(loc: tuple, raw: dict) -> str:
    """'criteria[2].key' for pydantic's ('criteria', 1, 'key'): 1-based, as a reader counts."""
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1] += f"[{item + 1}]"
        elif item in {"function-after", "literal"} or "[" in str(item):
            continue
        else:
            parts.append(str(item))
    return ".".join(parts) or "(top level)"


def _what(err: Any) -> str:
    kind, msg = err["type"], err["msg"]
    given = err.get("input")
    if kind == "missing":
        return "missing; this key is required"
    if kind == "extra_forbidden":
        return "unknown key; check its spelling against the README's award.toml reference"
    if kind == "string_pattern_mismatch":
        return f"{given!r} is not allowed; use lowercase letters and underscores only (a-z, _)"
    if kind == "literal_error":
        expected = msg.removeprefix("Input should be ")
        return f"{given!r} is not allowed; use {expected}"
    if kind == "value_error":
        return msg.removeprefix("Value error, ")
    return f"{msg[:1].lower()}{msg[1:]} (got {given!r})"


def _on_grid(value: float, step: float) -> bool:
    ratio = value / step
    return abs(ratio - round(ratio)) < 1e-9


def _num(value: float) -> str:
    return f"{value:g}"
