"""One refresh path: services report what they changed; views refresh from that.

A service returns (or the UI publishes) a ``Change``; the UI layer forwards it through a
single Qt signal (see ``ui/context.py``). Views never reach into each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    kinds: frozenset[str]  # e.g. {"dossier", "note"}
    ids: frozenset[str] = field(default_factory=frozenset)

    @staticmethod
    def of(*kinds: str, ids: tuple[str, ...] = ()) -> Change:
        return Change(frozenset(kinds), frozenset(ids))

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds & set(kinds))
