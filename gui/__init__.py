"""Tingxie's PySide6 desktop app. Widgets never call sherpa-onnx: they start workers that
wrap one core call each."""
