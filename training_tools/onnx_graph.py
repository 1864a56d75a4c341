"""The ONNX graph sherpa-onnx runs for SenseVoice, traced from a FunASR model.

Inputs: x float32 (N, T, 560) LFR+CMVN features, x_length int32 (N), language int32 (N) and
text_norm int32 (N), both indices into the model's prompt embedding. Output: logits
(N, T + 4, vocab); the 4 leading frames answer language, emotion, event and ITN.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import onnx
import torch

INPUT_NAMES = ["x", "x_length", "language", "text_norm"]
OUTPUT_NAMES = ["logits"]
DYNAMIC_AXES = {
    "x": {0: "N", 1: "T"},
    "x_length": {0: "N"},
    "language": {0: "N"},
    "text_norm": {0: "N"},
    "logits": {0: "N", 1: "T"},
}


class SenseVoiceForOnnx(torch.nn.Module):
    """SenseVoiceSmall's inference path with the prompt ids as tensors, as sherpa-onnx feeds them."""

    def __init__(self, model: Any) -> None:  # FunASR's SenseVoiceSmall, which has no type information
        super().__init__()
        self.embed = model.embed
        self.encoder = model.encoder
        self.ctc_lo = model.ctc.ctc_lo

    def forward(
        self, x: torch.Tensor, x_length: torch.Tensor, language: torch.Tensor, text_norm: torch.Tensor
    ) -> torch.Tensor:
        language_query = self.embed(language).unsqueeze(1)
        text_norm_query = self.embed(text_norm).unsqueeze(1)
        event_emo_query = self.embed(torch.tensor([[1, 2]], dtype=torch.long)).expand(x.size(0), -1, -1)
        x = torch.cat((language_query, event_emo_query, text_norm_query, x), dim=1)
        # A new tensor, never `+=`: FunASR's encoder must not change the caller's lengths.
        encoder_out, _ = self.encoder(x, x_length + 4)
        if isinstance(encoder_out, tuple):
            encoder_out = encoder_out[0]
        return self.ctc_lo(encoder_out)


def example_inputs() -> tuple[torch.Tensor, ...]:
    """Two rows of different lengths so the padding mask is really traced."""
    generator = torch.Generator().manual_seed(0)
    return (
        torch.randn(2, 100, 560, generator=generator),
        torch.tensor([80, 100], dtype=torch.int32),
        torch.tensor([0, 3], dtype=torch.int32),
        torch.tensor([14, 15], dtype=torch.int32),
    )


def trace_to_onnx(model: torch.nn.Module, path: Path, opset: int) -> None:
    """TorchScript export: one self-contained file (the dynamo exporter writes IR 10 with
    external weights, which older runtimes cannot load)."""
    wrapper = SenseVoiceForOnnx(model).eval()
    with torch.no_grad():
        torch.onnx.export(
            wrapper,
            example_inputs(),
            str(path),
            dynamo=False,
            opset_version=opset,
            input_names=INPUT_NAMES,
            output_names=OUTPUT_NAMES,
            dynamic_axes=DYNAMIC_AXES,
        )


def torch_logits(model: torch.nn.Module, *inputs: torch.Tensor) -> torch.Tensor:
    """The PyTorch side of the parity check, through the very module that was exported."""
    with torch.no_grad():
        return SenseVoiceForOnnx(model).eval()(*inputs)


def set_metadata(model: onnx.ModelProto, metadata: dict[str, object]) -> None:
    del model.metadata_props[:]
    for key, value in metadata.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, str(value)
