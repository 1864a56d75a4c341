"""Tools for people who finetune SenseVoiceSmall for zh-TW and export it for sherpa-onnx.

Heavy dependencies (torch, FunASR, onnxruntime) are imported inside the verbs, so the
package and its ``--help`` work in the app's own environment, which has none of them.
"""
