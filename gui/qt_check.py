"""Is this Python + PySide6 pair one Tingxie can run on for a whole afternoon?

shiboken6 6.12.0 returns None (and True) from void wrappers and Signal.emit() without adding a
reference. On CPython < 3.12 every such call lowers None's refcount by one, and after enough of
them (about 60 transcribed files in Tingxie) the interpreter dies with `none_dealloc`. 3.12+ hide
it because None is immortal there. The check measures the leak instead of trusting version
numbers, so it also catches a later release with the same bug.
"""

from __future__ import annotations

import sys

CALLS = 1000


def refcount_drift() -> dict[str, int]:
    """How far None's and True's refcounts move over CALLS void calls and signal emits (0 is healthy)."""
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        ping = Signal()

    emitter = Emitter()
    # Extra references while measuring, so that a broken binding cannot drive a count to zero
    # and abort the interpreter mid-loop; what the loop took is given back afterwards.
    guard = [None, True] * 2 * CALLS
    values = {"None": None, "True": True}
    before = {name: sys.getrefcount(value) for name, value in values.items()}
    for _ in range(CALLS):
        emitter.setObjectName("x")  # a void wrapper: returns None
        emitter.ping.emit()  # returns True
    drift = {name: sys.getrefcount(value) - before[name] for name, value in values.items()}
    for name, value in values.items():
        _give_back(value, -drift[name])
    del guard
    return drift


def _give_back(value: object, count: int) -> None:
    """Restore references a broken binding took, so that measuring it leaves no damage."""
    import ctypes

    for _ in range(max(count, 0)):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def binding_problem() -> str:
    """'' when the pair is sound, else what is wrong and what to install instead."""
    import PySide6

    drift = refcount_drift()
    # A handful either way is ordinary interpreter noise; the bug loses one reference per call.
    if all(abs(d) < CALLS // 10 for d in drift.values()):
        return ""
    return (
        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} loses references to None "
        f"and True ({drift['None']:+d} / {drift['True']:+d} over {CALLS} calls); Tingxie would crash "
        "after some dozens of files. Install a PySide6 below 6.12 (pip install 'PySide6-Essentials<6.12') "
        "or use Python 3.12 or newer."
    )
