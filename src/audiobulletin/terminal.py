"""Text on its way to a terminal: what a report may and may not do to the screen.

Warnings, notes, errors and the ``script`` listing quote the report (its lines, its title,
its file name). A report is untrusted input, and a terminal obeys the control characters it
is sent: ESC sequences move the cursor, clear the screen, set the window title or, in some
terminals, answer back with keystrokes; a carriage return hides the text before it; bidi
overrides make a line read differently from what it says. Everything this program prints
passes through :func:`printable`, in one place (the command line's two print helpers), so
each such character shows as a visible ``\\uXXXX`` escape instead of acting.
"""

from __future__ import annotations

import re

__all__ = ["printable"]

#: C0 controls but tab and line feed, DEL, the C1 controls (8-bit CSI, OSC ...), and the
#: bidirectional marks, embeddings, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every character that would steer a terminal written as ``\\uXXXX``.

    The escape is JSON's own, so JSON output stays valid JSON with the same values (JSON
    already escapes C0 controls; it does not escape C1 controls or bidi overrides).
    """
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
