"""Vocabularies, class-name hints, thresholds and weights, each named once.

Every rule of the parser that is a matter of data rather than logic lives in a module of
this package, with a comment saying what it is for and why it has its value. Code that
applies a rule imports it from here; nothing here imports the rest of newsparse.
"""
