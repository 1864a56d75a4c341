"""Tingxie's engine: audio, models and recognition, with no Qt, shared by the CLI and the app."""
