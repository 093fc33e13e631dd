"""Password minimum, enforced wherever a password is set (CLI, wizard, change, recovery).

Uses zxcvbn (a maintained port of Dropbox's estimator) and gives advice in Dutch. zxcvbn
knows only English words, so it is given Dutch word lists (``resources/wordlists/``: the
most frequent Dutch words, and common Dutch password bases plus the words of this field of
work) and the user's own inputs: the app name and the organisation and user names.
"""

from __future__ import annotations

import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from storage import messages as M
from storage.errors import WeakPasswordError
from storage.messages import Text

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn 0..4; 3 = "safely unguessable: moderate protection from offline attack"

LABELS = ("Zeer zwak", "Zwak", "Matig", "Sterk", "Zeer sterk")
APP_INPUTS = ("baken",)
WORDLISTS = {"nl_passwords": "nl_passwords.txt", "nl_common": "nl_common.txt"}
_ZXCVBN_MAX = 72  # zxcvbn refuses longer input; the rest adds strength anyway

_lock = threading.Lock()
_dutch_loaded = False


def _wordlist_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller bundle
    root = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return root / "resources" / "wordlists"


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _load_dutch() -> None:
    """Register the Dutch lists with zxcvbn once per process."""
    global _dutch_loaded
    with _lock:
        if _dutch_loaded:
            return
        from zxcvbn import matching

        lists = {}
        for name, filename in WORDLISTS.items():
            text = (_wordlist_dir() / filename).read_text("utf-8")
            lists[name] = [w for w in text.split() if w]
        matching.add_frequency_lists(lists)
        _dutch_loaded = True


_DECORATED = re.compile(r"[\W\d_]*([^\W\d_]+)[\W\d_]*")


def _decorated_word(password: str, words: list[str]) -> bool:
    """True for one known word with only digits or symbols around it (Zomer2026!!)."""
    m = _DECORATED.fullmatch(password)
    if m is None:
        return False
    from zxcvbn import matching

    core = m.group(1).lower()
    return any(
        variant in words or any(variant in d for d in matching.RANKED_DICTIONARIES.values())
        for variant in (core, _fold(core))
    )


def user_words(user_inputs: list[str] | None) -> list[str]:
    """The app name and the given names, whole and in parts, also without accents."""
    out: list[str] = []
    for item in [*APP_INPUTS, *(user_inputs or [])]:
        if not item:
            continue
        for part in [item, *item.split(), *re.split(r"[\s\-_.,@/]+", item)]:
            part = part.strip().lower()
            if len(part) >= 3:
                for variant in (part, _fold(part)):
                    if variant not in out:
                        out.append(variant)
    return out


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

    _load_dutch()
    words = user_words(user_inputs)
    result = zxcvbn(password[:_ZXCVBN_MAX], user_inputs=words)
    score = int(result["score"])
    advice: list[Text] = []
    if score >= MIN_SCORE and _decorated_word(password, words):
        # zxcvbn adds a large penalty per extra part, so "Zomer2026!!" (one common word,
        # a year and two symbols) can reach "sterk"; that pattern is what attackers try first.
        score = MIN_SCORE - 1
        advice.append(M.PW_ADVICE_DECORATED())
    if len(password) < MIN_LENGTH:
        advice.append(M.PW_ADVICE_LENGTH(min_length=MIN_LENGTH))
    if score < MIN_SCORE:
        advice.append(M.PW_ADVICE_GUESSABLE())
    if not advice:
        advice.append(M.PW_ADVICE_GOOD())
    ok = len(password) >= MIN_LENGTH and score >= MIN_SCORE
    joined = advice[0]
    for more in advice[1:]:
        joined = M.PW_ADVICE_BOTH(first=joined, second=more)
    return Strength(score, LABELS[score], ok, joined)


def require_acceptable(password: str, user_inputs: list[str] | None = None) -> None:
    strength = assess(password, user_inputs)
    if not strength.acceptable:
        raise WeakPasswordError(M.PW_WEAK, strength=_LEVELS[strength.score], advice=strength.advice)
