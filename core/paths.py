"""Where Tingxie finds what it ships with."""

from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"
DEMO_MODEL_DIR = ASSETS / "models" / "tingxie-demo"
SAMPLES_DIR = ASSETS / "samples"
SAMPLE_WAV = SAMPLES_DIR / "demo-1.wav"
