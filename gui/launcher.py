"""The `tingxie` command: the desktop app with no arguments, the CLI with them.

On a machine with no screen, `tingxie` alone transcribes the bundled sample instead, so the
README's first command shows something useful everywhere.
"""

from __future__ import annotations

import os
import sys


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args and has_display():
        from gui.app import run

        return run()
    from core.cli import main as cli_main

    if not args:
        print("No screen found: transcribing the bundled sample instead of opening the app.", file=sys.stderr)
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
