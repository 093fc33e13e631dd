"""One refresh path: services record what they changed; views refresh from that.

A service reports a ``Change`` (kinds + ids) into its session's ledger
(``desktop/session.py``); the UI's operation helper takes the collected changes when the
operation ends and publishes them once, merged, with the initiator, through a single Qt
signal (``ui/context.py``). Views never reach into each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Change:
    kinds: frozenset[str]  # e.g. {"dossier", "note"}
    ids: frozenset[str] = field(default_factory=frozenset)
    # Who started the operation (a view, usually): a view may skip what it did itself.
    initiator: object | None = field(default=None, compare=False)
    # Dossiers that no longer exist (destruction): views showing one close or drop it.
    removed: frozenset[str] = field(default_factory=frozenset)

    @staticmethod
    def of(*kinds: str, ids: tuple[str, ...] = (), removed: tuple[str, ...] = ()) -> Change:
        return Change(frozenset(kinds), frozenset(ids), removed=frozenset(removed))

    @staticmethod
    def merged(changes: Iterable[Change], *, initiator: object | None = None) -> Change:
        kinds: set[str] = set()
        ids: set[str] = set()
        removed: set[str] = set()
        for c in changes:
            kinds |= c.kinds
            ids |= c.ids
            removed |= c.removed
        return Change(frozenset(kinds), frozenset(ids), initiator, frozenset(removed))

    def with_initiator(self, initiator: object | None) -> Change:
        return replace(self, initiator=initiator)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds & set(kinds))
