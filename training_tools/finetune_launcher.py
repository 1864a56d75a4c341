"""Runs FunASR's own trainer (funasr/bin/train_ds.py) with three fixes, in this process only.

1. train_ds sets trainer.device to the integer LOCAL_RANK (a CUDA device) after building
   the Trainer; without CUDA the device stays "cpu".
2. Its log line computes math.exp(loss), which overflows above ~709 for a fresh model.
3. SenseVoiceSmall takes its prompt-token ids from the tokenizer (any vocabulary trains).

Usage (what `finetune` runs, directly or under torchrun): python -m tingxie.training_tools.finetune_launcher ++key=value ...
"""

from __future__ import annotations

import math
import types


def patch_funasr() -> None:
    import torch
    from funasr.bin import train_ds
    from funasr.train_utils import trainer_ds

    from tingxie.training_tools.sensevoice_model import register_as_sensevoice_small

    register_as_sensevoice_small()
    if not torch.cuda.is_available():

        class CpuTrainer(trainer_ds.Trainer):
            def __setattr__(self, name: str, value: object) -> None:
                if name == "device" and isinstance(value, int):
                    value = "cpu"
                super().__setattr__(name, value)

        train_ds.Trainer = CpuTrainer
    trainer_ds.math = types.SimpleNamespace(**{**vars(math), "exp": lambda x: math.exp(min(x, 700.0))})


def main() -> None:
    patch_funasr()
    from funasr.bin.train_ds import main_hydra

    main_hydra()


if __name__ == "__main__":
    main()
