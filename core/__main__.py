import sys

from tingxie.core.cli import main

sys.exit(main())
