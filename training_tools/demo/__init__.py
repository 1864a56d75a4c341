"""Build Tingxie's own small SenseVoice-architecture model from text and synthesized speech."""
