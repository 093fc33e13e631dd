"""Password minimum, enforced wherever a password is set (CLI, wizard, change, recovery).

Uses zxcvbn (a maintained port of Dropbox's estimator) and gives advice in Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage import messages as M
from storage.errors import WeakPasswordError
from storage.messages import Text

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attack"

LABELS = ("Zeer zwak", "Zwak", "Matig", "Sterk", "Zeer sterk")
_LEVELS = (M.PW_LEVEL_0, M.PW_LEVEL_1, M.PW_LEVEL_2, M.PW_LEVEL_3, M.PW_LEVEL_4)


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    label: str
    acceptable: bool
    advice: str  # a Text: the UI may translate it


def assess(password: str, user_inputs: list[str] | None = None) -> Strength:
    if not password:
        return Strength(0, LABELS[0], False, M.PW_ADVICE_EMPTY(min_length=MIN_LENGTH))
    from zxcvbn import zxcvbn  # imported on first use: it costs ~0.15 s at start-up

    result = zxcvbn(password[:100], user_inputs=[u for u in (user_inputs or []) if u])
    score = int(result["score"])
    advice: list[Text] = []
    if len(password) < MIN_LENGTH:
        advice.append(M.PW_ADVICE_LENGTH(min_length=MIN_LENGTH))
    if score < MIN_SCORE:
        advice.append(M.PW_ADVICE_GUESSABLE())
    if not advice:
        advice.append(M.PW_ADVICE_GOOD())
    ok = len(password) >= MIN_LENGTH and score >= MIN_SCORE
    joined = advice[0] if len(advice) == 1 else M.PW_ADVICE_BOTH(first=advice[0], second=advice[1])
    return Strength(score, LABELS[score], ok, joined)


def require_acceptable(password: str, user_inputs: list[str] | None = None) -> None:
    strength = assess(password, user_inputs)
    if not strength.acceptable:
        raise WeakPasswordError(M.PW_WEAK, strength=_LEVELS[strength.score], advice=strength.advice)
