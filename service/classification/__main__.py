import sys

from service.classification.cli import main

sys.exit(main())
