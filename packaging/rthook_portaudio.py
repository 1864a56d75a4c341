"""PyInstaller runtime hook: sounddevice finds the PortAudio the Linux bundle carries.

On Linux sounddevice asks ctypes.util.find_library("portaudio"), which only knows the system's
libraries; the bundle ships libportaudio.so.2 so that dictation works without libportaudio2
installed. Windows and macOS get PortAudio from sounddevice's own _sounddevice_data.
"""

import ctypes.util
import os
import sys

_bundled = os.path.join(getattr(sys, "_MEIPASS", ""), "portaudio", "libportaudio.so.2")
if os.path.isfile(_bundled):
    _find_library = ctypes.util.find_library

    def _find_portaudio_first(name):
        return _bundled if name == "portaudio" else _find_library(name)

    ctypes.util.find_library = _find_portaudio_first
