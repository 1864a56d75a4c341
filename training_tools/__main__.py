import sys

from training_tools.cli import main

sys.exit(main())
