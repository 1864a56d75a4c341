"""A real X11 desktop for the global dictation tests and bench: an Xvfb server, Tingxie in its
own process on it, a target application with the focus, xdotool for the keys and xclip for
the clipboard. Every process is started here and stopped by its PID."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.helpers import REPO

X_TOOLS = ("Xvfb", "xdotool", "xclip")


def missing_x_tools() -> list[str]:
    return [tool for tool in X_TOOLS if shutil.which(tool) is None]


class XServer:
    """Xvfb on the first free display number (it says which through -displayfd)."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.stop()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self.env = {**os.environ, "DISPLAY": self.display}
        for name in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
            self.env.pop(name, None)

    def xdotool(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, check=True, capture_output=True, text=True, timeout=30).stdout

    def set_clipboard(self, text: str) -> None:
        """xclip keeps serving the text from a process of its own until another owner takes over."""
        subprocess.run(["xclip", "-selection", "clipboard", "-i"], input=text.encode(), env=self.env, check=True, timeout=10)

    def clipboard(self) -> str:
        result = subprocess.run(["xclip", "-selection", "clipboard", "-o"], env=self.env, capture_output=True, timeout=10)
        return result.stdout.decode("utf-8", "replace")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


class TextTarget:
    """tests/text_target.py: its content as it changes, read on a thread."""

    def __init__(self, x: XServer) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(REPO / "tests" / "text_target.py")], env={**x.env, "QT_QPA_PLATFORM": "xcb"},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )
        self.text = ""
        self.changed_at = 0.0  # time.monotonic() of the last change
        self._events: queue.Queue[dict] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.wait(lambda event: event["kind"] == "ready", 20, "the target window to take the focus")

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            event = json.loads(line)
            if event["kind"] == "text":
                self.text, self.changed_at = event["text"], time.monotonic()
            self._events.put(event)

    def wait(self, condition, timeout: float, what: str) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                event = self._events.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if condition(event):
                return event
        raise AssertionError(f"Timed out waiting for {what}; the target holds {self.text!r}")

    def wait_for_text(self, expected: str, timeout: float) -> float:
        """Waits until the field holds exactly `expected`; the monotonic time it was seen."""
        if self.text != expected:
            self.wait(lambda event: event["kind"] == "text" and event["text"] == expected, timeout, repr(expected))
        return time.monotonic()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


class TingxieApp:
    """tests/dictation_app.py (the real MainWindow, minimised) with its own settings and data."""

    def __init__(self, x: XServer, home: Path, settings: dict[str, object], extra_env: dict[str, str]) -> None:
        self.home = home
        config = home / "config"
        (config / "Tingxie").mkdir(parents=True, exist_ok=True)
        lines = ["[General]", "ui_language=en", "welcome_dismissed=true", *(f"{k}={v}" for k, v in settings.items())]
        (config / "Tingxie" / "Tingxie.ini").write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.log = home / "logs" / "tingxie.log"
        env = {
            **x.env, **extra_env, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(config),
            "TINGXIE_LOG_DIR": str(home / "logs"), "TINGXIE_MODELS_DIR": str(home / "data" / "models"),
        }
        self.process = subprocess.Popen(
            [sys.executable, str(REPO / "tests" / "dictation_app.py")], env=env, cwd=REPO,
            stdout=subprocess.DEVNULL, stderr=open(home / "stderr.txt", "wb"),
        )
        self.wait_for_log("Dictation model loaded", 60)

    @property
    def recordings(self) -> Path:
        return self.home / "data" / "recordings"

    def wait_for_log(self, text: str, timeout: float, count: int = 1) -> None:
        """Until the log holds `text` `count` times."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.log.is_file() and self.log.read_text(encoding="utf-8", errors="replace").count(text) >= count:
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        stderr = (self.home / "stderr.txt").read_text(errors="replace")[-3000:]
        log = self.log.read_text(errors="replace")[-3000:] if self.log.is_file() else ""
        raise AssertionError(f"Tingxie never logged {text!r}.\nlog: {log}\nstderr: {stderr}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
