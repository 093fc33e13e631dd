"""Errors and validation messages from ``desktop/`` and ``storage/`` in the UI language.

Below the UI a message is a ``Text``: a Dutch ``str`` that knows its catalog entry (``Msg``:
id and Dutch template) and its parameters (``desktop/messages.py``). ``message_text`` looks
the Dutch template up with ``QCoreApplication.translate("Messages", template)`` and fills in
the parameters, translating those that are catalog entries themselves (field labels) or
nested messages. lupdate never sees these templates in ``ui/``: ``tests/translations.py``
writes every catalog entry as a ``QT_TRANSLATE_NOOP("Messages", ...)`` line into a
temporary file that it hands to lupdate with the sources, so ``baken_en.ts`` holds them.

A plain ``str`` or an exception without a catalog message is shown as it is (texts the UI
made itself with ``tr()`` are already translated).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.messages import Msg, Text, render

CONTEXT = "Messages"


def translate_msg(msg: Msg) -> str:
    return QCoreApplication.translate(CONTEXT, msg.nl)


def text_of(text: str) -> str:
    """``text`` in the UI language if it is a catalog ``Text``; otherwise ``text`` itself."""
    if not isinstance(text, Text) or text.msg is None:
        return str(text)
    params = {k: text_of(v) if isinstance(v, Text) else v for k, v in text.params.items()}
    return render(translate_msg(text.msg), params, translate_msg)


def message_text(item: BaseException | str) -> str:
    """What to show for an error (``StoreError`` and subclasses) or one validation message."""
    if isinstance(item, BaseException):
        text = getattr(item, "text", None)
        return text_of(text) if isinstance(text, Text) else str(item)
    return text_of(item)
