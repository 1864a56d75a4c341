"""SenseVoice input features computed by FunASR's own frontend (fbank, LFR 7/6, CMVN)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import torch


def build_frontend(frontend_conf: dict[str, Any], cmvn_file: Path) -> Any:
    """WavFrontend without dither, so the same audio always gives the same features."""
    from funasr.frontends.wav_frontend import WavFrontend

    return WavFrontend(**{**frontend_conf, "cmvn_file": str(cmvn_file), "dither": 0.0})


def features(frontend: Any, audio: np.ndarray) -> torch.Tensor:
    """(T, 560) features of 16 kHz mono float audio in [-1, 1]."""
    from funasr.utils.load_utils import extract_fbank

    feats, _ = extract_fbank(torch.from_numpy(np.ascontiguousarray(audio, dtype=np.float32)), frontend=frontend)
    return feats[0]
