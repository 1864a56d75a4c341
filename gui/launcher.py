"""The `tingxie` command: the desktop app with no arguments, the CLI with them.

On a machine with no screen, `tingxie` alone transcribes the bundled sample instead, so the
README's first command shows something useful everywhere. `tingxie --smoke` checks an install
(the GUI, the demo model, the VAD, the translations) and exits; `tingxie --version` prints it.
"""

from __future__ import annotations

import os
import sys

# Qt platforms that draw nowhere a person can see: a test's QT_QPA_PLATFORM=offscreen is no screen.
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc")

NO_SCREEN_HINT = (
    "No screen found, so Tingxie transcribed its bundled sample instead of opening the window. "
    "Run `tingxie` on a desktop to open the app, or `tingxie transcribe FILE...` here "
    "(`tingxie --help` lists everything)."
)


def has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform:
        return platform not in HEADLESS_PLATFORMS
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--smoke"]:
        from tingxie.gui.smoke import run_smoke

        return run_smoke()
    if args[:1] == ["--version"]:
        from tingxie.core.about import runtime_versions

        print(" ".join(f"{name} {version}" for name, version in runtime_versions().items()))
        return 0
    if not args and has_display():
        from tingxie.gui.app import run

        return run()
    from tingxie.core.cli import main as cli_main

    code = cli_main(args)
    if not args:
        print(NO_SCREEN_HINT, file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
