"""A real PulseAudio daemon whose null sink's monitor is the default microphone."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

from tingxie.core.vocabulary import SAMPLE_RATE

LEAD_IN = 0.3  # seconds of silence before each played file


class VirtualMicrophone:
    """Start: a private daemon (own runtime folder). play(): paplay into the sink, which
    every PortAudio input stream then hears. Stop: by the daemon's PID."""

    def __init__(self, runtime: Path) -> None:
        missing = [tool for tool in ("pulseaudio", "pactl", "paplay") if shutil.which(tool) is None]
        if missing:
            raise RuntimeError(
                f"{', '.join(missing)} not installed: apt-get install pulseaudio pulseaudio-utils "
                "libasound2-plugins libportaudio2 (.ci/run does)"
            )
        self.runtime = runtime
        self.env = {**os.environ, "PULSE_RUNTIME_PATH": str(runtime), "PULSE_STATE_PATH": str(runtime)}

    def start(self) -> VirtualMicrophone:
        self.runtime.mkdir(parents=True, exist_ok=True)
        os.environ["PULSE_RUNTIME_PATH"] = str(self.runtime)  # for PortAudio's ALSA pulse plugin
        os.environ["PULSE_STATE_PATH"] = str(self.runtime)
        subprocess.run(
            ["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
             "--load=module-native-protocol-unix",
             f"--load=module-null-sink sink_name=vmic rate={SAMPLE_RATE} channels=1"],
            env=self.env, check=True, capture_output=True, timeout=30,
        )
        deadline = time.monotonic() + 10
        while subprocess.run(["pactl", "info"], env=self.env, capture_output=True).returncode != 0:
            if time.monotonic() > deadline:
                raise RuntimeError("PulseAudio did not start")
            time.sleep(0.1)
        subprocess.run(["pactl", "set-default-source", "vmic.monitor"], env=self.env, check=True)
        return self

    def play(self, wav: Path) -> subprocess.Popen:
        """paplay the file after LEAD_IN of silence: a new playback stream loses its first
        ~0.1 s on the way to the monitor, which would otherwise be the first syllable (a real
        microphone hears the room before anyone speaks)."""
        import numpy as np
        import soundfile as sf

        audio, rate = sf.read(wav, dtype="float32")
        lead = np.zeros((int(LEAD_IN * rate),) + audio.shape[1:], dtype=np.float32)
        played = self.runtime / f"played-{wav.stem}.wav"
        sf.write(played, np.concatenate([lead, audio]), rate, subtype="PCM_16")
        return subprocess.Popen(["paplay", "--device=vmic", str(played)], env=self.env)

    def stop(self) -> None:
        pid_file = self.runtime / "pid"
        if pid_file.exists():
            pid = int(pid_file.read_text().split()[0])
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
