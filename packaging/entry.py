"""The frozen app's entry point: the same `tingxie` command as a pip install gives."""

import multiprocessing
import sys

from tingxie.gui.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # training_tools' parallel prepare re-enters the executable
    sys.exit(main())
