#!/usr/bin/env python3
"""Check the probe15 gold against its articles: python3 tests/data/probe15/check.py

Runs probe3's checker (../probe3/check.py, which says what is checked) on this folder and
../probe15-gold; prints one line per problem and exits 1 if there is any.
"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(os.path.dirname(HERE), "probe3", "check.py"), run_name="__main__")
