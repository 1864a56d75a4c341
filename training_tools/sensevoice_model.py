"""SenseVoiceSmall that takes its prompt-token ids from its tokenizer.

FunASR's class hard-codes the official vocabulary's ids for <|zh|> … and <|withitn|>, so
training any other vocabulary fails with a KeyError. With the official vocabulary this class
behaves exactly like FunASR's. The finetune launcher registers it under FunASR's own name,
in its own process only; nothing in site-packages changes.
"""

from __future__ import annotations

from funasr.models.sense_voice.model import SenseVoiceSmall

from tingxie.training_tools.special_tokens import prompt_maps


class TokenizerAwareSenseVoiceSmall(SenseVoiceSmall):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        tokenizer = kwargs.get("tokenizer")
        sp = getattr(tokenizer, "sp", None)
        if sp is not None:
            self.lid_int_dict, self.textnorm_int_dict = prompt_maps(sp.piece_to_id)


def register_as_sensevoice_small() -> None:
    from funasr.register import tables

    tables.model_classes["SenseVoiceSmall"] = TokenizerAwareSenseVoiceSmall
