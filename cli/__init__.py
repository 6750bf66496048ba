"""The headless command line: one module per group of subcommands, all in French.

Handlers are thin: they parse arguments, call one domain service and print text or JSON.
The GUI calls the same services, so a rule never lives in two places.
"""
