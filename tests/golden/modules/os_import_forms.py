import os
import os.path
from os import path
from os.path import join as pjoin
import sys

print(os.path is path, sys.modules["os.path"] is path, path.__name__)
print(pjoin("x", "y"), os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep)
print(type(os.getpid()).__name__, os.getenv("OURO_SURELY_UNSET_VARIABLE"), os.getenv("OURO_SURELY_UNSET_VARIABLE", "default"))
print(isinstance(os.environ, dict), "PATH" in os.environ, type(os.getcwd()).__name__)
print(os.path.abspath("here") == os.path.join(os.getcwd(), "here"))
