"""Password minimum, enforced wherever a password is set (CLI, wizard, change, recovery).

Uses zxcvbn (a maintained port of Dropbox's estimator) and gives advice in Dutch.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.errors import WeakPasswordError

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attack"

LABELS = ("Zeer zwak", "Zwak", "Matig", "Sterk", "Zeer sterk")


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    label: str
    acceptable: bool
    advice: str


def assess(password: str, user_inputs: list[str] | None = None) -> Strength:
    if not password:
        return Strength(0, LABELS[0], False, "Kies een wachtwoord van minstens 10 tekens.")
    from zxcvbn import zxcvbn  # imported on first use: it costs ~0.15 s at start-up

    result = zxcvbn(password[:100], user_inputs=[u for u in (user_inputs or []) if u])
    score = int(result["score"])
    advice = []
    if len(password) < MIN_LENGTH:
        advice.append(f"Gebruik minstens {MIN_LENGTH} tekens.")
    if score < MIN_SCORE:
        advice.append(
            "Maak het moeilijker te raden: gebruik een zin van vier of meer losse woorden, "
            "geen namen, datums of woorden uit uw organisatie."
        )
    if not advice:
        advice.append("Goed wachtwoord. Schrijf het niet op en gebruik het nergens anders.")
    ok = len(password) >= MIN_LENGTH and score >= MIN_SCORE
    return Strength(score, LABELS[score], ok, " ".join(advice))


def require_acceptable(password: str, user_inputs: list[str] | None = None) -> None:
    strength = assess(password, user_inputs)
    if not strength.acceptable:
        raise WeakPasswordError(f"Wachtwoord te zwak ({strength.label.lower()}). {strength.advice}")
