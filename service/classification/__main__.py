import os
import sys

from service.classification.cli import main

code = main()
sys.stdout.flush()
sys.stderr.flush()
# Leave without tearing the interpreter down: freeing the indexes object by object costs a short
# run ~15 ms, and the process holds nothing else that needs closing (its output is flushed).
os._exit(code)
