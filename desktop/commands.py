"""The one list of ``baken`` sub-commands beyond the core ones in desktop/cli.py.

Ordinary imports inside the function: starting the GUI (``baken`` without a sub-command)
loads none of them. To add a command: define ``COMMANDS`` in its module and list it here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.cli import CommandSpec


def extra_commands() -> list[CommandSpec]:
    from desktop import (
        cli_audit,
        cli_cases,
        cli_exchange,
        cli_handover,
        cli_letters,
        cli_report,
        cli_retention,
    )

    return [
        *cli_handover.COMMANDS,
        *cli_cases.COMMANDS,
        *cli_audit.COMMANDS,
        *cli_letters.COMMANDS,
        *cli_retention.COMMANDS,
        *cli_report.COMMANDS,
        *cli_exchange.COMMANDS,
    ]
