"""Which files in a model folder make up a sherpa-onnx SenseVoice model.

Two layouts are in use: sherpa-onnx's own (model.onnx, model.int8.onnx, tokens.txt) and the
seed project's named one (NAME.onnx, NAME.int8.onnx, NAME-tokens.txt).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ModelFile:
    onnx: Path
    tokens: Path
    precision: str  # "fp32" or "int8"

    @property
    def name(self) -> str:
        return self.onnx.name


def tokens_for(onnx: Path) -> Path:
    """tokens.txt for model*.onnx, NAME-tokens.txt for NAME[.int8].onnx."""
    stem = onnx.name.removesuffix(".onnx").removesuffix(".int8")
    named = onnx.with_name(f"{stem}-tokens.txt")
    return named if stem != "model" and named.exists() else onnx.with_name("tokens.txt")


def find_model_files(folder: Path) -> list[ModelFile]:
    """Every ONNX model in the folder with its tokens file, FP32 before INT8."""
    found = [
        ModelFile(path, tokens_for(path), "int8" if path.name.endswith(".int8.onnx") else "fp32")
        for path in sorted(Path(folder).glob("*.onnx"))
    ]
    return sorted(found, key=lambda f: (f.onnx.name.removesuffix(".onnx").removesuffix(".int8"), f.precision))
