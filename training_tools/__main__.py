import sys

from tingxie.training_tools.cli import main

sys.exit(main())
