"""Run the training tools in another Python: the one with torch and FunASR.

The app (a wheel install, or a frozen bundle with no torch in it) hands its own copy of
`tingxie` to that interpreter, so the user installs only the heavy packages there, never a
second Tingxie whose version could differ from the app's.
"""

from __future__ import annotations

import shutil
import sys

from tingxie.core.paths import PACKAGE_ROOT

# What the export and verify verbs import in the child: the training stack and core's runtime.
REQUIRED_MODULES = ("torch", "funasr", "onnx", "onnxruntime", "sentencepiece", "sherpa_onnx", "soundfile", "soxr")

_BOOTSTRAP = """\
import runpy, sys, types
package = types.ModuleType("tingxie")
package.__path__ = [{root!r}]
sys.modules["tingxie"] = package
sys.argv = ["tingxie-train", *sys.argv[1:]]
runpy.run_module("tingxie.training_tools", run_name="__main__", alter_sys=True)
"""


def default_python() -> str:
    """This app's own interpreter; a frozen bundle has none, so the first Python on PATH."""
    if not getattr(sys, "frozen", False):
        return sys.executable
    return shutil.which("python3") or shutil.which("python") or ""


def training_command(python: str, args: list[str]) -> list[str]:
    """`python -c BOOTSTRAP ARGS...`: `tingxie-train ARGS` with this app's tingxie package."""
    return [python, "-c", _BOOTSTRAP.format(root=str(PACKAGE_ROOT)), *args]


def missing_modules_check(python: str) -> list[str]:
    """A command that exits 0 when `python` has every module the child needs, else prints them."""
    code = (
        "import importlib.util, sys; "
        f"missing = [m for m in {REQUIRED_MODULES!r} if importlib.util.find_spec(m) is None]; "
        "print(' '.join(missing)); sys.exit(1 if missing else 0)"
    )
    return [python, "-c", code]
