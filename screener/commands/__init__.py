"""Sub-commands of the ``screener`` CLI; each module has add_arguments(parser) and run(args) -> int."""
