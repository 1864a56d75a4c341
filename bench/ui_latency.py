"""How long the GUI thread is unresponsive while a file is transcribed, side by side with idle.

    QT_QPA_PLATFORM=offscreen python bench/ui_latency.py [MODEL_DIR]

A 20 ms timer runs on the GUI thread; the longest gap between its ticks is how long the user
would have waited for the window to react. Target (issue: desktop app): under 100 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from tingxie.core.vocabulary import SAMPLE_RATE


def longest_gap(app, seconds: float, during=None) -> float:
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    if during:
        during()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)
    timer.stop()
    return max(np.diff(ticks)) * 1000 if len(ticks) > 1 else float("inf")


def main() -> None:
    user = Path(tempfile.mkdtemp(prefix="tingxie-bench-"))
    os.environ.update(TINGXIE_MODELS_DIR=str(user / "models"), TINGXIE_LOG_DIR=str(user / "logs"))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(user / "config"))
    app = QApplication(sys.argv)
    from tingxie.core.paths import SAMPLES_DIR
    from tingxie.gui.main_window import MainWindow

    clip = sf.read(SAMPLES_DIR / "demo-2.wav", dtype="float32")[0]
    audio = user / "ten-minutes.wav"
    sf.write(audio, np.tile(np.concatenate([clip, np.zeros(SAMPLE_RATE // 2, np.float32)]), 130), SAMPLE_RATE)
    window = MainWindow()
    window.show()
    idle = longest_gap(app, 3.0)
    busy = longest_gap(app, 6.0, during=lambda: window.add_paths([audio]))
    window.close()
    print(f"longest GUI-thread gap: idle {idle:.1f} ms, transcribing {busy:.1f} ms, ratio {busy / idle:.2f}")
    print("target < 100 ms:", "met" if busy < 100 else "NOT met")


if __name__ == "__main__":
    main()
