"""The rule files (``rules/pt/*.yaml``): their models, loading, checks, examples and debugging.

``models`` holds the strict pydantic models of every kind of rule and file; ``loader`` loads
and validates the files (``Rulebook``, ``cached_rulebook``, ``default_rules_dir``);
``regex_check`` refuses rule regexes that fail to compile or can take exponential time;
``examples`` runs the rules' examples and counter-examples (tests and ``claimx rules
validate``); ``explain`` is the debug view of which rules fired and which filters vetoed.
"""
